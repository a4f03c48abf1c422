### review-status: machine-assisted
### Punjabi (Gurmukhi) translation, written with machine assistance; not yet
### reviewed by a native speaker. Message ids come from content/ charnwood-nw-leicestershire-compact.yaml.

charnwood-nw-leicestershire-compact--label = ਕੰਪੈਕਟ
charnwood-nw-leicestershire-compact--title = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਕੰਪੈਕਟ
charnwood-nw-leicestershire-compact--summary = ਇਹ ਕੰਪੈਕਟ ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ ਦੀਆਂ ਸੰਸਥਾਵਾਂ, ਸਥਾਨਕ ਅਧਿਕਾਰੀਆਂ ਅਤੇ ਪ੍ਰਾਇਮਰੀ ਕੇਅਰ ਟਰੱਸਟ (PCT) ਵਿਚਕਾਰ ਕੰਮਕਾਜੀ ਸੰਬੰਧਾਂ ਲਈ ਇੱਕ ਰਸਮੀ ਢਾਂਚਾ ਤੈਅ ਕਰਦਾ ਹੈ।
charnwood-nw-leicestershire-compact--principles--title = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਕੰਪੈਕਟ ਦੇ ਸਾਂਝੇ ਸਿਧਾਂਤ
charnwood-nw-leicestershire-compact--principles--b1-i1 = ਸਵੈ-ਸੇਵੀ ਕਾਰਜ ਲੋਕਤੰਤਰੀ ਸਮਾਜ ਦਾ ਇੱਕ ਜ਼ਰੂਰੀ ਅੰਗ ਹੈ।
charnwood-nw-leicestershire-compact--principles--b1-i2 = ਇੱਕ ਸੁਤੰਤਰ ਅਤੇ ਵੰਨ-ਸੁਵੰਨਾ ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ ਸਮਾਜ ਦੀ ਭਲਾਈ ਦੀ ਬੁਨਿਆਦ ਹੈ।
charnwood-nw-leicestershire-compact--principles--b1-i3 = ਜਨਤਕ ਨੀਤੀ ਅਤੇ ਸੇਵਾਵਾਂ ਦੇ ਵਿਕਾਸ ਅਤੇ ਪ੍ਰਦਾਨ ਕਰਨ ਵਿੱਚ PCT, ਬਰੋ ਕੌਂਸਲ, ਡਿਸਟ੍ਰਿਕਟ ਕੌਂਸਲ ਅਤੇ ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ ਦੀਆਂ ਭੂਮਿਕਾਵਾਂ ਵੱਖਰੀਆਂ ਪਰ ਇੱਕ-ਦੂਜੇ ਦੀਆਂ ਪੂਰਕ ਹਨ।
charnwood-nw-leicestershire-compact--principles--b1-i4 = ਸਾਂਝੇ ਟੀਚਿਆਂ ਅਤੇ ਉਦੇਸ਼ਾਂ ਵੱਲ ਭਾਈਵਾਲੀ ਵਿੱਚ ਕੰਮ ਕਰਨ ਵਿੱਚ ਵਾਧੂ ਮੁੱਲ ਹੈ। ਸਹੀ ਸ਼ਮੂਲੀਅਤ ਅਤੇ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਸੰਬੰਧ ਬਣਾਉਂਦਾ ਹੈ, ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਨੂੰ ਸੁਧਾਰਦਾ ਹੈ ਅਤੇ ਸੇਵਾਵਾਂ ਤੇ ਪ੍ਰੋਗਰਾਮਾਂ ਦੀ ਰੂਪ-ਰੇਖਾ ਅਤੇ ਪ੍ਰਦਾਨਗੀ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਂਦਾ ਹੈ।
charnwood-nw-leicestershire-compact--principles--b1-i5 = PCT, ਬਰੋ ਕੌਂਸਲ, ਡਿਸਟ੍ਰਿਕਟ ਕੌਂਸਲ ਅਤੇ ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ ਦੀ ਜਵਾਬਦੇਹੀ ਦੇ ਰੂਪ ਵੱਖਰੇ ਹਨ ਅਤੇ ਉਹ ਵੱਖ-ਵੱਖ ਹਿੱਸੇਦਾਰਾਂ ਨੂੰ ਜਵਾਬਦੇਹ ਹਨ। ਪਰ ਸਾਰਿਆਂ ਲਈ ਇਮਾਨਦਾਰੀ, ਨਿਰਪੱਖਤਾ, ਜਵਾਬਦੇਹੀ, ਖੁੱਲ੍ਹਾਪਣ, ਸੱਚਾਈ ਅਤੇ ਅਗਵਾਈ ਦੀ ਲੋੜ ਸਾਂਝੀ ਹੈ।
charnwood-nw-leicestershire-compact--principles--b1-i6 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਆਪਣੇ ਟੀਚੇ ਅੱਗੇ ਵਧਾਉਣ ਲਈ ਕਾਨੂੰਨ ਦੇ ਦਾਇਰੇ ਵਿੱਚ ਮੁਹਿੰਮ ਚਲਾਉਣ ਦਾ ਹੱਕ ਹੈ।
charnwood-nw-leicestershire-compact--principles--b1-i7 = PCT, ਬਰੋ ਕੌਂਸਲ ਅਤੇ ਡਿਸਟ੍ਰਿਕਟ ਕੌਂਸਲ ਹੋਰ ਗੱਲਾਂ ਦੇ ਨਾਲ-ਨਾਲ ਕੁਝ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਫੰਡ ਦੇਣ ਵਾਲਿਆਂ ਵਜੋਂ ਅਹਿਮ ਭੂਮਿਕਾ ਨਿਭਾਉਂਦੀਆਂ ਹਨ। ਕੁਝ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਲਈ ਕਾਫ਼ੀ ਫੰਡ ਇਕੱਠੇ ਕਰਦੀਆਂ ਹਨ। ਫੰਡਿੰਗ ਐਨ.ਐਚ.ਐਸ. ਅਤੇ ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ ਵਿਚਕਾਰ ਸੰਬੰਧ ਦਾ ਇੱਕ ਮਹੱਤਵਪੂਰਨ ਅੰਗ ਹੋ ਸਕਦੀ ਹੈ।
charnwood-nw-leicestershire-compact--principles--b1-i8 = PCT, ਬਰੋ ਕੌਂਸਲ, ਡਿਸਟ੍ਰਿਕਟ ਕੌਂਸਲ ਅਤੇ ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ ਨਸਲ, ਉਮਰ, ਅਪੰਗਤਾ, ਲਿੰਗ, ਜਿਨਸੀ ਰੁਝਾਨ ਜਾਂ ਧਰਮ ਦੀ ਪਰਵਾਹ ਕੀਤੇ ਬਿਨਾਂ ਸਾਰੇ ਲੋਕਾਂ ਲਈ ਮੌਕਿਆਂ ਦੀ ਬਰਾਬਰੀ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਨ ਦੀ ਮਹੱਤਤਾ ਨੂੰ ਸਵੀਕਾਰ ਕਰਦੇ ਹਨ।
charnwood-nw-leicestershire-compact--principles--b1-i9 = ਇਹ ਕੰਪੈਕਟ ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਲਾਗੂ ਕਮਿਊਨਿਟੀ ਸਟ੍ਰੈਟਜੀਆਂ ਅਤੇ ਲੋਕਲ ਸਟ੍ਰੈਟਜਿਕ ਪਾਰਟਨਰਸ਼ਿਪਾਂ ਦੇ ਇਰਾਦਿਆਂ ਦਾ ਸਿੱਧਾ ਸਮਰਥਨ ਕਰਦਾ ਹੈ।
