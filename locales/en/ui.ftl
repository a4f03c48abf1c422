### The theme's own strings, in English (the source language).
### Translators: copy this file to locales/<lang>/ui.ftl and translate the
### text after each "=". Keep { $variables } as they are.

language-name = English

## Navigation
skip-link = Skip to main content
nav-site = Site
nav-home = Home
nav-accessibility = Accessibility statement
nav-languages = Read this page in another language
nav-breadcrumb = You are here
nav-contents = Contents

## Language chooser (the site's front page)
choose-language = Choose your language
choose-language-prompt = Read the compacts in English

## Notices about translation
untranslated-notice =
    { $count ->
        [one] One part of this page has not been translated into { $language } yet. It is shown in English.
       *[other] { $count } parts of this page have not been translated into { $language } yet. They are shown in English.
    }
machine-translation-notice = This translation was made with the help of a machine and has not yet been checked by a native speaker. If anything is unclear, please contact us.
stale-notice =
    { $count ->
        [one] One part of this page was translated from an earlier version of the English and may be out of date.
       *[other] { $count } parts of this page were translated from an earlier version of the English and may be out of date.
    }

## Home page
publications-heading = Publications
publication-count =
    { $count ->
        [one] One publication
       *[other] { $count } publications
    }
# The home page's heading over the featured and newest publications.
latest-heading = Featured and latest publications
# The home page's heading over the links to each kind's list.
listings-heading = All publications

## Lists of publications, newest first, in pages
listing-compacts = Compacts
listing-action-reports = Action reports
listing-news = News
# Where a reader is in a list of several pages, e.g. "Page 2 of 20".
listing-page-of = Page { $page } of { $pages }
# The name of the links to a list's other pages.
pagination-label = Pages
pagination-previous = Previous page
pagination-next = Next page
# A page number's link, read out by screen readers, e.g. "Page 2".
pagination-page = Page { $page }

## News feed (Atom), for news reader apps
# Under the site's name in a news reader.
feed-subtitle = New and updated publications
# A link on the home page to the feed.
feed-link = Follow new publications in a news reader app (Atom feed)

## A publication
status-draft = Draft
status-adopted = Adopted
status-label = Status
date-label = Date
area-label = Area
reference-label = Reference
parties-heading = The parties to this agreement
download-heading = Other formats
undertakings-theme = Theme
undertakings-caption = Undertakings by each partner, by theme
related-heading = Related publications
signup-print = Print this page, fill in the boxes and post it to the address below, or reply by e-mail.
signup-email = Reply by e-mail
signup-email-subject = Signing up to the Compact
signup-date-hint = Day/month/year, for example 25/12/2024
signatory-signed = Signed
signatory-dated = Dated
signatory-not-signed = Not yet signed
contact-phone = Tel
contact-fax = Fax
contact-email = Email
contact-web = Website
large-print = Large print
download-large-print-html = Large print web page
download-large-print-pdf = Large print PDF ({ $language }), { $size }
download-plain-text = Plain text ({ $language }), { $size }
download-braille-pef = Braille for embossers, PEF ({ $code ->
    [ueb] Unified English Braille grade 2
    [urdu] Urdu Braille
   *[bharati] Bharati Braille
  }, { $language }), { $size }
download-braille-brf = Braille for braille displays, BRF ({ $code ->
    [ueb] Unified English Braille grade 2
    [urdu] Urdu Braille
   *[bharati] Bharati Braille
  }, { $language }), { $size }
download-audio-daisy = Audio, DAISY talking book ({ $language }), { $duration }, { $size }
download-audio-mp3 = Audio, MP3 files to play in order ({ $language }), { $duration }, { $size }
audio-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $hours } h { $minutes } min
  }

## The audio edition: spoken at its start and end, and its tracks' names
audio-computer-voice = This recording is read by a computer voice, not by a person.
audio-reads = It reads { $title }, published by { $publisher }, dated { $date }.
audio-reads-undated = It reads { $title }, published by { $publisher }.
audio-opening = Title and introduction
audio-end = End of { $title }.

## The EPUB e-book: its link, the names of its guide, and the summary of its accessibility that e-book apps show
download-epub = EPUB e-book ({ $language }), { $size }
epub-title-page = Title page
epub-guide = Guide to this e-book
epub-start = Start of the publication
epub-summary = This e-book has headings, a table of contents and a reading order that follow the publication. Your reading app can change its text size, fonts, spacing and colours. It meets EPUB Accessibility 1.1 at WCAG 2.2 Level AA.
epub-summary-audio = A computer voice reads the whole text aloud, and each sentence is highlighted as it is read.

## The plain-text edition
text-untranslated = Not yet translated into { $language }, so shown in English: { $parts }.
text-untranslated-front = the title page
text-untranslated-other = other parts
text-stale = May be out of date, because the English has changed since they were translated: { $parts }.

## Every page's footer
alt-formats-heading = Other formats and languages
alt-formats-request = If you need this information in large print, Braille, audio or another language, please call { $phone }.
footer-published-by = Published by

## Accessibility statement
a11y-title = Accessibility statement
a11y-applies = This accessibility statement applies to the website { $website }.
a11y-run-by = This website is run by { $publisher }.
a11y-intro = We want as many people as possible to be able to read these compacts, in English and in the community languages of our area.
a11y-using-heading = Using this website
a11y-using = You should be able to zoom in up to 400% without the text spilling off the screen, and to read every page without JavaScript. Each page, and each part of a page in another language, is marked with its language, so that screen readers use the right voice. A part that has not been translated yet is shown in English and marked as English.
a11y-offered-heading = Formats and languages
a11y-offered-formats = Each publication on this website is published as:
a11y-format-web-page = a web page
a11y-format-large-print-page = a large-print web page
a11y-format-large-print-pdf = a large-print PDF document (A4)
a11y-format-plain-text = a plain-text file
a11y-format-braille = Braille files (PEF for embossers, BRF for braille displays)
a11y-format-audio = audio read by a computer voice (a DAISY talking book, and MP3 files)
a11y-format-epub = an accessible EPUB e-book, for e-book apps and reading devices
a11y-format-some = { $format }, so far for { $count } of the { $total } publications
a11y-offered-languages = This website is published in these languages:
a11y-formats-heading = Feedback and contact information
a11y-formats = If you need information on this website in a different format, such as large print, Braille, audio or another language, contact us using the details below.
a11y-reply-days =
    { $days ->
        [one] We’ll consider your request and get back to you within one working day.
       *[other] We’ll consider your request and get back to you within { $days } working days.
    }
a11y-feedback-heading = Reporting accessibility problems with this website
a11y-feedback = We’re always looking to improve the accessibility of this website. If you find any problems not listed on this page or think we’re not meeting accessibility requirements, contact us using the details above.
a11y-enforcement-heading = Enforcement procedure
a11y-enforcement = The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you’re not happy with how we respond to your complaint, [contact the Equality Advisory and Support Service (EASS)](https://www.equalityadvisoryservice.com/).
a11y-enforcement-ni = If you are in Northern Ireland and are not happy with how we respond to your complaint, you can contact the [Equality Commission for Northern Ireland](https://www.equalityni.org/), who are responsible for enforcing the accessibility regulations in Northern Ireland.
a11y-technical-heading = Technical information about this website’s accessibility
a11y-committed = { $publisher } is committed to making its website accessible, in accordance with the [Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018](https://www.legislation.gov.uk/uksi/2018/952/contents/made).
a11y-status-heading = Compliance status
a11y-compliance-full = This website is fully compliant with the [Web Content Accessibility Guidelines version 2.2](https://www.w3.org/TR/WCAG22/) AA standard.
a11y-compliance-partial = This website is partially compliant with the [Web Content Accessibility Guidelines version 2.2](https://www.w3.org/TR/WCAG22/) AA standard, due to the non-compliances listed below.
a11y-compliance-not = This website is not compliant with the [Web Content Accessibility Guidelines version 2.2](https://www.w3.org/TR/WCAG22/) AA standard. The non-compliances are listed below.
a11y-compliance-unassessed = The publisher of this website has not yet assessed it against the [Web Content Accessibility Guidelines version 2.2](https://www.w3.org/TR/WCAG22/) AA standard, so this statement does not say that it complies.
a11y-non-accessible-heading = Non-accessible content
a11y-non-accessible-intro = The content listed below is non-accessible for the following reasons.
a11y-preparation-heading = Preparation of this accessibility statement
a11y-prepared = This statement was prepared on { $date }.
a11y-reviewed = It was last reviewed on { $date }.
a11y-tested = This website was last tested on { $date }. The test was carried out by { $by }.

## Page not found
not-found-title = Page not found
not-found-text = The page you asked for is not here. It may have moved.
not-found-link = Go to the list of compacts
