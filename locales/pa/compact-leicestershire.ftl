### Punjabi (Gurmukhi) translation, written with machine assistance; not yet
### reviewed by a native speaker. Message ids come from content/ compact-leicestershire.yaml.


## Title page

# context: title page, the label above the title
compact-leicestershire--label = ਅੰਤਿਕਾ 2
# context: title page, title
compact-leicestershire--title = { -compact } ਲੈਸਟਰਸ਼ਾਇਰ
# context: title page, subtitle
compact-leicestershire--subtitle = { -compact } ਲੈਸਟਰਸ਼ਾਇਰ, ਲੈਸਟਰਸ਼ਾਇਰ ਟੂਗੈਦਰ ਪਬਲਿਕ ਸੈਕਟਰ ਪਾਰਟਨਰਜ਼ ਅਤੇ ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ { -vcs } ਵਿਚਕਾਰ ਸੰਬੰਧਾਂ ਬਾਰੇ ਇੱਕ ਮਾਰਗਦਰਸ਼ਕ ਹੈ
# context: summary, also shown on the home page
compact-leicestershire--summary = { -compact } ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ { -shared-principles }, ਅਤੇ ਸੰਸਥਾਵਾਂ ਲਈ ਇਨ੍ਹਾਂ ਨਾਲ ਜੁੜਨ ਦਾ ਇੱਕ ਫਾਰਮ।
# context: title page, area
compact-leicestershire--area = ਲੈਸਟਰਸ਼ਾਇਰ
# context: title page, party 1
compact-leicestershire--party-1 = ਲੈਸਟਰਸ਼ਾਇਰ ਟੂਗੈਦਰ ਪਬਲਿਕ ਸੈਕਟਰ ਪਾਰਟਨਰਜ਼ (LTPS)
# context: title page, party 2
compact-leicestershire--party-2 = ਲੈਸਟਰਸ਼ਾਇਰ ਦਾ { -vcs } ({ -vcs-short })

## Shared principles

# context: Shared principles › section heading
compact-leicestershire--principles--title = { -shared-principles }
# context: Shared principles › paragraph
compact-leicestershire--principles--b1 = ਅਸੀਂ ਹੇਠ ਲਿਖੇ { -shared-principles(case: "oblique") } ਦੀ ਪਛਾਣ ਕੀਤੀ ਹੈ:
# context: Shared principles › shared principles, item 1
compact-leicestershire--principles--b2-i1 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਕਾਰਜ ਇੱਕ ਲੋਕਤੰਤਰੀ ਸਮਾਜ ਲਈ ਜ਼ਰੂਰੀ ਹੈ
# context: Shared principles › shared principles, item 2
compact-leicestershire--principles--b2-i2 = ਇੱਕ ਸੁਤੰਤਰ ਅਤੇ ਵੰਨ-ਸੁਵੰਨਾ { -vcs } ({ -vcs-short }) ਸਮਾਜ ਦੀ ਭਲਾਈ ਦੀ ਬੁਨਿਆਦ ਹੈ।
# context: Shared principles › shared principles, item 3
compact-leicestershire--principles--b2-i3 = ਲੈਸਟਰਸ਼ਾਇਰ ਟੂਗੈਦਰ ਪਬਲਿਕ ਸੈਕਟਰ ਭਾਈਵਾਲ (LTPS) ਅਤੇ { -vcs-short } ਦੋਵੇਂ ਨਸਲ, ਉਮਰ, ਅਪੰਗਤਾ, ਲਿੰਗ, ਜਿਨਸੀ ਰੁਝਾਨ, ਧਰਮ, ਨਸਲੀ ਜਾਂ ਕੌਮੀ ਮੂਲ, ਵਿਆਹੁਤਾ ਸਥਿਤੀ ਜਾਂ ਡਾਕਟਰੀ ਹਾਲਤ ਦੀ ਪਰਵਾਹ ਕੀਤੇ ਬਿਨਾਂ ਸਾਰੇ ਲੋਕਾਂ ਲਈ ਮੌਕਿਆਂ ਦੀ ਬਰਾਬਰੀ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਨ ਦੀ ਮਹੱਤਤਾ ਨੂੰ ਸਵੀਕਾਰ ਕਰਦੇ ਹਨ।
# context: Shared principles › shared principles, item 4
compact-leicestershire--principles--b2-i4 = ਜਨਤਕ ਨੀਤੀ ਅਤੇ ਸੇਵਾਵਾਂ ਦੇ ਵਿਕਾਸ ਅਤੇ ਪ੍ਰਦਾਨ ਕਰਨ ਵਿੱਚ LTPS ਭਾਈਵਾਲਾਂ ਅਤੇ { -vcs-short } ਦੀਆਂ ਭੂਮਿਕਾਵਾਂ ਵੱਖਰੀਆਂ ਪਰ ਇੱਕ-ਦੂਜੇ ਦੀਆਂ ਪੂਰਕ ਹਨ।
# context: Shared principles › shared principles, item 5
compact-leicestershire--principles--b2-i5 = ਸਾਂਝੇ ਟੀਚਿਆਂ ਅਤੇ ਉਦੇਸ਼ਾਂ ਵੱਲ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨ ਵਿੱਚ ਵਾਧੂ ਮੁੱਲ ਹੈ। ਸਹੀ ਸੰਚਾਰ ਸੰਬੰਧ ਬਣਾਉਂਦਾ ਹੈ, ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਨੂੰ ਸੁਧਾਰਦਾ ਹੈ ਅਤੇ ਸੇਵਾਵਾਂ ਤੇ ਪ੍ਰੋਗਰਾਮਾਂ ਦੀ ਰੂਪ-ਰੇਖਾ ਅਤੇ ਪ੍ਰਦਾਨਗੀ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਂਦਾ ਹੈ।
# context: Shared principles › shared principles, item 6
compact-leicestershire--principles--b2-i6 = LTPS ਭਾਈਵਾਲਾਂ ਅਤੇ { -vcs-short } ਦੀ ਜਵਾਬਦੇਹੀ ਦੇ ਰੂਪ ਵੱਖਰੇ ਹਨ ਅਤੇ ਉਹ ਵੱਖ-ਵੱਖ ਲੋਕਾਂ ਅਤੇ ਸੰਸਥਾਵਾਂ ਨੂੰ ਜਵਾਬਦੇਹ ਹੋ ਸਕਦੇ ਹਨ। ਪਰ ਦੋਵਾਂ ਲਈ ਨਿਰਸਵਾਰਥਤਾ, ਇਮਾਨਦਾਰੀ, ਨਿਰਪੱਖਤਾ, ਜਵਾਬਦੇਹੀ, ਪਾਰਦਰਸ਼ਤਾ, ਸੱਚਾਈ, ਪੈਸੇ ਦੀ ਸਹੀ ਵਰਤੋਂ ਅਤੇ ਅਗਵਾਈ ਦੀ ਲੋੜ ਸਾਂਝੀ ਹੈ।
# context: Shared principles › shared principles, item 7
compact-leicestershire--principles--b2-i7 = ਫੰਡਿੰਗ, ਕਮਿਸ਼ਨਿੰਗ ਐਂਡ ਪ੍ਰੋਕਿਓਰਮੈਂਟ ਕੋਡ ਆਫ਼ ਗੁੱਡ ਪ੍ਰੈਕਟਿਸ ਵਿੱਚ ਦਿੱਤੇ ਸਿਧਾਂਤਾਂ ਅਤੇ ਮੌਜੂਦਾ ਤੇ ਅਗਲੇ ਸਹਿਮਤ { -compact } ਲੈਸਟਰਸ਼ਾਇਰ ਕੋਡਾਂ ਤੇ ਮਾਰਗਦਰਸ਼ਨ ਦੀ ਪਾਲਣਾ { -vcs-short } ਅਤੇ ਇਨ੍ਹਾਂ ਕੋਡਾਂ ਤੇ ਮਾਰਗਦਰਸ਼ਨ 'ਤੇ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲਾ ਪਬਲਿਕ ਸੈਕਟਰ ਦੋਵੇਂ ਕਰਨਗੇ।
# context: Shared principles › shared principles, item 8
compact-leicestershire--principles--b2-i8 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਆਪਣੇ ਟੀਚੇ ਅੱਗੇ ਵਧਾਉਣ ਲਈ ਕਾਨੂੰਨ ਦੇ ਦਾਇਰੇ ਵਿੱਚ ਮੁਹਿੰਮ ਚਲਾਉਣ ਦਾ ਹੱਕ ਹੈ।
# context: Shared principles › shared principles, item 9
compact-leicestershire--principles--b2-i9 = LTPS ਭਾਈਵਾਲ ਅਤੇ { -vcs-short } ਮੰਨਦੇ ਹਨ ਕਿ ਜਿੱਥੇ ਸੇਵਾਵਾਂ ਕਮਿਸ਼ਨ ਕੀਤੀਆਂ ਜਾਣੀਆਂ ਹਨ ਜਾਂ ਗ੍ਰਾਂਟ ਨਾਲ ਚਲਾਈਆਂ ਜਾਣੀਆਂ ਹਨ, ਉੱਥੇ ਪਬਲਿਕ ਸੈਕਟਰ ਭਾਈਵਾਲਾਂ ਨੂੰ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਸਾਧਨ ਦੇਣ ਦੀ ਲੋੜ ਹੈ। ਇਨ੍ਹਾਂ ਸਾਧਨਾਂ ਵਿੱਚ ਫੰਡ, ਸਲਾਹ ਅਤੇ ਸਵੈ-ਸੇਵਾ ਸਮੇਤ ਹੋਰ ਸਹਾਇਤਾ ਸ਼ਾਮਲ ਹੈ, ਅਤੇ ਇਹ ਸੰਬੰਧ ਦੇ ਮਹੱਤਵਪੂਰਨ ਅੰਗ ਹਨ
# context: Shared principles › shared principles, item 10
compact-leicestershire--principles--b2-i10 = ਇਹ ਮੰਨਿਆ (ਅਤੇ ਸਮਰਥਨ ਕੀਤਾ) ਜਾਂਦਾ ਹੈ ਕਿ ਪਬਲਿਕ ਸੈਕਟਰ ਨਾਲ ਟੈਂਡਰ ਅਤੇ ਠੇਕੇ ਕਰਦੇ ਸਮੇਂ { -vcs-short } (ਅਤੇ ਸਮਾਜਿਕ ਉੱਦਮ) ਫੁੱਲ ਕਾਸਟ ਰਿਕਵਰੀ ਦੀ ਪ੍ਰਥਾ ਅਪਣਾਉਣਗੇ।
# context: Shared principles › shared principles, item 11
compact-leicestershire--principles--b2-i11 = ਮੌਜੂਦਾ, ਚਾਲੂ ਜਾਂ ਦਿੱਤੇ ਗਏ ਠੇਕਿਆਂ, ਗ੍ਰਾਂਟਾਂ, ਸਮਝੌਤਿਆਂ ਜਾਂ ਸਹਾਇਤਾ (ਰਿਹਾਇਸ਼ੀ ਸੰਪਤੀਆਂ ਸਮੇਤ) ਵਿੱਚ ਕਿਸੇ ਵੀ ਤਬਦੀਲੀ, ਬੰਦ ਹੋਣ ਜਾਂ ਸਮੀਖਿਆ ਨਾਲ ਪ੍ਰਭਾਵਿਤ ਹੋਣ ਵਾਲੀਆਂ ਸਾਰੀਆਂ { -vcs-short } ਸੰਸਥਾਵਾਂ ਨੂੰ ਪਬਲਿਕ ਸੈਕਟਰ ਦੀ ਸੰਸਥਾ ਘੱਟੋ-ਘੱਟ ਤਿੰਨ ਮਹੀਨਿਆਂ ਦਾ ਸਹਿਮਤ ਅਗਾਊਂ ਨੋਟਿਸ ਦੇਵੇਗੀ; ਇਹ ਉੱਥੇ ਲਾਗੂ ਨਹੀਂ ਹੁੰਦਾ ਜਿੱਥੇ ਪਹਿਲਾਂ ਤੋਂ ਤੈਅ ਅਤੇ ਸਹਿਮਤ ਸਮਾਪਤੀ ਮਿਤੀ ਹੋਵੇ।
# context: Shared principles › shared principles, item 12
compact-leicestershire--principles--b2-i12 = ਨੈਸ਼ਨਲ ਸਰਵੇ ਆਫ਼ ਚੈਰਿਟੀਜ਼ ਐਂਡ ਸੋਸ਼ਲ ਐਂਟਰਪ੍ਰਾਈਜ਼ਿਜ਼ ਰਾਹੀਂ ਇੱਕ ਜੀਵੰਤ, ਵੰਨ-ਸੁਵੰਨਾ ਅਤੇ ਸੁਤੰਤਰ { -vcs-short } ਖੇਤਰ { -compact } ਲੈਸਟਰਸ਼ਾਇਰ ਦੀ ਸਫਲਤਾ ਦਾ ਇੱਕ ਮਾਪ ਹੈ। ਸਥਾਨਕ ਮਾਪ ਵੀ ਤਿਆਰ ਕੀਤੇ ਜਾਣਗੇ।
# context: Shared principles › shared principles, item 13
compact-leicestershire--principles--b2-i13 = { -compact } ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ ਕਿਸੇ ਵੀ ਦਸਤਖ਼ਤਕਰਤਾ ਨੂੰ ਪਾਲਣਾ ਵਿੱਚ (ਅਸਲ ਜਾਂ ਸਮਝੀ ਗਈ) ਨਾਕਾਮੀ ਨੂੰ ਚੁਣੌਤੀ ਦੇਣ 'ਤੇ ਨਾ ਡਰਨਾ ਚਾਹੀਦਾ ਹੈ ਅਤੇ ਨਾ ਹੀ ਸਜ਼ਾ ਦਾ ਸਾਹਮਣਾ ਕਰਨਾ ਚਾਹੀਦਾ ਹੈ।
# context: Shared principles › shared principles, item 14
compact-leicestershire--principles--b2-i14 = ਸਮਝੌਤਿਆਂ, ਠੇਕਿਆਂ ਅਤੇ ਗ੍ਰਾਂਟਾਂ 'ਤੇ ਪਹੁੰਚਦੇ ਸਮੇਂ ਸਾਰੀਆਂ ਧਿਰਾਂ (ਪਬਲਿਕ ਸੈਕਟਰ, { -vcs-short } ਅਤੇ ਪ੍ਰਾਈਵੇਟ ਸੈਕਟਰ) ਦੀਆਂ ਭੂਮਿਕਾਵਾਂ, ਜ਼ਿੰਮੇਵਾਰੀਆਂ ਅਤੇ ਫ਼ਰਜ਼ਾਂ ਨੂੰ ਸਪਸ਼ਟ ਕਰਨਾ।
# context: Shared principles › shared principles, item 15
compact-leicestershire--principles--b2-i15 = ਉੱਪਰ ਦਿੱਤੇ { -compact } ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ ਸਿਧਾਂਤ { -vcs-short } ਨਾਲ ਠੇਕਿਆਂ ਵਿੱਚ ਲਿਖੇ ਜਾਣਗੇ।

## Your commitment:

# context: Your commitment: › section heading
compact-leicestershire--commitment--title = ਤੁਹਾਡੀ ਵਚਨਬੱਧਤਾ:
# context: Your commitment: › sign-up form, the pledge
compact-leicestershire--commitment--b1-pledge = ਅਸੀਂ { -compact } ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ ਸਿਧਾਂਤਾਂ ਨਾਲ ਸਹਿਮਤ ਹਾਂ ਅਤੇ { -compact } ਦੀ ਭਾਵਨਾ ਅਨੁਸਾਰ ਆਪਣੇ ਭਾਈਵਾਲਾਂ ਨਾਲ ਕੰਮ ਕਰਾਂਗੇ:
# context: Your commitment: › sign-up form, label of box 1
compact-leicestershire--commitment--b1-field1 = ਨਾਮ:
# context: Your commitment: › sign-up form, label of box 2
compact-leicestershire--commitment--b1-field2 = ਮਿਤੀ:
# context: Your commitment: › sign-up form, label of box 3
compact-leicestershire--commitment--b1-field3 = ਸੰਸਥਾ ਵੱਲੋਂ
# context: Your commitment: › sign-up form, label of box 4
compact-leicestershire--commitment--b1-field4 = ਪਤਾ:
# context: Your commitment: › sign-up form, label of box 5
compact-leicestershire--commitment--b1-field5 = ਫ਼ੋਨ:
# context: Your commitment: › sign-up form, label of box 6
compact-leicestershire--commitment--b1-field6 = ਈ-ਮੇਲ:
# context: Your commitment: › sign-up form, where to send it
compact-leicestershire--commitment--b1-return = ਕਿਰਪਾ ਕਰਕੇ ਵਾਪਸ ਭੇਜੋ:
# context: Your commitment: › sign-up form, before the e-mail address
compact-leicestershire--commitment--b1-return-email = ਜਾਂ ਈ-ਮੇਲ ਕਰੋ
