### Punjabi (ਪੰਜਾਬੀ, Gurmukhi) strings for the default theme.
### review-status: machine-assisted
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

## Language chooser
choose-language = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
choose-language-prompt = ਕੰਪੈਕਟ ਪੰਜਾਬੀ ਵਿੱਚ ਪੜ੍ਹੋ

## Notices about translation
untranslated-notice =
    { $count ->
        [one] ਇਸ ਪੰਨੇ ਦੇ { $count } ਹਿੱਸੇ ਦਾ ਅਜੇ { $language } ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ। ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਇਆ ਗਿਆ ਹੈ।
       *[other] ਇਸ ਪੰਨੇ ਦੇ { $count } ਹਿੱਸਿਆਂ ਦਾ ਅਜੇ { $language } ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ। ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਏ ਗਏ ਹਨ।
    }
machine-translation-notice = ਇਹ ਅਨੁਵਾਦ ਮਸ਼ੀਨ ਦੀ ਮਦਦ ਨਾਲ ਕੀਤਾ ਗਿਆ ਹੈ ਅਤੇ ਅਜੇ ਕਿਸੇ ਮਾਂ-ਬੋਲੀ ਬੋਲਣ ਵਾਲੇ ਨੇ ਇਸ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ। ਜੇ ਕੁਝ ਸਪਸ਼ਟ ਨਹੀਂ ਹੈ ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।

## Home page
publications-heading = ਪ੍ਰਕਾਸ਼ਨ
publication-count =
    { $count ->
        [one] { $count } ਪ੍ਰਕਾਸ਼ਨ
       *[other] { $count } ਪ੍ਰਕਾਸ਼ਨ
    }

## A publication
status-draft = ਖਰੜਾ
status-adopted = ਅਪਣਾਇਆ ਗਿਆ
status-label = ਸਥਿਤੀ
date-label = ਮਿਤੀ
area-label = ਖੇਤਰ
parties-heading = ਇਸ ਸਮਝੌਤੇ ਦੀਆਂ ਧਿਰਾਂ
download-heading = ਹੋਰ ਫਾਰਮੈਟ
undertakings-theme = ਵਿਸ਼ਾ
undertakings-caption = ਵਿਸ਼ੇ ਅਨੁਸਾਰ ਹਰੇਕ ਭਾਈਵਾਲ ਦੀਆਂ ਵਚਨਬੱਧਤਾਵਾਂ
related-heading = ਸੰਬੰਧਿਤ ਪ੍ਰਕਾਸ਼ਨ
signup-print = ਇਹ ਪੰਨਾ ਪ੍ਰਿੰਟ ਕਰੋ, ਖਾਨੇ ਭਰੋ ਅਤੇ ਹੇਠਾਂ ਦਿੱਤੇ ਪਤੇ 'ਤੇ ਡਾਕ ਰਾਹੀਂ ਭੇਜੋ, ਜਾਂ ਈ-ਮੇਲ ਰਾਹੀਂ ਜਵਾਬ ਦਿਓ।
signup-email = ਈ-ਮੇਲ ਰਾਹੀਂ ਜਵਾਬ ਦਿਓ
signup-email-subject = ਕੰਪੈਕਟ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣਾ
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

## The plain-text edition
text-untranslated = ਅਜੇ { $language } ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ, ਇਸ ਲਈ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿੱਤਾ ਗਿਆ ਹੈ: { $parts }।
text-untranslated-front = ਸਿਰਲੇਖ ਪੰਨਾ
text-untranslated-other = ਹੋਰ ਹਿੱਸੇ

## Every page's footer
alt-formats-heading = ਹੋਰ ਫਾਰਮੈਟ ਅਤੇ ਭਾਸ਼ਾਵਾਂ
alt-formats-request = ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਜਾਣਕਾਰੀ ਵੱਡੇ ਅੱਖਰਾਂ, ਬ੍ਰੇਲ, ਆਡੀਓ ਜਾਂ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ { $phone } 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
footer-published-by = ਪ੍ਰਕਾਸ਼ਕ

## Accessibility statement
a11y-title = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
a11y-intro = ਅਸੀਂ ਚਾਹੁੰਦੇ ਹਾਂ ਕਿ ਵੱਧ ਤੋਂ ਵੱਧ ਲੋਕ ਇਹ ਕੰਪੈਕਟ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਅਤੇ ਸਾਡੇ ਇਲਾਕੇ ਦੀਆਂ ਭਾਈਚਾਰਕ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਪੜ੍ਹ ਸਕਣ।
a11y-using-heading = ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਵਰਤੋਂ
a11y-using = ਤੁਸੀਂ ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਜਾਂ ਡਿਵਾਈਸ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਨਾਲ ਰੰਗ, ਕੰਟ੍ਰਾਸਟ ਅਤੇ ਫੌਂਟ ਬਦਲ ਸਕਦੇ ਹੋ, ਲਿਖਤ ਨੂੰ ਸਕ੍ਰੀਨ ਤੋਂ ਬਾਹਰ ਗਏ ਬਿਨਾਂ 400% ਤੱਕ ਵੱਡਾ ਕਰ ਸਕਦੇ ਹੋ, ਸਿਰਫ਼ ਕੀਬੋਰਡ ਜਾਂ ਆਵਾਜ਼ ਪਛਾਣ ਸੌਫਟਵੇਅਰ ਨਾਲ ਪੂਰੀ ਵੈੱਬਸਾਈਟ ਵਰਤ ਸਕਦੇ ਹੋ, ਅਤੇ ਸਕ੍ਰੀਨ ਰੀਡਰ ਨਾਲ ਵੈੱਬਸਾਈਟ ਸੁਣ ਸਕਦੇ ਹੋ। ਹਰ ਪੰਨਾ ਜਾਵਾਸਕ੍ਰਿਪਟ ਤੋਂ ਬਿਨਾਂ ਕੰਮ ਕਰਦਾ ਹੈ, ਅਤੇ ਹਰ ਭਾਸ਼ਾ ਨੂੰ ਨਿਸ਼ਾਨਬੱਧ ਕੀਤਾ ਗਿਆ ਹੈ ਤਾਂ ਜੋ ਸਕ੍ਰੀਨ ਰੀਡਰ ਸਹੀ ਆਵਾਜ਼ ਵਰਤੇ।
a11y-status-heading = ਪਾਲਣਾ ਦੀ ਸਥਿਤੀ
a11y-status = ਇਹ ਵੈੱਬਸਾਈਟ ਵੈੱਬ ਸਮੱਗਰੀ ਪਹੁੰਚਯੋਗਤਾ ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼ 2.2, ਪੱਧਰ AA ਨੂੰ ਪੂਰਾ ਕਰਨ ਲਈ ਬਣਾਈ ਗਈ ਹੈ। ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਹਰ ਪੰਨੇ ਦੀ Nu Html Checker ਅਤੇ axe ਨਾਲ ਆਪਣੇ-ਆਪ ਜਾਂਚ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।
a11y-limits-heading = ਉਹ ਹਿੱਸੇ ਜੋ ਪੂਰੀ ਤਰ੍ਹਾਂ ਪਹੁੰਚਯੋਗ ਨਹੀਂ ਹਨ
a11y-limits = ਕੁਝ ਅਨੁਵਾਦ ਮਸ਼ੀਨ ਦੀ ਮਦਦ ਨਾਲ ਕੀਤੇ ਗਏ ਹਨ ਅਤੇ ਅਜੇ ਕਿਸੇ ਮਾਂ-ਬੋਲੀ ਬੋਲਣ ਵਾਲੇ ਨੇ ਜਾਂਚੇ ਨਹੀਂ ਹਨ; ਅਜਿਹੇ ਪੰਨੇ ਇਹ ਦੱਸਦੇ ਹਨ। ਜਿੱਥੇ ਪੰਨੇ ਦੇ ਕਿਸੇ ਹਿੱਸੇ ਦਾ ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ, ਉਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਅੰਗਰੇਜ਼ੀ ਵਜੋਂ ਨਿਸ਼ਾਨਬੱਧ ਹੁੰਦਾ ਹੈ।
a11y-formats-heading = ਹੋਰ ਫਾਰਮੈਟ
a11y-formats = ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਵੈੱਬਸਾਈਟ ਦੀ ਜਾਣਕਾਰੀ ਵੱਡੇ ਅੱਖਰਾਂ, ਬ੍ਰੇਲ, ਆਡੀਓ ਜਾਂ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ ਤਾਂ ਹੇਠਾਂ ਦਿੱਤੇ ਵੇਰਵਿਆਂ 'ਤੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ। ਅਸੀਂ ਤੁਹਾਡੀ ਬੇਨਤੀ 'ਤੇ ਵਿਚਾਰ ਕਰਕੇ 10 ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਵਿੱਚ ਜਵਾਬ ਦੇਵਾਂਗੇ।
a11y-feedback-heading = ਸਮੱਸਿਆਵਾਂ ਦੀ ਰਿਪੋਰਟ ਅਤੇ ਲਾਗੂਕਰਨ
a11y-feedback = ਜੇ ਤੁਹਾਨੂੰ ਕੋਈ ਅਜਿਹੀ ਸਮੱਸਿਆ ਮਿਲਦੀ ਹੈ ਜੋ ਇਸ ਪੰਨੇ 'ਤੇ ਸੂਚੀਬੱਧ ਨਹੀਂ ਹੈ ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ। ਜੇ ਤੁਸੀਂ ਸਾਡੇ ਜਵਾਬ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ ਤਾਂ Equality Advisory and Support Service (EASS) ਨਾਲ ਸੰਪਰਕ ਕਰੋ।

## Page not found
not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-text = ਜੋ ਪੰਨਾ ਤੁਸੀਂ ਮੰਗਿਆ ਹੈ ਉਹ ਇੱਥੇ ਨਹੀਂ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਇਸ ਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ।
not-found-link = ਕੰਪੈਕਟਾਂ ਦੀ ਸੂਚੀ 'ਤੇ ਜਾਓ
