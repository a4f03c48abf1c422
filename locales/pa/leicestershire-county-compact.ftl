### review-status: machine-assisted
### Punjabi (Gurmukhi) translation, written with machine assistance; not yet
### reviewed by a native speaker. Message ids come from content/ leicestershire-county-compact.yaml.

leicestershire-county-compact--label = ਕੰਪੈਕਟ
leicestershire-county-compact--title = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ ਕੰਪੈਕਟ
leicestershire-county-compact--subtitle = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ ਕੌਂਸਲ ਅਤੇ ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ ਵਿਚਕਾਰ ਸੰਬੰਧਾਂ ਬਾਰੇ ਇੱਕ ਮਾਰਗਦਰਸ਼ਕ
leicestershire-county-compact--strapline = "ਗੱਲ ਬਿਹਤਰ ਸੰਬੰਧਾਂ ਦੀ ਹੈ"
leicestershire-county-compact--summary = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ ਕੰਪੈਕਟ ਹਰ ਉਸ ਵਿਅਕਤੀ ਲਈ ਇੱਕ ਜ਼ਰੂਰੀ ਮਾਰਗਦਰਸ਼ਕ ਹੈ ਜਿਸ ਨੂੰ ਇਹ ਜਾਣਨ ਦੀ ਲੋੜ ਹੈ ਕਿ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ ਕੌਂਸਲ ਅਤੇ ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ ਕਿਵੇਂ ਮਿਲ ਕੇ ਕੰਮ ਕਰਦੇ ਹਨ।
leicestershire-county-compact--principles--title = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ ਕੰਪੈਕਟ ਦੇ 8 ਸਾਂਝੇ ਸਿਧਾਂਤ
leicestershire-county-compact--principles--b1 = ਕਾਊਂਟੀ ਕੰਪੈਕਟ ਦੇ ਸਾਰੇ ਭਾਈਵਾਲ ਹੇਠ ਲਿਖੇ ਸਿਧਾਂਤਾਂ ਨਾਲ ਸਹਿਮਤ ਹਨ:
leicestershire-county-compact--principles--b2-i1 = **ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਕਾਰਜ** ਇੱਕ ਲੋਕਤੰਤਰੀ ਸਮਾਜ ਲਈ ਜ਼ਰੂਰੀ ਹੈ।
leicestershire-county-compact--principles--b2-i2 = ਇੱਕ **ਸੁਤੰਤਰ ਅਤੇ ਵੰਨ-ਸੁਵੰਨਾ ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ** ਸਮਾਜ ਦੀ ਭਲਾਈ ਦੀ ਬੁਨਿਆਦ ਹੈ।
leicestershire-county-compact--principles--b2-i3 = ਕੌਂਸਲ ਅਤੇ VCS ਦੋਵੇਂ ਨਸਲ, ਉਮਰ, ਅਪੰਗਤਾ, ਲਿੰਗ, ਜਿਨਸੀ ਰੁਝਾਨ, ਧਰਮ, ਨਸਲੀ ਜਾਂ ਕੌਮੀ ਮੂਲ, ਵਿਆਹੁਤਾ ਸਥਿਤੀ ਜਾਂ ਡਾਕਟਰੀ ਹਾਲਤ ਦੀ ਪਰਵਾਹ ਕੀਤੇ ਬਿਨਾਂ ਸਾਰੇ ਲੋਕਾਂ ਲਈ **ਮੌਕਿਆਂ ਦੀ ਬਰਾਬਰੀ** ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਨ ਦੀ ਮਹੱਤਤਾ ਨੂੰ ਸਵੀਕਾਰ ਕਰਦੇ ਹਨ।
leicestershire-county-compact--principles--b2-i4 = ਜਨਤਕ ਨੀਤੀ ਅਤੇ ਸੇਵਾਵਾਂ ਦੇ ਵਿਕਾਸ ਅਤੇ ਪ੍ਰਦਾਨ ਕਰਨ ਵਿੱਚ ਕੌਂਸਲ ਅਤੇ VCS ਦੀਆਂ ਭੂਮਿਕਾਵਾਂ ਵੱਖਰੀਆਂ ਪਰ **ਇੱਕ-ਦੂਜੇ ਦੀਆਂ ਪੂਰਕ** ਹਨ।
leicestershire-county-compact--principles--b2-i5 = ਸਾਂਝੇ ਟੀਚਿਆਂ ਅਤੇ ਉਦੇਸ਼ਾਂ ਵੱਲ **ਮਿਲ ਕੇ ਕੰਮ ਕਰਨ ਵਿੱਚ ਵਾਧੂ ਮੁੱਲ** ਹੈ। **ਸਹੀ** ਸੰਚਾਰ ਸੰਬੰਧ ਬਣਾਉਂਦਾ ਹੈ, ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਨੂੰ ਸੁਧਾਰਦਾ ਹੈ ਅਤੇ ਸੇਵਾਵਾਂ ਤੇ ਪ੍ਰੋਗਰਾਮਾਂ ਦੀ ਰੂਪ-ਰੇਖਾ ਅਤੇ ਪ੍ਰਦਾਨਗੀ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਂਦਾ ਹੈ।
leicestershire-county-compact--principles--b2-i6 = ਕੌਂਸਲ ਅਤੇ VCS ਦੀ **ਜਵਾਬਦੇਹੀ ਦੇ ਰੂਪ ਵੱਖਰੇ ਹਨ ਅਤੇ ਉਹ ਵੱਖ-ਵੱਖ ਲੋਕਾਂ ਅਤੇ ਸੰਸਥਾਵਾਂ ਨੂੰ ਜਵਾਬਦੇਹ ਹੋ ਸਕਦੇ ਹਨ**। ਪਰ ਦੋਵਾਂ ਲਈ ਨਿਰਸਵਾਰਥਤਾ, ਇਮਾਨਦਾਰੀ, ਨਿਰਪੱਖਤਾ, ਜਵਾਬਦੇਹੀ, ਖੁੱਲ੍ਹਾਪਣ, ਸੱਚਾਈ ਅਤੇ ਅਗਵਾਈ ਦੀ ਲੋੜ ਸਾਂਝੀ ਹੈ।
leicestershire-county-compact--principles--b2-i7 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਆਪਣੇ ਟੀਚੇ ਅੱਗੇ ਵਧਾਉਣ ਲਈ ਕਾਨੂੰਨ ਦੇ ਦਾਇਰੇ ਵਿੱਚ **ਮੁਹਿੰਮ ਚਲਾਉਣ ਦਾ ਹੱਕ** ਹੈ।
leicestershire-county-compact--principles--b2-i8 = ਕੌਂਸਲ ਅਤੇ VCS ਮੰਨਦੇ ਹਨ ਕਿ ਕੌਂਸਲ ਨੂੰ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਸਾਧਨ ਦੇਣ ਦੀ ਲੋੜ ਹੈ। ਇਨ੍ਹਾਂ ਸਾਧਨਾਂ ਵਿੱਚ **ਫੰਡ, ਸਲਾਹ ਅਤੇ ਹੋਰ ਸਹਾਇਤਾ** ਸ਼ਾਮਲ ਹੈ ਅਤੇ ਇਹ ਸੰਬੰਧ ਦੇ ਮਹੱਤਵਪੂਰਨ ਅੰਗ ਹਨ।
leicestershire-county-compact--alternative-formats--title = ਹੋਰ ਫਾਰਮੈਟ ਅਤੇ ਭਾਸ਼ਾਵਾਂ
leicestershire-county-compact--alternative-formats--b1-text = ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਕਿਤਾਬਚੇ ਦੀ ਜਾਣਕਾਰੀ ਕਿਸੇ ਹੋਰ ਰੂਪ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ, ਜਿਵੇਂ ਵੱਡੇ ਅੱਖਰ, ਬ੍ਰੇਲ, ਟੇਪ ਜਾਂ ਕੋਈ ਹੋਰ ਭਾਸ਼ਾ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ:
