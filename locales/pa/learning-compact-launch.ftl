### Punjabi (Gurmukhi) translation, written with machine assistance; not yet
### reviewed by a native speaker. Message ids come from content/ learning-compact-launch.yaml.


## Title page

# context: title page, the label above the title
learning-compact-launch--label = ਖ਼ਬਰ
# context: title page, title
learning-compact-launch--title = ਲਰਨਿੰਗ ਐਂਡ ਸਕਿੱਲਜ਼ { -compact }
# context: summary, also shown on the home page
learning-compact-launch--summary = ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਹੁਣ ਸਥਾਨਕ { -vcs } ਅਤੇ ਸਥਾਨਕ ਲਰਨਿੰਗ ਐਂਡ ਸਕਿੱਲਜ਼ ਕੌਂਸਲ ਵਿਚਕਾਰ ਇੱਕ { -compact } ਹੈ। ਮਿਕ ਓ'ਹਾਰਾ ਵੇਰਵੇ ਦੱਸ ਰਹੇ ਹਨ।
# context: title page, area
learning-compact-launch--area = ਲੈਸਟਰ ਅਤੇ ਲੈਸਟਰਸ਼ਾਇਰ

## A part without a heading (story)

# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b1 = ਲੈਸਟਰ ਸ਼ਹਿਰ ਅਤੇ ਲੈਸਟਰਸ਼ਾਇਰ ਦਾ { -vcs } ({ -vcs-short }) ਦੇਸ਼ ਵਿੱਚ ਪਹਿਲਾ ਅਜਿਹਾ ਖੇਤਰ ਹੈ ਜਿਸ ਨੇ ਆਪਣੀ ਸਥਾਨਕ Leicestershire Learning and Skills Council (LLSC) ਨਾਲ ਇੱਕ ਸਮਝੌਤਾ, ਜਾਂ { -compact }, ਤਿਆਰ ਕੀਤਾ ਹੈ।
# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b2 = { -compact } ਰਾਹੀਂ { -vcs-short } ਅਤੇ LLSC ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਇੱਕ ਸਿੱਖਣ ਵਾਲੇ ਸਮਾਜ ਦੀ ਆਪਣੀ ਸਾਂਝੀ ਦ੍ਰਿਸ਼ਟੀ ਨੂੰ ਸਾਕਾਰ ਕਰਨ ਦੇ ਯਤਨ ਵਿੱਚ ਇੱਕ-ਦੂਜੇ ਦੀ ਸਹਾਇਤਾ ਕਰ ਸਕਣਗੇ: "ਇੱਕ ਅਜਿਹਾ ਸਮਾਜ ਜਿਸ ਵਿੱਚ ਹਰ ਕਿਸੇ ਨੂੰ, ਸਿੱਖਣ ਦੇ ਮੌਕਿਆਂ ਦਾ ਲਾਭ ਉਠਾ ਕੇ ਅਤੇ ਪੂਰੀ ਤਰ੍ਹਾਂ ਹਿੱਸਾ ਲੈ ਕੇ, ਓਨਾ ਅੱਗੇ ਵਧਣ ਦਾ ਮੌਕਾ ਮਿਲੇ ਜਿੰਨਾ ਉਸ ਦੀ ਪ੍ਰਤਿਭਾ ਅਤੇ ਮਿਹਨਤ ਉਸ ਨੂੰ ਲੈ ਜਾ ਸਕੇ"।
# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b3 = 27 ਜੁਲਾਈ ਨੂੰ ਸ਼ੁਰੂ ਕੀਤੇ ਗਏ { -compact } 'ਤੇ Leicestershire VCS Learning & Skills Consortium ਦੇ ਚੇਅਰ Neil Lambert ਨੇ ਅਤੇ Leicestershire LSC ਦੇ ਕਾਰਜਕਾਰੀ ਡਾਇਰੈਕਟਰ David Nelson ਨੇ ਰਸਮੀ ਤੌਰ 'ਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ, ਅਤੇ ਸਵੈ-ਸੇਵੀ ਖੇਤਰ ਦੇ ਨੁਮਾਇੰਦੇ ਅਤੇ LLSC ਦੇ ਮੈਂਬਰ ਇਸ ਦੇ ਗਵਾਹ ਬਣੇ।

## Shared aims

# context: Shared aims › section heading
learning-compact-launch--shared-aims--title = ਸਾਂਝੇ ਉਦੇਸ਼
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b1 = ਲੈਸਟਰਸ਼ਾਇਰ ਦੀਆਂ { -vcs-short } ਸੰਸਥਾਵਾਂ ਤੇ ਸਮੂਹਾਂ ਅਤੇ LLSC ਵਿਚਕਾਰ ਤਿਆਰ ਕੀਤਾ ਗਿਆ { -compact } ਇੱਕ ਅਜਿਹਾ ਢਾਂਚਾ ਦਿੰਦਾ ਹੈ ਜਿਸ ਰਾਹੀਂ ਸੰਸਥਾਵਾਂ ਆਪਸੀ ਸਹਿਮਤੀ ਨਾਲ ਤੈਅ ਕੀਤੇ ਮਿਆਰਾਂ ਅਨੁਸਾਰ ਮਿਲ ਕੇ ਕੰਮ ਕਰ ਸਕਦੀਆਂ ਹਨ। ਭਾਵੇਂ ਇਹ ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਲਾਜ਼ਮੀ ਨਹੀਂ ਹੈ, ਫਿਰ ਵੀ ਸਾਰੀਆਂ ਮੈਂਬਰ ਸੰਸਥਾਵਾਂ ਅਜਿਹੇ ਰਣਨੀਤਕ ਉਦੇਸ਼ਾਂ ਨੂੰ ਮਿਲ ਕੇ ਅੱਗੇ ਵਧਾਉਣ ਲਈ ਸਹਿਮਤ ਹਨ ਜੋ ਇਨ੍ਹਾਂ ਗੱਲਾਂ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਦੇ ਹਨ:
# context: Shared aims › bulleted list, item 1
learning-compact-launch--shared-aims--b2-i1 = ਸ਼ਮੂਲੀਅਤ ਦਾ ਦਾਇਰਾ ਵਧਾਉਣਾ
# context: Shared aims › bulleted list, item 2
learning-compact-launch--shared-aims--b2-i2 = ਸਵੈ-ਸੇਵੀ ਖੇਤਰ ਦੀਆਂ ਸੰਸਥਾਵਾਂ ਦੇ ਕਾਮਿਆਂ ਦਾ ਵਿਕਾਸ ਕਰਨਾ
# context: Shared aims › bulleted list, item 3
learning-compact-launch--shared-aims--b2-i3 = ਪ੍ਰਬੰਧਾਂ ਦੀ ਗੁਣਵੱਤਾ ਅਤੇ ਲੋੜਾਂ ਪ੍ਰਤੀ ਉਨ੍ਹਾਂ ਦੀ ਤਤਪਰਤਾ ਵਿੱਚ ਸੁਧਾਰ ਕਰਨਾ।
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b3 = { -compact } ਦੇ ਵਿਕਾਸ ਅਤੇ ਪ੍ਰਗਤੀ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਇੱਕ { -compact } ਵਿਕਾਸ ਅਤੇ ਮੁਲਾਂਕਣ ਸਮੂਹ ਨੂੰ ਸੌਂਪੀ ਗਈ ਹੈ, ਜਿਸ ਵਿੱਚ ਸਥਾਨਕ { -vcs } ਅਤੇ Leicestershire LSC ਦੇ ਨੁਮਾਇੰਦੇ ਸ਼ਾਮਲ ਹਨ। ਉਨ੍ਹਾਂ ਦਾ ਪਹਿਲਾ ਕਦਮ ਇੱਕ ਸ਼ੁਰੂਆਤੀ ਕਾਰਜ-ਯੋਜਨਾ ਤਿਆਰ ਕਰਨਾ ਸੀ, ਤਾਂ ਜੋ { -compact } ਦੀ ਪ੍ਰਗਤੀ ਅਤੇ ਵਿਕਾਸ ਦੀ ਇਸ ਦੇ ਪਹਿਲੇ ਛੇ ਮਹੀਨਿਆਂ ਦੌਰਾਨ ਅਤੇ ਉਸ ਤੋਂ ਬਾਅਦ ਹਰ ਸਾਲ ਸਮੀਖਿਆ ਹੁੰਦੀ ਰਹੇ।
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b4 = ਹਰ ਸਾਲ ਇੱਕ ਸੰਖੇਪ ਰਿਪੋਰਟ ਤਿਆਰ ਕੀਤੀ ਜਾਵੇਗੀ, ਜਿਸ ਵਿੱਚ ਪ੍ਰਗਤੀ ਦਾ ਵੇਰਵਾ ਦਿੱਤਾ ਜਾਵੇਗਾ ਅਤੇ ਲੋੜ ਪੈਣ 'ਤੇ ਕਾਰਜ-ਯੋਜਨਾ ਨੂੰ ਨਵਿਆਇਆ ਜਾਵੇਗਾ।

## Looking for success

# context: Looking for success › section heading
learning-compact-launch--looking-for-success--title = ਸਫਲਤਾ ਦੀ ਭਾਲ
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b1 = { -compact } ਦੀ ਸਫਲਤਾ ਨੂੰ ਕਾਫ਼ੀ ਹੱਦ ਤੱਕ ਇਸ ਗੱਲ ਨਾਲ ਮਾਪਿਆ ਜਾਵੇਗਾ ਕਿ ਇਹ ਕਿਸ ਹੱਦ ਤੱਕ ਇਨ੍ਹਾਂ ਗੱਲਾਂ ਨੂੰ ਸੰਭਵ ਬਣਾ ਸਕਦਾ ਹੈ:
# context: Looking for success › bulleted list, item 1
learning-compact-launch--looking-for-success--b2-i1 = ਸਿੱਖਿਆ ਅਤੇ ਹੁਨਰ ਦੇ ਪ੍ਰਬੰਧਾਂ ਨੂੰ ਰੂਪ ਦੇਣ ਵਿੱਚ, ਅਤੇ ਭਾਈਚਾਰਿਆਂ ਵਿੱਚ ਤੇ ਖ਼ੁਦ ਵੀ.ਸੀ.ਓ. ਵਿੱਚ ਸਿੱਖਣ ਦੀ ਮੰਗ ਵਧਾਉਣ ਵਿੱਚ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ (ਵੀ.ਸੀ.ਓ.) ਦੀ ਵਧੇਰੇ ਸ਼ਮੂਲੀਅਤ (ਸਥਾਨਕ ਭਾਈਵਾਲੀਆਂ, ਰਣਨੀਤਕ ਖੇਤਰ ਸਮੀਖਿਆਵਾਂ, ਲਰਨਿੰਗ ਕੰਸੋਰਟੀਅਮ ਆਦਿ ਰਾਹੀਂ)
# context: Looking for success › bulleted list, item 2
learning-compact-launch--looking-for-success--b2-i2 = { -compact } ਨਾਲ ਜੁੜਨ ਲਈ ਸਹਿਮਤ ਹੋਣ ਵਾਲੇ, LLSC ਤੋਂ ਫੰਡ ਪ੍ਰਾਪਤ ਵਾਧੂ ਪ੍ਰਦਾਤਾਵਾਂ ਦੀ ਗਿਣਤੀ। ਇਸ ਵੇਲੇ 24 ਪ੍ਰਦਾਤਾ ਜੁੜ ਚੁੱਕੇ ਹਨ। ਟੀਚਾ ਇਹ ਯਕੀਨੀ ਬਣਾਉਣਾ ਹੈ ਕਿ ਜੁਲਾਈ 2006 ਵਿੱਚ { -compact } ਦੀ ਪਹਿਲੀ ਵਰ੍ਹੇਗੰਢ ਤੱਕ { -vcs } ਦੇ ਸਾਰੇ ਸਿੱਖਿਆ ਅਤੇ ਹੁਨਰ ਪ੍ਰਦਾਤਾ ਇਸ ਨਾਲ ਜੁੜ ਚੁੱਕੇ ਹੋਣ।
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b3 = { -compact } ਨੂੰ [http://digbig.com/4erqp](http://digbig.com/4erqp) ਜਾਂ [www.ccp.org.uk](http://www.ccp.org.uk) 'ਤੇ ਦੇਖਿਆ ਜਾ ਸਕਦਾ ਹੈ (ਅਤੇ ਸਥਾਨਕ ਸੰਸਥਾਵਾਂ ਉੱਥੇ { -compact } ਨਾਲ ਜੁੜ ਸਕਦੀਆਂ ਹਨ)।
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b4 = { -compact } ਬਾਰੇ ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ ਸੰਪਰਕ ਕਰੋ:
# context: Looking for success › contact card, the contact's role
learning-compact-launch--looking-for-success--b5-role = SOL ਸਿੱਖਿਆ ਅਤੇ ਹੁਨਰ ਕੋਆਰਡੀਨੇਟਰ
