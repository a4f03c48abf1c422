### English of the site's title, tagline, contact and accessibility statement, from content/site.yaml.
### Written by `compact-press i18n extract`: change the English in that file, not here.
### Translators: translate it in Pontoon or Weblate, or copy this file to locales/<language>/site.ftl
### and translate the text after each "=".


## The site

# context: the site's title, at the top of every page
site--title = Local Compacts
# context: the tagline under the title on each home page
site--tagline = Agreements between councils, the NHS and the voluntary and community sector
# context: the publisher's contact, their role (in every page's footer)
site--publisher-role = Partnership Officer

## The accessibility statement

# context: the accessibility statement: content that is not accessible, and why, item 1
site--non-accessible-1 = Some translations were made with the help of a machine and have not yet been checked by a native speaker, so they may be hard to understand. Pages that use them say so.
# context: the accessibility statement: content that is not accessible, and why, item 2
site--non-accessible-2 = Some parts of the publications have not yet been translated into every community language. They are shown in English and marked as English, so that screen readers switch to an English voice.
# context: the accessibility statement: content that is not accessible, and why, item 3
site--non-accessible-3 = Audio, read by a computer voice, is published so far for one publication only; a computer voice mispronounces some names and words. You can ask us to read any publication to you.
# context: the accessibility statement: how the website was tested
site--tested-how = We checked the web pages and large-print pages in a web browser at 320 pixels wide, as at 400% zoom, and with automated accessibility checkers, and the large-print PDFs with a PDF/UA checker. We have not yet tested them with a screen reader.
