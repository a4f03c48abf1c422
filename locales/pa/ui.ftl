### Punjabi (ਪੰਜਾਬੀ, Gurmukhi) strings for the default theme.
### review-status: machine-assisted
### Written with machine assistance; not yet reviewed by a native speaker.
### CLDR: in Punjabi 0 and 1 both take the [one] form.

# source: f696aa85
language-name = ਪੰਜਾਬੀ

## Navigation

# source: a684a452
skip-link = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ

# source: bbf5b506
nav-site = ਸਾਈਟ

# source: c4359e28
nav-home = ਮੁੱਖ ਪੰਨਾ

# source: 3ecb0229
nav-accessibility = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ

# source: 94f909be
nav-languages = ਇਹ ਪੰਨਾ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਪੜ੍ਹੋ

# source: 685ac66a
nav-breadcrumb = ਤੁਸੀਂ ਇੱਥੇ ਹੋ

# source: 1746410e
nav-contents = ਵਿਸ਼ਾ-ਸੂਚੀ

## Language chooser (the site's front page)

# source: 0b151508
choose-language = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ

# source: 171283ea
choose-language-prompt = { -compacts } ਪੰਜਾਬੀ ਵਿੱਚ ਪੜ੍ਹੋ

## Notices about translation

# source: e2d495d2
untranslated-notice =
    { $count ->
        [one] ਇਸ ਪੰਨੇ ਦੇ { $count } ਹਿੱਸੇ ਦਾ ਅਜੇ { $language } ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ। ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਇਆ ਗਿਆ ਹੈ।
       *[other] ਇਸ ਪੰਨੇ ਦੇ { $count } ਹਿੱਸਿਆਂ ਦਾ ਅਜੇ { $language } ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ। ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਏ ਗਏ ਹਨ।
    }

# source: addf4c56
machine-translation-notice = ਇਹ ਅਨੁਵਾਦ ਮਸ਼ੀਨ ਦੀ ਮਦਦ ਨਾਲ ਕੀਤਾ ਗਿਆ ਹੈ ਅਤੇ ਅਜੇ ਕਿਸੇ ਮਾਂ-ਬੋਲੀ ਬੋਲਣ ਵਾਲੇ ਨੇ ਇਸ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ। ਜੇ ਕੁਝ ਸਪਸ਼ਟ ਨਹੀਂ ਹੈ ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।

# source: cb75cd4f
stale-notice =
    { $count ->
        [one] ਇਸ ਪੰਨੇ ਦਾ { $count } ਹਿੱਸਾ ਅੰਗਰੇਜ਼ੀ ਦੇ ਪਿਛਲੇ ਰੂਪ ਤੋਂ ਅਨੁਵਾਦ ਕੀਤਾ ਗਿਆ ਹੈ, ਇਸ ਲਈ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਇਹ ਨਵੀਨਤਮ ਨਾ ਹੋਵੇ।
       *[other] ਇਸ ਪੰਨੇ ਦੇ { $count } ਹਿੱਸੇ ਅੰਗਰੇਜ਼ੀ ਦੇ ਪਿਛਲੇ ਰੂਪ ਤੋਂ ਅਨੁਵਾਦ ਕੀਤੇ ਗਏ ਹਨ, ਇਸ ਲਈ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਇਹ ਨਵੀਨਤਮ ਨਾ ਹੋਣ।
    }

## Home page

# source: 2f2aea9d
publications-heading = ਪ੍ਰਕਾਸ਼ਨ

# source: d7162913
publication-count =
    { $count ->
        [one] { $count } ਪ੍ਰਕਾਸ਼ਨ
       *[other] { $count } ਪ੍ਰਕਾਸ਼ਨ
    }

## A publication

# source: b54461a6
status-draft = ਖਰੜਾ

# source: f7d21cec
status-adopted = ਅਪਣਾਇਆ ਗਿਆ

# source: e49df8f6
status-label = ਸਥਿਤੀ

# source: 4845149d
date-label = ਮਿਤੀ

# source: 17521a64
area-label = ਖੇਤਰ

# source: 6fbddef1
reference-label = ਹਵਾਲਾ ਨੰਬਰ

# source: 1fef0feb
parties-heading = ਇਸ ਸਮਝੌਤੇ ਦੀਆਂ ਧਿਰਾਂ

# source: 21da0049
download-heading = ਹੋਰ ਫਾਰਮੈਟ

# source: 1ac48b97
undertakings-theme = ਵਿਸ਼ਾ

# source: 23d283b8
undertakings-caption = ਵਿਸ਼ੇ ਅਨੁਸਾਰ ਹਰੇਕ ਭਾਈਵਾਲ ਦੀਆਂ { -undertakings }

# source: 8093a7f9
related-heading = ਸੰਬੰਧਿਤ ਪ੍ਰਕਾਸ਼ਨ

# source: 0da2a00b
signup-print = ਇਹ ਪੰਨਾ ਪ੍ਰਿੰਟ ਕਰੋ, ਖਾਨੇ ਭਰੋ ਅਤੇ ਹੇਠਾਂ ਦਿੱਤੇ ਪਤੇ 'ਤੇ ਡਾਕ ਰਾਹੀਂ ਭੇਜੋ, ਜਾਂ ਈ-ਮੇਲ ਰਾਹੀਂ ਜਵਾਬ ਦਿਓ।

# source: efaa96cc
signup-email = ਈ-ਮੇਲ ਰਾਹੀਂ ਜਵਾਬ ਦਿਓ

# source: ab2c94cd
signup-email-subject = { -compact } ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣਾ

# source: 18337876
signup-date-hint = ਦਿਨ/ਮਹੀਨਾ/ਸਾਲ, ਜਿਵੇਂ 25/12/2024

# source: b044303f
signatory-signed = ਦਸਤਖ਼ਤ

# source: 48b1bc16
signatory-dated = ਮਿਤੀ

# source: 9fa6b269
signatory-not-signed = ਅਜੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਹੋਏ

# source: 5d9d4a0e
contact-phone = ਫ਼ੋਨ

# source: 68f861b2
contact-fax = ਫੈਕਸ

# source: 4df11957
contact-email = ਈ-ਮੇਲ

# source: bdce3d0f
contact-web = ਵੈੱਬਸਾਈਟ

# source: 88eb0e69
large-print = ਵੱਡੇ ਅੱਖਰ

# source: d7d80270
download-large-print-html = ਵੱਡੇ ਅੱਖਰਾਂ ਵਾਲਾ ਵੈੱਬ ਪੰਨਾ

# source: fc1dc13b
download-large-print-pdf = ਵੱਡੇ ਅੱਖਰਾਂ ਵਾਲੀ PDF ({ $language }), { $size }

# source: 9952e5e5
download-plain-text = ਸਾਦਾ ਟੈਕਸਟ ({ $language }), { $size }

# source: c38db4c3
download-braille-pef =
    ਬ੍ਰੇਲ ਪ੍ਰਿੰਟਰ ਲਈ ਬ੍ਰੇਲ, PEF ({ $code ->
        [ueb] ਯੂਨੀਫਾਈਡ ਇੰਗਲਿਸ਼ ਬ੍ਰੇਲ ਗ੍ਰੇਡ 2
        [urdu] ਉਰਦੂ ਬ੍ਰੇਲ
       *[bharati] ਭਾਰਤੀ ਬ੍ਰੇਲ
    }, { $language }), { $size }

# source: 029cfcf7
download-braille-brf =
    ਬ੍ਰੇਲ ਡਿਸਪਲੇ ਲਈ ਬ੍ਰੇਲ, BRF ({ $code ->
        [ueb] ਯੂਨੀਫਾਈਡ ਇੰਗਲਿਸ਼ ਬ੍ਰੇਲ ਗ੍ਰੇਡ 2
        [urdu] ਉਰਦੂ ਬ੍ਰੇਲ
       *[bharati] ਭਾਰਤੀ ਬ੍ਰੇਲ
    }, { $language }), { $size }

# source: bd743a52
download-audio-daisy = ਆਡੀਓ, DAISY ਬੋਲਦੀ ਕਿਤਾਬ ({ $language }), { $duration }, { $size }

# source: 472e5a79
download-audio-mp3 = ਆਡੀਓ, ਤਰਤੀਬ ਨਾਲ ਚਲਾਉਣ ਲਈ MP3 ਫ਼ਾਈਲਾਂ ({ $language }), { $duration }, { $size }

# source: d97a7e0c
audio-duration =
    { $hours ->
        [0] { $minutes } ਮਿੰਟ
       *[other] { $hours } ਘੰ. { $minutes } ਮਿੰਟ
    }

## The audio edition: spoken at its start and end, and its tracks' names

# source: b789ac5e
audio-computer-voice = ਇਹ ਰਿਕਾਰਡਿੰਗ ਕੰਪਿਊਟਰ ਦੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹੀ ਗਈ ਹੈ, ਕਿਸੇ ਇਨਸਾਨ ਵੱਲੋਂ ਨਹੀਂ।

# source: 7d90c03f
audio-reads = ਇਸ ਵਿੱਚ ਤੁਸੀਂ { $title } ਸੁਣੋਗੇ, ਜਿਸ ਨੂੰ { $publisher } ਨੇ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤਾ ਹੈ ਅਤੇ ਜਿਸ ਦੀ ਮਿਤੀ { $date } ਹੈ।

# source: cd45ae48
audio-reads-undated = ਇਸ ਵਿੱਚ ਤੁਸੀਂ { $title } ਸੁਣੋਗੇ, ਜਿਸ ਨੂੰ { $publisher } ਨੇ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤਾ ਹੈ।

# source: 781f0e07
audio-opening = ਸਿਰਲੇਖ ਅਤੇ ਜਾਣ-ਪਛਾਣ

# source: 8c3502da
audio-end = ਇੱਥੇ { $title } ਦੀ ਸਮਾਪਤੀ ਹੁੰਦੀ ਹੈ।

## The EPUB e-book: its link, the names of its guide, and the summary of its accessibility that e-book apps show

# source: c60bb881
download-epub = EPUB ਈ-ਬੁੱਕ ({ $language }), { $size }

# source: 0d8ca933
epub-title-page = ਸਿਰਲੇਖ ਪੰਨਾ

# source: d513f577
epub-guide = ਇਸ ਈ-ਬੁੱਕ ਦੀ ਗਾਈਡ

# source: ed282714
epub-start = ਪ੍ਰਕਾਸ਼ਨ ਦੀ ਸ਼ੁਰੂਆਤ

# source: 8f811675
epub-summary = ਇਸ ਈ-ਬੁੱਕ ਦੇ ਸਿਰਲੇਖ, ਵਿਸ਼ਾ-ਸੂਚੀ ਅਤੇ ਪੜ੍ਹਨ ਦੀ ਤਰਤੀਬ ਪ੍ਰਕਾਸ਼ਨ ਦੇ ਅਨੁਸਾਰ ਹਨ। ਤੁਹਾਡੀ ਪੜ੍ਹਨ ਵਾਲੀ ਐਪ ਇਸ ਦੀ ਲਿਖਤ ਦਾ ਆਕਾਰ, ਫ਼ੌਂਟ, ਵਿੱਥ ਅਤੇ ਰੰਗ ਬਦਲ ਸਕਦੀ ਹੈ। ਇਹ ਈ-ਬੁੱਕ WCAG 2.2 ਦੇ AA ਪੱਧਰ 'ਤੇ EPUB Accessibility 1.1 ਦੀਆਂ ਲੋੜਾਂ ਪੂਰੀਆਂ ਕਰਦੀ ਹੈ।

# source: b0d11690
epub-summary-audio = ਕੰਪਿਊਟਰ ਦੀ ਆਵਾਜ਼ ਸਾਰੀ ਲਿਖਤ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਂਦੀ ਹੈ, ਅਤੇ ਜਿਹੜਾ ਵਾਕ ਪੜ੍ਹਿਆ ਜਾ ਰਿਹਾ ਹੋਵੇ, ਉਹ ਉਭਾਰ ਕੇ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।

## The plain-text edition

# source: 463371f1
text-untranslated = ਅਜੇ { $language } ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ, ਇਸ ਲਈ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿੱਤਾ ਗਿਆ ਹੈ: { $parts }।

# source: 8395efe8
text-untranslated-front = ਸਿਰਲੇਖ ਪੰਨਾ

# source: 135067ab
text-untranslated-other = ਹੋਰ ਹਿੱਸੇ

# source: db1d550d
text-stale = ਅਨੁਵਾਦ ਤੋਂ ਬਾਅਦ ਅੰਗਰੇਜ਼ੀ ਬਦਲ ਗਈ ਹੈ, ਇਸ ਲਈ ਇਹ ਹਿੱਸੇ ਸ਼ਾਇਦ ਨਵੀਨਤਮ ਨਹੀਂ ਹਨ: { $parts }।

## Every page's footer

# source: 4707668c
alt-formats-heading = ਹੋਰ ਫਾਰਮੈਟ ਅਤੇ ਭਾਸ਼ਾਵਾਂ

# source: 5e47288a
alt-formats-request = ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਜਾਣਕਾਰੀ ਵੱਡੇ ਅੱਖਰਾਂ, ਬ੍ਰੇਲ, ਆਡੀਓ ਜਾਂ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ { $phone } 'ਤੇ ਫ਼ੋਨ ਕਰੋ।

# source: 1522a2a9
footer-published-by = ਪ੍ਰਕਾਸ਼ਕ

## Accessibility statement

# source: 3ecb0229
a11y-title = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ

# source: 132875fb
a11y-applies = ਇਹ ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ { $website } ਵੈੱਬਸਾਈਟ 'ਤੇ ਲਾਗੂ ਹੁੰਦਾ ਹੈ।

# source: bdb0a098
a11y-run-by = ਇਹ ਵੈੱਬਸਾਈਟ { $publisher } ਵੱਲੋਂ ਚਲਾਈ ਜਾਂਦੀ ਹੈ।

# source: 2f9e8420
a11y-intro = ਅਸੀਂ ਚਾਹੁੰਦੇ ਹਾਂ ਕਿ ਵੱਧ ਤੋਂ ਵੱਧ ਲੋਕ ਇਹ { -compacts } ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਅਤੇ ਸਾਡੇ ਇਲਾਕੇ ਦੀਆਂ ਭਾਈਚਾਰਕ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਪੜ੍ਹ ਸਕਣ।

# source: 6aa7aab4
a11y-using-heading = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਵਰਤੋਂ

# source: c5ad22e6
a11y-using = ਤੁਸੀਂ ਲਿਖਤ ਨੂੰ ਸਕ੍ਰੀਨ ਤੋਂ ਬਾਹਰ ਗਏ ਬਿਨਾਂ 400% ਤੱਕ ਵੱਡਾ ਕਰ ਸਕਦੇ ਹੋ, ਅਤੇ ਹਰ ਪੰਨਾ ਜਾਵਾਸਕ੍ਰਿਪਟ ਤੋਂ ਬਿਨਾਂ ਪੜ੍ਹ ਸਕਦੇ ਹੋ। ਹਰ ਪੰਨੇ ਨੂੰ, ਅਤੇ ਪੰਨੇ ਦੇ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਾਲੇ ਹਰ ਹਿੱਸੇ ਨੂੰ, ਉਸ ਦੀ ਭਾਸ਼ਾ ਨਾਲ ਨਿਸ਼ਾਨਬੱਧ ਕੀਤਾ ਗਿਆ ਹੈ, ਤਾਂ ਜੋ ਸਕ੍ਰੀਨ ਰੀਡਰ ਸਹੀ ਆਵਾਜ਼ ਵਰਤੇ। ਜਿਸ ਹਿੱਸੇ ਦਾ ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ, ਉਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਅੰਗਰੇਜ਼ੀ ਵਜੋਂ ਨਿਸ਼ਾਨਬੱਧ ਹੁੰਦਾ ਹੈ।

# source: 81dffc54
a11y-offered-heading = ਫਾਰਮੈਟ ਅਤੇ ਭਾਸ਼ਾਵਾਂ

# source: c4de2ceb
a11y-offered-formats = ਇਸ ਵੈੱਬਸਾਈਟ ਦਾ ਹਰ ਪ੍ਰਕਾਸ਼ਨ ਇਨ੍ਹਾਂ ਰੂਪਾਂ ਵਿੱਚ ਪ੍ਰਕਾਸ਼ਿਤ ਹੁੰਦਾ ਹੈ:

# source: a32e21c8
a11y-format-web-page = ਵੈੱਬ ਪੰਨਾ

# source: 243c84b3
a11y-format-large-print-page = ਵੱਡੇ ਅੱਖਰਾਂ ਵਾਲਾ ਵੈੱਬ ਪੰਨਾ

# source: 8d8d36dd
a11y-format-large-print-pdf = ਵੱਡੇ ਅੱਖਰਾਂ ਵਾਲਾ PDF ਦਸਤਾਵੇਜ਼ (A4)

# source: 59e4fd87
a11y-format-plain-text = ਸਾਦੇ ਟੈਕਸਟ ਵਾਲੀ ਫ਼ਾਈਲ

# source: f46597f9
a11y-format-braille = ਬ੍ਰੇਲ ਫ਼ਾਈਲਾਂ (ਬ੍ਰੇਲ ਪ੍ਰਿੰਟਰ ਲਈ PEF, ਬ੍ਰੇਲ ਡਿਸਪਲੇ ਲਈ BRF)

# source: dde0ad59
a11y-format-audio = ਕੰਪਿਊਟਰ ਦੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਿਆ ਗਿਆ ਆਡੀਓ (DAISY ਬੋਲਦੀ ਕਿਤਾਬ ਅਤੇ MP3 ਫ਼ਾਈਲਾਂ)

# source: 3ea839fa
a11y-format-epub = ਪਹੁੰਚਯੋਗ EPUB ਈ-ਬੁੱਕ (ਈ-ਬੁੱਕ ਐਪਾਂ ਅਤੇ ਪੜ੍ਹਨ ਵਾਲੇ ਯੰਤਰਾਂ ਲਈ)

# source: f64b3e4d
a11y-format-some =
    { $count ->
        [one] { $format }, ਹੁਣ ਤੱਕ ਕੁੱਲ { $total } ਵਿੱਚੋਂ { $count } ਪ੍ਰਕਾਸ਼ਨ ਲਈ
       *[other] { $format }, ਹੁਣ ਤੱਕ ਕੁੱਲ { $total } ਵਿੱਚੋਂ { $count } ਪ੍ਰਕਾਸ਼ਨਾਂ ਲਈ
    }

# source: 4e0e2aa6
a11y-offered-languages = ਇਹ ਵੈੱਬਸਾਈਟ ਇਨ੍ਹਾਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਪ੍ਰਕਾਸ਼ਿਤ ਹੁੰਦੀ ਹੈ:

# source: 32daacb6
a11y-formats-heading = ਸੁਝਾਅ ਅਤੇ ਸੰਪਰਕ ਜਾਣਕਾਰੀ

# source: f206df21
a11y-formats = ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਜਾਣਕਾਰੀ ਕਿਸੇ ਹੋਰ ਫਾਰਮੈਟ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ, ਜਿਵੇਂ ਵੱਡੇ ਅੱਖਰ, ਬ੍ਰੇਲ, ਆਡੀਓ ਜਾਂ ਕੋਈ ਹੋਰ ਭਾਸ਼ਾ, ਤਾਂ ਹੇਠਾਂ ਦਿੱਤੇ ਵੇਰਵਿਆਂ 'ਤੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।

# source: 4030b2b0
a11y-reply-days =
    { $days ->
        [one] ਅਸੀਂ ਤੁਹਾਡੀ ਬੇਨਤੀ 'ਤੇ ਵਿਚਾਰ ਕਰਕੇ { $days } ਕੰਮਕਾਜੀ ਦਿਨ ਵਿੱਚ ਜਵਾਬ ਦੇਵਾਂਗੇ।
       *[other] ਅਸੀਂ ਤੁਹਾਡੀ ਬੇਨਤੀ 'ਤੇ ਵਿਚਾਰ ਕਰਕੇ { $days } ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਵਿੱਚ ਜਵਾਬ ਦੇਵਾਂਗੇ।
    }

# source: 725e4124
a11y-feedback-heading = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀਆਂ ਪਹੁੰਚਯੋਗਤਾ ਸਮੱਸਿਆਵਾਂ ਦੀ ਰਿਪੋਰਟ ਕਰਨਾ

# source: 45cf2b08
a11y-feedback = ਅਸੀਂ ਹਮੇਸ਼ਾ ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਪਹੁੰਚਯੋਗਤਾ ਵਿੱਚ ਸੁਧਾਰ ਕਰਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਦੇ ਹਾਂ। ਜੇ ਤੁਹਾਨੂੰ ਕੋਈ ਅਜਿਹੀ ਸਮੱਸਿਆ ਮਿਲਦੀ ਹੈ ਜੋ ਇਸ ਪੰਨੇ 'ਤੇ ਸੂਚੀਬੱਧ ਨਹੀਂ ਹੈ, ਜਾਂ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਅਸੀਂ ਪਹੁੰਚਯੋਗਤਾ ਦੀਆਂ ਲੋੜਾਂ ਪੂਰੀਆਂ ਨਹੀਂ ਕਰ ਰਹੇ, ਤਾਂ ਉੱਪਰ ਦਿੱਤੇ ਵੇਰਵਿਆਂ 'ਤੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।

# source: b6005853
a11y-enforcement-heading = ਲਾਗੂ ਕਰਨ ਦੀ ਪ੍ਰਕਿਰਿਆ

# source: 27bc7cb6
a11y-enforcement = ਸਮਾਨਤਾ ਅਤੇ ਮਨੁੱਖੀ ਅਧਿਕਾਰ ਕਮਿਸ਼ਨ (EHRC) ਪਬਲਿਕ ਸੈਕਟਰ ਬਾਡੀਜ਼ (ਵੈੱਬਸਾਈਟਾਂ ਅਤੇ ਮੋਬਾਈਲ ਐਪਲੀਕੇਸ਼ਨਾਂ) (ਨੰਬਰ 2) ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮ 2018 (‘ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮ’) ਨੂੰ ਲਾਗੂ ਕਰਨ ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਹੈ। ਜੇ ਤੁਸੀਂ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਦੇ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ, ਤਾਂ [ਸਮਾਨਤਾ ਸਲਾਹ ਅਤੇ ਸਹਾਇਤਾ ਸੇਵਾ (EASS) ਨਾਲ ਸੰਪਰਕ ਕਰੋ](https://www.equalityadvisoryservice.com/)।

# source: 19bc185a
a11y-enforcement-ni = ਜੇ ਤੁਸੀਂ ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਹੋ ਅਤੇ ਆਪਣੀ ਸ਼ਿਕਾਇਤ ਦੇ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ [ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਦੇ ਸਮਾਨਤਾ ਕਮਿਸ਼ਨ](https://www.equalityni.org/) ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ, ਜੋ ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮਾਂ ਨੂੰ ਲਾਗੂ ਕਰਨ ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਹੈ।

# source: edc26fe6
a11y-technical-heading = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਪਹੁੰਚਯੋਗਤਾ ਬਾਰੇ ਤਕਨੀਕੀ ਜਾਣਕਾਰੀ

# source: 2fe9eee7
a11y-committed = { $publisher } [ਪਬਲਿਕ ਸੈਕਟਰ ਬਾਡੀਜ਼ (ਵੈੱਬਸਾਈਟਾਂ ਅਤੇ ਮੋਬਾਈਲ ਐਪਲੀਕੇਸ਼ਨਾਂ) (ਨੰਬਰ 2) ਪਹੁੰਚਯੋਗਤਾ ਨਿਯਮ 2018](https://www.legislation.gov.uk/uksi/2018/952/contents/made) ਦੇ ਅਨੁਸਾਰ ਆਪਣੀ ਵੈੱਬਸਾਈਟ ਨੂੰ ਪਹੁੰਚਯੋਗ ਬਣਾਉਣ ਲਈ ਵਚਨਬੱਧ ਹੈ।

# source: 37e188a9
a11y-status-heading = ਪਾਲਣਾ ਦੀ ਸਥਿਤੀ

# source: 9b8c0ad1
a11y-compliance-full = ਇਹ ਵੈੱਬਸਾਈਟ [ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ (WCAG) ਸੰਸਕਰਣ 2.2](https://www.w3.org/TR/WCAG22/) ਦੇ AA ਮਿਆਰ ਦੀ ਪੂਰੀ ਤਰ੍ਹਾਂ ਪਾਲਣਾ ਕਰਦੀ ਹੈ।

# source: 68bad472
a11y-compliance-partial = ਹੇਠਾਂ ਸੂਚੀਬੱਧ ਗੈਰ-ਪਾਲਣਾਵਾਂ ਕਾਰਨ ਇਹ ਵੈੱਬਸਾਈਟ [ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ (WCAG) ਸੰਸਕਰਣ 2.2](https://www.w3.org/TR/WCAG22/) ਦੇ AA ਮਿਆਰ ਦੀ ਅੰਸ਼ਕ ਤੌਰ 'ਤੇ ਪਾਲਣਾ ਕਰਦੀ ਹੈ।

# source: 1bce925f
a11y-compliance-not = ਇਹ ਵੈੱਬਸਾਈਟ [ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ (WCAG) ਸੰਸਕਰਣ 2.2](https://www.w3.org/TR/WCAG22/) ਦੇ AA ਮਿਆਰ ਦੀ ਪਾਲਣਾ ਨਹੀਂ ਕਰਦੀ। ਗੈਰ-ਪਾਲਣਾਵਾਂ ਹੇਠਾਂ ਸੂਚੀਬੱਧ ਹਨ।

# source: 818ab907
a11y-compliance-unassessed = ਇਸ ਵੈੱਬਸਾਈਟ ਦੇ ਪ੍ਰਕਾਸ਼ਕ ਨੇ ਅਜੇ ਇਸ ਨੂੰ [ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ (WCAG) ਸੰਸਕਰਣ 2.2](https://www.w3.org/TR/WCAG22/) ਦੇ AA ਮਿਆਰ ਮੁਤਾਬਕ ਨਹੀਂ ਪਰਖਿਆ ਹੈ, ਇਸ ਲਈ ਇਹ ਬਿਆਨ ਇਹ ਨਹੀਂ ਕਹਿੰਦਾ ਕਿ ਇਹ ਉਸ ਦੀ ਪਾਲਣਾ ਕਰਦੀ ਹੈ।

# source: f5be9fca
a11y-non-accessible-heading = ਉਹ ਸਮੱਗਰੀ ਜੋ ਪਹੁੰਚਯੋਗ ਨਹੀਂ ਹੈ

# source: e7518a64
a11y-non-accessible-intro = ਹੇਠਾਂ ਸੂਚੀਬੱਧ ਸਮੱਗਰੀ ਹੇਠ ਲਿਖੇ ਕਾਰਨਾਂ ਕਰਕੇ ਪਹੁੰਚਯੋਗ ਨਹੀਂ ਹੈ।

# source: 5dd1be5f
a11y-preparation-heading = ਇਸ ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ ਦੀ ਤਿਆਰੀ

# source: 237952e1
a11y-prepared = ਇਹ ਬਿਆਨ { $date } ਨੂੰ ਤਿਆਰ ਕੀਤਾ ਗਿਆ ਸੀ।

# source: be88ceea
a11y-reviewed = ਇਸ ਦੀ ਆਖ਼ਰੀ ਸਮੀਖਿਆ { $date } ਨੂੰ ਕੀਤੀ ਗਈ ਸੀ।

# source: 41f44cb8
a11y-tested = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਆਖ਼ਰੀ ਜਾਂਚ { $date } ਨੂੰ ਕੀਤੀ ਗਈ ਸੀ। ਇਹ ਜਾਂਚ { $by } ਵੱਲੋਂ ਕੀਤੀ ਗਈ ਸੀ।

## Page not found

# source: 0514d853
not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ

# source: 2b58808f
not-found-text = ਜੋ ਪੰਨਾ ਤੁਸੀਂ ਮੰਗਿਆ ਹੈ ਉਹ ਇੱਥੇ ਨਹੀਂ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਇਸ ਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ।

# source: d1b9701e
not-found-link = { -compacts(case: "oblique") } ਦੀ ਸੂਚੀ 'ਤੇ ਜਾਓ
