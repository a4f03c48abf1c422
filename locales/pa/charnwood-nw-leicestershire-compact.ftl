### Punjabi (Gurmukhi) translation, written with machine assistance; not yet
### reviewed by a native speaker. Message ids come from content/ charnwood-nw-leicestershire-compact.yaml.


## Title page

# context: title page, the label above the title
charnwood-nw-leicestershire-compact--label = { -compact }
# context: title page, title
charnwood-nw-leicestershire-compact--title = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -compact }
# context: summary, also shown on the home page
charnwood-nw-leicestershire-compact--summary = ਇਹ { -compact } ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ { -vcs } ਦੀਆਂ ਸੰਸਥਾਵਾਂ, ਸਥਾਨਕ ਅਧਿਕਾਰੀਆਂ ਅਤੇ { -pct } (PCT) ਵਿਚਕਾਰ ਕੰਮਕਾਜੀ ਸੰਬੰਧਾਂ ਲਈ ਇੱਕ ਰਸਮੀ ਢਾਂਚਾ ਤੈਅ ਕਰਦਾ ਹੈ।
# context: title page, area
charnwood-nw-leicestershire-compact--area = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ
# context: title page, party 1
charnwood-nw-leicestershire-compact--party-1 = ਚਾਰਨਵੁੱਡ ਬਰੋ ਕੌਂਸਲ (Charnwood Borough Council)
# context: title page, party 2
charnwood-nw-leicestershire-compact--party-2 = ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਡਿਸਟ੍ਰਿਕਟ ਕੌਂਸਲ (North West Leicestershire District Council)
# context: title page, party 3
charnwood-nw-leicestershire-compact--party-3 = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -pct } (Charnwood & North West Leicestershire Primary Care Trust)
# context: title page, party 4
charnwood-nw-leicestershire-compact--party-4 = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਦਾ { -vcs } ({ -vcs-short })

## 1. What is a Compact and what is its status?

# context: 1. What is a Compact and what is its status? › section heading
charnwood-nw-leicestershire-compact--s1--title = { -compact } ਕੀ ਹੈ ਅਤੇ ਇਸ ਦੀ ਸਥਿਤੀ ਕੀ ਹੈ?
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b1 = ਇਹ { -compact } { -vcs } ਦੀਆਂ ਸੰਸਥਾਵਾਂ, ਸਥਾਨਕ ਅਥਾਰਟੀਆਂ ਅਤੇ { -pct } (PCT) ਵਿਚਕਾਰ ਕੰਮਕਾਜੀ ਸੰਬੰਧਾਂ ਲਈ ਇੱਕ ਰਸਮੀ ਢਾਂਚਾ ਤੈਅ ਕਰਦਾ ਹੈ। ਭਾਈਵਾਲ ਸਾਂਝੇ ਉਦੇਸ਼ਾਂ ਅਤੇ ਆਸਾਂ ਨੂੰ ਹਾਸਲ ਕਰਨ ਲਈ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨ ਲਈ ਵਚਨਬੱਧ ਹਨ, ਤਾਂ ਜੋ ਅੰਤ ਵਿੱਚ ਸਥਾਨਕ ਲੋਕਾਂ ਨੂੰ ਲਾਭ ਹੋਵੇ।
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b2 = { -compacts } ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਲਾਜ਼ਮੀ ਦਸਤਾਵੇਜ਼ ਨਹੀਂ ਹਨ ਅਤੇ ਨਾ ਹੀ ਇਹ ਹਰ ਗੱਲ ਨੂੰ ਸਮੇਟਦੇ ਹਨ। ਇਹ ਖੇਤਰਾਂ ਵਿਚਕਾਰ ਸੰਬੰਧ ਨੂੰ ਮਜ਼ਬੂਤ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰਨ ਵਾਲਾ ਇੱਕ ਸਾਧਨ ਹਨ। ਇਨ੍ਹਾਂ ਦਾ ਅਧਿਕਾਰ ਇਸ ਗੱਲ ਤੋਂ ਆਉਂਦਾ ਹੈ ਕਿ ਇਨ੍ਹਾਂ ਨੂੰ ਸਥਾਨਕ ਹਿੱਸੇਦਾਰ ਖ਼ੁਦ ਤਿਆਰ ਕਰਦੇ ਹਨ, ਇਨ੍ਹਾਂ 'ਤੇ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਕਰਦੇ ਹਨ ਅਤੇ ਇਨ੍ਹਾਂ ਨੂੰ ਰਸਮੀ ਤੌਰ 'ਤੇ ਅਪਣਾਉਂਦੇ ਹਨ।
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b3 = ਕਿਸੇ { -compact } ਦੀ ਸਫਲਤਾ ਇਸ ਗੱਲ 'ਤੇ ਨਿਰਭਰ ਕਰਦੀ ਹੈ ਕਿ ਸਰਕਾਰੀ ਅਤੇ ਸਵੈ-ਸੇਵੀ ਖੇਤਰ ਆਪਸੀ ਸਤਿਕਾਰ, ਮਾਨਤਾ, ਸਭ ਤੋਂ ਵਧੀਆ ਅਭਿਆਸ ਅਤੇ ਸਹਿਯੋਗ ਦੇ ਸਿਧਾਂਤਾਂ ਨੂੰ ਕਾਇਮ ਰੱਖਣ ਲਈ ਬਰਾਬਰ ਵਚਨਬੱਧਤਾ ਦਿਖਾਉਣ। { -compact } ਦਸਤਾਵੇਜ਼ ਸਥਿਰ ਨਹੀਂ ਰਹੇਗਾ, ਸਗੋਂ ਸਥਾਨਕ ਭਾਈਚਾਰੇ ਦੀਆਂ ਬਦਲਦੀਆਂ ਲੋੜਾਂ ਅਤੇ ਤਰਜੀਹਾਂ ਨੂੰ ਦਰਸਾਉਣ ਲਈ ਸਮੇਂ ਦੇ ਨਾਲ ਇਸ ਦੀ ਨਿਗਰਾਨੀ ਕੀਤੀ ਜਾਵੇਗੀ, ਇਸ ਨੂੰ ਵਿਕਸਿਤ ਕੀਤਾ ਜਾਵੇਗਾ ਅਤੇ ਇਸ ਵਿੱਚ ਸੋਧ ਕੀਤੀ ਜਾਵੇਗੀ।

## 1.1. National Context

# context: 1.1. National Context › section heading
charnwood-nw-leicestershire-compact--s1--s1-1--title = ਰਾਸ਼ਟਰੀ ਪਿਛੋਕੜ
# context: 1.1. National Context › paragraph
charnwood-nw-leicestershire-compact--s1--s1-1--b1 = ਇੰਗਲੈਂਡ ਵਿੱਚ ਸਰਕਾਰ ਅਤੇ { -vcs } ਵਿਚਕਾਰ ਸੰਬੰਧਾਂ ਬਾਰੇ ਰਾਸ਼ਟਰੀ { -compact } (1998) ਨੇ ਬਿਹਤਰ ਸੰਬੰਧਾਂ ਅਤੇ ਭਾਈਵਾਲੀ ਵਿੱਚ ਕੰਮ ਲਈ ਇੱਕ ਰਾਸ਼ਟਰੀ ਢਾਂਚਾ ਤੈਅ ਕੀਤਾ। ਨਵੰਬਰ 2002 ਵਿੱਚ ਸਿਹਤ ਵਿਭਾਗ (Department of Health) ਨੇ ਆਪਣਾ ਇਹ ਦ੍ਰਿੜ੍ਹ ਇਰਾਦਾ ਸਪਸ਼ਟ ਕੀਤਾ ਕਿ ਇੰਗਲੈਂਡ ਦੀਆਂ ਸਾਰੀਆਂ ਐਨ.ਐਚ.ਐਸ. ਸੰਸਥਾਵਾਂ 31 ਮਾਰਚ 2004 ਤੱਕ ਭੂਗੋਲਿਕ ਤੌਰ 'ਤੇ ਢੁਕਵੇਂ ਕਿਸੇ ਸਥਾਨਕ { -compact } 'ਤੇ ਦਸਤਖ਼ਤ ਕਰ ਦੇਣ।

## 1.2. The Development of the Charnwood and North West Leicestershire Compact

# context: 1.2. The Development of the Charnwood and North… › section heading
charnwood-nw-leicestershire-compact--s1--s1-2--title = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -compact } ਦਾ ਵਿਕਾਸ
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.1.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i1 = ਇਹ { -compact } ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਸਵੈ-ਸੇਵੀ ਖੇਤਰ ਅਤੇ ਡਿਸਟ੍ਰਿਕਟ { -council } ਵਿਚਕਾਰ ਮੌਜੂਦਾ { -compact } ਪ੍ਰਬੰਧਾਂ ਦੀ, ਅਤੇ ਨਾਲ ਹੀ ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact } ਦੀ, ਪੂਰਤੀ ਕਰਦਾ ਹੈ।
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.2.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2 = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -compact } ਦਾ ਖਰੜਾ ਤਿਆਰ ਕਰਨ ਵਿੱਚ ਸ਼ਾਮਲ ਭਾਈਵਾਲ ਇਹ ਹਨ:
# context: 1.2. The Development of the Charnwood and North… › sub-item 1 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i1 = ਚਾਰਨਵੁੱਡ { -cvs } (Charnwood Council for Voluntary Service, CVS)
# context: 1.2. The Development of the Charnwood and North… › sub-item 2 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i2 = ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -cvs } (North West Leicestershire Council for Voluntary Service, CVS)
# context: 1.2. The Development of the Charnwood and North… › sub-item 3 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i3 = ਚਾਰਨਵੁੱਡ ਬਰੋ ਕੌਂਸਲ (Charnwood Borough Council)
# context: 1.2. The Development of the Charnwood and North… › sub-item 4 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i4 = ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਡਿਸਟ੍ਰਿਕਟ ਕੌਂਸਲ (North West Leicestershire District Council)
# context: 1.2. The Development of the Charnwood and North… › sub-item 5 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i5 = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -pct } (Charnwood & North West Leicestershire Primary Care Trust)
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.3.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i3 = { -compact } ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਇਲਾਕੇ* ਦੇ ਸਾਰੇ ਹਿੱਸਿਆਂ 'ਤੇ, ਅਤੇ ਉਨ੍ਹਾਂ ਵੰਨ-ਸੁਵੰਨੀਆਂ ਸੰਸਥਾਵਾਂ 'ਤੇ ਲਾਗੂ ਹੁੰਦਾ ਹੈ ਜਿਨ੍ਹਾਂ ਨੂੰ { -vcs } ਵਜੋਂ ਪਰਿਭਾਸ਼ਿਤ ਕੀਤਾ ਗਿਆ ਹੈ।
# context: 1.2. The Development of the Charnwood and North… › paragraph
boundary-note = (\* ਨੋਟ: ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ ਦੀਆਂ ਹੱਦਾਂ ਇੱਕੋ ਜਿਹੀਆਂ ਨਹੀਂ ਹਨ। ਸਾਇਸਟਨ Charnwood Borough Council ਦੀ ਹੱਦ ਅੰਦਰ ਆਉਂਦਾ ਹੈ ਪਰ Melton, Rutland and Harborough PCT ਦਾ ਹਿੱਸਾ ਹੈ। ਮਾਰਕਫ਼ੀਲਡ Charnwood & North West Leicestershire PCT ਦੇ ਇਲਾਕੇ ਦਾ ਹਿੱਸਾ ਹੈ ਪਰ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਦੀ ਡਿਸਟ੍ਰਿਕਟ { -council } ਦੀ ਹੱਦ ਅੰਦਰ ਨਹੀਂ ਆਉਂਦਾ। ਇਸ { -compact } ਦੇ ਮਕਸਦ ਲਈ, ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ ਨੇ ਸਹਿਮਤੀ ਦਿੱਤੀ ਹੈ ਕਿ ਦੋਵੇਂ ਇਲਾਕੇ ਸਮਝੌਤੇ ਵਿੱਚ ਸ਼ਾਮਲ ਕੀਤੇ ਜਾਣ, ਅਤੇ ਉਹ ਨੋਟ ਕਰਦੀਆਂ ਹਨ ਕਿ ਗੁਆਂਢੀ ਸੰਸਥਾਵਾਂ ਨੂੰ ਵੀ ਅਜਿਹੇ ਕਦਮ ਚੁੱਕਣੇ ਪੈਣਗੇ। ਹੋਰ ਵੇਰਵੇ ਅੰਤਿਕਾ 1 ਵਿੱਚ ਦਿੱਤੇ ਗਏ ਹਨ)
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.4.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i1 = { -compact } ਕਾਲੇ ਅਤੇ ਘੱਟ-ਗਿਣਤੀ ਨਸਲੀ ਗਰੁੱਪਾਂ ਦੇ ਹਿਤਾਂ ਪ੍ਰਤੀ, ਅਤੇ ਕਈ ਤਰ੍ਹਾਂ ਦੀਆਂ ਵਿਸ਼ੇਸ਼ ਅਤੇ ਵਾਧੂ ਲੋੜਾਂ ਵਾਲੇ ਲੋਕਾਂ ਦੇ ਹਿਤਾਂ ਪ੍ਰਤੀ ਸੰਵੇਦਨਸ਼ੀਲ ਰਹੇਗਾ।
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.5.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i2 = { -compact } ਵਿੱਚ ਗਰੁੱਪਾਂ ਅਤੇ ਸੰਸਥਾਵਾਂ ਦੇ ਦਸਤਖ਼ਤ ਕਰਨ ਲਈ ਇੱਕ ਹਿੱਸਾ ਸ਼ਾਮਲ ਹੈ, ਜਿਸ ਰਾਹੀਂ ਉਹ { -compact } ਦੀ ਭਾਵਨਾ ਅਨੁਸਾਰ ਕੰਮ ਕਰਨ ਦੀ ਆਪਣੀ ਵਚਨਬੱਧਤਾ ਦਾ ਐਲਾਨ ਕਰਦੇ ਹਨ। ਸਟਾਫ਼, ਕੌਂਸਲਰਾਂ, ਸਵੈ-ਸੇਵਕਾਂ, ਸੇਵਾਵਾਂ ਵਰਤਣ ਵਾਲਿਆਂ ਅਤੇ ਹੋਰ ਗਰੁੱਪਾਂ ਤੇ ਸੰਸਥਾਵਾਂ ਵਿੱਚ { -compact } ਬਾਰੇ ਜਾਗਰੂਕਤਾ ਵਧਾਉਣ ਲਈ ਸਮੱਗਰੀ ਤਿਆਰ ਕੀਤੀ ਜਾਵੇਗੀ।
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.6.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i3 = ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ ਦੇ ਮੈਂਬਰ ਨੁਮਾਇੰਦਿਆਂ ਵਾਲੇ ਇੱਕ ਫੋਰਮ ਨੇ, ਜਿਸ ਨੂੰ { -compact } ਸੰਚਾਲਨ ਸਮੂਹ ਕਿਹਾ ਜਾਂਦਾ ਹੈ, { -compact } ਤਿਆਰ ਕੀਤਾ ਹੈ। { -compact } ਦੇ ਪ੍ਰਕਾਸ਼ਨ ਤੋਂ ਬਾਅਦ, ਇਹ ਸਮੂਹ { -compact } ਕਾਰਜ-ਯੋਜਨਾ, ਉਸ ਨੂੰ ਲਾਗੂ ਕਰਨ ਅਤੇ ਉਸ ਦੀ ਸਮੀਖਿਆ ਲਈ ਇੱਕ ਲਗਾਤਾਰ ਚੱਲਣ ਵਾਲਾ ਫੋਰਮ ਬਣੇਗਾ।

## 2. Why have a Compact?

# context: 2. Why have a Compact? › section heading
charnwood-nw-leicestershire-compact--s2--title = { -compact } ਦੀ ਲੋੜ ਕਿਉਂ ਹੈ?
# context: 2. Why have a Compact? › paragraph
charnwood-nw-leicestershire-compact--s2--b1 = ਭਾਵੇਂ ਇਸ ਇਲਾਕੇ ਵਿੱਚ ਸਰਕਾਰੀ ਅਤੇ ਸਵੈ-ਸੇਵੀ ਖੇਤਰਾਂ ਵਿਚਕਾਰ ਗ਼ੈਰ-ਰਸਮੀ ਕੰਮਕਾਜੀ ਸੰਬੰਧ ਪਹਿਲਾਂ ਹੀ ਮੌਜੂਦ ਹਨ, ਪਰ ਇਹ ਪ੍ਰਬੰਧ ਆਮ ਤੌਰ 'ਤੇ ਖ਼ਾਸ ਪੇਸ਼ੇਵਰ ਸੰਬੰਧਾਂ 'ਤੇ ਅਧਾਰਿਤ ਹੁੰਦੇ ਹਨ, ਜੋ ਸਮੇਂ ਦੇ ਨਾਲ ਸੰਸਥਾਵਾਂ ਅਤੇ ਵਿਅਕਤੀਆਂ ਵਿਚਕਾਰ ਬਣੇ ਹਨ। { -compact } ਖੇਤਰਾਂ ਵਿਚਕਾਰ ਭਾਈਵਾਲੀ ਵਿੱਚ ਕੰਮ ਲਈ ਇੱਕ ਯੋਜਨਾਬੱਧ ਢੰਗ ਦੇਵੇਗਾ, ਜੋ ਪਹਿਲਾਂ ਦੀ ਪੇਸ਼ੇਵਰ ਸ਼ਮੂਲੀਅਤ ਦੀ ਪਰਵਾਹ ਕੀਤੇ ਬਿਨਾਂ ਸਾਰੇ ਹਿੱਸੇਦਾਰਾਂ ਨੂੰ ਬਰਾਬਰ ਦਰਜੇ ਅਤੇ ਪਹੁੰਚ ਦੀ ਗਰੰਟੀ ਦਿੰਦਾ ਹੈ।
# context: 2. Why have a Compact? › paragraph
charnwood-nw-leicestershire-compact--s2--b2 = ਉਦੇਸ਼ ਇਹ ਹਨ:
# context: 2. Why have a Compact? › numbered list, item 2.1.
charnwood-nw-leicestershire-compact--s2--b3-i1 = ਸੰਚਾਰ ਸੁਧਾਰਨਾ ਅਤੇ ਜਾਣਕਾਰੀ ਦਾ ਕੁਸ਼ਲ ਵਹਾਅ ਯਕੀਨੀ ਬਣਾਉਣਾ
# context: 2. Why have a Compact? › numbered list, item 2.2.
charnwood-nw-leicestershire-compact--s2--b3-i2 = ਖੇਤਰਾਂ ਵਿਚਕਾਰ ਸਾਂਝੇ ਕੰਮ ਲਈ ਅਸਰਦਾਰ ਅਤੇ ਸਹਿਮਤ ਸਿਧਾਂਤਾਂ ਬਾਰੇ ਇੱਕ ਸਹਿਮਤ ਅਭਿਆਸ ਕੋਡ ਵਿਕਸਿਤ ਕਰਨਾ, ਜਿਸ ਵਿੱਚ ਸਾਂਝੀ ਯੋਜਨਾਬੰਦੀ ਅਤੇ ਨੀਤੀ ਸੰਬੰਧੀ ਉਪਰਾਲੇ ਸ਼ਾਮਲ ਹਨ
# context: 2. Why have a Compact? › numbered list, item 2.3.
charnwood-nw-leicestershire-compact--s2--b3-i3 = ਸਾਰੇ ਖੇਤਰਾਂ ਵਿੱਚ ਜਨਤਕ ਸੇਵਾਵਾਂ ਦੀ ਪ੍ਰਦਾਨਗੀ ਸੁਧਾਰਨਾ
# context: 2. Why have a Compact? › numbered list, item 2.4.
charnwood-nw-leicestershire-compact--s2--b3-i4 = ਹਰੇਕ ਖੇਤਰ ਦੀਆਂ ਲੋੜਾਂ, ਟੀਚਿਆਂ ਅਤੇ ਉਦੇਸ਼ਾਂ ਦੀ ਬਿਹਤਰ ਸਮਝ
# context: 2. Why have a Compact? › numbered list, item 2.5.
charnwood-nw-leicestershire-compact--s2--b3-i5 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਸਰਕਾਰੀ ਖੇਤਰਾਂ ਵਿਚਕਾਰ ਭਾਈਵਾਲੀ ਵਿੱਚ ਵਧੇਰੇ ਕੰਮ।
# context: 2. Why have a Compact? › numbered list, item 2.6.
charnwood-nw-leicestershire-compact--s2--b3-i6 = ਸਾਂਝੀ ਦਿਲਚਸਪੀ ਵਾਲੇ ਭਾਈਚਾਰਿਆਂ ਅਤੇ ਕਿਸੇ ਥਾਂ ਦੇ ਭਾਈਚਾਰਿਆਂ ਦੇ ਵਿਚਾਰਾਂ ਨੂੰ ਅੱਗੇ ਪਹੁੰਚਾਉਣ ਦਾ ਜ਼ਰੀਆ ਬਣਨਾ
# context: 2. Why have a Compact? › numbered list, item 2.7.
charnwood-nw-leicestershire-compact--s2--b3-i7 = ਨਵੀਆਂ ਲੋੜਾਂ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਪੂਰਾ ਕਰਨ ਦੇ ਨਵੇਂ ਢੰਗਾਂ ਦੀ ਪਛਾਣ ਕਰਨਾ
# context: 2. Why have a Compact? › numbered list, item 2.8.
charnwood-nw-leicestershire-compact--s2--b3-i8 = ਗ਼ਰੀਬੀ, ਸਮਾਜਿਕ ਬੇਦਖ਼ਲੀ ਅਤੇ ਸਿਹਤ ਸੰਬੰਧੀ ਨਾ-ਬਰਾਬਰੀਆਂ ਨਾਲ ਨਜਿੱਠਣਾ
# context: 2. Why have a Compact? › numbered list, item 2.9.
charnwood-nw-leicestershire-compact--s2--b3-i9 = ਵਿਅਕਤੀਆਂ ਨੂੰ ਆਪਣੇ ਭਾਈਚਾਰਿਆਂ ਵਿੱਚ ਸਰਗਰਮ ਹੋਣ ਲਈ ਉਤਸ਼ਾਹਿਤ ਕਰਨਾ ਅਤੇ ਸਹਾਇਤਾ ਦੇਣਾ
# context: 2. Why have a Compact? › numbered list, item 2.10.
charnwood-nw-leicestershire-compact--s2--b3-i10 = ਅਸਰਦਾਰ ਸ਼ਮੂਲੀਅਤ, ਸਲਾਹ-ਮਸ਼ਵਰੇ ਅਤੇ ਨੁਮਾਇੰਦਗੀ ਲਈ ਇੱਕ ਢਾਂਚਾ ਤੈਅ ਕਰਨਾ
# context: 2. Why have a Compact? › numbered list, item 2.11.
charnwood-nw-leicestershire-compact--s2--b3-i11 = ਭਾਈਚਾਰੇ ਨੂੰ ਸ਼ਾਮਲ ਕਰਨਾ ਅਤੇ ਉਸ ਨਾਲ ਜੁੜਨਾ
# context: 2. Why have a Compact? › numbered list, item 2.12.
charnwood-nw-leicestershire-compact--s2--b3-i12 = ਫੰਡਿੰਗ ਦੇ ਪ੍ਰਬੰਧਾਂ ਦੀ ਸਮੀਖਿਆ ਕਰਨਾ

## 3. How will we know if the Compact is working?

# context: 3. How will we know if the Compact is working? › section heading
charnwood-nw-leicestershire-compact--s3--title = ਸਾਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ ਕਿ { -compact } ਕਾਮਯਾਬ ਹੋ ਰਿਹਾ ਹੈ?
# context: 3. How will we know if the Compact is working? › paragraph
charnwood-nw-leicestershire-compact--s3--b1 = ਇਸ { -compact } ਨੂੰ ਤਿਆਰ ਕਰਨ ਵਿੱਚ ਸ਼ਾਮਲ ਸਾਰੇ ਭਾਈਵਾਲ ਹੇਠ ਲਿਖੇ ਨਤੀਜੇ ਦੇਖਣਾ ਚਾਹੁੰਦੇ ਹਨ:
# context: 3. How will we know if the Compact is working? › outcomes, item 1
charnwood-nw-leicestershire-compact--s3--b2-i1 = ਵਧੇਰੇ ਸਮਝ
# context: 3. How will we know if the Compact is working? › outcomes, item 2
charnwood-nw-leicestershire-compact--s3--b2-i2 = ਬਿਹਤਰ ਸੰਚਾਰ
# context: 3. How will we know if the Compact is working? › outcomes, item 3
charnwood-nw-leicestershire-compact--s3--b2-i3 = ਸ਼ਮੂਲੀਅਤ ਅਤੇ ਸਲਾਹ-ਮਸ਼ਵਰੇ ਦੀਆਂ ਬਿਹਤਰ ਪ੍ਰਕਿਰਿਆਵਾਂ ਅਤੇ ਵਿਧੀਆਂ
# context: 3. How will we know if the Compact is working? › outcomes, item 4
charnwood-nw-leicestershire-compact--s3--b2-i4 = ਯੋਜਨਾਬੰਦੀ ਅਤੇ ਨੀਤੀ ਬਾਰੇ ਵਧੇਰੇ ਸਾਂਝੇ ਉਪਰਾਲੇ
# context: 3. How will we know if the Compact is working? › outcomes, item 5
charnwood-nw-leicestershire-compact--s3--b2-i5 = ਫੰਡਿੰਗ ਦੇ ਪ੍ਰਬੰਧਾਂ ਅਤੇ ਵਿਧੀਆਂ ਦੀ ਸਮੀਖਿਆ
# context: 3. How will we know if the Compact is working? › outcomes, item 6
charnwood-nw-leicestershire-compact--s3--b2-i6 = ਜਾਣਕਾਰੀ ਦਾ ਕੁਸ਼ਲ ਵਹਾਅ
# context: 3. How will we know if the Compact is working? › outcomes, item 7
charnwood-nw-leicestershire-compact--s3--b2-i7 = ਬਿਹਤਰ ਸੇਵਾ ਪ੍ਰਦਾਨਗੀ
# context: 3. How will we know if the Compact is working? › paragraph 3.1.
charnwood-nw-leicestershire-compact--s3--b3 = ਇਹ ਨਤੀਜੇ ਹਾਸਲ ਕਰਨ ਲਈ, { -compact } ਸੰਚਾਲਨ ਸਮੂਹ { -compact } ਕਾਰਜ-ਯੋਜਨਾ ਲਈ ਇੱਕ ਫੋਰਮ ਦੇਵੇਗਾ, ਜਿਸ ਵਿੱਚ ਇਸ ਨੂੰ ਲਾਗੂ ਕਰਨਾ ਅਤੇ ਇਸ ਦੀ ਸਮੀਖਿਆ ਵੀ ਸ਼ਾਮਲ ਹੋਵੇਗੀ। ਕਾਰਜ-ਯੋਜਨਾ:
# context: 3. How will we know if the Compact is working? › lettered list, item (a)
charnwood-nw-leicestershire-compact--s3--b4-i1 = ਕਾਊਂਟੀ { -compact } ਗਰੁੱਪ ਵੱਲੋਂ ਕੀਤੀਆਂ ਤਬਦੀਲੀਆਂ ਦੇ ਨਤੀਜਿਆਂ 'ਤੇ ਵਿਚਾਰ ਕਰੇਗੀ।
# context: 3. How will we know if the Compact is working? › lettered list, item (b)
charnwood-nw-leicestershire-compact--s3--b4-i2 = ਫੰਡਿੰਗ, ਸਲਾਹ-ਮਸ਼ਵਰੇ, ਕਾਲੇ ਅਤੇ ਘੱਟ-ਗਿਣਤੀ ਨਸਲੀ ਗਰੁੱਪਾਂ, ਸਵੈ-ਸੇਵਾ ਅਤੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪਾਂ ਬਾਰੇ ਰਾਸ਼ਟਰੀ ਅਭਿਆਸ ਕੋਡਾਂ ਨੂੰ ਸਥਾਨਕ ਹਾਲਾਤ ਅਨੁਸਾਰ ਢਾਲੇਗੀ
# context: 3. How will we know if the Compact is working? › lettered list, item (c)
charnwood-nw-leicestershire-compact--s3--b4-i3 = ਵਿਸ਼ੇਸ਼ ਅਤੇ ਵਾਧੂ ਲੋੜਾਂ ਵਾਲੇ ਲੋਕਾਂ ਨਾਲ ਅਸਰਦਾਰ ਢੰਗ ਨਾਲ ਕੰਮ ਕਰਨ ਲਈ ਸਭ ਤੋਂ ਵਧੀਆ ਅਭਿਆਸ ਵਿਕਸਿਤ ਕਰੇਗੀ।
# context: 3. How will we know if the Compact is working? › lettered list, item (d)
charnwood-nw-leicestershire-compact--s3--b4-i4 = ਸਾਲਾਨਾ ਸਮੀਖਿਆ ਸਮੇਤ, { -compact } ਦੇ ਅਸਰ ਦੀ ਸਮੀਖਿਆ ਅਤੇ ਨਿਗਰਾਨੀ ਲਈ ਪ੍ਰਣਾਲੀਆਂ ਸਥਾਪਿਤ ਕਰੇਗੀ। ਇਸ ਵਿੱਚ ਇੱਕ ਮੁੱਢਲਾ ਪੱਧਰ (ਬੇਸਲਾਈਨ) ਤੈਅ ਕਰਨਾ ਅਤੇ ਪ੍ਰਗਤੀ ਦੇ ਮਾਪ ਤੇ ਸੂਚਕ ਸਥਾਪਿਤ ਕਰਨਾ ਸ਼ਾਮਲ ਹੋਵੇਗਾ। ਸਮੀਖਿਆ ਨਾਲ ਅਗਲੇ ਸਾਲ ਦੀਆਂ ਯੋਜਨਾਵਾਂ ਵਿੱਚ ਸੁਧਾਰ ਹੋਵੇਗਾ।
# context: 3. How will we know if the Compact is working? › lettered list, item (e)
charnwood-nw-leicestershire-compact--s3--b4-i5 = ਵਿਚੋਲਗੀ ਅਤੇ ਸੁਲ੍ਹਾ-ਸਫ਼ਾਈ ਦੀ ਇੱਕ ਪ੍ਰਕਿਰਿਆ ਤੈਅ ਕਰੇਗੀ। 2004 ਦੇ ਅੰਤ ਤੱਕ ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact } ਇੱਕ ਵਿਚੋਲਗੀ ਪ੍ਰਕਿਰਿਆ ਸਥਾਪਿਤ ਕਰਨ ਦੀ ਯੋਜਨਾ ਬਣਾ ਰਿਹਾ ਹੈ, ਜੋ ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ ਸਾਰੇ ਸਥਾਨਕ { -compacts(case: "oblique") } ਲਈ ਉਪਲਬਧ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
# context: 3. How will we know if the Compact is working? › paragraph 3.2.
charnwood-nw-leicestershire-compact--s3--b5 = ਕਾਰਜ-ਯੋਜਨਾ ਦੀ ਹਰ ਸਾਲ ਸਮੀਖਿਆ ਕੀਤੀ ਜਾਵੇਗੀ। ਕਾਰਜ-ਯੋਜਨਾ ਵਿੱਚ ਉਨ੍ਹਾਂ ਸਾਰੇ ਭਾਗ ਲੈਣ ਵਾਲੇ ਗਰੁੱਪਾਂ ਅਤੇ ਸੰਸਥਾਵਾਂ ਦੀ ਸੂਚੀ ਸ਼ਾਮਲ ਹੋਵੇਗੀ ਜੋ ਇਸ { -compact } 'ਤੇ ਦਸਤਖ਼ਤ ਕਰਦੇ ਹਨ ਅਤੇ ਇਸ ਲਈ { -compact } ਦੇ ਭਾਈਵਾਲਾਂ ਨਾਲ ਨਿਰਪੱਖ ਅਤੇ ਬਰਾਬਰੀ ਵਾਲੇ ਢੰਗ ਨਾਲ ਕੰਮ ਕਰਨ ਲਈ ਵਚਨਬੱਧ ਹਨ।

## 4. What defines the Voluntary and Community Sector?

# context: 4. What defines the Voluntary and Community… › section heading
charnwood-nw-leicestershire-compact--s4--title = { -vcs } ਦੀ ਪਰਿਭਾਸ਼ਾ ਕੀ ਹੈ?
# context: 4. What defines the Voluntary and Community… › paragraph 4.1.
charnwood-nw-leicestershire-compact--s4--b1 = { -vcs } ਆਪਣੇ ਸੁਭਾਅ ਪੱਖੋਂ ਵੰਨ-ਸੁਵੰਨਾ ਹੈ। ਸੈਂਕੜੇ ਸੰਸਥਾਵਾਂ ਅਤੇ ਗਰੁੱਪ ਭੂਗੋਲਿਕ ਇਲਾਕਿਆਂ ਦੀਆਂ ਲੋੜਾਂ, ਜਾਂ ਸਾਂਝੀ ਦਿਲਚਸਪੀ ਜਾਂ ਸਾਂਝੀ ਲੋੜ ਵਾਲੇ ਭਾਈਚਾਰਿਆਂ ਦੀਆਂ ਲੋੜਾਂ ਦੇ ਜਵਾਬ ਵਿੱਚ ਬਣੇ ਹਨ। ਸਵੈ-ਸੇਵੀ ਖੇਤਰ ‘ਮੁਨਾਫ਼ੇ ਲਈ ਨਹੀਂ’ ਹੈ (ਇਸ ਦਾ ਮਕਸਦ ਪੈਸਾ ਕਮਾਉਣਾ ਨਹੀਂ ਹੈ) ਅਤੇ ਸੁਤੰਤਰ ਹੈ। ਕੰਮ ਕਰ ਰਹੇ ਗਰੁੱਪਾਂ ਦੀਆਂ ਕਿਸਮਾਂ ਵਿੱਚ ਇਹ ਸ਼ਾਮਲ ਹਨ:
# context: 4. What defines the Voluntary and Community… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s4--b2-i1 = ਸਿਹਤ ਨਾਲ ਸੰਬੰਧਿਤ ਕਈ ਤਰ੍ਹਾਂ ਦੇ ਮੁੱਦਿਆਂ ਵਿੱਚ ਦਿਲਚਸਪੀ ਰੱਖਣ ਵਾਲੇ ਸਵੈ-ਸਹਾਇਤਾ ਗਰੁੱਪ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s4--b2-i2 = ਪਲੇਅ-ਗਰੁੱਪ, ਮਾਪੇ ਅਤੇ ਛੋਟੇ ਬੱਚੇ ਗਰੁੱਪ, ਲੰਚ ਕਲੱਬ, ਮੇਲ-ਜੋਲ ਦੀਆਂ ਸਰਗਰਮੀਆਂ ਆਦਿ ਕਰਵਾਉਣ ਵਾਲੇ ਪਿੰਡਾਂ ਦੇ ਗਰੁੱਪ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s4--b2-i3 = ਸਥਾਨਕ ਮੁੱਦਿਆਂ ਨਾਲ ਨਜਿੱਠਣ ਲਈ ਭਾਈਚਾਰਿਆਂ ਵੱਲੋਂ ਬਣਾਏ ਗਏ ਸਥਾਨਕ ਗਰੁੱਪ; ਇਹ ਲੋਕਾਂ ਦੇ ਖ਼ਾਸ ਗਰੁੱਪਾਂ ਨੂੰ ਸਿੱਧੀ ਸੇਵਾ ਦੇ ਸਕਦੇ ਹਨ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s4--b2-i4 = ਮਨੋਰੰਜਨ, ਖੇਡਾਂ ਅਤੇ ਸਮਾਜਿਕ ਸਰਗਰਮੀਆਂ ਕਰਵਾਉਣ ਵਾਲੇ ਸਥਾਨਕ ਗਰੁੱਪ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s4--b2-i5 = ਰਾਸ਼ਟਰੀ ਸੰਸਥਾਵਾਂ ਦੀਆਂ ਸਥਾਨਕ ਸ਼ਾਖਾਵਾਂ, ਜੋ ਲੋਕਾਂ ਨੂੰ ਕਈ ਤਰ੍ਹਾਂ ਦੇ ਮੁੱਦਿਆਂ ਬਾਰੇ ਜਾਣਕਾਰੀ, ਸਲਾਹ, ਸਹਾਇਤਾ ਅਤੇ/ਜਾਂ ਸੇਵਾਵਾਂ ਦਿੰਦੀਆਂ ਹਨ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 6
charnwood-nw-leicestershire-compact--s4--b2-i6 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪਾਂ ਦੀ ਸਹਾਇਤਾ ਕਰਨ ਵਾਲੀਆਂ ਸਥਾਨਕ ਵਿਕਾਸ ਏਜੰਸੀਆਂ, ਅਤੇ ਸਵੈ-ਸੇਵਾ ਦੀ ਸਹਾਇਤਾ ਕਰਨ ਵਾਲੀਆਂ ਸਥਾਨਕ ਵਿਕਾਸ ਏਜੰਸੀਆਂ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 7
charnwood-nw-leicestershire-compact--s4--b2-i7 = ਪੂਰੀ ਕਾਊਂਟੀ ਵਿੱਚ ਕੰਮ ਕਰਨ ਵਾਲੀਆਂ ਸੰਸਥਾਵਾਂ, ਜੋ ਲੋਕਾਂ ਦੇ ਖ਼ਾਸ ਗਰੁੱਪਾਂ ਨੂੰ ਸੇਵਾਵਾਂ ਦਿੰਦੀਆਂ ਹਨ, ਜਿਵੇਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ (ਕੇਅਰਰ), ਅਪੰਗਤਾ ਵਾਲੇ ਲੋਕ, ਬਜ਼ੁਰਗ ਲੋਕ
# context: 4. What defines the Voluntary and Community… › paragraph
charnwood-nw-leicestershire-compact--s4--b3 = { -vcs } ਦੇ ਘੇਰੇ ਵਿੱਚ ਆਉਣ ਵਾਲੇ ਢਾਂਚਿਆਂ ਅਤੇ ਸਰਗਰਮੀਆਂ ਦੀਆਂ ਉਦਾਹਰਣਾਂ ਅੰਤਿਕਾ 2 ਵਿੱਚ ਦਿੱਤੀਆਂ ਗਈਆਂ ਹਨ।
# context: 4. What defines the Voluntary and Community… › paragraph 4.2.
charnwood-nw-leicestershire-compact--s4--b4 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪ ਇਹ ਕਰ ਸਕਦੇ ਹਨ:
# context: 4. What defines the Voluntary and Community… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s4--b5-i1 = ਮੌਜੂਦਾ ਲੋੜਾਂ ਪੂਰੀਆਂ ਕਰਨ ਅਤੇ ਲੋਕਾਂ ਦੇ ਜੀਵਨ ਵਿੱਚ ਅਸਲ ਤਬਦੀਲੀ ਲਿਆਉਣ ਲਈ ਮਿਆਰੀ ਸੇਵਾਵਾਂ ਦੇਣਾ, ਜਿਸ ਨਾਲ ਲੋਕਾਂ ਦੇ ਜੀਵਨ ਦੀ ਗੁਣਵੱਤਾ ਵਿੱਚ ਸੱਚਾ ਸੁਧਾਰ ਹੁੰਦਾ ਹੈ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s4--b5-i2 = ਭਾਈਚਾਰਿਆਂ (ਭੂਗੋਲਿਕ ਅਤੇ ਸਾਂਝੀ ਦਿਲਚਸਪੀ ਵਾਲੇ) ਦੇ ਵਿਚਾਰਾਂ ਨੂੰ ਅੱਗੇ ਪਹੁੰਚਾਉਣ ਦਾ ਜ਼ਰੀਆ ਬਣਨਾ – ਉਨ੍ਹਾਂ ਵਿੱਚ ਸਰਕਾਰੀ ਸੇਵਾਵਾਂ ਨਾਲੋਂ ਅਣਗੌਲੇ ਗਰੁੱਪਾਂ ਤੱਕ ਪਹੁੰਚਣ ਦੀ ਵਧੇਰੇ ਸਮਰੱਥਾ ਅਤੇ ਲਚਕ ਹੁੰਦੀ ਹੈ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s4--b5-i3 = ਲੋੜਾਂ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਪੂਰਾ ਕਰਨ ਦੇ ਨਵੇਂ ਢੰਗਾਂ ਦੀ ਪਛਾਣ ਕਰਨਾ – ਇਸ ਖੇਤਰ ਵੱਲੋਂ ਵਿਕਸਿਤ ਕੀਤੇ ਢੰਗ ਪਹਿਲਾਂ ਕਈ ਵਾਰ ਸਰਕਾਰੀ ਸੇਵਾਵਾਂ ਨੇ ਅਪਣਾਏ ਹਨ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s4--b5-i4 = ਗ਼ਰੀਬੀ, ਸਮਾਜਿਕ ਬੇਦਖ਼ਲੀ ਅਤੇ ਸਿਹਤ ਸੰਬੰਧੀ ਨਾ-ਬਰਾਬਰੀਆਂ ਨਾਲ ਨਜਿੱਠਣਾ – ਭਾਈਚਾਰਿਆਂ ਵੱਲੋਂ ਬਣਾਏ ਗਏ ਜਾਂ ਭਾਈਚਾਰਿਆਂ ਨਾਲ ਨੇੜਿਓਂ ਕੰਮ ਕਰਨ ਵਾਲੇ ਗਰੁੱਪ ਢੁਕਵੇਂ ਹੱਲ ਲੱਭਣ ਵਿੱਚ ਮਾਹਿਰ ਹੁੰਦੇ ਹਨ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s4--b5-i5 = ਵਿਅਕਤੀਆਂ ਨੂੰ ਆਪਣੇ ਭਾਈਚਾਰਿਆਂ ਵਿੱਚ ਸਰਗਰਮ ਹੋਣ ਲਈ ਉਤਸ਼ਾਹਿਤ ਕਰਨਾ ਅਤੇ ਸਹਾਇਤਾ ਦੇਣਾ – ਉਦਾਹਰਣਾਂ ਵਿੱਚ ਸ਼ਾਮਲ ਹਨ: ਸਵੈ-ਸੇਵਾ, ਪ੍ਰਬੰਧਕੀ ਕਮੇਟੀ ਦੇ ਮੈਂਬਰ ਜਾਂ ਟਰੱਸਟੀ ਬਣਨ ਦੀਆਂ ਜ਼ਿੰਮੇਵਾਰੀਆਂ ਲੈਣਾ, ਜਾਂ ਸਵੈ-ਸਹਾਇਤਾ ਗਰੁੱਪ ਬਣਾਉਣਾ
# context: 4. What defines the Voluntary and Community… › paragraph
charnwood-nw-leicestershire-compact--s4--b6 = ({ -vcs } ਦੀਆਂ ਪਰਿਭਾਸ਼ਾਵਾਂ ਲਈ ਅੰਤਿਕਾ 2 ਦੇਖੋ)

## 5. What defines the Borough Council?

# context: 5. What defines the Borough Council? › section heading
charnwood-nw-leicestershire-compact--s5--title = ਬਰੋ { -council } ਦੀ ਪਰਿਭਾਸ਼ਾ ਕੀ ਹੈ?
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b1 = Charnwood Borough Council ਦੀ ਕਾਰਪੋਰੇਟ ਯੋਜਨਾ, “Charnwood Together”, 2007 ਤੱਕ ਦੇ ਸਮੇਂ ਲਈ ਅਥਾਰਟੀ ਦੀਆਂ ਸਪਸ਼ਟ ਤਰਜੀਹਾਂ ਤੈਅ ਕਰਦੀ ਹੈ। ਇਨ੍ਹਾਂ ਦਾ ਇੱਕ ਅਟੁੱਟ ਹਿੱਸਾ ਇਹ ਲੋੜ ਹੈ ਕਿ ਮੁੱਖ ਏਜੰਸੀਆਂ ਅਤੇ ਖੇਤਰਾਂ ਵਿਚਕਾਰ ਮੌਜੂਦ ਮਜ਼ਬੂਤ ਭਾਈਵਾਲੀਆਂ ਨੂੰ ਹੋਰ ਅੱਗੇ ਵਧਾਇਆ ਜਾਵੇ, ਤਾਂ ਜੋ ਜੀਵਨ ਦੀ ਚੰਗੀ ਗੁਣਵੱਤਾ ਮਿਲ ਸਕੇ ਅਤੇ ਸਾਡੇ ਭਾਈਚਾਰਿਆਂ ਦੀਆਂ ਲੋੜਾਂ ਪੂਰੀਆਂ ਹੋ ਸਕਣ।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b2 = Charnwood Together ਵਿੱਚ ਖ਼ਾਸ ਤੌਰ 'ਤੇ ਕਿਹਾ ਗਿਆ ਹੈ ਕਿ { -council } ਸਵੈ-ਸੇਵੀ ਖੇਤਰ ਨਾਲ ਇੱਕ { -compact } ਤਿਆਰ ਕਰਨ ਦਾ ਯਤਨ ਕਰੇਗੀ, ਤਾਂ ਜੋ ਇਹ ਮਾਰਗਦਰਸ਼ਨ ਮਿਲ ਸਕੇ ਕਿ ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਅਤੇ ਸੇਵਾਵਾਂ ਦੀ ਪ੍ਰਦਾਨਗੀ ਦੇ ਖੇਤਰਾਂ ਵਿੱਚ ਸਰਕਾਰੀ ਅਤੇ ਸਵੈ-ਸੇਵੀ ਖੇਤਰ ਮਿਲ ਕੇ ਕਿਵੇਂ ਕੰਮ ਕਰਨਗੇ। ਇਹ ਚਾਰਨਵੁੱਡ ਕਮਿਊਨਿਟੀ ਸਟ੍ਰੈਟਜੀ ਦੇ ਇਰਾਦਿਆਂ ਨੂੰ ਵੀ ਦਰਸਾਉਂਦਾ ਹੈ, ਜਿਸ ਨੂੰ 2003 ਵਿੱਚ ਕਈ ਮੁੱਖ ਸੰਸਥਾਵਾਂ ਨੇ ਅਪਣਾਇਆ ਸੀ।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b3 = { -council } ਵਿੱਚ ਲਗਭਗ 600 ਕਰਮਚਾਰੀ ਕੰਮ ਕਰਦੇ ਹਨ, ਜੋ 13 ਸੇਵਾ ਇਕਾਈਆਂ ਵਿੱਚ ਵੰਡੇ ਹੋਏ ਹਨ, ਅਤੇ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਜ਼ਿਆਦਾਤਰ ਲੱਫ਼ਬਰੋ ਵਿੱਚ ਕੰਮ ਕਰਦੇ ਹਨ।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b4 = ਹਰ ਸਾਲ { -council };
# context: 5. What defines the Borough Council? › bulleted list, item 1
charnwood-nw-leicestershire-compact--s5--b5-i1 = ਲੋਕਾਂ ਦੇ ਘਰਾਂ ਤੋਂ 47,000 ਟਨ ਕੂੜਾ ਇਕੱਠਾ ਕਰਦੀ ਹੈ
# context: 5. What defines the Borough Council? › bulleted list, item 2
charnwood-nw-leicestershire-compact--s5--b5-i2 = 100,000 ਤੋਂ ਵੱਧ ਨਵੇਂ ਪੌਦੇ ਲਗਾਉਂਦੀ ਹੈ।
# context: 5. What defines the Borough Council? › bulleted list, item 3
charnwood-nw-leicestershire-compact--s5--b5-i3 = 1,900 ਪਲੈਨਿੰਗ ਅਰਜ਼ੀਆਂ 'ਤੇ ਕਾਰਵਾਈ ਕਰਦੀ ਹੈ।
# context: 5. What defines the Borough Council? › bulleted list, item 4
charnwood-nw-leicestershire-compact--s5--b5-i4 = ਕਿਰਾਇਆ ਇਕੱਠਾ ਕਰਨ ਲਈ ਘਰਾਂ ਵਿੱਚ 13,776 ਫੇਰੇ ਅਤੇ ਰੈਜ਼ੀਡੈਂਟ ਵਾਰਡਨਾਂ ਰਾਹੀਂ 192,000 ਫੇਰੇ ਕਰਦੀ ਹੈ।
# context: 5. What defines the Borough Council? › bulleted list, item 5
charnwood-nw-leicestershire-compact--s5--b5-i5 = ਕੌਂਸਲ ਟੈਕਸ ਅਤੇ ਹਾਊਸਿੰਗ ਬੈਨੀਫ਼ਿਟ ਦੇ 20,000 ਦਾਅਵਿਆਂ 'ਤੇ ਕਾਰਵਾਈ ਕਰਦੀ ਹੈ
# context: 5. What defines the Borough Council? › bulleted list, item 6
charnwood-nw-leicestershire-compact--s5--b5-i6 = ਬੈਨੀਫ਼ਿਟ ਧੋਖਾਧੜੀ ਲਈ ਸਾਲ ਵਿੱਚ 300 ਲੋਕਾਂ ਦੀ ਜਾਂਚ ਕਰਦੀ ਹੈ
# context: 5. What defines the Borough Council? › bulleted list, item 7
charnwood-nw-leicestershire-compact--s5--b5-i7 = ਸਾਡੀ ਸੈਲਾਨੀ ਜਾਣਕਾਰੀ ਲਾਈਨ 'ਤੇ 36,000 ਕਾਲਾਂ ਅਤੇ { -council } ਦੀ ਸਰਵਿਸ ਸ਼ਾਪ 'ਤੇ ਜਾਣਕਾਰੀ ਲਈ 78,000 ਬੇਨਤੀਆਂ ਨਿਪਟਾਉਂਦੀ ਹੈ; ਅਤੇ
# context: 5. What defines the Borough Council? › bulleted list, item 8
charnwood-nw-leicestershire-compact--s5--b5-i8 = ਚੋਣਾਂ ਵਾਲੇ ਸਾਲ ਵਿੱਚ, ਇਹ ਯਕੀਨੀ ਬਣਾਉਂਦੀ ਹੈ ਕਿ 63,000 ਤੋਂ ਵੱਧ ਘਰਾਂ ਵਿੱਚ ਰਹਿੰਦੇ 123,000 ਰਜਿਸਟਰਡ ਵੋਟਰਾਂ ਨੂੰ 28 ਬਰੋ ਵਾਰਡਾਂ ਅਤੇ 26 ਪੈਰਿਸ਼ਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਇੱਕ ਲਈ ਪੋਲਿੰਗ ਕਾਰਡ ਮਿਲਣ।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b6 = 2003/4 ਵਿੱਚ { -council } ਦਾ ਆਮ ਖ਼ਰਚਾ £21m ਹੋਣ ਦੀ ਯੋਜਨਾ ਹੈ। ਇਸ ਵਿੱਚੋਂ £5.11m ਕੌਂਸਲ ਟੈਕਸ ਤੋਂ ਪੂਰਾ ਹੁੰਦਾ ਹੈ ਅਤੇ ਬਾਕੀ ਸਰਕਾਰੀ ਗ੍ਰਾਂਟਾਂ ਅਤੇ ਆਮਦਨ ਦੇ ਹੋਰ ਸਰੋਤਾਂ ਤੋਂ ਪੂਰਾ ਹੁੰਦਾ ਹੈ। ਇਸ ਤੋਂ ਇਲਾਵਾ { -council } ਆਪਣੇ ਮਕਾਨਾਂ ਦੀ ਸਾਂਭ-ਸੰਭਾਲ 'ਤੇ ਲਗਭਗ £23m ਖ਼ਰਚ ਕਰੇਗੀ, ਜਿਸ ਵਿੱਚੋਂ £13.3m { -council } ਦੇ ਮਕਾਨਾਂ ਦੇ ਕਿਰਾਏ ਤੋਂ ਅਤੇ ਬਾਕੀ ਸਰਕਾਰੀ ਸਬਸਿਡੀ ਅਤੇ ਮਕਾਨਾਂ ਨਾਲ ਸੰਬੰਧਿਤ ਆਮਦਨ ਦੇ ਹੋਰ ਸਰੋਤਾਂ ਤੋਂ ਪੂਰਾ ਹੁੰਦਾ ਹੈ।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b7 = Charnwood Borough Council ਬਾਰੇ ਹੋਰ ਜਾਣਕਾਰੀ, ਸਾਡੀਆਂ ਸੇਵਾਵਾਂ ਦੀ A ਤੋਂ Z ਤੱਕ ਪੂਰੀ ਸੂਚੀ ਸਮੇਤ, [www.charnwoodbc.gov.uk](http://www.charnwoodbc.gov.uk) 'ਤੇ ਮਿਲ ਸਕਦੀ ਹੈ।

## 6. What defines the District Council?

# context: 6. What defines the District Council? › section heading
charnwood-nw-leicestershire-compact--s6--title = ਡਿਸਟ੍ਰਿਕਟ { -council } ਦੀ ਪਰਿਭਾਸ਼ਾ ਕੀ ਹੈ?
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b1 = North West Leicestershire District Council ਨੇ 1973 ਤੋਂ ਲੈ ਕੇ ਲੰਮਾ ਸਫ਼ਰ ਤੈਅ ਕੀਤਾ ਹੈ, ਜਦੋਂ ਇਹ ਪਹਿਲਾਂ ਦੇ ਸ਼ਹਿਰੀ ਅਤੇ ਪੇਂਡੂ ਜ਼ਿਲ੍ਹਿਆਂ ਦੀ ਥਾਂ ਲੈਣ ਲਈ ਪਹਿਲੀ ਵਾਰ ਚੁਣੀ ਗਈ ਸੀ।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b2 = ਉਸ ਤੋਂ ਬਾਅਦ ਦੇ ਸਾਲਾਂ ਵਿੱਚ ਇਸ ਇਲਾਕੇ ਵਿੱਚ ਵੱਡੀਆਂ ਤਬਦੀਲੀਆਂ ਆਈਆਂ ਹਨ, ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਸਥਾਨਕ ਕੋਲਾ ਖਾਣਾਂ ਦਾ ਬੰਦ ਹੋਣਾ, ਜਿਸ ਕਾਰਨ ਮੁੜ-ਵਿਕਾਸ ਅਤੇ ਨੌਕਰੀਆਂ ਪੈਦਾ ਕਰਨ ਦੇ ਵੱਡੇ ਉਪਰਾਲੇ ਹੋਏ; ਨਵੇਂ ਨੈਸ਼ਨਲ ਫ਼ੋਰੈਸਟ ਦੀ ਨੀਂਹ ਰੱਖੀ ਜਾਣੀ; A.42/M.42 ਰਾਹੀਂ ਬਿਹਤਰ ਸੜਕੀ ਸੰਪਰਕ; ਅਤੇ ਈਸਟ ਮਿਡਲੈਂਡਜ਼ ਏਅਰਪੋਰਟ ਅਤੇ ਉਸ ਦੇ ਆਲੇ-ਦੁਆਲੇ ਦਾ ਇੱਕ ਵੱਡੇ ਯਾਤਰੀ ਅਤੇ ਮਾਲ-ਢੁਆਈ ਟਰਮੀਨਲ ਵਜੋਂ ਵਿਸਤਾਰ ਸ਼ਾਮਲ ਹਨ।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b3 = ਡਿਸਟ੍ਰਿਕਟ { -council } ਕਈ ਤਰ੍ਹਾਂ ਦੀਆਂ ਸਥਾਨਕ ਸੇਵਾਵਾਂ ਸਿੱਧੇ ਤੌਰ 'ਤੇ, ਭਾਈਵਾਲੀ ਵਿੱਚ ਅਤੇ ਹੋਰ ਸੰਸਥਾਵਾਂ ਰਾਹੀਂ ਦਿੰਦੀ ਹੈ। ਇਨ੍ਹਾਂ ਸੇਵਾਵਾਂ ਵਿੱਚ ਪਸ਼ੂ ਭਲਾਈ, ਕਲਾਵਾਂ, ਬੈਨੀਫ਼ਿਟ, ਕਾਰ ਪਾਰਕ, ਚੋਣਾਂ, ਵਾਤਾਵਰਣ ਸਿਹਤ, ਮਕਾਨ, ਮਨੋਰੰਜਨ ਕੇਂਦਰ, ਲਾਇਸੈਂਸ, ਪਲੈਨਿੰਗ ਅਤੇ ਇਮਾਰਤ ਕੰਟਰੋਲ, ਕੂੜਾ ਅਤੇ ਰੀਸਾਈਕਲਿੰਗ, ਸਮਾਜਿਕ ਸ਼ਮੂਲੀਅਤ ਅਤੇ ਸੈਰ-ਸਪਾਟੇ ਨੂੰ ਉਤਸ਼ਾਹ ਦੇਣਾ ਸ਼ਾਮਲ ਹਨ।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b4 = { -council } ਸਿੱਧੇ ਤੌਰ 'ਤੇ 600 ਤੋਂ ਵੱਧ ਲੋਕਾਂ ਨੂੰ ਨੌਕਰੀ ਦਿੰਦੀ ਹੈ ਅਤੇ ਇਸ ਦਾ ਬਜਟ £8.5 ਮਿਲੀਅਨ ਤੋਂ ਵੱਧ ਹੈ। ਇਸ ਦੇ 38 ਕੌਂਸਲਰ ਹਨ ਜੋ 20 ਵਾਰਡਾਂ ਦੀ ਨੁਮਾਇੰਦਗੀ ਕਰਦੇ ਹਨ, ਅਤੇ ਇਹ "ਆਗੂ ਅਤੇ ਕੈਬਨਿਟ" ਮਾਡਲ 'ਤੇ ਕੰਮ ਕਰਦੀ ਹੈ। ਕਾਰਜਕਾਰੀ ਬੋਰਡ ਦਿਸ਼ਾ ਅਤੇ ਅਗਵਾਈ ਦਿੰਦਾ ਹੈ ਅਤੇ ਜ਼ਿਆਦਾਤਰ ਫ਼ੈਸਲਿਆਂ ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਹੈ। ਕਾਰਜਕਾਰੀ ਬੋਰਡ ਦੇ ਵੱਖ-ਵੱਖ ਮੈਂਬਰਾਂ ਕੋਲ ਇਨ੍ਹਾਂ ਵਿਸ਼ਿਆਂ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਹੈ: ਉੱਚ ਗੁਣਵੱਤਾ ਵਾਲੀਆਂ, ਪੈਸੇ ਦਾ ਪੂਰਾ ਮੁੱਲ ਦੇਣ ਵਾਲੀਆਂ ਸਥਾਨਕ ਸੇਵਾਵਾਂ; ਮਜ਼ਬੂਤ, ਸੁਰੱਖਿਅਤ ਭਾਈਚਾਰੇ; ਸਿਹਤਮੰਦ, ਸੰਤੁਸ਼ਟ ਆਬਾਦੀ; ਵਧੇਰੇ ਨਿਆਂਪੂਰਨ ਜ਼ਿਲ੍ਹਾ; ਸਥਾਨਕ ਖ਼ੁਸ਼ਹਾਲੀ ਅਤੇ ਰੁਜ਼ਗਾਰ; ਆਕਰਸ਼ਕ, ਟਿਕਾਊ ਵਾਤਾਵਰਣ; ਅਤੇ ਲੋੜੀਂਦੇ ਚੰਗੇ, ਕਿਫ਼ਾਇਤੀ ਘਰ।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b5 = { -council } ਨੇ ਇਲਾਕੇ ਦੀ ਲੰਮੇ ਸਮੇਂ ਦੀ ਖ਼ੁਸ਼ਹਾਲੀ ਅਤੇ ਭਲਾਈ ਲਈ ਸਾਲ 2010 ਤੱਕ ਜ਼ਿਲ੍ਹੇ ਲਈ ਇੱਕ ਦ੍ਰਿਸ਼ਟੀ (ਵਿਜ਼ਨ) 'ਤੇ ਸਹਿਮਤੀ ਦਿੱਤੀ ਹੈ। ਅਗਲੇ ਤਿੰਨ ਸਾਲਾਂ ਲਈ ਇਸ ਦਾ ਧਿਆਨ "ਸਾਫ਼, ਹਰਾ-ਭਰਾ, ਸੁਰੱਖਿਅਤ ਅਤੇ ਸਿਹਤਮੰਦ" ਹੋਣ 'ਤੇ; ਮਜ਼ਬੂਤ ਭਾਈਚਾਰਿਆਂ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਨ 'ਤੇ ਅਤੇ ਕਸਬਿਆਂ ਦੇ ਕੇਂਦਰਾਂ ਵਿੱਚ ਨਵੀਂ ਜਾਨ ਪਾਉਣ 'ਤੇ ਹੋਵੇਗਾ।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b6 = North West Leicestershire District Council ਬਾਰੇ ਹੋਰ ਜਾਣਕਾਰੀ, ਸਾਡੀਆਂ ਸੇਵਾਵਾਂ ਦੀ A ਤੋਂ Z ਤੱਕ ਪੂਰੀ ਸੂਚੀ ਸਮੇਤ, [www.nwleicestershire.gov.uk](http://www.nwleicestershire.gov.uk) 'ਤੇ ਮਿਲ ਸਕਦੀ ਹੈ।

## 7. What defines the Primary Care Trust?

# context: 7. What defines the Primary Care Trust? › section heading
charnwood-nw-leicestershire-compact--s7--title = { -pct } ਦੀ ਪਰਿਭਾਸ਼ਾ ਕੀ ਹੈ?
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b1 = { -pct } ਸਥਾਨਕ ਭਾਈਚਾਰੇ ਵਿੱਚ ਐਨ.ਐਚ.ਐਸ. ਹੈ। ਸੰਖੇਪ ਵਿੱਚ, PCT ਦਾ ਮਕਸਦ ਸਥਾਨਕ ਲੋਕਾਂ ਨੂੰ ਵਧੇਰੇ ਸਿਹਤਮੰਦ ਬਣਾਉਣਾ ਹੈ, ਅਤੇ ਇਹ ਉਨ੍ਹਾਂ ਨੂੰ ਇਸ ਬਾਰੇ ਵਧੇਰੇ ਚੋਣ ਦੇ ਕੇ ਕੀਤਾ ਜਾਂਦਾ ਹੈ ਕਿ ਉਨ੍ਹਾਂ ਦਾ ਇਲਾਜ ਸਥਾਨਕ ਤੌਰ 'ਤੇ ਕਦੋਂ ਅਤੇ ਕਿੱਥੇ ਹੋਵੇ।
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b2 = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -pct } (PCT) 1 ਅਪ੍ਰੈਲ 2002 ਨੂੰ ਸਥਾਪਿਤ ਕੀਤਾ ਗਿਆ ਸੀ \*\*ਇਸ ਦਾ ਕੰਮ ਇਹ ਯਕੀਨੀ ਬਣਾਉਣਾ ਹੈ ਕਿ PCT ਦੀ ਹੱਦ ਅੰਦਰ ਰਹਿਣ ਵਾਲੇ ਹਰ ਵਿਅਕਤੀ ਦੀ ਅਸਰਦਾਰ ਸਿਹਤ ਸੇਵਾਵਾਂ ਤੱਕ ਪਹੁੰਚ ਹੋਵੇ; ਇਹ ਹੱਦ ਕਾਫ਼ੀ ਹੱਦ ਤੱਕ ਚਾਰਨਵੁੱਡ ਬਰੋ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਡਿਸਟ੍ਰਿਕਟ ਦੀਆਂ ਹੱਦਾਂ ਨਾਲ ਮਿਲਦੀ ਹੈ।
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b3 = ਕਿਉਂਕਿ ਹੱਦਾਂ ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ ਦੀਆਂ ਹੱਦਾਂ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀਆਂ, ਇਸ ਲਈ ਗੁਆਂਢੀ PCTs ਨਾਲ ਕੰਮਕਾਜੀ ਸੰਬੰਧ ਵਿਕਸਿਤ ਕੀਤੇ ਜਾਣਗੇ, ਤਾਂ ਜੋ ਕਾਰਜ-ਯੋਜਨਾਵਾਂ ਸਾਰੇ ਭਾਈਚਾਰਿਆਂ ਦੀਆਂ ਲੋੜਾਂ ਨੂੰ ਢੁਕਵੇਂ ਢੰਗ ਨਾਲ ਦਰਸਾਉਣ। (\*\*ਹੱਦਾਂ ਬਾਰੇ ਨੋਟ ਸਫ਼ਾ 2 'ਤੇ ਦੇਖੋ)
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b4 = PCT ਦੇ ਕੰਮ ਦੇ ਕਈ ਪਹਿਲੂ ਹਨ। ਹੇਠਾਂ ਉਨ੍ਹਾਂ ਗੱਲਾਂ ਦੀਆਂ ਉਦਾਹਰਣਾਂ ਦਿੱਤੀਆਂ ਗਈਆਂ ਹਨ ਜੋ PCT ਦੇ ਹਰ ਕੰਮ ਦੀ ਬੁਨਿਆਦ ਹਨ:
# context: 7. What defines the Primary Care Trust? › bulleted list, item 1
charnwood-nw-leicestershire-compact--s7--b5-i1 = ਆਪਣੀ ਆਬਾਦੀ ਦੀ ਸਿਹਤ ਅਤੇ ਭਲਾਈ ਵਿੱਚ ਸੁਧਾਰ ਕਰਨਾ।
# context: 7. What defines the Primary Care Trust? › bulleted list, item 2
charnwood-nw-leicestershire-compact--s7--b5-i2 = ਮਰੀਜ਼-ਕੇਂਦਰਿਤ ਸੇਵਾਵਾਂ ਵਿਕਸਿਤ ਕਰਨਾ।
# context: 7. What defines the Primary Care Trust? › bulleted list, item 3
charnwood-nw-leicestershire-compact--s7--b5-i3 = PCT ਵੱਲੋਂ ਨੌਕਰੀ 'ਤੇ ਰੱਖੇ ਸਟਾਫ਼ ਰਾਹੀਂ ਕੁਝ ਭਾਈਚਾਰਕ ਸਿਹਤ ਸੇਵਾਵਾਂ ਪ੍ਰਦਾਨ ਕਰਨਾ
# context: 7. What defines the Primary Care Trust? › bulleted list, item 4
charnwood-nw-leicestershire-compact--s7--b5-i4 = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਲਈ ਬਾਕੀ ਸਾਰੀਆਂ ਸਿਹਤ ਸੇਵਾਵਾਂ ਦੀ ਯੋਜਨਾ ਬਣਾਉਣਾ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਖ਼ਰੀਦਣਾ, ਚਾਹੇ ਐਨ.ਐਚ.ਐਸ. ਸੰਸਥਾਵਾਂ ਤੋਂ ਜਾਂ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਨਿੱਜੀ ਖੇਤਰ ਦੀਆਂ ਸੰਸਥਾਵਾਂ ਤੋਂ
# context: 7. What defines the Primary Care Trust? › bulleted list, item 5
charnwood-nw-leicestershire-compact--s7--b5-i5 = ਸਥਾਨਕ ਦੰਦਾਂ ਦੇ ਡਾਕਟਰਾਂ, ਐਨਕਾਂ ਦੇ ਮਾਹਿਰਾਂ (ਔਪਟੀਸ਼ੀਅਨਾਂ), ਫਾਰਮਾਸਿਸਟਾਂ ਅਤੇ ਜਨਰਲ ਪ੍ਰੈਕਟੀਸ਼ਨਰਾਂ ਵੱਲੋਂ ਦਿੱਤੀਆਂ ਜਾਂਦੀਆਂ ਸਿਹਤ ਸੇਵਾਵਾਂ ਵਿੱਚ ਤਾਲਮੇਲ ਕਰਨਾ
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b6 = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -pct } ਬਾਰੇ ਹੋਰ ਜਾਣਕਾਰੀ, ਸਾਡੀਆਂ ਸੇਵਾਵਾਂ ਦੀ A ਤੋਂ Z ਤੱਕ ਪੂਰੀ ਸੂਚੀ ਸਮੇਤ, [www.cnwlpct.co.uk](http://www.cnwlpct.co.uk) 'ਤੇ ਮਿਲ ਸਕਦੀ ਹੈ।

## 8. What type of relationship can the Voluntary and Community Sectors (VCS) have with its partners, which include the Councils and the Primary Care Trust?

# context: 8. What type of relationship can the Voluntary… › section heading
charnwood-nw-leicestershire-compact--s8--title = { -vcs } ({ -vcs-short }) ਦਾ ਆਪਣੇ ਭਾਈਵਾਲਾਂ ਨਾਲ, ਜਿਨ੍ਹਾਂ ਵਿੱਚ { -council(number: "other") } ਅਤੇ { -pct } ਸ਼ਾਮਲ ਹਨ, ਕਿਸ ਤਰ੍ਹਾਂ ਦਾ ਸੰਬੰਧ ਹੋ ਸਕਦਾ ਹੈ?
# context: 8. What type of relationship can the Voluntary… › paragraph 8.1.
charnwood-nw-leicestershire-compact--s8--b1 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਦਾ ਇਸ { -compact } ਦੇ ਭਾਈਵਾਲਾਂ ਨਾਲ ਹੇਠ ਲਿਖੇ ਤਰੀਕਿਆਂ ਨਾਲ ਸਿੱਧਾ ਸੰਬੰਧ ਹੋ ਸਕਦਾ ਹੈ:
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s8--b2-i1 = ਸੇਵਾਵਾਂ ਪ੍ਰਦਾਨ ਕਰਨਾ ਅਤੇ ਫੰਡਿੰਗ ਗ੍ਰਾਂਟਾਂ/ਸੇਵਾ ਪੱਧਰ ਸਮਝੌਤੇ/ ਠੇਕੇ / ਕਮਿਸ਼ਨਿੰਗ ਸਮਝੌਤੇ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s8--b2-i2 = ਯੋਜਨਾਬੰਦੀ ਅਤੇ ਕਮਿਸ਼ਨਿੰਗ ਵਿੱਚ ਸ਼ਮੂਲੀਅਤ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s8--b2-i3 = ਗਰੁੱਪਾਂ, ਸਵੈ-ਸੇਵਕਾਂ ਅਤੇ ਸੇਵਾਵਾਂ ਵਰਤਣ ਵਾਲਿਆਂ ਲਈ ਸ਼ਮੂਲੀਅਤ, ਹਿੱਸੇਦਾਰੀ ਅਤੇ ਸਲਾਹ-ਮਸ਼ਵਰੇ ਦੀਆਂ ਪ੍ਰਣਾਲੀਆਂ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s8--b2-i4 = ਪੈਰਵੀ/ਮੁਹਿੰਮਾਂ - { -council(number: "other") } ਦੇ ਏਜੰਡਿਆਂ, ਨੀਤੀਆਂ ਅਤੇ ਕੰਮ-ਢੰਗਾਂ ਦੇ ਬਣਨ 'ਤੇ ਅਸਰ ਪਾਉਣਾ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s8--b2-i5 = ਭਾਈਵਾਲੀਆਂ/ਫੋਰਮਾਂ/ਕਾਰਜ ਸਮੂਹਾਂ, ਜਿਵੇਂ ਲੋਕਲ ਸਟ੍ਰੈਟਜਿਕ ਪਾਰਟਨਰਸ਼ਿਪਾਂ, ਵਿੱਚ ਯੋਗਦਾਨ ਪਾਉਣਾ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 6
charnwood-nw-leicestershire-compact--s8--b2-i6 = ਸਰਕਾਰੀ ਫੰਡਾਂ ਨਾਲ ਚੱਲਣ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ ਵਿੱਚ ਸਵੈ-ਸੇਵਕ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 7
charnwood-nw-leicestershire-compact--s8--b2-i7 = ਜਿੱਥੇ ਢੁਕਵਾਂ ਹੋਵੇ, ਜਾਂ ਜਿੱਥੇ ਸਵੈ-ਸੇਵੀ ਸੰਸਥਾ ਕੋਈ ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਲਾਜ਼ਮੀ ਸੇਵਾ ਪ੍ਰਦਾਨ ਕਰਦੀ ਹੋਵੇ, ਉੱਥੇ ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਵਿੱਚ ਮਾਹਿਰਾਨਾ ਯੋਗਦਾਨ ਦੇਣਾ
# context: 8. What type of relationship can the Voluntary… › paragraph 8.2.
charnwood-nw-leicestershire-compact--s8--b3 = ਜਿੱਥੇ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪ ਮਹਿਸੂਸ ਕਰਦੇ ਹਨ ਕਿ ਉਨ੍ਹਾਂ ਦਾ ਨਾ ਤਾਂ ਸਥਾਨਕ ਅਥਾਰਟੀ ਨਾਲ ਅਤੇ ਨਾ ਹੀ PCT ਨਾਲ ਕੋਈ ਸੰਬੰਧ ਹੈ, ਅਤੇ ਇਸ ਲਈ ਉਨ੍ਹਾਂ ਨੂੰ { -compact } ਦੀ ਕੋਈ ਸਾਰਥਕਤਾ ਨਜ਼ਰ ਨਹੀਂ ਆਉਂਦੀ, ਉੱਥੇ ਅਸਲ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦਾ ਹੇਠ ਲਿਖੇ ਇੱਕ ਜਾਂ ਵੱਧ ਤਰੀਕਿਆਂ ਨਾਲ ਅਸਿੱਧਾ ਸੰਬੰਧ ਹੋ ਸਕਦਾ ਹੈ:
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s8--b4-i1 = ਕਿਸੇ ਅਜਿਹੀ { -cvs } ਦੇ ਸੰਬੱਧ ਮੈਂਬਰ ਵਜੋਂ ਜਿਸ ਦਾ ਸਥਾਨਕ ਅਥਾਰਟੀ ਜਾਂ PCT ਨਾਲ ਕਮਿਸ਼ਨਿੰਗ ਸਮਝੌਤਾ ਹੈ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s8--b4-i2 = ਸਥਾਨਕ ਅਥਾਰਟੀ ਜਾਂ PCT ਵੱਲੋਂ ਦਿੱਤੇ ਜਾਂਦੇ ਕਿਸੇ ਕਮਿਊਨਿਟੀ ਸੈਂਟਰ ਜਾਂ ਹੋਰ ਸੇਵਾਵਾਂ ਦੇ ਵਰਤੋਂਕਾਰ ਵਜੋਂ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s8--b4-i3 = ਕਿਸੇ ਅਜਿਹੇ ਫੋਰਮ ਦੇ ਮੈਂਬਰ ਵਜੋਂ ਜਿਸ ਨੂੰ ਕਿਸੇ ਖ਼ਾਸ ਭੂਗੋਲਿਕ ਇਲਾਕੇ ਵਿੱਚ, ਜਾਂ ਸਾਂਝੀ ਦਿਲਚਸਪੀ ਜਾਂ ਸਾਂਝੀ ਲੋੜ ਵਾਲੇ ਕਿਸੇ ਭਾਈਚਾਰੇ ਲਈ, ਸੰਚਾਰ ਦੇ ਸਾਧਨ ਵਜੋਂ ਮਾਨਤਾ ਪ੍ਰਾਪਤ ਹੈ।
# context: 8. What type of relationship can the Voluntary… › paragraph
charnwood-nw-leicestershire-compact--s8--b5 = ਇਸ ਤੋਂ ਇਲਾਵਾ, ਕਈ ਮੌਕੇ ਅਜਿਹੇ ਹੋ ਸਕਦੇ ਹਨ ਜਦੋਂ ਕਿਸੇ { -vcs-short } ਗਰੁੱਪ ਨੂੰ ਸਥਾਨਕ ਅਥਾਰਟੀ ਜਾਂ PCT ਨਾਲ ਸੰਬੰਧ ਬਣਾਉਣ ਦੀ ਲੋੜ ਪਵੇ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਕੰਮ-ਢੰਗਾਂ ਬਾਰੇ ਲੋੜੀਂਦੀ ਜਾਣਕਾਰੀ ਦੇ ਅਧਾਰ 'ਤੇ ਅਜਿਹਾ ਕਰਨ ਦੇ ਯੋਗ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।

## 9. The shared principles in the Charnwood and North West Leicestershire Compact

# context: 9. The shared principles in the Charnwood and… › section heading
charnwood-nw-leicestershire-compact--principles--title = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -compact } ਦੇ { -shared-principles }
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.1.
charnwood-nw-leicestershire-compact--principles--b1-i1 = ਸਵੈ-ਸੇਵੀ ਕਾਰਜ ਲੋਕਤੰਤਰੀ ਸਮਾਜ ਦਾ ਇੱਕ ਜ਼ਰੂਰੀ ਅੰਗ ਹੈ।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.2.
charnwood-nw-leicestershire-compact--principles--b1-i2 = ਇੱਕ ਸੁਤੰਤਰ ਅਤੇ ਵੰਨ-ਸੁਵੰਨਾ { -vcs } ਸਮਾਜ ਦੀ ਭਲਾਈ ਦੀ ਬੁਨਿਆਦ ਹੈ।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.3.
charnwood-nw-leicestershire-compact--principles--b1-i3 = ਜਨਤਕ ਨੀਤੀ ਅਤੇ ਸੇਵਾਵਾਂ ਦੇ ਵਿਕਾਸ ਅਤੇ ਪ੍ਰਦਾਨ ਕਰਨ ਵਿੱਚ PCT, ਬਰੋ { -council }, ਡਿਸਟ੍ਰਿਕਟ { -council } ਅਤੇ { -vcs } ਦੀਆਂ ਭੂਮਿਕਾਵਾਂ ਵੱਖਰੀਆਂ ਪਰ ਇੱਕ-ਦੂਜੇ ਦੀਆਂ ਪੂਰਕ ਹਨ।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.4.
charnwood-nw-leicestershire-compact--principles--b1-i4 = ਸਾਂਝੇ ਟੀਚਿਆਂ ਅਤੇ ਉਦੇਸ਼ਾਂ ਵੱਲ ਭਾਈਵਾਲੀ ਵਿੱਚ ਕੰਮ ਕਰਨ ਵਿੱਚ ਵਾਧੂ ਮੁੱਲ ਹੈ। ਸਹੀ ਸ਼ਮੂਲੀਅਤ ਅਤੇ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਸੰਬੰਧ ਬਣਾਉਂਦਾ ਹੈ, ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਨੂੰ ਸੁਧਾਰਦਾ ਹੈ ਅਤੇ ਸੇਵਾਵਾਂ ਤੇ ਪ੍ਰੋਗਰਾਮਾਂ ਦੀ ਰੂਪ-ਰੇਖਾ ਅਤੇ ਪ੍ਰਦਾਨਗੀ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਂਦਾ ਹੈ।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.5.
charnwood-nw-leicestershire-compact--principles--b1-i5 = PCT, ਬਰੋ { -council }, ਡਿਸਟ੍ਰਿਕਟ { -council } ਅਤੇ { -vcs } ਦੀ ਜਵਾਬਦੇਹੀ ਦੇ ਰੂਪ ਵੱਖਰੇ ਹਨ ਅਤੇ ਉਹ ਵੱਖ-ਵੱਖ ਹਿੱਸੇਦਾਰਾਂ ਨੂੰ ਜਵਾਬਦੇਹ ਹਨ। ਪਰ ਸਾਰਿਆਂ ਲਈ ਇਮਾਨਦਾਰੀ, ਨਿਰਪੱਖਤਾ, ਜਵਾਬਦੇਹੀ, ਖੁੱਲ੍ਹਾਪਣ, ਸੱਚਾਈ ਅਤੇ ਅਗਵਾਈ ਦੀ ਲੋੜ ਸਾਂਝੀ ਹੈ।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.6.
charnwood-nw-leicestershire-compact--principles--b1-i6 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਆਪਣੇ ਟੀਚੇ ਅੱਗੇ ਵਧਾਉਣ ਲਈ ਕਾਨੂੰਨ ਦੇ ਦਾਇਰੇ ਵਿੱਚ ਮੁਹਿੰਮ ਚਲਾਉਣ ਦਾ ਹੱਕ ਹੈ।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.7.
charnwood-nw-leicestershire-compact--principles--b1-i7 = PCT, ਬਰੋ { -council } ਅਤੇ ਡਿਸਟ੍ਰਿਕਟ { -council } ਹੋਰ ਗੱਲਾਂ ਦੇ ਨਾਲ-ਨਾਲ ਕੁਝ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਫੰਡ ਦੇਣ ਵਾਲਿਆਂ ਵਜੋਂ ਅਹਿਮ ਭੂਮਿਕਾ ਨਿਭਾਉਂਦੀਆਂ ਹਨ। ਕੁਝ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਸਿਹਤ ਅਤੇ ਸਮਾਜਿਕ ਦੇਖਭਾਲ ਲਈ ਕਾਫ਼ੀ ਫੰਡ ਇਕੱਠੇ ਕਰਦੀਆਂ ਹਨ। ਫੰਡਿੰਗ ਐਨ.ਐਚ.ਐਸ. ਅਤੇ { -vcs } ਵਿਚਕਾਰ ਸੰਬੰਧ ਦਾ ਇੱਕ ਮਹੱਤਵਪੂਰਨ ਅੰਗ ਹੋ ਸਕਦੀ ਹੈ।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.8.
charnwood-nw-leicestershire-compact--principles--b1-i8 = PCT, ਬਰੋ { -council }, ਡਿਸਟ੍ਰਿਕਟ { -council } ਅਤੇ { -vcs } ਨਸਲ, ਉਮਰ, ਅਪੰਗਤਾ, ਲਿੰਗ, ਜਿਨਸੀ ਰੁਝਾਨ ਜਾਂ ਧਰਮ ਦੀ ਪਰਵਾਹ ਕੀਤੇ ਬਿਨਾਂ ਸਾਰੇ ਲੋਕਾਂ ਲਈ ਮੌਕਿਆਂ ਦੀ ਬਰਾਬਰੀ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਨ ਦੀ ਮਹੱਤਤਾ ਨੂੰ ਸਵੀਕਾਰ ਕਰਦੇ ਹਨ।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.9.
charnwood-nw-leicestershire-compact--principles--b1-i9 = ਇਹ { -compact } ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਲਾਗੂ ਕਮਿਊਨਿਟੀ ਸਟ੍ਰੈਟਜੀਆਂ ਅਤੇ ਲੋਕਲ ਸਟ੍ਰੈਟਜਿਕ ਪਾਰਟਨਰਸ਼ਿਪਾਂ ਦੇ ਇਰਾਦਿਆਂ ਦਾ ਸਿੱਧਾ ਸਮਰਥਨ ਕਰਦਾ ਹੈ।

## 10. Undertakings by partners of the Charnwood and North West Leicestershire Compact

# context: 10. Undertakings by partners of the Charnwood… › section heading
charnwood-nw-leicestershire-compact--undertakings--title = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -compact } ਦੇ ਭਾਈਵਾਲਾਂ ਦੀਆਂ { -undertakings }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `councils`
charnwood-nw-leicestershire-compact--undertakings--b1-party-councils = { -council(number: "other") }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `pct`
charnwood-nw-leicestershire-compact--undertakings--b1-party-pct = { -pct }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `vcs`
charnwood-nw-leicestershire-compact--undertakings--b1-party-vcs = { -vcs } ({ -vcs-short })
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-title = ਸਾਡੀਆਂ ਇੱਕ-ਦੂਜੇ ਦੀਆਂ ਪੂਰਕ ਭੂਮਿਕਾਵਾਂ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct and vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c1-i1 = ਮਿਲ ਕੇ ਕੰਮ ਕਰਨ ਦੀ ਕਦਰ ਨੂੰ, ਅਤੇ ਸਥਾਨਕ ਅਥਾਰਟੀਆਂ, { -pct } ਅਤੇ { -vcs-short } ਵੱਲੋਂ ਇਸ ਸੰਬੰਧ ਵਿੱਚ ਲਿਆਂਦੀਆਂ ਵੱਖ-ਵੱਖ ਖੂਬੀਆਂ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i1 = { -vcs } ਦੀ ਸੁਤੰਤਰਤਾ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ ਅਤੇ ਉਸ ਦਾ ਸਮਰਥਨ ਕਰਨਾ, ਜਿਸ ਵਿੱਚ ਕਾਨੂੰਨ ਦੇ ਦਾਇਰੇ ਵਿੱਚ ਇਸ ਦਾ ਇਹ ਹੱਕ ਸ਼ਾਮਲ ਹੈ ਕਿ ਇਹ, ਕੋਈ ਵੀ ਫੰਡਿੰਗ ਸੰਬੰਧ ਮੌਜੂਦ ਹੋਣ ਦੇ ਬਾਵਜੂਦ, ਮੁਹਿੰਮ ਚਲਾ ਸਕੇ, ਪੈਰਵੀ ਕਰ ਸਕੇ, ਐਨ.ਐਚ.ਐਸ. / ਸਥਾਨਕ ਅਥਾਰਟੀ ਦੀ ਨੀਤੀ ਅਤੇ ਕੰਮਕਾਜ ਬਾਰੇ ਟਿੱਪਣੀ ਕਰ ਸਕੇ, ਨੀਤੀ ਅਤੇ ਕੰਮਕਾਜ ਨੂੰ ਚੁਣੌਤੀ ਦੇ ਸਕੇ, ਅਤੇ ਆਪਣੇ ਮਾਮਲੇ ਖ਼ੁਦ ਤੈਅ ਕਰ ਸਕੇ ਅਤੇ ਚਲਾ ਸਕੇ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i2 = ਭਾਈਚਾਰੇ ਲਈ ਜਾਣਕਾਰੀ ਅਤੇ ਸੇਵਾਵਾਂ ਨੂੰ ਵਧੇਰੇ ਪਹੁੰਚਯੋਗ ਬਣਾਉਣ ਲਈ { -vcs-short } ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i3 = { -vcs-short } ਨੂੰ ਆਪਣਾ ਸਾਧਨ-ਅਧਾਰ ਵਿਕਸਿਤ ਕਰਨ ਵਿੱਚ ਸਹਾਇਤਾ ਦੇਣਾ, ਤਾਂ ਜੋ ਉਹ ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਅਤੇ ਭਾਈਵਾਲੀ ਦੀਆਂ ਸਰਗਰਮੀਆਂ ਵਿੱਚ ਅਸਰਦਾਰ ਢੰਗ ਨਾਲ ਹਿੱਸਾ ਲੈ ਸਕੇ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i4 = ਸਾਂਝੇ ਉਦੇਸ਼ਾਂ ਨੂੰ ਪੂਰਾ ਕਰਨ ਵਾਲੇ ਬਾਹਰੀ ਸਾਧਨ ਹਾਸਲ ਕਰਨ ਦੀ { -vcs-short } ਦੀ ਯੋਗਤਾ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ ਅਤੇ ਉਸ ਦਾ ਸਮਰਥਨ ਕਰਨਾ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i5 = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ ਲੋਕਾਂ ਦੇ ਜੀਵਨ ਦੀ ਗੁਣਵੱਤਾ ਸੁਧਾਰਨ ਲਈ ਇੱਕ ਰਣਨੀਤਕ ਢਾਂਚਾ ਦੇਣਾ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c3-i1 = ਇਹ ਸਵੀਕਾਰ ਕਰਨਾ ਕਿ ਸਥਾਨਕ ਅਥਾਰਟੀ ਅਤੇ { -pct } ਸਾਧਨ, ਢਾਂਚੇ, ਜਵਾਬਦੇਹੀ, ਜਾਣਕਾਰੀ ਅਤੇ ਮੁਹਾਰਤ ਤੱਕ ਪਹੁੰਚ, ਅਤੇ ਸਹਾਇਤਾ ਦੇ ਕੇ { -vcs-short } ਦੇ ਕੰਮ ਦੀ ਪੂਰਤੀ ਕਰਦੇ ਹਨ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c3-i2 = ਬੁਨਿਆਦੀ ਢਾਂਚਾ ਸੰਸਥਾਵਾਂ ਰਾਹੀਂ ਸਥਾਨਕ ਗਰੁੱਪਾਂ, ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਅਤੇ ਭਾਈਵਾਲੀ ਵਿੱਚ ਕੰਮ ਦਾ ਸਮਰਥਨ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-title = ਮਾਨਤਾ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i1 = ਵਿਅਕਤੀਆਂ ਅਤੇ ਭਾਈਚਾਰਿਆਂ ਦੀਆਂ ਵੰਨ-ਸੁਵੰਨੀਆਂ ਲੋੜਾਂ ਦੀ ਪਛਾਣ ਕਰਨ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਸਪਸ਼ਟ ਰੂਪ ਵਿੱਚ ਬਿਆਨ ਕਰਨ ਦੀ { -vcs-short } ਦੀ ਯੋਗਤਾ ਨੂੰ, ਅਤੇ ਲੋਕਾਂ ਨੂੰ ਭਾਈਚਾਰਕ ਜੀਵਨ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਲਈ ਉਤਸ਼ਾਹਿਤ ਕਰਨ ਵਿੱਚ ਇਸ ਦੀ ਅਹਿਮੀਅਤ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i2 = ਭਾਈਚਾਰੇ ਨੂੰ ਦਿੱਤੀਆਂ ਜਾਂਦੀਆਂ ਸੇਵਾਵਾਂ ਦੀ ਗੁਣਵੱਤਾ ਵਿੱਚ ਸਵੈ-ਸੇਵਕਾਂ ਵੱਲੋਂ ਪਾਏ ਜਾਂਦੇ ਵਾਧੂ ਮੁੱਲ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i3 = { -vcs } ਵਿਚਲੇ ਉਸ ਵਿਸ਼ਾਲ ਗਿਆਨ ਅਤੇ ਵਿਚਾਰਾਂ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ ਜੋ ਵਿਅਕਤੀਆਂ ਅਤੇ ਭਾਈਚਾਰਿਆਂ ਨਾਲ ਕੰਮ ਕਰਕੇ ਸਿੱਧੇ ਤੌਰ 'ਤੇ ਹਾਸਲ ਕੀਤੇ ਗਏ ਹਨ, ਅਤੇ ਨੀਤੀ, ਰਣਨੀਤੀ ਅਤੇ ਸੇਵਾ ਪ੍ਰਦਾਨਗੀ ਤਿਆਰ ਕਰਦੇ ਸਮੇਂ ਇਸ ਸਾਧਨ ਦੀ ਕਦਰ ਕਰਨਾ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i4 = ਸਥਾਨਕ ਸੇਵਾਵਾਂ ਦੇ ਵਿਕਾਸ ਵਿੱਚ ਹਰੇਕ ਭਾਈਵਾਲ ਸੰਸਥਾ ਦੀਆਂ ਵੱਖਰੀਆਂ ਜ਼ਿੰਮੇਵਾਰੀਆਂ ਅਤੇ ਭੂਮਿਕਾਵਾਂ ਨੂੰ ਸਵੀਕਾਰ ਕਰਨਾ। ਇਨ੍ਹਾਂ ਵੱਖ-ਵੱਖ ਨਜ਼ਰੀਆਂ ਨੂੰ ਬਰਾਬਰ ਮਹੱਤਵ ਦੇਣਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c2-i1 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਸ਼ਾਮਲ ਕਰਨ, ਉਨ੍ਹਾਂ ਨਾਲ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਕਰਨ, ਉਨ੍ਹਾਂ ਨੂੰ ਸਾਧਨ ਦੇਣ ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਸਹਾਇਤਾ ਕਰਨ ਲਈ ਸਥਾਨਕ ਅਥਾਰਟੀ ਵੱਲੋਂ ਕੀਤੀਆਂ ਵਚਨਬੱਧਤਾਵਾਂ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c2-i2 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਸ਼ਾਮਲ ਕਰਨ, ਉਨ੍ਹਾਂ ਨਾਲ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਕਰਨ, ਉਨ੍ਹਾਂ ਨੂੰ ਸਾਧਨ ਦੇਣ ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਸਹਾਇਤਾ ਕਰਨ ਲਈ PCT ਵੱਲੋਂ ਕੀਤੀਆਂ ਵਚਨਬੱਧਤਾਵਾਂ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-title = ਫੰਡਿੰਗ ਅਤੇ ਜਵਾਬਦੇਹੀ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i1 = { -vcs } ਨਾਲ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਕਰਕੇ, ਚੰਗੀ ਫੰਡਿੰਗ ਦੇ ਸਿਧਾਂਤਾਂ ਬਾਰੇ ਚੰਗੇ ਅਭਿਆਸ ਦਾ ਇੱਕ ਕੋਡ ਤਿਆਰ ਕਰਨਾ, ਜੋ ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਸਥਾਨਕ ਅਥਾਰਟੀਆਂ ਅਤੇ PCT ਦਾ ਮਾਰਗਦਰਸ਼ਨ ਕਰੇ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i2 = ਫੰਡਿੰਗ ਦੇ ਅਜਿਹੇ ਉਪਾਅ ਵਿਕਸਿਤ ਕਰਨਾ ਜੋ ਇਹ ਯਕੀਨੀ ਬਣਾਉਣ ਕਿ ਸਾਧਨ ਸਹਿਮਤ ਤਰਜੀਹਾਂ ਨੂੰ ਪੂਰਾ ਕਰਨ ਅਤੇ ਲਗਾਤਾਰ ਸੁਧਾਰ ਹੁੰਦਾ ਰਹੇ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i3 = ਜਨਤਕ ਪੈਸੇ ਦੀ ਸਭ ਤੋਂ ਅਸਰਦਾਰ ਅਤੇ ਕੁਸ਼ਲ ਵਰਤੋਂ ਯਕੀਨੀ ਬਣਾਉਣ ਲਈ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਫੰਡ ਦੇਣ ਦੇ ਤਾਲਮੇਲ ਵਾਲੇ ਢੰਗ ਵਿਕਸਿਤ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i4 = ਫੰਡਿੰਗ ਵਿੱਚ ਖੁੱਲ੍ਹਾਪਣ ਯਕੀਨੀ ਬਣਾਉਣ ਲਈ ਇੱਕ ਢਾਂਚਾ ਦੇਣਾ, ਅਤੇ ਫੰਡਿੰਗ ਦੀ ਰਕਮ ਅਤੇ ਮਕਸਦ ਦੇ ਅਨੁਪਾਤ ਵਿੱਚ ਨਿਗਰਾਨੀ ਅਤੇ ਜਵਾਬਦੇਹੀ ਪ੍ਰਣਾਲੀਆਂ ਲਾਗੂ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i5 = { -vcs } ਅਤੇ ਸਵੈ-ਸੇਵਾ ਲਈ ਬੁਨਿਆਦੀ ਢਾਂਚੇ ਦੀ ਮਹੱਤਤਾ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ ਅਤੇ, ਜਿੱਥੇ ਢੁਕਵਾਂ ਹੋਵੇ, ਕਾਊਂਟੀ, ਡਿਸਟ੍ਰਿਕਟ ਅਤੇ ਹੋਰ ਢੁਕਵੇਂ ਪੱਧਰਾਂ 'ਤੇ ਇਸ ਦੇ ਵਿਕਾਸ ਦਾ ਸਮਰਥਨ ਕਰਨਾ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i1 = ਸੇਵਾਵਾਂ ਵਰਤਣ ਵਾਲਿਆਂ ਦੇ ਲਾਭ ਲਈ ਫੰਡਾਂ ਦੀ ਸਭ ਤੋਂ ਅਸਰਦਾਰ ਅਤੇ ਕੁਸ਼ਲ ਵਰਤੋਂ ਯਕੀਨੀ ਬਣਾਉਣਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i2 = ਕਾਨੂੰਨੀ ਮਾਮਲਿਆਂ ਦੇ ਸੰਬੰਧ ਵਿੱਚ, ਫੰਡ ਦੇਣ ਵਾਲੇ ਅਤੇ ਸੇਵਾਵਾਂ ਵਰਤਣ ਵਾਲਿਆਂ ਪ੍ਰਤੀ ਜਵਾਬਦੇਹੀ ਦਿਖਾਉਣਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i3 = ਕਾਨੂੰਨ ਦੀ ਅਤੇ, ਜਿੱਥੇ ਲੋੜ ਹੋਵੇ, Charity Commission ਦੇ ਢੁਕਵੇਂ ਮਾਰਗਦਰਸ਼ਨ ਦੀ ਪਾਲਣਾ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 4
charnwood-nw-leicestershire-compact--undertakings--b1-t4-title = ਨੀਤੀ ਦਾ ਵਿਕਾਸ ਅਤੇ ਸਲਾਹ-ਮਸ਼ਵਰਾ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i1 = ਨੀਤੀਆਂ ਅਤੇ ਸੇਵਾਵਾਂ ਦੀ ਯੋਜਨਾਬੰਦੀ ਅਤੇ ਵਿਕਾਸ ਵਿੱਚ { -vcs-short } ਨੂੰ ਸਮੇਂ ਸਿਰ ਅਤੇ ਕੁਸ਼ਲ ਢੰਗਾਂ ਨਾਲ, ਸਰਗਰਮੀ ਨਾਲ ਅਤੇ ਲਗਾਤਾਰ ਸ਼ਾਮਲ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i2 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨਾ, ਤਾਂ ਜੋ ਉਹ ਅਣਗੌਲੇ ਗਰੁੱਪਾਂ ਨਾਲ ਵਧੇਰੇ ਅਸਰਦਾਰ ਢੰਗ ਨਾਲ ਜੁੜ ਸਕਣ ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਹਿਤਾਂ ਦੀ ਨੁਮਾਇੰਦਗੀ ਕਰ ਸਕਣ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i3 = { -vcs } ਨਾਲ ਮਿਲ ਕੇ ਸਲਾਹ-ਮਸ਼ਵਰੇ, ਨੀਤੀ ਮੁਲਾਂਕਣ ਅਤੇ ਲਾਗੂ ਕਰਨ ਬਾਰੇ ਚੰਗੇ ਅਭਿਆਸ ਦਾ ਇੱਕ ਕੋਡ ਤਿਆਰ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c2-i1 = ਅਸਰਦਾਰ ਸ਼ਮੂਲੀਅਤ ਅਤੇ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਯਕੀਨੀ ਬਣਾਉਣ ਲਈ ਸਥਾਨਕ ਅਥਾਰਟੀਆਂ ਅਤੇ PCT ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c2-i2 = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ ਭਾਈਚਾਰਿਆਂ ਨੂੰ ਆਵਾਜ਼ ਦੇਣਾ, ਤਾਂ ਜੋ ਉਹ ਸੇਵਾਵਾਂ ਦੇ ਪ੍ਰਬੰਧ ਅਤੇ ਪ੍ਰਦਾਨਗੀ ਬਾਰੇ ਨੀਤੀ 'ਤੇ ਅਸਰ ਪਾ ਸਕਣ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 5
charnwood-nw-leicestershire-compact--undertakings--b1-t5-title = ਚੰਗਾ ਅਭਿਆਸ ਅਤੇ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨਾ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct and vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c1-i1 = ਇਸ { -compact } ਦੀ ਪੂਰਤੀ ਲਈ ਬਣਾਏ ਗਏ ਅਭਿਆਸ ਕੋਡਾਂ ਨੂੰ ਧਿਆਨ ਵਿੱਚ ਰੱਖਣਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct and vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c1-i2 = { -vcs } ਨਾਲ ਮਿਲ ਕੇ ਹਰ ਸਾਲ { -compact } ਅਤੇ ਇਸ ਨਾਲ ਸੰਬੰਧਿਤ ਅਭਿਆਸ ਕੋਡਾਂ ਦੇ ਕੰਮਕਾਜ ਦੀ ਸਾਂਝੀ ਸਮੀਖਿਆ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i1 = ਸਥਾਨਕ ਅਥਾਰਟੀ ਅਤੇ PCT ਮਿਲ ਕੇ ਬਿਹਤਰ ਕੰਮ ਕਿਵੇਂ ਕਰ ਸਕਦੇ ਹਨ, ਇਸ ਬਾਰੇ { -vcs-short } ਨਾਲ ਗੱਲਬਾਤ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i2 = ਇਸ ਗੱਲਬਾਤ ਰਾਹੀਂ { -vcs-short } ਵੱਲੋਂ ਉਠਾਏ ਗਏ ਮੁੱਦਿਆਂ ਦਾ ਢੁਕਵਾਂ ਜਵਾਬ ਦੇਣਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i3 = { -vcs-short } ਨਾਲ ਮਿਲ ਕੇ ਫੰਡਿੰਗ, ਸਲਾਹ-ਮਸ਼ਵਰੇ, ਕਾਲੇ ਅਤੇ ਘੱਟ-ਗਿਣਤੀ ਨਸਲੀ ਅਤੇ ਹੋਰ ਅਣਗੌਲੇ ਗਰੁੱਪਾਂ, ਸਵੈ-ਸੇਵਾ ਅਤੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪਾਂ ਬਾਰੇ ਸਥਾਨਕ ਅਭਿਆਸ ਕੋਡ ਵਿਕਸਿਤ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i4 = ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਸਥਾਨਕ ਅਥਾਰਟੀ / ਐਨ.ਐਚ.ਐਸ. ਅਤੇ { -vcs } ਵਿਚਕਾਰ ਅਸਰਦਾਰ ਕੰਮਕਾਜੀ ਸੰਬੰਧਾਂ, ਇੱਕਸਾਰ ਪਹੁੰਚ ਅਤੇ ਚੰਗੇ ਅਭਿਆਸ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਨਾ, ਖ਼ਾਸ ਕਰਕੇ ਉੱਥੇ ਜਿੱਥੇ ਮਾਮਲੇ ਕਈ ਵਿਭਾਗਾਂ ਅਤੇ ਕਈ ਏਜੰਸੀਆਂ ਨਾਲ ਜੁੜੇ ਹੋਣ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i5 = ਖੁੱਲ੍ਹੀ ਸਰਕਾਰ ਅਤੇ ਚੰਗੇ ਨਿਯਮਨ ਦੇ ਸਿਧਾਂਤਾਂ ਦੀ ਪਾਲਣਾ ਕਰਨਾ, ਅਤੇ ਇਹ ਯਕੀਨੀ ਬਣਾਉਣਾ ਕਿ ਜਿੱਥੇ ਵੀ ਸੰਭਵ ਹੋਵੇ, ਫ਼ੈਸਲੇ ਅਤੇ ਸਿੱਟੇ ਜਨਤਕ ਕੀਤੇ ਜਾਣ ਅਤੇ ਸਮਝਾਏ ਜਾਣ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 6
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i6 = ਇਸ { -compact } ਵਿੱਚ ਸ਼ਾਮਲ ਸਿਧਾਂਤਾਂ ਨੂੰ ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਦੀਆਂ ਹੋਰ ਜਨਤਕ ਸੰਸਥਾਵਾਂ ਵਿੱਚ ਉਤਸ਼ਾਹਿਤ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i1 = { -council }, { -vcs-short } ਅਤੇ PCT ਨਾਲ, ਅਤੇ ਖ਼ਾਸ ਕਰਕੇ ਕਾਊਂਟੀ ਦੀਆਂ ਹਾਸ਼ੀਏ 'ਤੇ ਧੱਕੀਆਂ ਗਈਆਂ ਕਾਲੇ ਅਤੇ ਘੱਟ-ਗਿਣਤੀ ਨਸਲੀ ਭਾਈਚਾਰਿਆਂ ਦੀਆਂ ਸੰਸਥਾਵਾਂ ਨਾਲ ਲਾਹੇਵੰਦ ਕੰਮਕਾਜੀ ਸੰਬੰਧ ਵਿਕਸਿਤ ਕਰਨਾ ਅਤੇ ਉਤਸ਼ਾਹਿਤ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i2 = ਸਰਗਰਮੀਆਂ ਅਤੇ ਸੇਵਾਵਾਂ ਦੇ ਵਿਕਾਸ ਅਤੇ ਪ੍ਰਬੰਧ ਵਿੱਚ ਸੇਵਾਵਾਂ ਵਰਤਣ ਵਾਲਿਆਂ ਨੂੰ ਸ਼ਾਮਲ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i3 = { -council }, PCT ਅਤੇ ਹੋਰ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨਾਲ ਹਰ ਤਰ੍ਹਾਂ ਦੇ ਲੈਣ-ਦੇਣ ਵਿੱਚ ਖੁੱਲ੍ਹੇ ਅਤੇ ਪਾਰਦਰਸ਼ੀ ਰਹਿਣਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i4 = { -compact } ਭਾਈਵਾਲਾਂ ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕਰਦੇ ਸਮੇਂ ਸ਼ਮੂਲੀਅਤ ਲਈ { -vcs-short } ਦੀ ਸਮਰੱਥਾ ਦਾ ਸਪਸ਼ਟ ਅੰਦਾਜ਼ਾ ਦੇਣਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 6
charnwood-nw-leicestershire-compact--undertakings--b1-t6-title = ਅਸੀਂ { -compact } ਪ੍ਰਤੀ ਵਚਨਬੱਧਤਾ ਕਿਵੇਂ ਦਿਖਾਉਂਦੇ ਹਾਂ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c1-i1 = ਪੂਰੀ ਸਥਾਨਕ ਅਥਾਰਟੀ ਅਤੇ PCT ਵਿੱਚ { -compact } ਵਿਚਲੀਆਂ ਵਚਨਬੱਧਤਾਵਾਂ ਦੀ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਅਮਲ ਵਿੱਚ ਕਿਵੇਂ ਲਿਆਉਣਾ ਹੈ ਇਸ ਦੀ, ਸਮਝ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c2-i1 = ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਕੰਮ ਕਰ ਰਹੀਆਂ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਵਿੱਚ { -compact } ਨੂੰ ਅਪਣਾਉਣ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਨਾ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c2-i2 = ਕਾਰਵਾਈਆਂ ਨੂੰ ਲਾਗੂ ਕਰਨ ਅਤੇ { -compact } ਦੀਆਂ ਯੋਜਨਾ-ਸਮੀਖਿਆਵਾਂ ਵਿੱਚ ਹਿੱਸਾ ਲੈਣ ਦਾ ਸਮਰਥਨ ਕਰਨਾ, ਅਤੇ ਜਿੱਥੇ ਸੰਭਵ ਹੋਵੇ, ਇਸ ਲਈ ਸਮਾਂ ਅਤੇ ਸਾਧਨ ਲਗਾਉਣਾ

## 11.

# context: 11. › bulleted list, item 1
charnwood-nw-leicestershire-compact--s11--b1-i1 = { -compact } ਦੀ ਵਿਆਪਕ ਮਾਨਤਾ, ਸਮਝ, ਵਰਤੋਂ ਅਤੇ ਵਿਕਾਸ ਯਕੀਨੀ ਬਣਾਉਣ ਲਈ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨਾ
# context: 11. › bulleted list, item 2
charnwood-nw-leicestershire-compact--s11--b1-i2 = ਨਿਗਰਾਨੀ ਅਤੇ ਮੁਲਾਂਕਣ ਦੀਆਂ ਪ੍ਰਣਾਲੀਆਂ ਵਿਕਸਿਤ ਕਰਨਾ ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਪਾਲਣਾ ਕਰਨਾ, ਤਾਂ ਜੋ ਇਹ ਯਕੀਨੀ ਬਣੇ ਕਿ { -compact } ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਸਾਂਝੇ ਕੰਮ 'ਤੇ ਠੋਸ ਅਤੇ ਸਕਾਰਾਤਮਕ ਅਸਰ ਪਾਉਂਦਾ ਹੈ
# context: 11. › bulleted list, item 3
charnwood-nw-leicestershire-compact--s11--b1-i3 = ਅਜਿਹੀਆਂ ਸਰਗਰਮੀਆਂ ਵਿਕਸਿਤ ਕਰਨਾ ਅਤੇ ਚਲਾਉਣਾ ਜੋ ਖੇਤਰਾਂ ਅੰਦਰ ਬਿਹਤਰ ਸਮਝ ਅਤੇ ਸਹਿਯੋਗ ਵਿੱਚ, ਅਤੇ ਸਭ ਤੋਂ ਵਧੀਆ ਅਭਿਆਸ ਨੂੰ ਸਾਂਝਾ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰਨ ਅਤੇ ਇਸ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਨ।

## Other formats and languages

# context: Other formats and languages › section heading
charnwood-nw-leicestershire-compact--alternative-formats--title = ਹੋਰ ਫਾਰਮੈਟ ਅਤੇ ਭਾਸ਼ਾਵਾਂ
# context: Other formats and languages › how to ask for other formats
charnwood-nw-leicestershire-compact--alternative-formats--b1-text = ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਕਿਤਾਬਚੇ ਦੀ ਜਾਣਕਾਰੀ ਕਿਸੇ ਹੋਰ ਰੂਪ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ, ਜਿਵੇਂ ਵੱਡੇ ਅੱਖਰ, ਬ੍ਰੇਲ ਜਾਂ ਕੋਈ ਹੋਰ ਭਾਸ਼ਾ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ:
# context: Other formats and languages › other-formats contact, label
charnwood-nw-leicestershire-compact--alternative-formats--b1-contact-label = ਇਸ ਪਤੇ 'ਤੇ ਲਿਖੋ:
# context: Other formats and languages › other-formats contact, the contact's role
charnwood-nw-leicestershire-compact--alternative-formats--b1-contact-role = ਮੁੱਖ ਕਾਰਜਕਾਰੀ ਅਧਿਕਾਰੀ (Chief Executive)

## Appendix 1

# context: Appendix 1 › section heading
charnwood-nw-leicestershire-compact--appendix-1--title = ਅੰਤਿਕਾ 1

## 1. Boundary issues

# context: 1. Boundary issues › section heading
charnwood-nw-leicestershire-compact--appendix-1--s1--title = ਹੱਦਾਂ ਸੰਬੰਧੀ ਮਸਲੇ
# context: 1. Boundary issues › paragraph
charnwood-nw-leicestershire-compact--appendix-1--s1--b1 = (\* ਨੋਟ: ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ ਦੀਆਂ ਹੱਦਾਂ ਇੱਕੋ ਜਿਹੀਆਂ ਨਹੀਂ ਹਨ। ਸਾਇਸਟਨ Charnwood Borough Council ਦੀ ਹੱਦ ਅੰਦਰ ਆਉਂਦਾ ਹੈ ਪਰ Melton, Rutland and Harborough PCT ਦਾ ਹਿੱਸਾ ਹੈ। ਮਾਰਕਫ਼ੀਲਡ Charnwood & North West Leicestershire PCT ਦੇ ਇਲਾਕੇ ਦਾ ਹਿੱਸਾ ਹੈ ਪਰ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਦੀ ਡਿਸਟ੍ਰਿਕਟ { -council } ਦੀ ਹੱਦ ਅੰਦਰ ਨਹੀਂ ਆਉਂਦਾ। ਇਸ { -compact } ਦੇ ਮਕਸਦ ਲਈ, ਭਾਈਵਾਲ ਸੰਸਥਾਵਾਂ ਨੇ ਸਹਿਮਤੀ ਦਿੱਤੀ ਹੈ ਕਿ ਦੋਵੇਂ ਇਲਾਕੇ ਸਮਝੌਤੇ ਵਿੱਚ ਸ਼ਾਮਲ ਕੀਤੇ ਜਾਣ। ਪੂਰਨਤਾ ਯਕੀਨੀ ਬਣਾਉਣ ਲਈ, ਹਾਰਬਰੋ { -compact } ਅਤੇ ਹਿੰਕਲੀ ਅਤੇ ਬੌਸਵਰਥ { -compact } ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਗੁਆਂਢੀ ਸੰਸਥਾਵਾਂ ਨੂੰ ਵੀ ਅਜਿਹੇ ਕਦਮ ਚੁੱਕਣੇ ਪੈਣਗੇ।

## 2. Harborough District Compact

# context: 2. Harborough District Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--harborough--title = ਹਾਰਬਰੋ ਡਿਸਟ੍ਰਿਕਟ { -compact }
# context: 2. Harborough District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--harborough--b1 = ਹਾਰਬਰੋ ਡਿਸਟ੍ਰਿਕਟ { -compact } ਬਾਰੇ ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਸੰਪਰਕ ਕਰੋ:

## 3. Hinckley & Bosworth Compact

# context: 3. Hinckley & Bosworth Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--hinckley-bosworth--title = ਹਿੰਕਲੀ ਅਤੇ ਬੌਸਵਰਥ { -compact }
# context: 3. Hinckley & Bosworth Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--hinckley-bosworth--b1 = ਹਿੰਕਲੀ ਅਤੇ ਬੌਸਵਰਥ { -compact } ਬਾਰੇ ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਸੰਪਰਕ ਕਰੋ:

## 4. Leicestershire County Compact

# context: 4. Leicestershire County Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--county-compact--title = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact }
# context: 4. Leicestershire County Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--county-compact--b1 = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact } ਬਾਰੇ ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਸੰਪਰਕ ਕਰੋ:

## 5. North West Leicestershire District Compact

# context: 5. North West Leicestershire District Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--title = ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਡਿਸਟ੍ਰਿਕਟ { -compact }
# context: 5. North West Leicestershire District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--b1 = North West Leicestershire District Council ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ { -vcs } ਵਿਚਕਾਰ { -compact } ਬਾਰੇ ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ ਸੰਪਰਕ ਕਰੋ:
# context: 5. North West Leicestershire District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--b3 = ਜਾਂ

## Appendix 2

# context: Appendix 2 › section heading
charnwood-nw-leicestershire-compact--appendix-2--title = ਅੰਤਿਕਾ 2

## Voluntary & Community Sector Definitions

# context: Voluntary & Community Sector Definitions › section heading
charnwood-nw-leicestershire-compact--appendix-2--definitions--title = { -vcs } ਦੀਆਂ ਪਰਿਭਾਸ਼ਾਵਾਂ
# context: Voluntary & Community Sector Definitions › definition 1, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i1-term = ਟਰੱਸਟੀ ਬੋਰਡ ਅਤੇ ਪ੍ਰਬੰਧਕੀ ਕਮੇਟੀਆਂ
# context: Voluntary & Community Sector Definitions › definition 1, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i1-meaning = ਲੋਕਾਂ ਦਾ ਉਹ ਸਮੂਹ ਹੁੰਦੇ ਹਨ ਜੋ ਕਿਸੇ ਚੈਰਿਟੀ ਦੇ ਕੰਟਰੋਲ ਅਤੇ ਪ੍ਰਬੰਧ ਲਈ ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਜ਼ਿੰਮੇਵਾਰ ਹੁੰਦਾ ਹੈ। ਟਰੱਸਟੀ ਹੋਣ ਨਾਲ ਕੁਝ ਖ਼ਾਸ ਕਾਨੂੰਨੀ ਜ਼ਿੰਮੇਵਾਰੀਆਂ ਆਉਂਦੀਆਂ ਹਨ।
# context: Voluntary & Community Sector Definitions › definition 2, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i2-term = ਸਵੈ-ਸੇਵੀ ਸੰਸਥਾਵਾਂ
# context: Voluntary & Community Sector Definitions › definition 2, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i2-meaning = ਰਸਮੀ ਢਾਂਚੇ ਵਾਲੀਆਂ ਅਤੇ ਮੁਨਾਫ਼ਾ-ਰਹਿਤ ਹੁੰਦੀਆਂ ਹਨ; ਸੁਤੰਤਰ ਹੁੰਦੀਆਂ ਹਨ ਅਤੇ ਸਰਕਾਰ ਦਾ ਹਿੱਸਾ ਨਹੀਂ ਹੁੰਦੀਆਂ; ਇਨ੍ਹਾਂ ਦਾ ਪ੍ਰਬੰਧ ਬਿਨਾਂ ਤਨਖ਼ਾਹ ਵਾਲੀਆਂ ਸਵੈ-ਸੇਵੀ ਪ੍ਰਬੰਧਕੀ ਕਮੇਟੀਆਂ ਜਾਂ ਟਰੱਸਟੀ ਬੋਰਡ ਕਰਦੇ ਹਨ; ਕੁਝ ਵਿੱਚ ਸਵੈ-ਸੇਵਕਾਂ ਦੇ ਨਾਲ-ਨਾਲ ਤਨਖ਼ਾਹਦਾਰ ਕਰਮਚਾਰੀ ਵੀ ਹੁੰਦੇ ਹਨ; ਇਹ ਰਜਿਸਟਰਡ ਚੈਰਿਟੀਆਂ ਅਤੇ/ਜਾਂ ਗਰੰਟੀ ਦੁਆਰਾ ਸੀਮਿਤ ਕੰਪਨੀਆਂ ਅਤੇ/ਜਾਂ ਫ਼ਰੈਂਡਲੀ ਸੁਸਾਇਟੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ।
# context: Voluntary & Community Sector Definitions › definition 3, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i3-term = ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ
# context: Voluntary & Community Sector Definitions › definition 3, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i3-meaning = ਸਥਾਨਕ ਭਾਈਚਾਰਕ ਅਤੇ ਸਵੈ-ਸਹਾਇਤਾ ਗਰੁੱਪ ਹੁੰਦੀਆਂ ਹਨ; ਵਧੇਰੇ ਗ਼ੈਰ-ਰਸਮੀ ਹੁੰਦੀਆਂ ਹਨ; ਅਕਸਰ ਪੂਰੀ ਤਰ੍ਹਾਂ ਸਵੈ-ਸੇਵਕਾਂ ਨਾਲ ਬਣੀਆਂ ਹੁੰਦੀਆਂ ਹਨ; ਜੇ ਕੋਈ ਸਟਾਫ਼ ਹੋਵੇ ਤਾਂ ਉਹ ਆਮ ਤੌਰ 'ਤੇ ਪਾਰਟ-ਟਾਈਮ ਹੁੰਦਾ ਹੈ; ਸੁਤੰਤਰ ਹੁੰਦੀਆਂ ਹਨ; ਇਨ੍ਹਾਂ ਕੋਲ ਨਿਯਮਤ ਆਮਦਨ ਜਾਂ ਫੰਡ ਨਹੀਂ ਹੁੰਦੇ। ਭਾਈਚਾਰਕ ਗਰੁੱਪ ਅਕਸਰ ਭਾਈਚਾਰਕ ਕਾਰਜਾਂ ਦਾ ਕੇਂਦਰ ਹੁੰਦੇ ਹਨ ਅਤੇ ਕਿਸੇ ਸਥਾਨਕ ਲੋੜ ਦੇ ਜਵਾਬ ਵਿੱਚ ਬਣਦੇ ਹਨ।
# context: Voluntary & Community Sector Definitions › definition 4, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i4-term = ਸਵੈ-ਸੇਵਾ
# context: Voluntary & Community Sector Definitions › definition 4, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i4-meaning = ਨਾਗਰਿਕਤਾ ਦਾ ਇੱਕ ਮਹੱਤਵਪੂਰਨ ਪ੍ਰਗਟਾਵਾ ਹੈ ਅਤੇ ਲੋਕਤੰਤਰ ਲਈ ਜ਼ਰੂਰੀ ਹੈ। ਇਹ ਸਮਾਜ ਅਤੇ ਭਾਈਚਾਰੇ ਦੀ ਭਲਾਈ ਲਈ ਸਮਾਂ, ਹੁਨਰ ਅਤੇ ਊਰਜਾ ਲਗਾਉਣਾ ਹੈ, ਅਤੇ ਇਸ ਦੇ ਕਈ ਰੂਪ ਹੋ ਸਕਦੇ ਹਨ। ਇਹ ਆਪਣੀ ਮਰਜ਼ੀ ਅਤੇ ਚੋਣ ਨਾਲ, ਵਿੱਤੀ ਲਾਭ ਦੀ ਪਰਵਾਹ ਕੀਤੇ ਬਿਨਾਂ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।
# context: Voluntary & Community Sector Definitions › definition 5, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i5-term = ਸਮਾਜਿਕ ਉੱਦਮ
# context: Voluntary & Community Sector Definitions › definition 5, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i5-meaning = ਅਜਿਹੇ ਕਾਰੋਬਾਰ ਹੁੰਦੇ ਹਨ ਜੋ ਸਮਾਜਿਕ ਉਦੇਸ਼ਾਂ ਨੂੰ ਪੂਰਾ ਕਰਨ ਲਈ ਮੰਡੀ ਵਿੱਚ ਵਪਾਰ ਕਰਦੇ ਹਨ। ਇਹ ਆਰਥਿਕ ਵਿਕਾਸ ਅਤੇ ਸਮਾਜਿਕ ਲਾਭ ਲਈ ਲੋਕਾਂ ਅਤੇ ਭਾਈਚਾਰਿਆਂ ਨੂੰ ਇਕੱਠੇ ਕਰਦੇ ਹਨ। ਚੈਰਿਟੀਆਂ ਵੱਖਰੇ ਕਾਰੋਬਾਰ ਬਣਾਏ ਬਿਨਾਂ ਵੀ ਸਮਾਜਿਕ ਉੱਦਮ ਵਾਂਗ ਕੰਮ ਕਰ ਸਕਦੀਆਂ ਹਨ, ਅਤੇ ਇਸ ਤਰ੍ਹਾਂ ਆਮਦਨ ਪੈਦਾ ਕਰ ਸਕਦੀਆਂ ਹਨ (ਉਦਾਹਰਣ ਵਜੋਂ ਵਿਕਰੀ ਤੋਂ), ਜੋ ਚੈਰੀਟੇਬਲ ਉਦੇਸ਼ਾਂ ਨੂੰ ਅੱਗੇ ਵਧਾਉਣ ਲਈ ਵਰਤੀ ਜਾਂਦੀ ਹੈ।
# context: Voluntary & Community Sector Definitions › definition 6, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i6-term = ਬੁਨਿਆਦੀ ਢਾਂਚਾ ਸੰਸਥਾਵਾਂ
# context: Voluntary & Community Sector Definitions › definition 6, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i6-meaning = ਜਿਨ੍ਹਾਂ ਨੂੰ ਕਈ ਵਾਰ ਛਤਰੀ ਸੰਸਥਾਵਾਂ ਵੀ ਕਿਹਾ ਜਾਂਦਾ ਹੈ, { -vcs } ਵਿੱਚ ਇੱਕ ਮਹੱਤਵਪੂਰਨ ਸ਼ਕਤੀ ਹਨ। ਇਹ ਖੇਤਰ ਆਪਣੇ-ਆਪ ਕੁਦਰਤੀ ਢੰਗ ਨਾਲ ਵਿਕਸਿਤ ਹੋਇਆ ਹੈ ਅਤੇ ਇਸ ਦੀ ਯੋਜਨਾ ਕੇਂਦਰੀ ਤੌਰ 'ਤੇ ਨਹੀਂ ਬਣਾਈ ਗਈ ਸੀ। ਛਤਰੀ ਸੰਸਥਾਵਾਂ ਸਵੈ-ਸੇਵੀ ਖੇਤਰ ਦੀਆਂ ਸਰਗਰਮੀਆਂ ਦੇ ਵੱਖ-ਵੱਖ ਪੱਧਰਾਂ ਅਤੇ ਕਿਸਮਾਂ ਨੂੰ ਆਪਸ ਵਿੱਚ ਜੋੜਨ ਦਾ ਯਤਨ ਕਰਦੀਆਂ ਹਨ। ਇਹ ਪੰਜ ਮੁੱਖ ਕੰਮ ਕਰਦੀਆਂ ਹਨ: ਵਿਕਾਸ, ਹੋਰ ਸੰਸਥਾਵਾਂ ਨੂੰ ਸੇਵਾਵਾਂ, ਤਾਲਮੇਲ, ਨੁਮਾਇੰਦਗੀ ਅਤੇ ਭਾਈਵਾਲੀ ਵਿੱਚ ਕੰਮ। ਸਾਰੀਆਂ ਛਤਰੀ ਸੰਸਥਾਵਾਂ ਸਾਰੇ ਕੰਮ ਨਹੀਂ ਕਰਦੀਆਂ। ਸਥਾਨਕ ਛਤਰੀ ਸੰਸਥਾਵਾਂ ਦੀਆਂ ਉਦਾਹਰਣਾਂ ਹਨ Charnwood CVS, North West Leicestershire CVS, Shepshed and Syston Volunteer Centres, Castle Donington Volunteer Bureau ਅਤੇ Rural Community Council Leicestershire & Rutland।
# context: Voluntary & Community Sector Definitions › paragraph
charnwood-nw-leicestershire-compact--appendix-2--definitions--b2 = (South Leicestershire CVS ਦੇ ਧੰਨਵਾਦ ਸਹਿਤ ਤਿਆਰ ਕੀਤਾ ਗਿਆ)

## Signatories

# context: Signatories › section heading
charnwood-nw-leicestershire-compact--signatories--title = ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੇ
# context: Signatories › signatories, the statement Andrew Clarke signed
charnwood-nw-leicestershire-compact--signatories--b1-i1 = ਮੈਂ, CNWL PCT ਦਾ Andrew Clarke, ਇਸ ਰਾਹੀਂ ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -compact } ਨਾਲ ਸਹਿਮਤ ਹਾਂ।
# context: Signatories › signatories, the statement Brian Hayes signed
charnwood-nw-leicestershire-compact--signatories--b1-i2 = ਮੈਂ, Charnwood Borough Council ਦਾ Brian Hayes, ਇਸ ਰਾਹੀਂ ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -compact } ਨਾਲ ਸਹਿਮਤ ਹਾਂ।
# context: Signatories › signatories, the statement Neil Lambert signed
charnwood-nw-leicestershire-compact--signatories--b1-i3 = ਮੈਂ, Charnwood CVS ਦਾ Neil Lambert, ਇਸ ਰਾਹੀਂ ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -compact } ਨਾਲ ਸਹਿਮਤ ਹਾਂ।
# context: Signatories › signatories, the statement Malcolm Diaper signed
charnwood-nw-leicestershire-compact--signatories--b1-i4 = ਮੈਂ, North West Leicestershire District Council ਦਾ Malcolm Diaper, ਇਸ ਰਾਹੀਂ ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -compact } ਨਾਲ ਸਹਿਮਤ ਹਾਂ।
# context: Signatories › signatories, the statement Martin Gage signed
charnwood-nw-leicestershire-compact--signatories--b1-i5 = ਮੈਂ, North West Leicestershire CVS ਦਾ Martin Gage, ਇਸ ਰਾਹੀਂ ਚਾਰਨਵੁੱਡ ਅਤੇ ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -compact } ਨਾਲ ਸਹਿਮਤ ਹਾਂ।
