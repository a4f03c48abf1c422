### English of the site's title, tagline and contact, from content/site.yaml.
### Written by `compact-press i18n extract`: change the English in that file, not here.
### Translators: copy this file to locales/<language>/site.ftl and translate the text after each "=".
### Keep the "# source:" lines: they tell compact-press which English you translated,
### so that it can tell you when the English changes.

## The site

# context: the site's title, at the top of every page
# source: 0d49be04
site--title = Local Compacts

# context: the tagline under the title on each home page
# source: 2335e9f3
site--tagline = Agreements between councils, the NHS and the voluntary and community sector

# context: the publisher's contact, their role (in every page's footer)
# source: a3a446ad
site--publisher-role = Partnership Officer
