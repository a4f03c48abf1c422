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
a11y-intro = We want as many people as possible to be able to read these compacts, in English and in the community languages of our area.
a11y-using-heading = Using this website
a11y-using = You should be able to change colours, contrast and fonts using your browser or device settings, zoom in up to 400% without the text spilling off the screen, navigate the whole website using just a keyboard or speech recognition software, and listen to the website using a screen reader. Every page works without JavaScript, and each language is marked so that screen readers use the right voice.
a11y-status-heading = Compliance status
a11y-status = This website is designed to meet the Web Content Accessibility Guidelines version 2.2, level AA. Every page is checked automatically with the Nu Html Checker and axe before it is published.
a11y-limits-heading = Parts that are not fully accessible
a11y-limits = Some translations were made with the help of a machine and have not yet been checked by a native speaker; such pages say so. Where a part of a page has not been translated yet, it is shown in English and marked as English.
a11y-formats-heading = Other formats
a11y-formats = If you need information from this website in large print, Braille, audio or another language, contact us using the details below. We will consider your request and get back to you within 10 working days.
a11y-feedback-heading = Reporting problems and enforcement
a11y-feedback = If you find a problem that is not listed on this page, please contact us. If you are not happy with how we respond, contact the Equality Advisory and Support Service (EASS).

## Page not found
not-found-title = Page not found
not-found-text = The page you asked for is not here. It may have moved.
not-found-link = Go to the list of compacts
