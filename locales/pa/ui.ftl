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
choose-language-prompt = ਕੰਪੈਕਟ ਪੰਜਾਬੀ ਵਿੱਚ ਪੜ੍ਹੋ

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
undertakings-caption = ਵਿਸ਼ੇ ਅਨੁਸਾਰ ਹਰੇਕ ਭਾਈਵਾਲ ਦੀਆਂ ਵਚਨਬੱਧਤਾਵਾਂ

# source: 8093a7f9
related-heading = ਸੰਬੰਧਿਤ ਪ੍ਰਕਾਸ਼ਨ

# source: 0da2a00b
signup-print = ਇਹ ਪੰਨਾ ਪ੍ਰਿੰਟ ਕਰੋ, ਖਾਨੇ ਭਰੋ ਅਤੇ ਹੇਠਾਂ ਦਿੱਤੇ ਪਤੇ 'ਤੇ ਡਾਕ ਰਾਹੀਂ ਭੇਜੋ, ਜਾਂ ਈ-ਮੇਲ ਰਾਹੀਂ ਜਵਾਬ ਦਿਓ।

# source: efaa96cc
signup-email = ਈ-ਮੇਲ ਰਾਹੀਂ ਜਵਾਬ ਦਿਓ

# source: ab2c94cd
signup-email-subject = ਕੰਪੈਕਟ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣਾ

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

# source: 2f9e8420
a11y-intro = ਅਸੀਂ ਚਾਹੁੰਦੇ ਹਾਂ ਕਿ ਵੱਧ ਤੋਂ ਵੱਧ ਲੋਕ ਇਹ ਕੰਪੈਕਟ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਅਤੇ ਸਾਡੇ ਇਲਾਕੇ ਦੀਆਂ ਭਾਈਚਾਰਕ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਪੜ੍ਹ ਸਕਣ।

# source: 6aa7aab4
a11y-using-heading = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਵਰਤੋਂ

# source: 60383640
a11y-using = ਤੁਸੀਂ ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਜਾਂ ਡਿਵਾਈਸ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਨਾਲ ਰੰਗ, ਕੰਟ੍ਰਾਸਟ ਅਤੇ ਫੌਂਟ ਬਦਲ ਸਕਦੇ ਹੋ, ਲਿਖਤ ਨੂੰ ਸਕ੍ਰੀਨ ਤੋਂ ਬਾਹਰ ਗਏ ਬਿਨਾਂ 400% ਤੱਕ ਵੱਡਾ ਕਰ ਸਕਦੇ ਹੋ, ਸਿਰਫ਼ ਕੀਬੋਰਡ ਜਾਂ ਆਵਾਜ਼ ਪਛਾਣ ਸੌਫਟਵੇਅਰ ਨਾਲ ਪੂਰੀ ਵੈੱਬਸਾਈਟ ਵਰਤ ਸਕਦੇ ਹੋ, ਅਤੇ ਸਕ੍ਰੀਨ ਰੀਡਰ ਨਾਲ ਵੈੱਬਸਾਈਟ ਸੁਣ ਸਕਦੇ ਹੋ। ਹਰ ਪੰਨਾ ਜਾਵਾਸਕ੍ਰਿਪਟ ਤੋਂ ਬਿਨਾਂ ਕੰਮ ਕਰਦਾ ਹੈ, ਅਤੇ ਹਰ ਭਾਸ਼ਾ ਨੂੰ ਨਿਸ਼ਾਨਬੱਧ ਕੀਤਾ ਗਿਆ ਹੈ ਤਾਂ ਜੋ ਸਕ੍ਰੀਨ ਰੀਡਰ ਸਹੀ ਆਵਾਜ਼ ਵਰਤੇ।

# source: 37e188a9
a11y-status-heading = ਪਾਲਣਾ ਦੀ ਸਥਿਤੀ

# source: b045fb2e
a11y-status = ਇਹ ਵੈੱਬਸਾਈਟ ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ 2.2, ਪੱਧਰ AA ਨੂੰ ਪੂਰਾ ਕਰਨ ਲਈ ਬਣਾਈ ਗਈ ਹੈ। ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਹਰ ਪੰਨੇ ਦੀ Nu Html Checker ਅਤੇ axe ਨਾਲ ਆਪਣੇ-ਆਪ ਜਾਂਚ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।

# source: b5314243
a11y-limits-heading = ਉਹ ਹਿੱਸੇ ਜੋ ਪੂਰੀ ਤਰ੍ਹਾਂ ਪਹੁੰਚਯੋਗ ਨਹੀਂ ਹਨ

# source: 04b24dc9
a11y-limits = ਕੁਝ ਅਨੁਵਾਦ ਮਸ਼ੀਨ ਦੀ ਮਦਦ ਨਾਲ ਕੀਤੇ ਗਏ ਹਨ ਅਤੇ ਅਜੇ ਕਿਸੇ ਮਾਂ-ਬੋਲੀ ਬੋਲਣ ਵਾਲੇ ਨੇ ਜਾਂਚੇ ਨਹੀਂ ਹਨ; ਅਜਿਹੇ ਪੰਨੇ ਇਹ ਦੱਸਦੇ ਹਨ। ਜਿੱਥੇ ਪੰਨੇ ਦੇ ਕਿਸੇ ਹਿੱਸੇ ਦਾ ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ, ਉਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਅੰਗਰੇਜ਼ੀ ਵਜੋਂ ਨਿਸ਼ਾਨਬੱਧ ਹੁੰਦਾ ਹੈ।

# source: 21da0049
a11y-formats-heading = ਹੋਰ ਫਾਰਮੈਟ

# source: e0168028
a11y-formats = ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਜਾਣਕਾਰੀ ਵੱਡੇ ਅੱਖਰਾਂ, ਬ੍ਰੇਲ, ਆਡੀਓ ਜਾਂ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ ਤਾਂ ਹੇਠਾਂ ਦਿੱਤੇ ਵੇਰਵਿਆਂ 'ਤੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ। ਅਸੀਂ ਤੁਹਾਡੀ ਬੇਨਤੀ 'ਤੇ ਵਿਚਾਰ ਕਰਕੇ 10 ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਵਿੱਚ ਜਵਾਬ ਦੇਵਾਂਗੇ।

# source: 23022412
a11y-feedback-heading = ਸਮੱਸਿਆਵਾਂ ਦੀ ਰਿਪੋਰਟ ਅਤੇ ਲਾਗੂਕਰਨ

# source: 6c534fe7
a11y-feedback = ਜੇ ਤੁਹਾਨੂੰ ਕੋਈ ਅਜਿਹੀ ਸਮੱਸਿਆ ਮਿਲਦੀ ਹੈ ਜੋ ਇਸ ਪੰਨੇ 'ਤੇ ਸੂਚੀਬੱਧ ਨਹੀਂ ਹੈ ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ। ਜੇ ਤੁਸੀਂ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ ਤਾਂ Equality Advisory and Support Service (EASS) ਨਾਲ ਸੰਪਰਕ ਕਰੋ।

## Page not found

# source: 0514d853
not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ

# source: 2b58808f
not-found-text = ਜੋ ਪੰਨਾ ਤੁਸੀਂ ਮੰਗਿਆ ਹੈ ਉਹ ਇੱਥੇ ਨਹੀਂ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਇਸ ਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ।

# source: d1b9701e
not-found-link = ਕੰਪੈਕਟਾਂ ਦੀ ਸੂਚੀ 'ਤੇ ਜਾਓ
