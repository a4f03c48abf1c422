### Punjabi (ਪੰਜਾਬੀ, Gurmukhi) strings for the default theme.
### Written with machine assistance; not yet reviewed by a native speaker.
### CLDR: in Punjabi 0 and 1 both take the [one] form.

language-name = ਪੰਜਾਬੀ

## Navigation

skip-link = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
nav-site = ਸਾਈਟ
nav-home = ਮੁੱਖ ਪੰਨਾ
nav-accessibility = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
nav-languages = ਇਹ ਪੰਨਾ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਪੜ੍ਹੋ
nav-breadcrumb = ਤੁਸੀਂ ਇੱਥੇ ਹੋ
nav-contents = ਵਿਸ਼ਾ-ਸੂਚੀ

## Language chooser (the site's front page)

choose-language = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
choose-language-prompt = { -compacts } ਪੰਜਾਬੀ ਵਿੱਚ ਪੜ੍ਹੋ

## Notices about translation

untranslated-notice =
    { $count ->
        [one] ਇਸ ਪੰਨੇ ਦੇ { $count } ਹਿੱਸੇ ਦਾ ਅਜੇ { $language } ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ। ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਇਆ ਗਿਆ ਹੈ।
       *[other] ਇਸ ਪੰਨੇ ਦੇ { $count } ਹਿੱਸਿਆਂ ਦਾ ਅਜੇ { $language } ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ। ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਏ ਗਏ ਹਨ।
    }
machine-translation-notice = ਇਹ ਅਨੁਵਾਦ ਮਸ਼ੀਨ ਦੀ ਮਦਦ ਨਾਲ ਕੀਤਾ ਗਿਆ ਹੈ ਅਤੇ ਅਜੇ ਕਿਸੇ ਮਾਂ-ਬੋਲੀ ਬੋਲਣ ਵਾਲੇ ਨੇ ਇਸ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ। ਜੇ ਕੁਝ ਸਪਸ਼ਟ ਨਹੀਂ ਹੈ ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
stale-notice =
    { $count ->
        [one] ਇਸ ਪੰਨੇ ਦਾ { $count } ਹਿੱਸਾ ਅੰਗਰੇਜ਼ੀ ਦੇ ਪਿਛਲੇ ਰੂਪ ਤੋਂ ਅਨੁਵਾਦ ਕੀਤਾ ਗਿਆ ਹੈ, ਇਸ ਲਈ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਇਹ ਨਵੀਨਤਮ ਨਾ ਹੋਵੇ।
       *[other] ਇਸ ਪੰਨੇ ਦੇ { $count } ਹਿੱਸੇ ਅੰਗਰੇਜ਼ੀ ਦੇ ਪਿਛਲੇ ਰੂਪ ਤੋਂ ਅਨੁਵਾਦ ਕੀਤੇ ਗਏ ਹਨ, ਇਸ ਲਈ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਇਹ ਨਵੀਨਤਮ ਨਾ ਹੋਣ।
    }

## Home page

publications-heading = ਪ੍ਰਕਾਸ਼ਨ
publication-count =
    { $count ->
        [one] { $count } ਪ੍ਰਕਾਸ਼ਨ
       *[other] { $count } ਪ੍ਰਕਾਸ਼ਨ
    }
# The home page's heading over the featured and newest publications.
latest-heading = ਚੋਣਵੇਂ ਅਤੇ ਨਵੀਨਤਮ ਪ੍ਰਕਾਸ਼ਨ
# The home page's heading over the links to each kind's list.
listings-heading = ਸਾਰੇ ਪ੍ਰਕਾਸ਼ਨ

## Lists of publications, newest first, in pages

listing-compacts = { -compacts }
listing-action-reports = ਕਾਰਵਾਈ ਰਿਪੋਰਟਾਂ
listing-news = ਖ਼ਬਰਾਂ
# Where a reader is in a list of several pages, e.g. "Page 2 of 20".
listing-page-of = ਕੁੱਲ { $pages } ਪੰਨਿਆਂ ਵਿੱਚੋਂ ਪੰਨਾ { $page }
# The name of the links to a list's other pages.
pagination-label = ਪੰਨੇ
pagination-previous = ਪਿਛਲਾ ਪੰਨਾ
pagination-next = ਅਗਲਾ ਪੰਨਾ
# A page number's link, read out by screen readers, e.g. "Page 2".
pagination-page = ਪੰਨਾ { $page }

## News feed (Atom), for news reader apps

# Under the site's name in a news reader.
feed-subtitle = ਨਵੇਂ ਅਤੇ ਅੱਪਡੇਟ ਕੀਤੇ ਪ੍ਰਕਾਸ਼ਨ
# A link on the home page to the feed.
feed-link = ਨਵੇਂ ਪ੍ਰਕਾਸ਼ਨਾਂ ਨੂੰ ਖ਼ਬਰਾਂ ਪੜ੍ਹਨ ਵਾਲੀ ਐਪ ਵਿੱਚ ਫ਼ਾਲੋ ਕਰੋ (Atom ਫ਼ੀਡ)

## A publication

status-draft = ਖਰੜਾ
status-adopted = ਅਪਣਾਇਆ ਗਿਆ
status-label = ਸਥਿਤੀ
date-label = ਮਿਤੀ
area-label = ਖੇਤਰ
reference-label = ਹਵਾਲਾ ਨੰਬਰ
parties-heading = ਇਸ ਸਮਝੌਤੇ ਦੀਆਂ ਧਿਰਾਂ
download-heading = ਹੋਰ ਫਾਰਮੈਟ
undertakings-theme = ਵਿਸ਼ਾ
undertakings-caption = ਵਿਸ਼ੇ ਅਨੁਸਾਰ ਹਰੇਕ ਭਾਈਵਾਲ ਦੀਆਂ { -undertakings }
related-heading = ਸੰਬੰਧਿਤ ਪ੍ਰਕਾਸ਼ਨ
signup-print = ਇਹ ਪੰਨਾ ਪ੍ਰਿੰਟ ਕਰੋ, ਖਾਨੇ ਭਰੋ ਅਤੇ ਹੇਠਾਂ ਦਿੱਤੇ ਪਤੇ 'ਤੇ ਡਾਕ ਰਾਹੀਂ ਭੇਜੋ, ਜਾਂ ਈ-ਮੇਲ ਰਾਹੀਂ ਜਵਾਬ ਦਿਓ।
signup-email = ਈ-ਮੇਲ ਰਾਹੀਂ ਜਵਾਬ ਦਿਓ
signup-email-subject = { -compact } ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣਾ
signup-date-hint = ਦਿਨ/ਮਹੀਨਾ/ਸਾਲ, ਜਿਵੇਂ 25/12/2024
signatory-signed = ਦਸਤਖ਼ਤ
signatory-dated = ਮਿਤੀ
signatory-not-signed = ਅਜੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਹੋਏ
contact-phone = ਫ਼ੋਨ
contact-fax = ਫੈਕਸ
contact-email = ਈ-ਮੇਲ
contact-web = ਵੈੱਬਸਾਈਟ
large-print = ਵੱਡੇ ਅੱਖਰ
download-large-print-html = ਵੱਡੇ ਅੱਖਰਾਂ ਵਾਲਾ ਵੈੱਬ ਪੰਨਾ
download-large-print-pdf = ਵੱਡੇ ਅੱਖਰਾਂ ਵਾਲੀ PDF ({ $language }), { $size }
download-plain-text = ਸਾਦਾ ਟੈਕਸਟ ({ $language }), { $size }
download-braille-pef =
    ਬ੍ਰੇਲ ਪ੍ਰਿੰਟਰ ਲਈ ਬ੍ਰੇਲ, PEF ({ $code ->
        [ueb] ਯੂਨੀਫਾਈਡ ਇੰਗਲਿਸ਼ ਬ੍ਰੇਲ ਗ੍ਰੇਡ 2
        [urdu] ਉਰਦੂ ਬ੍ਰੇਲ
       *[bharati] ਭਾਰਤੀ ਬ੍ਰੇਲ
    }, { $language }), { $size }
download-braille-brf =
    ਬ੍ਰੇਲ ਡਿਸਪਲੇ ਲਈ ਬ੍ਰੇਲ, BRF ({ $code ->
        [ueb] ਯੂਨੀਫਾਈਡ ਇੰਗਲਿਸ਼ ਬ੍ਰੇਲ ਗ੍ਰੇਡ 2
        [urdu] ਉਰਦੂ ਬ੍ਰੇਲ
       *[bharati] ਭਾਰਤੀ ਬ੍ਰੇਲ
    }, { $language }), { $size }
download-audio-daisy = ਆਡੀਓ, DAISY ਬੋਲਦੀ ਕਿਤਾਬ ({ $language }), { $duration }, { $size }
download-audio-mp3 = ਆਡੀਓ, ਤਰਤੀਬ ਨਾਲ ਚਲਾਉਣ ਲਈ MP3 ਫ਼ਾਈਲਾਂ ({ $language }), { $duration }, { $size }
audio-duration =
    { $hours ->
        [0] { $minutes } ਮਿੰਟ
       *[other] { $hours } ਘੰ. { $minutes } ਮਿੰਟ
    }

## The audio edition: spoken at its start and end, and its tracks' names

audio-computer-voice = ਇਹ ਰਿਕਾਰਡਿੰਗ ਕੰਪਿਊਟਰ ਦੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹੀ ਗਈ ਹੈ, ਕਿਸੇ ਇਨਸਾਨ ਵੱਲੋਂ ਨਹੀਂ।
audio-reads = ਇਸ ਵਿੱਚ ਤੁਸੀਂ { $title } ਸੁਣੋਗੇ, ਜਿਸ ਨੂੰ { $publisher } ਨੇ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤਾ ਹੈ ਅਤੇ ਜਿਸ ਦੀ ਮਿਤੀ { $date } ਹੈ।
audio-reads-undated = ਇਸ ਵਿੱਚ ਤੁਸੀਂ { $title } ਸੁਣੋਗੇ, ਜਿਸ ਨੂੰ { $publisher } ਨੇ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤਾ ਹੈ।
audio-opening = ਸਿਰਲੇਖ ਅਤੇ ਜਾਣ-ਪਛਾਣ
audio-end = ਇੱਥੇ { $title } ਦੀ ਸਮਾਪਤੀ ਹੁੰਦੀ ਹੈ।

## The EPUB e-book: its link, the names of its guide, and the summary of its accessibility that e-book apps show

download-epub = EPUB ਈ-ਬੁੱਕ ({ $language }), { $size }
epub-title-page = ਸਿਰਲੇਖ ਪੰਨਾ
epub-guide = ਇਸ ਈ-ਬੁੱਕ ਦੀ ਗਾਈਡ
epub-start = ਪ੍ਰਕਾਸ਼ਨ ਦੀ ਸ਼ੁਰੂਆਤ
epub-summary = ਇਸ ਈ-ਬੁੱਕ ਦੇ ਸਿਰਲੇਖ, ਵਿਸ਼ਾ-ਸੂਚੀ ਅਤੇ ਪੜ੍ਹਨ ਦੀ ਤਰਤੀਬ ਪ੍ਰਕਾਸ਼ਨ ਦੇ ਅਨੁਸਾਰ ਹਨ। ਤੁਹਾਡੀ ਪੜ੍ਹਨ ਵਾਲੀ ਐਪ ਇਸ ਦੀ ਲਿਖਤ ਦਾ ਆਕਾਰ, ਫ਼ੌਂਟ, ਵਿੱਥ ਅਤੇ ਰੰਗ ਬਦਲ ਸਕਦੀ ਹੈ। ਇਹ ਈ-ਬੁੱਕ WCAG 2.2 ਦੇ AA ਪੱਧਰ 'ਤੇ EPUB Accessibility 1.1 ਦੀਆਂ ਲੋੜਾਂ ਪੂਰੀਆਂ ਕਰਦੀ ਹੈ।
epub-summary-audio = ਕੰਪਿਊਟਰ ਦੀ ਆਵਾਜ਼ ਸਾਰੀ ਲਿਖਤ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਂਦੀ ਹੈ, ਅਤੇ ਜਿਹੜਾ ਵਾਕ ਪੜ੍ਹਿਆ ਜਾ ਰਿਹਾ ਹੋਵੇ, ਉਹ ਉਭਾਰ ਕੇ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।

## The plain-text edition

text-untranslated = ਅਜੇ { $language } ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ, ਇਸ ਲਈ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿੱਤਾ ਗਿਆ ਹੈ: { $parts }।
text-untranslated-front = ਸਿਰਲੇਖ ਪੰਨਾ
text-untranslated-other = ਹੋਰ ਹਿੱਸੇ
text-stale = ਅਨੁਵਾਦ ਤੋਂ ਬਾਅਦ ਅੰਗਰੇਜ਼ੀ ਬਦਲ ਗਈ ਹੈ, ਇਸ ਲਈ ਇਹ ਹਿੱਸੇ ਸ਼ਾਇਦ ਨਵੀਨਤਮ ਨਹੀਂ ਹਨ: { $parts }।

## Every page's footer

alt-formats-heading = ਹੋਰ ਫਾਰਮੈਟ ਅਤੇ ਭਾਸ਼ਾਵਾਂ
alt-formats-request = ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਜਾਣਕਾਰੀ ਵੱਡੇ ਅੱਖਰਾਂ, ਬ੍ਰੇਲ, ਆਡੀਓ ਜਾਂ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ { $phone } 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
footer-published-by = ਪ੍ਰਕਾਸ਼ਕ

## Accessibility statement

a11y-title = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
a11y-applies = ਇਹ ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ { $website } ਵੈੱਬਸਾਈਟ 'ਤੇ ਲਾਗੂ ਹੁੰਦਾ ਹੈ।
a11y-run-by = ਇਹ ਵੈੱਬਸਾਈਟ { $publisher } ਵੱਲੋਂ ਚਲਾਈ ਜਾਂਦੀ ਹੈ।
a11y-intro = ਅਸੀਂ ਚਾਹੁੰਦੇ ਹਾਂ ਕਿ ਵੱਧ ਤੋਂ ਵੱਧ ਲੋਕ ਇਹ { -compacts } ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਅਤੇ ਸਾਡੇ ਇਲਾਕੇ ਦੀਆਂ ਭਾਈਚਾਰਕ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਪੜ੍ਹ ਸਕਣ।
a11y-using-heading = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਵਰਤੋਂ
a11y-using = ਤੁਸੀਂ ਲਿਖਤ ਨੂੰ ਸਕ੍ਰੀਨ ਤੋਂ ਬਾਹਰ ਗਏ ਬਿਨਾਂ 400% ਤੱਕ ਵੱਡਾ ਕਰ ਸਕਦੇ ਹੋ, ਅਤੇ ਹਰ ਪੰਨਾ ਜਾਵਾਸਕ੍ਰਿਪਟ ਤੋਂ ਬਿਨਾਂ ਪੜ੍ਹ ਸਕਦੇ ਹੋ। ਹਰ ਪੰਨੇ ਨੂੰ, ਅਤੇ ਪੰਨੇ ਦੇ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਾਲੇ ਹਰ ਹਿੱਸੇ ਨੂੰ, ਉਸ ਦੀ ਭਾਸ਼ਾ ਨਾਲ ਨਿਸ਼ਾਨਬੱਧ ਕੀਤਾ ਗਿਆ ਹੈ, ਤਾਂ ਜੋ ਸਕ੍ਰੀਨ ਰੀਡਰ ਸਹੀ ਆਵਾਜ਼ ਵਰਤੇ। ਜਿਸ ਹਿੱਸੇ ਦਾ ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ, ਉਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਅੰਗਰੇਜ਼ੀ ਵਜੋਂ ਨਿਸ਼ਾਨਬੱਧ ਹੁੰਦਾ ਹੈ।
a11y-offered-heading = ਫਾਰਮੈਟ ਅਤੇ ਭਾਸ਼ਾਵਾਂ
a11y-offered-formats = ਇਸ ਵੈੱਬਸਾਈਟ ਦਾ ਹਰ ਪ੍ਰਕਾਸ਼ਨ ਇਨ੍ਹਾਂ ਰੂਪਾਂ ਵਿੱਚ ਪ੍ਰਕਾਸ਼ਿਤ ਹੁੰਦਾ ਹੈ:
a11y-format-web-page = ਵੈੱਬ ਪੰਨਾ
a11y-format-large-print-page = ਵੱਡੇ ਅੱਖਰਾਂ ਵਾਲਾ ਵੈੱਬ ਪੰਨਾ
a11y-format-large-print-pdf = ਵੱਡੇ ਅੱਖਰਾਂ ਵਾਲਾ PDF ਦਸਤਾਵੇਜ਼ (A4)
a11y-format-plain-text = ਸਾਦੇ ਟੈਕਸਟ ਵਾਲੀ ਫ਼ਾਈਲ
a11y-format-braille = ਬ੍ਰੇਲ ਫ਼ਾਈਲਾਂ (ਬ੍ਰੇਲ ਪ੍ਰਿੰਟਰ ਲਈ PEF, ਬ੍ਰੇਲ ਡਿਸਪਲੇ ਲਈ BRF)
a11y-format-audio = ਕੰਪਿਊਟਰ ਦੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਿਆ ਗਿਆ ਆਡੀਓ (DAISY ਬੋਲਦੀ ਕਿਤਾਬ ਅਤੇ MP3 ਫ਼ਾਈਲਾਂ)
a11y-format-epub = ਪਹੁੰਚਯੋਗ EPUB ਈ-ਬੁੱਕ (ਈ-ਬੁੱਕ ਐਪਾਂ ਅਤੇ ਪੜ੍ਹਨ ਵਾਲੇ ਯੰਤਰਾਂ ਲਈ)
a11y-format-some =
    { $count ->
        [one] { $format }, ਹੁਣ ਤੱਕ ਕੁੱਲ { $total } ਵਿੱਚੋਂ { $count } ਪ੍ਰਕਾਸ਼ਨ ਲਈ
       *[other] { $format }, ਹੁਣ ਤੱਕ ਕੁੱਲ { $total } ਵਿੱਚੋਂ { $count } ਪ੍ਰਕਾਸ਼ਨਾਂ ਲਈ
    }
a11y-offered-languages = ਇਹ ਵੈੱਬਸਾਈਟ ਇਨ੍ਹਾਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਪ੍ਰਕਾਸ਼ਿਤ ਹੁੰਦੀ ਹੈ:
a11y-formats-heading = ਸੁਝਾਅ ਅਤੇ ਸੰਪਰਕ ਜਾਣਕਾਰੀ
a11y-formats = ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਜਾਣਕਾਰੀ ਕਿਸੇ ਹੋਰ ਫਾਰਮੈਟ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ, ਜਿਵੇਂ ਵੱਡੇ ਅੱਖਰ, ਬ੍ਰੇਲ, ਆਡੀਓ ਜਾਂ ਕੋਈ ਹੋਰ ਭਾਸ਼ਾ, ਤਾਂ ਹੇਠਾਂ ਦਿੱਤੇ ਵੇਰਵਿਆਂ 'ਤੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
a11y-reply-days =
    { $days ->
        [one] ਅਸੀਂ ਤੁਹਾਡੀ ਬੇਨਤੀ 'ਤੇ ਵਿਚਾਰ ਕਰਕੇ { $days } ਕੰਮਕਾਜੀ ਦਿਨ ਵਿੱਚ ਜਵਾਬ ਦੇਵਾਂਗੇ।
       *[other] ਅਸੀਂ ਤੁਹਾਡੀ ਬੇਨਤੀ 'ਤੇ ਵਿਚਾਰ ਕਰਕੇ { $days } ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਵਿੱਚ ਜਵਾਬ ਦੇਵਾਂਗੇ।
    }
a11y-feedback-heading = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀਆਂ ਪਹੁੰਚਯੋਗਤਾ ਸਮੱਸਿਆਵਾਂ ਦੀ ਰਿਪੋਰਟ ਕਰਨਾ
a11y-feedback = ਅਸੀਂ ਹਮੇਸ਼ਾ ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਪਹੁੰਚਯੋਗਤਾ ਵਿੱਚ ਸੁਧਾਰ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਦੇ ਹਾਂ। ਜੇ ਤੁਹਾਨੂੰ ਕੋਈ ਅਜਿਹੀ ਸਮੱਸਿਆ ਮਿਲਦੀ ਹੈ ਜੋ ਇਸ ਪੰਨੇ 'ਤੇ ਸੂਚੀਬੱਧ ਨਹੀਂ ਹੈ, ਜਾਂ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਅਸੀਂ ਪਹੁੰਚਯੋਗਤਾ ਦੀਆਂ ਲੋੜਾਂ ਪੂਰੀਆਂ ਨਹੀਂ ਕਰ ਰਹੇ, ਤਾਂ ਉੱਪਰ ਦਿੱਤੇ ਵੇਰਵਿਆਂ 'ਤੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
a11y-enforcement-heading = ਲਾਗੂ ਕਰਨ ਦੀ ਪ੍ਰਕਿਰਿਆ
a11y-enforcement = ਸਮਾਨਤਾ ਅਤੇ ਮਨੁੱਖੀ ਅਧਿਕਾਰ ਕਮਿਸ਼ਨ (EHRC) ਪਬਲਿਕ ਸੈਕਟਰ ਬਾਡੀਜ਼ (ਵੈੱਬਸਾਈਟਾਂ ਅਤੇ ਮੋਬਾਈਲ ਐਪਲੀਕੇਸ਼ਨਾਂ) (ਨੰਬਰ 2) ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮ 2018 (‘ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮ’) ਨੂੰ ਲਾਗੂ ਕਰਨ ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਹੈ। ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਦੇ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ, ਤਾਂ [ਸਮਾਨਤਾ ਸਲਾਹ ਅਤੇ ਸਹਾਇਤਾ ਸੇਵਾ (EASS) ਨਾਲ ਸੰਪਰਕ ਕਰੋ](https://www.equalityadvisoryservice.com/)।
a11y-enforcement-ni = ਜੇ ਤੁਸੀਂ ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਹੋ ਅਤੇ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਦੇ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ [ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਦੇ ਸਮਾਨਤਾ ਕਮਿਸ਼ਨ](https://www.equalityni.org/) ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ, ਜੋ ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮਾਂ ਨੂੰ ਲਾਗੂ ਕਰਨ ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਹੈ।
a11y-technical-heading = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਪਹੁੰਚਯੋਗਤਾ ਬਾਰੇ ਤਕਨੀਕੀ ਜਾਣਕਾਰੀ
a11y-committed = { $publisher } [ਪਬਲਿਕ ਸੈਕਟਰ ਬਾਡੀਜ਼ (ਵੈੱਬਸਾਈਟਾਂ ਅਤੇ ਮੋਬਾਈਲ ਐਪਲੀਕੇਸ਼ਨਾਂ) (ਨੰਬਰ 2) ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮ 2018](https://www.legislation.gov.uk/uksi/2018/952/contents/made) ਦੇ ਅਨੁਸਾਰ ਆਪਣੀ ਵੈੱਬਸਾਈਟ ਨੂੰ ਪਹੁੰਚਯੋਗ ਬਣਾਉਣ ਲਈ ਵਚਨਬੱਧ ਹੈ।
a11y-status-heading = ਪਾਲਣਾ ਦੀ ਸਥਿਤੀ
a11y-compliance-full = ਇਹ ਵੈੱਬਸਾਈਟ [ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ (WCAG) ਸੰਸਕਰਣ 2.2](https://www.w3.org/TR/WCAG22/) ਦੇ AA ਮਿਆਰ ਦੀ ਪੂਰੀ ਤਰ੍ਹਾਂ ਪਾਲਣਾ ਕਰਦੀ ਹੈ।
a11y-compliance-partial = ਹੇਠਾਂ ਸੂਚੀਬੱਧ ਗੈਰ-ਪਾਲਣਾਵਾਂ ਕਾਰਨ ਇਹ ਵੈੱਬਸਾਈਟ [ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ (WCAG) ਸੰਸਕਰਣ 2.2](https://www.w3.org/TR/WCAG22/) ਦੇ AA ਮਿਆਰ ਦੀ ਅੰਸ਼ਕ ਤੌਰ 'ਤੇ ਪਾਲਣਾ ਕਰਦੀ ਹੈ।
a11y-compliance-not = ਇਹ ਵੈੱਬਸਾਈਟ [ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ (WCAG) ਸੰਸਕਰਣ 2.2](https://www.w3.org/TR/WCAG22/) ਦੇ AA ਮਿਆਰ ਦੀ ਪਾਲਣਾ ਨਹੀਂ ਕਰਦੀ। ਗੈਰ-ਪਾਲਣਾਵਾਂ ਹੇਠਾਂ ਸੂਚੀਬੱਧ ਹਨ।
a11y-compliance-unassessed = ਇਸ ਵੈੱਬਸਾਈਟ ਦੇ ਪ੍ਰਕਾਸ਼ਕ ਨੇ ਅਜੇ ਇਸ ਨੂੰ [ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ (WCAG) ਸੰਸਕਰਣ 2.2](https://www.w3.org/TR/WCAG22/) ਦੇ AA ਮਿਆਰ ਮੁਤਾਬਕ ਨਹੀਂ ਪਰਖਿਆ ਹੈ, ਇਸ ਲਈ ਇਹ ਬਿਆਨ ਇਹ ਨਹੀਂ ਕਹਿੰਦਾ ਕਿ ਇਹ ਉਸ ਦੀ ਪਾਲਣਾ ਕਰਦੀ ਹੈ।
a11y-non-accessible-heading = ਉਹ ਸਮੱਗਰੀ ਜੋ ਪਹੁੰਚਯੋਗ ਨਹੀਂ ਹੈ
a11y-non-accessible-intro = ਹੇਠਾਂ ਸੂਚੀਬੱਧ ਸਮੱਗਰੀ ਹੇਠ ਲਿਖੇ ਕਾਰਨਾਂ ਕਰਕੇ ਪਹੁੰਚਯੋਗ ਨਹੀਂ ਹੈ।
a11y-preparation-heading = ਇਸ ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ ਦੀ ਤਿਆਰੀ
a11y-prepared = ਇਹ ਬਿਆਨ { $date } ਨੂੰ ਤਿਆਰ ਕੀਤਾ ਗਿਆ ਸੀ।
a11y-reviewed = ਇਸ ਦੀ ਆਖ਼ਰੀ ਸਮੀਖਿਆ { $date } ਨੂੰ ਕੀਤੀ ਗਈ ਸੀ।
a11y-tested = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਆਖ਼ਰੀ ਜਾਂਚ { $date } ਨੂੰ ਕੀਤੀ ਗਈ ਸੀ। ਇਹ ਜਾਂਚ { $by } ਵੱਲੋਂ ਕੀਤੀ ਗਈ ਸੀ।

## Page not found

not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-text = ਜੋ ਪੰਨਾ ਤੁਸੀਂ ਮੰਗਿਆ ਹੈ ਉਹ ਇੱਥੇ ਨਹੀਂ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਇਸ ਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ।
not-found-link = { -compacts(case: "oblique") } ਦੀ ਸੂਚੀ 'ਤੇ ਜਾਓ
