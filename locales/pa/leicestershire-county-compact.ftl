### Punjabi (Gurmukhi) translation, written with machine assistance; not yet
### reviewed by a native speaker. Message ids come from content/ leicestershire-county-compact.yaml.


## Title page

# context: title page, the label above the title
leicestershire-county-compact--label = { -compact }
# context: title page, title
leicestershire-county-compact--title = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact }
# context: title page, subtitle
leicestershire-county-compact--subtitle = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ ਕੌਂਸਲ ਅਤੇ ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ { -vcs } ਵਿਚਕਾਰ ਸੰਬੰਧਾਂ ਬਾਰੇ ਇੱਕ ਮਾਰਗਦਰਸ਼ਕ
# context: title page, strapline
leicestershire-county-compact--strapline = "ਗੱਲ ਬਿਹਤਰ ਸੰਬੰਧਾਂ ਦੀ ਹੈ"
# context: summary, also shown on the home page
leicestershire-county-compact--summary = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact } ਹਰ ਉਸ ਵਿਅਕਤੀ ਲਈ ਇੱਕ ਜ਼ਰੂਰੀ ਮਾਰਗਦਰਸ਼ਕ ਹੈ ਜਿਸ ਨੂੰ ਇਹ ਜਾਣਨ ਦੀ ਲੋੜ ਹੈ ਕਿ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ ਕੌਂਸਲ ਅਤੇ { -vcs } ਕਿਵੇਂ ਮਿਲ ਕੇ ਕੰਮ ਕਰਦੇ ਹਨ।
# context: title page, area
leicestershire-county-compact--area = ਲੈਸਟਰਸ਼ਾਇਰ
# context: title page, party 1
leicestershire-county-compact--party-1 = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ ਕੌਂਸਲ (Leicestershire County Council; { -council })
# context: title page, party 2
leicestershire-county-compact--party-2 = ਲੈਸਟਰਸ਼ਾਇਰ ਦਾ { -vcs } ({ -vcs-short })
# context: partners, heading
leicestershire-county-compact--partners = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact } ਦਾ ਖਰੜਾ ਤਿਆਰ ਕਰਨ ਵਿੱਚ ਸ਼ਾਮਲ ਭਾਈਵਾਲ
# context: partners, heading of group 1
leicestershire-county-compact--partners-1 = { -vcs } ਵੱਲੋਂ
# context: partners, heading of group 2
leicestershire-county-compact--partners-2 = Leicestershire County Council ਵੱਲੋਂ

## The Leicestershire County Compact

# context: The Leicestershire County Compact › section heading
leicestershire-county-compact--intro--title = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact }
# context: The Leicestershire County Compact › paragraph
leicestershire-county-compact--intro--b1 = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact } ਹਰ ਉਸ ਵਿਅਕਤੀ ਲਈ ਇੱਕ ਜ਼ਰੂਰੀ ਮਾਰਗਦਰਸ਼ਕ ਹੈ ਜਿਸ ਨੂੰ ਇਹ ਜਾਣਨ ਦੀ ਲੋੜ ਹੈ ਕਿ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ Leicestershire County Council ({ -council }) ਅਤੇ { -vcs } ({ -vcs-short }) ਕਿਵੇਂ ਮਿਲ ਕੇ ਕੰਮ ਕਰਦੇ ਹਨ।

## 1. The Status of the Compact

# context: 1. The Status of the Compact › section heading
leicestershire-county-compact--s1--title = { -compact } ਦੀ ਸਥਿਤੀ
# context: 1. The Status of the Compact › bulleted list, item 1
leicestershire-county-compact--s1--b1-i1 = ਇਹ { -compact } ਇੱਕ **ਲਿਖਤੀ ਸਮਝੌਤਾ** ਹੈ ਜੋ ਲੈਸਟਰਸ਼ਾਇਰ ਦੀਆਂ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਅਤੇ Leicestershire County Council ਦੇ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨ ਦੇ ਤਰੀਕੇ ਲਈ ਇੱਕ **ਢਾਂਚਾ** ਦਿੰਦਾ ਹੈ। ਇਹ ਅਜਿਹੇ ਅਸਰਦਾਰ ਕੰਮਕਾਜੀ ਸੰਬੰਧਾਂ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰੇਗਾ ਜੋ ਕੁਸ਼ਲ ਅਤੇ ਅਸਰਦਾਰ ਸੇਵਾਵਾਂ ਦੇਣ ਅਤੇ ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਅਤੇ ਸੇਵਾਵਾਂ ਪ੍ਰਦਾਨ ਕਰਨ ਵਿੱਚ { -vcs-short } ਨੂੰ ਸ਼ਾਮਲ ਕਰਨ।
# context: 1. The Status of the Compact › bulleted list, item 2
leicestershire-county-compact--s1--b1-i2 = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact } ਲੈਸਟਰਸ਼ਾਇਰ ਦੀਆਂ ਸਵੈ-ਸੇਵੀ ਸੰਸਥਾਵਾਂ ਤੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪਾਂ ਅਤੇ Leicestershire County Council ਵਿਚਕਾਰ ਤਿਆਰ ਕੀਤਾ ਗਿਆ ਹੈ।
# context: 1. The Status of the Compact › bulleted list, item 3
leicestershire-county-compact--s1--b1-i3 = { -compact } ਇਨ੍ਹਾਂ ਸੰਸਥਾਵਾਂ ਦੀ ਆਪਸੀ ਸਹਿਮਤੀ ਨਾਲ ਤੈਅ ਕੀਤੇ ਮਿਆਰਾਂ ਅਨੁਸਾਰ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨ ਦੀ ਇੱਕ **ਸਵੈ-ਇੱਛਤ** ਵਚਨਬੱਧਤਾ ਹੈ। ਇਹ ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਲਾਜ਼ਮੀ ਨਹੀਂ ਹੈ। ਫਿਰ ਵੀ, { -compact } 'ਤੇ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੀਆਂ **ਸਾਰੀਆਂ** ਸੰਸਥਾਵਾਂ ਇਸ ਨੂੰ ਅਮਲ ਵਿੱਚ ਕਾਮਯਾਬ ਬਣਾਉਣ ਲਈ ਵਚਨਬੱਧ ਹਨ।

## 2. Why have a Compact?

# context: 2. Why have a Compact? › section heading
leicestershire-county-compact--s2--title = { -compact } ਦੀ ਲੋੜ ਕਿਉਂ ਹੈ?
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b1 = { -vcs-short } ਆਪਣੇ ਸੁਭਾਅ ਪੱਖੋਂ ਵੱਡਾ ਅਤੇ ਵੰਨ-ਸੁਵੰਨਾ ਹੈ। ਜ਼ਿਆਦਾਤਰ ਸੰਸਥਾਵਾਂ ਅਤੇ ਗਰੁੱਪ ਕਿਸੇ ਭੂਗੋਲਿਕ ਇਲਾਕੇ ਦੀਆਂ ਲੋੜਾਂ, ਜਾਂ ਸਾਂਝੀ ਦਿਲਚਸਪੀ ਜਾਂ ਸਾਂਝੀ ਲੋੜ ਵਾਲੇ ਕਿਸੇ ਭਾਈਚਾਰੇ ਦੀਆਂ ਲੋੜਾਂ ਦੇ ਜਵਾਬ ਵਿੱਚ ਬਣੇ ਹਨ। ਇਸ ਲਈ ਸਵੈ-ਸੇਵੀ ਸੰਸਥਾਵਾਂ ਦੀਆਂ ਆਪਣੀਆਂ ਵੱਖਰੀਆਂ ਕਦਰਾਂ-ਕੀਮਤਾਂ ਅਤੇ ਕੰਮ ਕਰਨ ਦਾ ਆਪਣਾ ਢੰਗ ਹੁੰਦਾ ਹੈ। **ਬਿਹਤਰ ਸਮਝ ਬਣਨ ਤੋਂ ਪਹਿਲਾਂ, ਸਵੈ-ਸੇਵੀ ਅਤੇ ਸਰਕਾਰੀ ਖੇਤਰਾਂ ਦੇ ਕੰਮ ਕਰਨ ਦੇ ਢੰਗਾਂ ਵਿਚਲੇ ਫ਼ਰਕ ਸ਼ੁਰੂ ਵਿੱਚ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨਾ ਔਖਾ ਬਣਾ ਸਕਦੇ ਹਨ।**
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b2 = ਪਰ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਕੋਲ **ਖ਼ਾਸ ਖੂਬੀਆਂ** ਹੋਣ ਕਰਕੇ ਹੀ **ਸਰਕਾਰ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਸਰਕਾਰੀ ਖੇਤਰਾਂ ਵਿਚਕਾਰ ਭਾਈਵਾਲੀ ਵਿੱਚ ਵਧੇਰੇ ਕੰਮ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰ ਰਹੀ ਹੈ**। ਉਦਾਹਰਣ ਵਜੋਂ, ਕਈ ਸਵੈ-ਸੇਵੀ ਸੰਸਥਾਵਾਂ ਇਹ ਕਰ ਸਕਦੀਆਂ ਹਨ:
# context: 2. Why have a Compact? › bulleted list, item 1
leicestershire-county-compact--s2--b3-i1 = **ਸਾਂਝੀ ਦਿਲਚਸਪੀ ਵਾਲੇ ਭਾਈਚਾਰਿਆਂ ਅਤੇ ਕਿਸੇ ਥਾਂ ਦੇ ਭਾਈਚਾਰਿਆਂ ਦੇ ਵਿਚਾਰਾਂ ਨੂੰ ਅੱਗੇ ਪਹੁੰਚਾਉਣ ਦਾ ਜ਼ਰੀਆ ਬਣਨਾ** – ਉਨ੍ਹਾਂ ਵਿੱਚ ਸਰਕਾਰੀ ਸੇਵਾਵਾਂ ਨਾਲੋਂ ਅਣਗੌਲੇ ਗਰੁੱਪਾਂ ਤੱਕ ਪਹੁੰਚਣ ਦੀ ਵਧੇਰੇ ਸਮਰੱਥਾ ਹੁੰਦੀ ਹੈ;
# context: 2. Why have a Compact? › bulleted list, item 2
leicestershire-county-compact--s2--b3-i2 = **ਨਵੀਆਂ ਲੋੜਾਂ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਪੂਰਾ ਕਰਨ ਦੇ ਨਵੇਂ ਢੰਗਾਂ ਦੀ ਪਛਾਣ ਕਰਨਾ** – ਇਸ ਖੇਤਰ ਵੱਲੋਂ ਵਿਕਸਿਤ ਕੀਤੇ ਢੰਗ ਪਹਿਲਾਂ ਕਈ ਵਾਰ ਸਰਕਾਰੀ ਸੇਵਾਵਾਂ ਨੇ ਅਪਣਾਏ ਹਨ;
# context: 2. Why have a Compact? › bulleted list, item 3
leicestershire-county-compact--s2--b3-i3 = **ਗ਼ਰੀਬੀ ਅਤੇ ਸਮਾਜਿਕ ਬੇਦਖ਼ਲੀ ਨਾਲ ਨਜਿੱਠਣਾ** – ਭਾਈਚਾਰਿਆਂ ਵੱਲੋਂ ਬਣਾਏ ਗਏ ਜਾਂ ਭਾਈਚਾਰਿਆਂ ਦੇ ਨੇੜੇ ਰਹਿ ਕੇ ਕੰਮ ਕਰਨ ਵਾਲੇ { -vcs-short } ਗਰੁੱਪ ਢੁਕਵੇਂ ਹੱਲ ਲੱਭਣ ਵਿੱਚ ਮਾਹਿਰ ਹੁੰਦੇ ਹਨ;
# context: 2. Why have a Compact? › bulleted list, item 4
leicestershire-county-compact--s2--b3-i4 = **ਵਿਅਕਤੀਆਂ ਨੂੰ ਆਪਣੇ ਭਾਈਚਾਰਿਆਂ ਵਿੱਚ ਸਰਗਰਮ ਹੋਣ ਲਈ ਉਤਸ਼ਾਹਿਤ ਕਰਨਾ ਅਤੇ ਸਹਾਇਤਾ ਦੇਣਾ** – ਸਵੈ-ਸੇਵਾ ਕਰਕੇ, ਟਰੱਸਟੀ ਜਾਂ ਪ੍ਰਬੰਧਕੀ ਕਮੇਟੀ ਦੇ ਮੈਂਬਰ ਬਣ ਕੇ, ਜਾਂ ਸਵੈ-ਸਹਾਇਤਾ ਗਰੁੱਪ ਬਣਾ ਕੇ।
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b4 = ਭਾਈਵਾਲੀ ਵਿੱਚ ਕੰਮ ਕਰਨ ਦੇ ਇਸ ਦੌਰ ਵਿੱਚ **{ -compact }** { -vcs-short } ਨਾਲ ਜੁੜਨ ਦਾ ਇੱਕ ਅਸਰਦਾਰ ਤਰੀਕਾ ਹੈ। ਇਹ ਇੱਕ **ਭਾਈਵਾਲੀ ਸਮਝੌਤਾ ਅਤੇ ਇੱਕ ਪ੍ਰਕਿਰਿਆ** ਹੈ ਜਿਸ ਨੂੰ ਕੇਂਦਰੀ ਸਰਕਾਰ ਨੇ ***National Compact; Getting it Right Together (1998)*** ਵਿੱਚ ਪ੍ਰਵਾਨਗੀ ਦਿੱਤੀ ਹੈ। ਹੁਣ ਸਥਾਨਕ { -compacts(case: "oblique") } ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ, ਕਿਉਂਕਿ ਜ਼ਿਆਦਾਤਰ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪਾਂ ਦਾ ਆਪਣੀ ਕਾਊਂਟੀ, ਡਿਸਟ੍ਰਿਕਟ ਜਾਂ ਯੂਨੀਟਰੀ { -council } ਨਾਲ ਸੰਬੰਧ ਸਥਾਨਕ ਪੱਧਰ 'ਤੇ ਹੀ ਹੁੰਦਾ ਹੈ।

## The Development of the Leicestershire County Compact

# context: The Development of the Leicestershire County… › section heading
leicestershire-county-compact--s2--development--title = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact } ਦਾ ਵਿਕਾਸ
# context: The Development of the Leicestershire County… › paragraph
leicestershire-county-compact--s2--development--b1 = 2000 ਦੌਰਾਨ ਅਤੇ 2001 ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ { -vcs-short } ਦੇ ਸਾਥੀਆਂ ਅਤੇ { -council } ਦੇ ਅਧਿਕਾਰੀਆਂ ਨੇ ਗ਼ੈਰ-ਰਸਮੀ ਤੌਰ 'ਤੇ ਵਿਚਾਰ ਕੀਤਾ ਕਿ ਇੱਕ ਸਥਾਨਕ { -compact } ਸਭ ਤੋਂ ਵਧੀਆ ਢੰਗ ਨਾਲ ਕਿਵੇਂ ਤਿਆਰ ਕੀਤਾ ਜਾਵੇ। ਅਗਸਤ 2001 ਵਿੱਚ { -vcs-short } ਨੇ ਆਪਣਾ { -compact } ਸੰਚਾਲਨ ਸਮੂਹ ਬਣਾਇਆ ਅਤੇ ਫ਼ਰਵਰੀ 2002 ਵਿੱਚ { -council } ਦੀ ਕੈਬਨਿਟ ਨੇ ਇੱਕ ਸਥਾਨਕ { -compact } ਤਿਆਰ ਕਰਨ ਦੀ ਸੰਭਾਵਨਾ ਦੀ ਜਾਂਚ ਲਈ ਇਸ ਸਮੂਹ ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨ ਦੀ ਸਹਿਮਤੀ ਦਿੱਤੀ। 2002 ਵਿੱਚ ਇਸ ਖੇਤਰ ਅੰਦਰ ਸਲਾਹ-ਮਸ਼ਵਰੇ ਦੀਆਂ ਵਰਕਸ਼ਾਪਾਂ ਦੀ ਇੱਕ ਲੜੀ ਰਾਹੀਂ { -vcs-short } ਸੰਚਾਲਨ ਸਮੂਹ ਨੇ ਇੱਕ ਮੁੱਢਲਾ ਕਾਰਜ-ਦਸਤਾਵੇਜ਼ ਤਿਆਰ ਕੀਤਾ। ਜੁਲਾਈ ਵਿੱਚ ਸਾਰੇ ਭਾਈਵਾਲਾਂ ਨਾਲ ਹੋਈ ਇੱਕ ਸਾਂਝੀ ਵਰਕਸ਼ਾਪ ਨੇ { -shared-principles(case: "oblique") } ਨੂੰ ਉਜਾਗਰ ਕੀਤਾ, ਪਰ ਨਾਲ ਹੀ ਕਈ ਅਜਿਹੀਆਂ ਰੁਕਾਵਟਾਂ ਨੂੰ ਵੀ, ਜੋ ਇਸ ਸਮੇਂ ਸਾਨੂੰ ਜਿੰਨਾ ਵਧੀਆ ਹੋ ਸਕੇ ਓਨਾ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨ ਤੋਂ ਰੋਕਦੀਆਂ ਹਨ।
# context: The Development of the Leicestershire County… › paragraph
leicestershire-county-compact--s2--development--b2 = { -vcs-short } { -compact } ਸੰਚਾਲਨ ਸਮੂਹ ਦੇ ਨੁਮਾਇੰਦਿਆਂ ਅਤੇ { -council } ਦੇ ਅਧਿਕਾਰੀਆਂ ਨੇ ਕਾਊਂਟੀ { -compact } ਦਾ ਖਰੜਾ ਤਿਆਰ ਕਰਨ ਲਈ ਇੱਕ ਕਾਰਜ ਸਮੂਹ ਬਣਾਇਆ। ਵਰਕਸ਼ਾਪ ਦੀਆਂ ਸਿਫ਼ਾਰਸ਼ਾਂ ਅਤੇ ਖਰੜੇ 'ਤੇ ਮਿਲੀਆਂ ਟਿੱਪਣੀਆਂ ਦਾ ਇਸ ਪ੍ਰਵਾਨਿਤ { -compact } 'ਤੇ ਅਸਰ ਪਿਆ ਹੈ। ਅਗਲੇ ਕਦਮਾਂ ਵਿੱਚ ਇੱਕ ਕਾਰਜ-ਯੋਜਨਾ ਤਿਆਰ ਕੀਤੀ ਜਾਵੇਗੀ।

## 3. What defines the voluntary and community sector?

# context: 3. What defines the voluntary and community… › section heading
leicestershire-county-compact--s3--title = { -vcs } ਦੀ ਪਰਿਭਾਸ਼ਾ ਕੀ ਹੈ?
# context: 3. What defines the voluntary and community… › paragraph
leicestershire-county-compact--s3--b1 = ਹੇਠ ਲਿਖੀਆਂ { -vcs-short } ਦੀਆਂ ਪੱਕੀਆਂ ਪਰਿਭਾਸ਼ਾਵਾਂ ਨਹੀਂ ਹਨ, ਸਗੋਂ ਇਨ੍ਹਾਂ ਦਾ ਮਕਸਦ ਉਨ੍ਹਾਂ ਢਾਂਚਿਆਂ ਅਤੇ ਸਰਗਰਮੀਆਂ ਦੀਆਂ ਕਿਸਮਾਂ ਦਾ ਅੰਦਾਜ਼ਾ ਦੇਣਾ ਹੈ ਜੋ { -vcs-short } ਦੇ ਘੇਰੇ ਵਿੱਚ ਆਉਂਦੀਆਂ ਹਨ:
# context: 3. What defines the voluntary and community… › definition 1, the term
leicestershire-county-compact--s3--b2-i1-term = ਸਵੈ-ਸੇਵੀ ਸੰਸਥਾਵਾਂ
# context: 3. What defines the voluntary and community… › definition 1, its meaning
leicestershire-county-compact--s3--b2-i1-meaning = ਰਸਮੀ ਢਾਂਚੇ ਵਾਲੀਆਂ ਅਤੇ ਮੁਨਾਫ਼ਾ-ਰਹਿਤ ਹੁੰਦੀਆਂ ਹਨ; ਸੁਤੰਤਰ ਹੁੰਦੀਆਂ ਹਨ ਅਤੇ ਸਰਕਾਰ ਦਾ ਹਿੱਸਾ ਨਹੀਂ ਹੁੰਦੀਆਂ; ਇਨ੍ਹਾਂ ਦਾ ਪ੍ਰਬੰਧ ਬਿਨਾਂ ਤਨਖ਼ਾਹ ਵਾਲੀਆਂ ਸਵੈ-ਸੇਵੀ ਪ੍ਰਬੰਧਕੀ ਕਮੇਟੀਆਂ ਜਾਂ ਟਰੱਸਟੀ ਬੋਰਡ ਕਰਦੇ ਹਨ; ਇਨ੍ਹਾਂ ਵਿੱਚ ਤਨਖ਼ਾਹਦਾਰ ਕਰਮਚਾਰੀ ਅਤੇ ਸਵੈ-ਸੇਵਕ ਹੁੰਦੇ ਹਨ; ਇਹ ਰਜਿਸਟਰਡ ਚੈਰਿਟੀਆਂ ਅਤੇ/ਜਾਂ ਗਰੰਟੀ ਦੁਆਰਾ ਸੀਮਿਤ ਕੰਪਨੀਆਂ ਅਤੇ/ਜਾਂ ਫ਼ਰੈਂਡਲੀ ਸੁਸਾਇਟੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ।
# context: 3. What defines the voluntary and community… › definition 2, the term
leicestershire-county-compact--s3--b2-i2-term = ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ
# context: 3. What defines the voluntary and community… › definition 2, its meaning
leicestershire-county-compact--s3--b2-i2-meaning = ਸਥਾਨਕ ਭਾਈਚਾਰਕ ਅਤੇ ਸਵੈ-ਸਹਾਇਤਾ ਗਰੁੱਪ ਹੁੰਦੀਆਂ ਹਨ; ਵਧੇਰੇ ਗ਼ੈਰ-ਰਸਮੀ ਹੁੰਦੀਆਂ ਹਨ; ਅਕਸਰ ਪੂਰੀ ਤਰ੍ਹਾਂ ਸਵੈ-ਸੇਵਕਾਂ ਨਾਲ ਬਣੀਆਂ ਹੁੰਦੀਆਂ ਹਨ; ਜੇ ਕੋਈ ਸਟਾਫ਼ ਹੋਵੇ ਤਾਂ ਉਹ ਆਮ ਤੌਰ 'ਤੇ ਪਾਰਟ-ਟਾਈਮ ਹੁੰਦਾ ਹੈ; ਸੁਤੰਤਰ ਹੁੰਦੀਆਂ ਹਨ; ਇਨ੍ਹਾਂ ਕੋਲ ਨਿਯਮਤ ਆਮਦਨ ਜਾਂ ਫੰਡ ਨਹੀਂ ਹੁੰਦੇ। ਭਾਈਚਾਰਕ ਗਰੁੱਪ ਅਕਸਰ ਭਾਈਚਾਰਕ ਕਾਰਜਾਂ ਦਾ ਕੇਂਦਰ ਹੁੰਦੇ ਹਨ ਅਤੇ ਕਿਸੇ ਸਥਾਨਕ ਲੋੜ ਦੇ ਜਵਾਬ ਵਿੱਚ ਬਣਦੇ ਹਨ।
# context: 3. What defines the voluntary and community… › definition 3, the term
leicestershire-county-compact--s3--b2-i3-term = ਸਵੈ-ਸੇਵਾ
# context: 3. What defines the voluntary and community… › definition 3, its meaning
leicestershire-county-compact--s3--b2-i3-meaning = ਨਾਗਰਿਕਤਾ ਦਾ ਇੱਕ ਮਹੱਤਵਪੂਰਨ ਪ੍ਰਗਟਾਵਾ ਹੈ ਅਤੇ ਲੋਕਤੰਤਰ ਲਈ ਜ਼ਰੂਰੀ ਹੈ। ਇਹ ਸਮਾਜ ਅਤੇ ਭਾਈਚਾਰੇ ਦੀ ਭਲਾਈ ਲਈ ਸਮਾਂ ਅਤੇ ਊਰਜਾ ਲਗਾਉਣਾ ਹੈ, ਅਤੇ ਇਸ ਦੇ ਕਈ ਰੂਪ ਹੋ ਸਕਦੇ ਹਨ। ਇਹ ਆਪਣੀ ਮਰਜ਼ੀ ਅਤੇ ਚੋਣ ਨਾਲ, ਵਿੱਤੀ ਲਾਭ ਦੀ ਪਰਵਾਹ ਕੀਤੇ ਬਿਨਾਂ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।
# context: 3. What defines the voluntary and community… › definition 4, the term
leicestershire-county-compact--s3--b2-i4-term = ਸਮਾਜਿਕ ਉੱਦਮ
# context: 3. What defines the voluntary and community… › definition 4, its meaning
leicestershire-county-compact--s3--b2-i4-meaning = ਅਜਿਹੇ ਕਾਰੋਬਾਰ ਹੁੰਦੇ ਹਨ ਜੋ ਸਮਾਜਿਕ ਉਦੇਸ਼ਾਂ ਨੂੰ ਪੂਰਾ ਕਰਨ ਲਈ ਮੰਡੀ ਵਿੱਚ ਵਪਾਰ ਕਰਦੇ ਹਨ। ਇਹ ਆਰਥਿਕ ਵਿਕਾਸ ਅਤੇ ਸਮਾਜਿਕ ਲਾਭ ਲਈ ਲੋਕਾਂ ਅਤੇ ਭਾਈਚਾਰਿਆਂ ਨੂੰ ਇਕੱਠੇ ਕਰਦੇ ਹਨ।
# context: 3. What defines the voluntary and community… › definition 5, the term
leicestershire-county-compact--s3--b2-i5-term = ਛਤਰੀ ਸੰਸਥਾਵਾਂ
# context: 3. What defines the voluntary and community… › definition 5, its meaning
leicestershire-county-compact--s3--b2-i5-meaning = ਜਿਨ੍ਹਾਂ ਨੂੰ ਕਈ ਵਾਰ ਬੁਨਿਆਦੀ ਢਾਂਚਾ ਸੰਸਥਾਵਾਂ ਵੀ ਕਿਹਾ ਜਾਂਦਾ ਹੈ – { -vcs-short } ਵਿੱਚ ਇੱਕ ਮਹੱਤਵਪੂਰਨ ਸ਼ਕਤੀ ਹਨ। { -vcs-short } ਆਪਣੇ-ਆਪ ਕੁਦਰਤੀ ਢੰਗ ਨਾਲ ਵਿਕਸਿਤ ਹੋਇਆ ਹੈ; ਇਸ ਦੀ ਯੋਜਨਾ ਕੇਂਦਰੀ ਤੌਰ 'ਤੇ ਨਹੀਂ ਬਣਾਈ ਗਈ। ਛਤਰੀ ਸੰਸਥਾਵਾਂ ਸਵੈ-ਸੇਵੀ ਖੇਤਰ ਦੀਆਂ ਸਰਗਰਮੀਆਂ ਦੇ ਵੱਖ-ਵੱਖ ਪੱਧਰਾਂ ਅਤੇ ਕਿਸਮਾਂ ਨੂੰ ਆਪਸ ਵਿੱਚ ਜੋੜਨ ਦਾ ਯਤਨ ਕਰਦੀਆਂ ਹਨ। ਇਹ ਚਾਰ ਮੁੱਖ ਕੰਮ ਕਰਦੀਆਂ ਹਨ: ਵਿਕਾਸ, ਹੋਰ ਸੰਸਥਾਵਾਂ ਨੂੰ ਸੇਵਾਵਾਂ, ਤਾਲਮੇਲ ਅਤੇ ਨੁਮਾਇੰਦਗੀ। ਪਰ ਇਹ ਵੀ ਮੰਨਿਆ ਜਾਂਦਾ ਹੈ ਕਿ ਸਾਰੀਆਂ ਛਤਰੀ ਸੰਸਥਾਵਾਂ ਇਹ ਸਾਰੇ ਕੰਮ ਨਹੀਂ ਕਰਦੀਆਂ (Deakin Commission 1996)। ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਛਤਰੀ ਸੰਸਥਾਵਾਂ ਦੀਆਂ ਉਦਾਹਰਣਾਂ ਹਨ CVS Community Partnership (CCP), { -cvs(number: "other") } (CVS), Council for Voluntary Youth Services (CVYS), Rural Community Council (RCC), Racial Equality Council (REC) ਅਤੇ Volunteer Bureaux (VBx)।
# context: 3. What defines the voluntary and community… › definition 6, the term
leicestershire-county-compact--s3--b2-i6-term = ਟਰੱਸਟੀ ਅਤੇ ਪ੍ਰਬੰਧਕੀ ਕਮੇਟੀਆਂ
# context: 3. What defines the voluntary and community… › definition 6, its meaning
leicestershire-county-compact--s3--b2-i6-meaning = ਲੋਕਾਂ ਦਾ ਉਹ ਸਮੂਹ ਹੁੰਦੇ ਹਨ ਜੋ ਕਿਸੇ ਚੈਰਿਟੀ ਦੇ ਕੰਟਰੋਲ ਅਤੇ ਪ੍ਰਬੰਧ ਲਈ ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਜ਼ਿੰਮੇਵਾਰ ਹੁੰਦਾ ਹੈ; ਇਸ ਵਿੱਚ ਕਿਸੇ ਚੈਰੀਟੇਬਲ ਐਸੋਸੀਏਸ਼ਨ ਦੀ ਪ੍ਰਬੰਧਕੀ ਕਮੇਟੀ ਦੇ ਮੈਂਬਰ ਅਤੇ ਚੈਰੀਟੇਬਲ ਕੰਪਨੀਆਂ ਦੇ ਡਾਇਰੈਕਟਰ ਸ਼ਾਮਲ ਹੁੰਦੇ ਹਨ। ਟਰੱਸਟੀ ਹੋਣ ਨਾਲ ਕੁਝ ਖ਼ਾਸ ਕਾਨੂੰਨੀ ਜ਼ਿੰਮੇਵਾਰੀਆਂ ਆਉਂਦੀਆਂ ਹਨ।

## 4. What defines the County Council?

# context: 4. What defines the County Council? › section heading
leicestershire-county-compact--s4--title = ਕਾਊਂਟੀ { -council } ਦੀ ਪਰਿਭਾਸ਼ਾ ਕੀ ਹੈ?
# context: 4. What defines the County Council? › paragraph
leicestershire-county-compact--s4--b1 = Leicestershire County Council ਕਾਊਂਟੀ ਦੀ ਸਭ ਤੋਂ ਵੱਡੀ ਸਥਾਨਕ ਅਥਾਰਟੀ ਹੈ ਅਤੇ ਸਥਾਨਕ ਲੋਕਾਂ ਨੂੰ ਕਈ ਤਰ੍ਹਾਂ ਦੀਆਂ ਸੇਵਾਵਾਂ ਸਿੱਧੇ ਤੌਰ 'ਤੇ ਜਾਂ ਆਪਣੇ ਵੱਲੋਂ ਕੰਮ ਕਰਨ ਵਾਲੀਆਂ ਹੋਰ ਸੰਸਥਾਵਾਂ ਰਾਹੀਂ ਦਿੰਦੀ ਹੈ। ਇਨ੍ਹਾਂ ਸੇਵਾਵਾਂ ਵਿੱਚ ਸਿੱਖਿਆ, ਸਮਾਜਿਕ ਦੇਖਭਾਲ, ਕੂੜੇ ਦਾ ਨਿਪਟਾਰਾ, ਸੜਕਾਂ ਦੀ ਸਾਂਭ-ਸੰਭਾਲ, ਲਾਇਬ੍ਰੇਰੀਆਂ, ਅਜਾਇਬ-ਘਰ ਅਤੇ ਖਪਤਕਾਰ ਸੁਰੱਖਿਆ ਸ਼ਾਮਲ ਹਨ। ਇਨ੍ਹਾਂ ਨੂੰ ਪ੍ਰਦਾਨ ਕਰਨ ਲਈ 18,500 ਲੋਕ ਸਿੱਧੇ ਤੌਰ 'ਤੇ ਨੌਕਰੀ 'ਤੇ ਰੱਖੇ ਜਾਂਦੇ ਹਨ ਅਤੇ £500 ਮਿਲੀਅਨ ਤੋਂ ਵੱਧ ਖ਼ਰਚ ਕੀਤੇ ਜਾਂਦੇ ਹਨ।
# context: 4. What defines the County Council? › paragraph
leicestershire-county-compact--s4--b2 = ਕਾਊਂਟੀ { -council } 54 ਕਾਊਂਟੀ ਕੌਂਸਲਰਾਂ ਦੀ ਬਣੀ ਹੋਈ ਹੈ, ਜਿਨ੍ਹਾਂ ਵਿੱਚੋਂ ਹਰੇਕ ਨੂੰ ਆਪਣੇ ਚੋਣ ਹਲਕੇ ਵਿੱਚ ਰਹਿੰਦੇ ਲੋਕਾਂ ਦੀ ਨੁਮਾਇੰਦਗੀ ਕਰਨ ਲਈ ਹਰ ਚਾਰ ਸਾਲ ਬਾਅਦ ਚੁਣਿਆ ਜਾਂਦਾ ਹੈ। ਉਹ ਹਰ ਦੋ ਮਹੀਨਿਆਂ ਬਾਅਦ { -council } ਵਜੋਂ ਮਿਲਦੇ ਹਨ ਅਤੇ ਹਰ ਸਾਲ ਇੱਕ ਆਗੂ ਅਤੇ ਇੱਕ ਕੈਬਨਿਟ ਚੁਣਦੇ ਹਨ। ਕੈਬਨਿਟ { -council } ਨੂੰ ਦਿਸ਼ਾ ਅਤੇ ਅਗਵਾਈ ਦੇਣ ਲਈ ਅਤੇ ਜ਼ਿਆਦਾਤਰ ਫ਼ੈਸਲਿਆਂ ਲਈ ਜ਼ਿੰਮੇਵਾਰ ਹੈ।

## 5. What type of relationship can the VCS have with the Council?

# context: 5. What type of relationship can the VCS have… › section heading
leicestershire-county-compact--s5--title = { -vcs-short } ਦਾ { -council } ਨਾਲ ਕਿਸ ਤਰ੍ਹਾਂ ਦਾ ਸੰਬੰਧ ਹੋ ਸਕਦਾ ਹੈ?
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b1 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਦਾ { -council } ਨਾਲ ਹੇਠ ਲਿਖੇ ਤਰੀਕਿਆਂ ਨਾਲ ਸਿੱਧਾ ਸੰਬੰਧ ਹੋ ਸਕਦਾ ਹੈ:
# context: 5. What type of relationship can the VCS have… › bulleted list, item 1
leicestershire-county-compact--s5--b2-i1 = ਸੇਵਾਵਾਂ ਪ੍ਰਦਾਨ ਕਰਨਾ ਅਤੇ ਫੰਡਿੰਗ – ਗ੍ਰਾਂਟਾਂ/ਸੇਵਾ ਪੱਧਰ ਸਮਝੌਤੇ/ ਠੇਕੇ/ ਕਮਿਸ਼ਨਿੰਗ ਸਮਝੌਤੇ
# context: 5. What type of relationship can the VCS have… › bulleted list, item 2
leicestershire-county-compact--s5--b2-i2 = ਸਲਾਹ-ਮਸ਼ਵਰਾ – ਗਰੁੱਪ/ਸਵੈ-ਸੇਵਕ/ਸੇਵਾਵਾਂ ਵਰਤਣ ਵਾਲੇ
# context: 5. What type of relationship can the VCS have… › bulleted list, item 3
leicestershire-county-compact--s5--b2-i3 = ਪੈਰਵੀ/ਮੁਹਿੰਮਾਂ – { -council } ਦੇ ਏਜੰਡੇ, ਨੀਤੀਆਂ ਅਤੇ ਕੰਮ-ਢੰਗਾਂ ਦੇ ਬਣਨ 'ਤੇ ਅਸਰ ਪਾਉਣਾ
# context: 5. What type of relationship can the VCS have… › bulleted list, item 4
leicestershire-county-compact--s5--b2-i4 = ਭਾਈਵਾਲੀਆਂ/ਫੋਰਮਾਂ/ਕਾਰਜ ਸਮੂਹਾਂ, ਜਿਵੇਂ ਲੋਕਲ ਸਟ੍ਰੈਟਜਿਕ ਪਾਰਟਨਰਸ਼ਿਪ, ਵਿੱਚ ਯੋਗਦਾਨ ਪਾਉਣਾ
# context: 5. What type of relationship can the VCS have… › bulleted list, item 5
leicestershire-county-compact--s5--b2-i5 = { -council } ਵੱਲੋਂ ਫੰਡ ਕੀਤੀਆਂ ਸੇਵਾਵਾਂ, ਜਿਵੇਂ ਨੌਜਵਾਨ ਅਤੇ ਭਾਈਚਾਰਕ ਸਿੱਖਿਆ ਜਾਂ ਇਸੇ ਤਰ੍ਹਾਂ ਦੀ ਕੋਈ ਹੋਰ ਸੇਵਾ, ਵਿੱਚ ਸਵੈ-ਸੇਵਕ
# context: 5. What type of relationship can the VCS have… › bulleted list, item 6
leicestershire-county-compact--s5--b2-i6 = ਜਿੱਥੇ ਢੁਕਵਾਂ ਹੋਵੇ, ਜਾਂ ਜਿੱਥੇ ਸਵੈ-ਸੇਵੀ ਸੰਸਥਾ { -council } ਵੱਲੋਂ ਕੋਈ ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਲਾਜ਼ਮੀ ਸੇਵਾ ਪ੍ਰਦਾਨ ਕਰਦੀ ਹੋਵੇ, ਉੱਥੇ { -council } ਦੀ ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਵਿੱਚ ਮਾਹਿਰਾਨਾ ਯੋਗਦਾਨ ਦੇਣਾ
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b3 = ਜਿੱਥੇ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪ ਮਹਿਸੂਸ ਕਰਦੇ ਹਨ ਕਿ ਉਨ੍ਹਾਂ ਦਾ { -council } ਨਾਲ ਕੋਈ ਸੰਬੰਧ ਨਹੀਂ ਹੈ ਅਤੇ ਇਸ ਲਈ ਉਨ੍ਹਾਂ ਨੂੰ { -compact } ਦੀ ਕੋਈ ਸਾਰਥਕਤਾ ਨਜ਼ਰ ਨਹੀਂ ਆਉਂਦੀ, ਉੱਥੇ ਅਸਲ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦਾ ਹੇਠ ਲਿਖੇ ਇੱਕ ਜਾਂ ਵੱਧ ਤਰੀਕਿਆਂ ਨਾਲ ਅਸਿੱਧਾ ਸੰਬੰਧ ਹੋ ਸਕਦਾ ਹੈ:
# context: 5. What type of relationship can the VCS have… › bulleted list, item 1
leicestershire-county-compact--s5--b4-i1 = ਕਿਸੇ ਅਜਿਹੀ { -cvs } ਦੇ ਸੰਬੱਧ ਮੈਂਬਰ ਵਜੋਂ ਜਿਸ ਦਾ { -council } ਨਾਲ ਕਮਿਸ਼ਨਿੰਗ ਸਮਝੌਤਾ ਹੈ
# context: 5. What type of relationship can the VCS have… › bulleted list, item 2
leicestershire-county-compact--s5--b4-i2 = { -council } ਵੱਲੋਂ ਦਿੱਤੇ ਜਾਂਦੇ ਕਿਸੇ ਕਮਿਊਨਿਟੀ ਸੈਂਟਰ ਜਾਂ ਹੋਰ ਸੇਵਾਵਾਂ ਦੇ ਵਰਤੋਂਕਾਰ ਵਜੋਂ
# context: 5. What type of relationship can the VCS have… › bulleted list, item 3
leicestershire-county-compact--s5--b4-i3 = ਕਿਸੇ ਅਜਿਹੇ ਫੋਰਮ ਦੇ ਮੈਂਬਰ ਵਜੋਂ ਜਿਸ ਨੂੰ ਕਿਸੇ ਖ਼ਾਸ ਭੂਗੋਲਿਕ ਇਲਾਕੇ ਵਿੱਚ, ਜਾਂ ਸਾਂਝੀ ਦਿਲਚਸਪੀ ਜਾਂ ਸਾਂਝੀ ਲੋੜ ਵਾਲੇ ਕਿਸੇ ਭਾਈਚਾਰੇ ਲਈ, ਸੰਚਾਰ ਦੇ ਸਾਧਨ ਵਜੋਂ ਮਾਨਤਾ ਪ੍ਰਾਪਤ ਹੈ।
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b5 = ਇਸ ਤੋਂ ਇਲਾਵਾ, ਕਈ ਮੌਕੇ ਅਜਿਹੇ ਹੋ ਸਕਦੇ ਹਨ ਜਦੋਂ ਕਿਸੇ { -vcs-short } ਗਰੁੱਪ ਨੂੰ { -council } ਨਾਲ ਸੰਬੰਧ ਬਣਾਉਣ ਦੀ ਲੋੜ ਪਵੇ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ { -council } ਅਤੇ ਇਸ ਦੇ ਕੰਮ-ਢੰਗਾਂ ਬਾਰੇ ਲੋੜੀਂਦੀ ਜਾਣਕਾਰੀ ਦੇ ਅਧਾਰ 'ਤੇ ਅਜਿਹਾ ਕਰਨ ਦੇ ਯੋਗ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।

## 6. The 8 Shared Principles in the Leicestershire County Compact

# context: 6. The 8 Shared Principles in the Leicestershire… › section heading
leicestershire-county-compact--principles--title = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact } ਦੇ 8 { -shared-principles }
# context: 6. The 8 Shared Principles in the Leicestershire… › paragraph
leicestershire-county-compact--principles--b1 = ਕਾਊਂਟੀ { -compact } ਦੇ ਸਾਰੇ ਭਾਈਵਾਲ ਹੇਠ ਲਿਖੇ ਸਿਧਾਂਤਾਂ ਨਾਲ ਸਹਿਮਤ ਹਨ:
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (a)
leicestershire-county-compact--principles--b2-i1 = **ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਕਾਰਜ** ਇੱਕ ਲੋਕਤੰਤਰੀ ਸਮਾਜ ਲਈ ਜ਼ਰੂਰੀ ਹੈ।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (b)
leicestershire-county-compact--principles--b2-i2 = ਇੱਕ **ਸੁਤੰਤਰ ਅਤੇ ਵੰਨ-ਸੁਵੰਨਾ { -vcs }** ਸਮਾਜ ਦੀ ਭਲਾਈ ਦੀ ਬੁਨਿਆਦ ਹੈ।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (c)
leicestershire-county-compact--principles--b2-i3 = { -council } ਅਤੇ { -vcs-short } ਦੋਵੇਂ ਨਸਲ, ਉਮਰ, ਅਪੰਗਤਾ, ਲਿੰਗ, ਜਿਨਸੀ ਰੁਝਾਨ, ਧਰਮ, ਨਸਲੀ ਜਾਂ ਕੌਮੀ ਮੂਲ, ਵਿਆਹੁਤਾ ਸਥਿਤੀ ਜਾਂ ਡਾਕਟਰੀ ਹਾਲਤ ਦੀ ਪਰਵਾਹ ਕੀਤੇ ਬਿਨਾਂ ਸਾਰੇ ਲੋਕਾਂ ਲਈ **ਮੌਕਿਆਂ ਦੀ ਬਰਾਬਰੀ** ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਨ ਦੀ ਮਹੱਤਤਾ ਨੂੰ ਸਵੀਕਾਰ ਕਰਦੇ ਹਨ।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (d)
leicestershire-county-compact--principles--b2-i4 = ਜਨਤਕ ਨੀਤੀ ਅਤੇ ਸੇਵਾਵਾਂ ਦੇ ਵਿਕਾਸ ਅਤੇ ਪ੍ਰਦਾਨ ਕਰਨ ਵਿੱਚ { -council } ਅਤੇ { -vcs-short } ਦੀਆਂ ਭੂਮਿਕਾਵਾਂ ਵੱਖਰੀਆਂ ਪਰ **ਇੱਕ-ਦੂਜੇ ਦੀਆਂ ਪੂਰਕ** ਹਨ।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (e)
leicestershire-county-compact--principles--b2-i5 = ਸਾਂਝੇ ਟੀਚਿਆਂ ਅਤੇ ਉਦੇਸ਼ਾਂ ਵੱਲ **ਮਿਲ ਕੇ ਕੰਮ ਕਰਨ ਵਿੱਚ ਵਾਧੂ ਮੁੱਲ** ਹੈ। **ਸਹੀ** ਸੰਚਾਰ ਸੰਬੰਧ ਬਣਾਉਂਦਾ ਹੈ, ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਨੂੰ ਸੁਧਾਰਦਾ ਹੈ ਅਤੇ ਸੇਵਾਵਾਂ ਤੇ ਪ੍ਰੋਗਰਾਮਾਂ ਦੀ ਰੂਪ-ਰੇਖਾ ਅਤੇ ਪ੍ਰਦਾਨਗੀ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਂਦਾ ਹੈ।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (f)
leicestershire-county-compact--principles--b2-i6 = { -council } ਅਤੇ { -vcs-short } ਦੀ **ਜਵਾਬਦੇਹੀ ਦੇ ਰੂਪ ਵੱਖਰੇ ਹਨ ਅਤੇ ਉਹ ਵੱਖ-ਵੱਖ ਲੋਕਾਂ ਅਤੇ ਸੰਸਥਾਵਾਂ ਨੂੰ ਜਵਾਬਦੇਹ ਹੋ ਸਕਦੇ ਹਨ**। ਪਰ ਦੋਵਾਂ ਲਈ ਨਿਰਸਵਾਰਥਤਾ, ਇਮਾਨਦਾਰੀ, ਨਿਰਪੱਖਤਾ, ਜਵਾਬਦੇਹੀ, ਖੁੱਲ੍ਹਾਪਣ, ਸੱਚਾਈ ਅਤੇ ਅਗਵਾਈ ਦੀ ਲੋੜ ਸਾਂਝੀ ਹੈ।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (g)
leicestershire-county-compact--principles--b2-i7 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਆਪਣੇ ਟੀਚੇ ਅੱਗੇ ਵਧਾਉਣ ਲਈ ਕਾਨੂੰਨ ਦੇ ਦਾਇਰੇ ਵਿੱਚ **ਮੁਹਿੰਮ ਚਲਾਉਣ ਦਾ ਹੱਕ** ਹੈ।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (h)
leicestershire-county-compact--principles--b2-i8 = { -council } ਅਤੇ { -vcs-short } ਮੰਨਦੇ ਹਨ ਕਿ { -council } ਨੂੰ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਸਾਧਨ ਦੇਣ ਦੀ ਲੋੜ ਹੈ। ਇਨ੍ਹਾਂ ਸਾਧਨਾਂ ਵਿੱਚ **ਫੰਡ, ਸਲਾਹ ਅਤੇ ਹੋਰ ਸਹਾਇਤਾ** ਸ਼ਾਮਲ ਹੈ ਅਤੇ ਇਹ ਸੰਬੰਧ ਦੇ ਮਹੱਤਵਪੂਰਨ ਅੰਗ ਹਨ।

## 7. Undertakings by partners of the Leicestershire County Compact

# context: 7. Undertakings by partners of the… › section heading
leicestershire-county-compact--undertakings--title = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact } ਦੇ ਭਾਈਵਾਲਾਂ ਦੀਆਂ { -undertakings }
# context: 7. Undertakings by partners of the… › paragraph
leicestershire-county-compact--undertakings--b1 = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact } ਦੇ ਸਾਰੇ ਭਾਈਵਾਲ ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਸੰਬੰਧਿਤ { -undertakings } ਅਨੁਸਾਰ ਕੰਮ ਕਰਨ ਲਈ ਸਹਿਮਤ ਹਨ
# context: 7. Undertakings by partners of the… › undertakings, name of the party `council`
leicestershire-county-compact--undertakings--b2-party-council = ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ ਕੌਂਸਲ (Leicestershire County Council)
# context: 7. Undertakings by partners of the… › undertakings, name of the party `vcs`
leicestershire-county-compact--undertakings--b2-party-vcs = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 1
leicestershire-county-compact--undertakings--b2-t1-title = ਸਾਡੀਆਂ ਇੱਕ-ਦੂਜੇ ਦੀਆਂ ਪੂਰਕ ਭੂਮਿਕਾਵਾਂ
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 1
leicestershire-county-compact--undertakings--b2-t1-c1-i1 = ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ ਲੋਕਾਂ ਦੇ ਜੀਵਨ ਦੀ ਗੁਣਵੱਤਾ ਸੁਧਾਰਨ ਲਈ ਇੱਕ ਰਣਨੀਤਕ ਢਾਂਚਾ ਦੇਣ ਵਾਸਤੇ ਕਾਊਂਟੀ { -council } ਦੀ ਭਾਈਚਾਰਕ ਆਗੂ ਵਜੋਂ ਭੂਮਿਕਾ ਨੂੰ ਵਿਕਸਿਤ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 2
leicestershire-county-compact--undertakings--b2-t1-c1-i2 = ਭਾਈਚਾਰੇ ਲਈ ਜਾਣਕਾਰੀ ਅਤੇ ਸੇਵਾਵਾਂ ਨੂੰ ਵਧੇਰੇ ਪਹੁੰਚਯੋਗ ਬਣਾਉਣ ਲਈ { -vcs-short } ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 3
leicestershire-county-compact--undertakings--b2-t1-c1-i3 = ਸਾਂਝੇ ਉਦੇਸ਼ਾਂ ਨੂੰ ਪੂਰਾ ਕਰਨ ਵਾਲੇ ਬਾਹਰੀ ਸਾਧਨ ਹਾਸਲ ਕਰਨ ਦੀ { -vcs-short } ਦੀ ਯੋਗਤਾ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ ਅਤੇ ਉਸ ਦਾ ਸਮਰਥਨ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 4
leicestershire-county-compact--undertakings--b2-t1-c1-i4 = { -vcs-short } ਨੂੰ ਆਪਣਾ ਸਾਧਨ-ਅਧਾਰ ਵਿਕਸਿਤ ਕਰਨ ਵਿੱਚ ਸਹਾਇਤਾ ਦੇਣਾ, ਤਾਂ ਜੋ ਉਹ ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਅਤੇ ਭਾਈਵਾਲੀ ਦੀਆਂ ਸਰਗਰਮੀਆਂ ਵਿੱਚ ਅਸਰਦਾਰ ਢੰਗ ਨਾਲ ਹਿੱਸਾ ਲੈ ਸਕੇ।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t1-c2-i1 = ਮਿਲ ਕੇ ਕੰਮ ਕਰਨ ਦੀ ਕਦਰ ਨੂੰ, ਅਤੇ { -council } ਅਤੇ { -vcs-short } ਵੱਲੋਂ ਇਸ ਸੰਬੰਧ ਵਿੱਚ ਲਿਆਂਦੀਆਂ ਵੱਖ-ਵੱਖ ਖੂਬੀਆਂ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t1-c2-i2 = ਇਹ ਸਵੀਕਾਰ ਕਰਨਾ ਕਿ { -council } ਸਾਧਨ, ਢਾਂਚੇ, ਜਵਾਬਦੇਹੀ, ਜਾਣਕਾਰੀ ਅਤੇ ਮੁਹਾਰਤ ਤੱਕ ਪਹੁੰਚ, ਅਤੇ ਸਹਾਇਤਾ ਦੇ ਕੇ { -vcs-short } ਦੇ ਕੰਮ ਦੀ ਪੂਰਤੀ ਕਰਦੀ ਹੈ।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t1-c2-i3 = ਛਤਰੀ ਸੰਸਥਾਵਾਂ ਰਾਹੀਂ ਸਥਾਨਕ ਗਰੁੱਪਾਂ, ਨੀਤੀ ਦੇ ਵਿਕਾਸ ਅਤੇ ਭਾਈਵਾਲੀ ਵਿੱਚ ਕੰਮ ਦਾ ਸਮਰਥਨ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 2
leicestershire-county-compact--undertakings--b2-t2-title = ਮਾਨਤਾ
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by council, item 1
leicestershire-county-compact--undertakings--b2-t2-c1-i1 = ਵਿਅਕਤੀਆਂ ਅਤੇ ਭਾਈਚਾਰਿਆਂ ਦੀਆਂ ਵੰਨ-ਸੁਵੰਨੀਆਂ ਲੋੜਾਂ ਦੀ ਪਛਾਣ ਕਰਨ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਸਪਸ਼ਟ ਰੂਪ ਵਿੱਚ ਬਿਆਨ ਕਰਨ ਦੀ { -vcs-short } ਦੀ ਯੋਗਤਾ ਨੂੰ, ਅਤੇ ਲੋਕਾਂ ਨੂੰ ਭਾਈਚਾਰਕ ਜੀਵਨ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਲਈ ਉਤਸ਼ਾਹਿਤ ਕਰਨ ਵਿੱਚ ਇਸ ਦੀ ਅਹਿਮੀਅਤ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by council, item 2
leicestershire-county-compact--undertakings--b2-t2-c1-i2 = ਭਾਈਚਾਰੇ ਨੂੰ ਦਿੱਤੀਆਂ ਜਾਂਦੀਆਂ ਸੇਵਾਵਾਂ ਦੀ ਗੁਣਵੱਤਾ ਵਿੱਚ ਸਵੈ-ਸੇਵਕਾਂ ਵੱਲੋਂ ਪਾਏ ਜਾਂਦੇ ਵਾਧੂ ਮੁੱਲ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t2-c2-i1 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਸ਼ਾਮਲ ਕਰਨ, ਉਨ੍ਹਾਂ ਨਾਲ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਕਰਨ, ਉਨ੍ਹਾਂ ਨੂੰ ਸਾਧਨ ਦੇਣ ਅਤੇ ਉਨ੍ਹਾਂ ਦੀ ਸਹਾਇਤਾ ਕਰਨ ਲਈ { -council } ਵੱਲੋਂ ਕੀਤੀਆਂ ਵਚਨਬੱਧਤਾਵਾਂ ਨੂੰ ਮਾਨਤਾ ਦੇਣਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t2-c2-i2 = ਇਹ ਸਵੀਕਾਰ ਕਰਨਾ ਕਿ { -council } ਦੀ ਮੁੱਢਲੀ ਭੂਮਿਕਾ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਭਾਈਚਾਰਕ ਅਗਵਾਈ ਦੇਣਾ ਹੈ।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 3
leicestershire-county-compact--undertakings--b2-t3-title = ਫੰਡਿੰਗ ਅਤੇ ਜਵਾਬਦੇਹੀ
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 1
leicestershire-county-compact--undertakings--b2-t3-c1-i1 = ਫੰਡਿੰਗ ਦੇ ਅਜਿਹੇ ਉਪਾਅ ਵਿਕਸਿਤ ਕਰਨਾ ਜੋ ਇਹ ਯਕੀਨੀ ਬਣਾਉਣ ਕਿ ਸਾਧਨ ਸਹਿਮਤ ਤਰਜੀਹਾਂ ਨੂੰ ਪੂਰਾ ਕਰਨ ਅਤੇ ਲਗਾਤਾਰ ਸੁਧਾਰ ਹੁੰਦਾ ਰਹੇ।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 2
leicestershire-county-compact--undertakings--b2-t3-c1-i2 = ਜਨਤਕ ਪੈਸੇ ਦੀ ਸਭ ਤੋਂ ਅਸਰਦਾਰ ਅਤੇ ਕੁਸ਼ਲ ਵਰਤੋਂ ਯਕੀਨੀ ਬਣਾਉਣ ਲਈ, { -council } ਦੇ ਅੰਦਰ ਅਤੇ ਬਾਹਰੀ ਫੰਡ ਦੇਣ ਵਾਲਿਆਂ ਨਾਲ ਮਿਲ ਕੇ, ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨੂੰ ਫੰਡ ਦੇਣ ਦੇ ਤਾਲਮੇਲ ਵਾਲੇ ਢੰਗ ਵਿਕਸਿਤ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 3
leicestershire-county-compact--undertakings--b2-t3-c1-i3 = ਫੰਡਿੰਗ ਵਿੱਚ ਖੁੱਲ੍ਹਾਪਣ ਯਕੀਨੀ ਬਣਾਉਣ ਲਈ ਇੱਕ ਢਾਂਚਾ ਦੇਣਾ, ਅਤੇ ਫੰਡਿੰਗ ਦੀ ਰਕਮ ਅਤੇ ਮਕਸਦ ਦੇ ਅਨੁਪਾਤ ਵਿੱਚ ਨਿਗਰਾਨੀ ਅਤੇ ਜਵਾਬਦੇਹੀ ਪ੍ਰਣਾਲੀਆਂ ਲਾਗੂ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t3-c2-i1 = ਸੇਵਾਵਾਂ ਵਰਤਣ ਵਾਲਿਆਂ ਦੇ ਲਾਭ ਲਈ ਫੰਡਾਂ ਦੀ ਸਭ ਤੋਂ ਅਸਰਦਾਰ ਅਤੇ ਕੁਸ਼ਲ ਵਰਤੋਂ ਯਕੀਨੀ ਬਣਾਉਣਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t3-c2-i2 = { -council } ਤੋਂ ਮਿਲੇ ਫੰਡਾਂ ਦੇ ਸੰਬੰਧ ਵਿੱਚ, { -council } ਅਤੇ ਸੇਵਾਵਾਂ ਵਰਤਣ ਵਾਲਿਆਂ ਪ੍ਰਤੀ ਜਵਾਬਦੇਹੀ ਦਿਖਾਉਣਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t3-c2-i3 = ਕਾਨੂੰਨ ਦੀ ਅਤੇ, ਜਿੱਥੇ ਲੋੜ ਹੋਵੇ, Charity Commission ਦੇ ਢੁਕਵੇਂ ਮਾਰਗਦਰਸ਼ਨ ਦੀ ਪਾਲਣਾ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 4
leicestershire-county-compact--undertakings--b2-t4-title = ਨੀਤੀ ਦਾ ਵਿਕਾਸ ਅਤੇ ਸਲਾਹ-ਮਸ਼ਵਰਾ
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by council, item 1
leicestershire-county-compact--undertakings--b2-t4-c1-i1 = ਨੀਤੀਆਂ ਅਤੇ ਸੇਵਾਵਾਂ ਦੀ ਯੋਜਨਾਬੰਦੀ ਅਤੇ ਵਿਕਾਸ ਵਿੱਚ { -vcs-short } ਨੂੰ ਸਮੇਂ ਸਿਰ ਅਤੇ ਕੁਸ਼ਲ ਢੰਗਾਂ ਨਾਲ, ਸਰਗਰਮੀ ਨਾਲ ਅਤੇ ਲਗਾਤਾਰ ਸ਼ਾਮਲ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by council, item 2
leicestershire-county-compact--undertakings--b2-t4-c1-i2 = ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨਾ, ਤਾਂ ਜੋ ਉਹ ਅਣਗੌਲੇ ਗਰੁੱਪਾਂ ਨਾਲ ਵਧੇਰੇ ਅਸਰਦਾਰ ਢੰਗ ਨਾਲ ਜੁੜ ਸਕਣ ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਹਿਤਾਂ ਦੀ ਨੁਮਾਇੰਦਗੀ ਕਰ ਸਕਣ।
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t4-c2-i1 = ਅਸਰਦਾਰ ਸਲਾਹ-ਮਸ਼ਵਰਾ ਯਕੀਨੀ ਬਣਾਉਣ ਲਈ { -council } ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t4-c2-i2 = ਲੈਸਟਰਸ਼ਾਇਰ ਦੇ ਭਾਈਚਾਰਿਆਂ ਨੂੰ ਆਵਾਜ਼ ਦੇਣਾ, ਤਾਂ ਜੋ ਉਹ ਸੇਵਾਵਾਂ ਦੇ ਪ੍ਰਬੰਧ ਅਤੇ ਪ੍ਰਦਾਨਗੀ ਬਾਰੇ ਨੀਤੀ 'ਤੇ ਅਸਰ ਪਾ ਸਕਣ।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 5
leicestershire-county-compact--undertakings--b2-t5-title = ਮਿਲ ਕੇ ਕੰਮ ਕਰਦੇ ਸਮੇਂ ਚੰਗਾ ਅਭਿਆਸ
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 1
leicestershire-county-compact--undertakings--b2-t5-c1-i1 = ਅਸੀਂ ਮਿਲ ਕੇ ਬਿਹਤਰ ਕੰਮ ਕਿਵੇਂ ਕਰ ਸਕਦੇ ਹਾਂ, ਇਸ ਬਾਰੇ { -vcs-short } ਨਾਲ ਗੱਲਬਾਤ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 2
leicestershire-county-compact--undertakings--b2-t5-c1-i2 = ਇਸ ਗੱਲਬਾਤ ਰਾਹੀਂ { -vcs-short } ਵੱਲੋਂ ਉਠਾਏ ਗਏ ਮੁੱਦਿਆਂ ਦਾ ਢੁਕਵਾਂ ਜਵਾਬ ਦੇਣਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 3
leicestershire-county-compact--undertakings--b2-t5-c1-i3 = { -vcs-short } ਨਾਲ ਮਿਲ ਕੇ ਫੰਡਿੰਗ, ਸਲਾਹ-ਮਸ਼ਵਰੇ, ਕਾਲੇ ਅਤੇ ਘੱਟ-ਗਿਣਤੀ ਨਸਲੀ ਅਤੇ ਹੋਰ ਅਣਗੌਲੇ ਗਰੁੱਪਾਂ, ਸਵੈ-ਸੇਵਾ ਅਤੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪਾਂ ਬਾਰੇ ਸਥਾਨਕ ਅਭਿਆਸ ਕੋਡ ਵਿਕਸਿਤ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t5-c2-i1 = { -council } ਨਾਲ, { -vcs-short } ਦੇ ਅੰਦਰ, ਅਤੇ ਖ਼ਾਸ ਕਰਕੇ ਕਾਊਂਟੀ ਦੀਆਂ ਹਾਸ਼ੀਏ 'ਤੇ ਧੱਕੀਆਂ ਗਈਆਂ ਕਾਲੇ ਅਤੇ ਘੱਟ-ਗਿਣਤੀ ਨਸਲੀ ਭਾਈਚਾਰਿਆਂ ਦੀਆਂ ਸੰਸਥਾਵਾਂ ਨਾਲ ਲਾਹੇਵੰਦ ਕੰਮਕਾਜੀ ਸੰਬੰਧ ਵਿਕਸਿਤ ਕਰਨਾ ਅਤੇ ਉਤਸ਼ਾਹਿਤ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t5-c2-i2 = ਸਰਗਰਮੀਆਂ ਅਤੇ ਸੇਵਾਵਾਂ ਦੇ ਵਿਕਾਸ ਅਤੇ ਪ੍ਰਬੰਧ ਵਿੱਚ ਸੇਵਾਵਾਂ ਵਰਤਣ ਵਾਲਿਆਂ ਨੂੰ ਸ਼ਾਮਲ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t5-c2-i3 = { -council } ਅਤੇ ਹੋਰ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਨਾਲ ਹਰ ਤਰ੍ਹਾਂ ਦੇ ਲੈਣ-ਦੇਣ ਵਿੱਚ ਖੁੱਲ੍ਹੇ ਅਤੇ ਪਾਰਦਰਸ਼ੀ ਰਹਿਣਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 4
leicestershire-county-compact--undertakings--b2-t5-c2-i4 = { -council } ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕਰਦੇ ਸਮੇਂ ਸ਼ਮੂਲੀਅਤ ਲਈ { -vcs-short } ਦੀ ਸਮਰੱਥਾ ਦਾ ਸਪਸ਼ਟ ਅੰਦਾਜ਼ਾ ਦੇਣਾ।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 6
leicestershire-county-compact--undertakings--b2-t6-title = ਅਸੀਂ { -compact } ਪ੍ਰਤੀ ਵਚਨਬੱਧਤਾ ਕਿਵੇਂ ਦਿਖਾਉਂਦੇ ਹਾਂ
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by council, item 1
leicestershire-county-compact--undertakings--b2-t6-c1-i1 = { -compact } ਵਿਚਲੀਆਂ ਵਚਨਬੱਧਤਾਵਾਂ ਨੂੰ ਅਮਲ ਵਿੱਚ ਲਿਆਉਣ ਲਈ ਕੰਮ ਦੇ ਨਵੇਂ ਪ੍ਰਬੰਧ ਕਰਨਾ ਅਤੇ ਢੁਕਵੇਂ ਸਾਧਨ ਨਿਰਧਾਰਤ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by council, item 2
leicestershire-county-compact--undertakings--b2-t6-c1-i2 = ਪੂਰੀ { -council } ਵਿੱਚ { -compact } ਵਿਚਲੀਆਂ ਵਚਨਬੱਧਤਾਵਾਂ ਦੀ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਅਮਲ ਵਿੱਚ ਕਿਵੇਂ ਲਿਆਉਣਾ ਹੈ ਇਸ ਦੀ, ਸਮਝ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਨਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t6-c2-i1 = ਕਾਰਵਾਈਆਂ ਨੂੰ ਲਾਗੂ ਕਰਨ ਅਤੇ { -compact } ਦੀਆਂ ਯੋਜਨਾਬੱਧ ਸਮੀਖਿਆਵਾਂ ਵਿੱਚ ਹਿੱਸਾ ਲੈਣ ਦਾ ਸਮਰਥਨ ਕਰਨਾ, ਅਤੇ ਜਿੱਥੇ ਸੰਭਵ ਹੋਵੇ, ਇਸ ਲਈ ਸਮਾਂ ਅਤੇ ਸਾਧਨ ਲਗਾਉਣਾ।
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t6-c2-i2 = ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਕੰਮ ਕਰ ਰਹੀਆਂ ਸਵੈ-ਸੇਵੀ ਅਤੇ ਭਾਈਚਾਰਕ ਸੰਸਥਾਵਾਂ ਵਿੱਚ { -compact } ਨੂੰ ਅਪਣਾਉਣ ਨੂੰ ਉਤਸ਼ਾਹਿਤ ਕਰਨਾ।

## 8. How will we know if the Compact is working?

# context: 8. How will we know if the Compact is working? › section heading
leicestershire-county-compact--s8--title = ਸਾਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ ਕਿ { -compact } ਕਾਮਯਾਬ ਹੋ ਰਿਹਾ ਹੈ?
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b1 = ਇਸ { -compact } ਨੂੰ ਤਿਆਰ ਕਰਨ ਵਿੱਚ ਸ਼ਾਮਲ ਸਾਰੇ ਭਾਈਵਾਲ { -vcs-short } ਅਤੇ { -council } ਵਿਚਕਾਰ ਹੇਠ ਲਿਖੇ ਨਤੀਜੇ ਦੇਖਣਾ ਚਾਹੁੰਦੇ ਹਨ:
# context: 8. How will we know if the Compact is working? › outcomes, item 1
leicestershire-county-compact--s8--b2-i1 = ਵਧੇਰੇ **ਸਮਝ**
# context: 8. How will we know if the Compact is working? › outcomes, item 2
leicestershire-county-compact--s8--b2-i2 = ਬਿਹਤਰ **ਸੰਚਾਰ**;
# context: 8. How will we know if the Compact is working? › outcomes, item 3
leicestershire-county-compact--s8--b2-i3 = **ਸਲਾਹ-ਮਸ਼ਵਰੇ** ਦੀਆਂ ਬਿਹਤਰ ਪ੍ਰਕਿਰਿਆਵਾਂ ਅਤੇ ਵਿਧੀਆਂ;
# context: 8. How will we know if the Compact is working? › outcomes, item 4
leicestershire-county-compact--s8--b2-i4 = **ਯੋਜਨਾਬੰਦੀ ਅਤੇ ਨੀਤੀ** ਬਾਰੇ ਵਧੇਰੇ ਸਾਂਝੇ ਉਪਰਾਲੇ;
# context: 8. How will we know if the Compact is working? › outcomes, item 5
leicestershire-county-compact--s8--b2-i5 = **ਫੰਡਿੰਗ** ਦੇ ਪ੍ਰਬੰਧਾਂ ਅਤੇ ਵਿਧੀਆਂ ਦੀ ਸਮੀਖਿਆ
# context: 8. How will we know if the Compact is working? › outcomes, item 6
leicestershire-county-compact--s8--b2-i6 = **ਜਾਣਕਾਰੀ** ਦਾ ਕੁਸ਼ਲ ਵਹਾਅ
# context: 8. How will we know if the Compact is working? › outcomes, item 7
leicestershire-county-compact--s8--b2-i7 = ਬਿਹਤਰ **ਸੇਵਾ ਪ੍ਰਦਾਨਗੀ**
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b3 = ਇਹ ਨਤੀਜੇ ਹਾਸਲ ਕਰਨ ਲਈ ਇੱਕ ਕਾਰਜ-ਯੋਜਨਾ ਤਿਆਰ ਕੀਤੀ ਜਾਵੇਗੀ। ਇਹ ਯੋਜਨਾ:
# context: 8. How will we know if the Compact is working? › lettered list, item (a)
leicestershire-county-compact--s8--b4-i1 = ਫੰਡਿੰਗ, ਸਲਾਹ-ਮਸ਼ਵਰੇ, ਕਾਲੇ ਅਤੇ ਘੱਟ-ਗਿਣਤੀ ਨਸਲੀ ਗਰੁੱਪਾਂ, ਸਵੈ-ਸੇਵਾ ਅਤੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪਾਂ ਬਾਰੇ ਰਾਸ਼ਟਰੀ ਅਭਿਆਸ ਕੋਡ ਨੂੰ ਸਥਾਨਕ ਹਾਲਾਤ ਅਨੁਸਾਰ ਢਾਲੇਗੀ;
# context: 8. How will we know if the Compact is working? › lettered list, item (b)
leicestershire-county-compact--s8--b4-i2 = { -compact } ਦੇ ਅਸਰ ਦੀ ਸਮੀਖਿਆ ਅਤੇ ਨਿਗਰਾਨੀ ਲਈ ਪ੍ਰਣਾਲੀਆਂ ਸਥਾਪਿਤ ਕਰੇਗੀ;
# context: 8. How will we know if the Compact is working? › lettered list, item (c)
leicestershire-county-compact--s8--b4-i3 = ਵਿਚੋਲਗੀ ਅਤੇ ਸੁਲ੍ਹਾ-ਸਫ਼ਾਈ ਦੀ ਇੱਕ ਪ੍ਰਕਿਰਿਆ ਤੈਅ ਕਰੇਗੀ।
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b5 = ਕਾਰਜ-ਯੋਜਨਾ ਦੀ ਹਰ ਸਾਲ ਸਮੀਖਿਆ ਕੀਤੀ ਜਾਵੇਗੀ।
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b6 = ਕਾਰਜ-ਯੋਜਨਾ ਵਿੱਚ ਉਨ੍ਹਾਂ ਸਾਰੇ ਭਾਗ ਲੈਣ ਵਾਲੇ ਗਰੁੱਪਾਂ ਅਤੇ ਸੰਸਥਾਵਾਂ ਦੀ ਸੂਚੀ ਸ਼ਾਮਲ ਹੋਵੇਗੀ ਜੋ ਕਾਊਂਟੀ { -compact } 'ਤੇ ਦਸਤਖ਼ਤ ਕਰਦੇ ਹਨ ਅਤੇ ਇਸ ਲਈ { -compact } ਦੇ ਭਾਈਵਾਲਾਂ ਨਾਲ ਨਿਰਪੱਖ ਅਤੇ ਬਰਾਬਰੀ ਵਾਲੇ ਢੰਗ ਨਾਲ ਕੰਮ ਕਰਨ ਲਈ ਵਚਨਬੱਧ ਹਨ।

## 9. Accessibility of the Compact document

# context: 9. Accessibility of the Compact document › section heading
leicestershire-county-compact--s9--title = { -compact } ਦਸਤਾਵੇਜ਼ ਦੀ ਪਹੁੰਚਯੋਗਤਾ
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b1 = ਕਾਊਂਟੀ { -compact } ਬੇਨਤੀ ਕਰਨ 'ਤੇ ਕਈ ਭਾਈਚਾਰਕ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਅਤੇ ਕਈ ਫਾਰਮੈਟਾਂ ਵਿੱਚ ਉਪਲਬਧ ਹੈ।
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b2 = ਤੁਹਾਨੂੰ ਇਸ ਦੇ ਅੰਦਰ ਇੱਕ ਪੋਸਟਰ ਮਿਲੇਗਾ ਜਿਸ ਵਿੱਚ { -compact } ਦੇ { -shared-principles(case: "oblique") } ਦਾ ਸਾਰ ਦਿੱਤਾ ਗਿਆ ਹੈ ਅਤੇ ਜਿਸ ਵਿੱਚ ਗਰੁੱਪਾਂ ਅਤੇ ਸੰਸਥਾਵਾਂ ਦੇ ਦਸਤਖ਼ਤ ਕਰਨ ਲਈ ਇੱਕ ਹਿੱਸਾ ਹੈ, ਜੋ { -compact } ਦੀ ਭਾਵਨਾ ਅਨੁਸਾਰ ਕੰਮ ਕਰਨ ਦੀ ਉਨ੍ਹਾਂ ਦੀ ਵਚਨਬੱਧਤਾ ਦਾ ਐਲਾਨ ਕਰਦਾ ਹੈ। ਪੋਸਟਰ ਦਾ ਮਕਸਦ ਸਟਾਫ਼, ਸਵੈ-ਸੇਵਕਾਂ, ਸੇਵਾਵਾਂ ਵਰਤਣ ਵਾਲਿਆਂ ਅਤੇ ਤੁਹਾਡੇ ਅਹਾਤੇ ਵਿੱਚ ਆਉਣ ਵਾਲੇ ਹੋਰ ਗਰੁੱਪਾਂ ਅਤੇ ਸੰਸਥਾਵਾਂ ਵਿੱਚ ਕਾਊਂਟੀ { -compact } ਬਾਰੇ ਜਾਗਰੂਕਤਾ ਵਧਾਉਣਾ ਹੈ।
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b3 = ਕਾਊਂਟੀ { -compact } ਵਿੱਚ ਇੱਕ ਦਸਤਖ਼ਤ ਫਾਰਮ ਵੀ ਸ਼ਾਮਲ ਹੈ, ਜਿਸ ਨੂੰ ਗਰੁੱਪ ਅਤੇ ਸੰਸਥਾਵਾਂ ਕਾਊਂਟੀ { -compact } 'ਤੇ ਦਸਤਖ਼ਤ ਕਰਨਾ ਚਾਹੁਣ ਤਾਂ ਭਰ ਕੇ ਵਾਪਸ ਭੇਜਦੀਆਂ ਹਨ। "ਦਸਤਖ਼ਤ ਕਰਨ" ਦਾ ਅਰਥ ਹੈ ਕਿ ਗਰੁੱਪ ਅਤੇ ਸੰਸਥਾਵਾਂ { -compact } ਸਮਝੌਤੇ ਦੀ ਭਾਵਨਾ ਅਨੁਸਾਰ { -council } ਅਤੇ { -vcs-short } ਭਾਈਵਾਲਾਂ ਨਾਲ ਕੰਮ ਕਰਨ ਲਈ ਸਹਿਮਤ ਹਨ।

## 10. Joining up the tiers

# context: 10. Joining up the tiers › section heading
leicestershire-county-compact--s10--title = ਵੱਖ-ਵੱਖ ਪੱਧਰਾਂ ਨੂੰ ਆਪਸ ਵਿੱਚ ਜੋੜਨਾ
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b1 = ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਸਾਡੇ ਸਾਹਮਣੇ ਆਪਸ ਵਿੱਚ ਜੁੜੇ ਸਥਾਨਕ { -compacts } ਤਿਆਰ ਕਰਨ ਦੀ ਚੁਣੌਤੀ ਹੈ। ਲੈਸਟਰਸ਼ਾਇਰ ਦੀ ਹਰੇਕ { -cvs } ਇਸ ਵੇਲੇ ਸੰਬੰਧਿਤ ਡਿਸਟ੍ਰਿਕਟ { -council } ਅਤੇ { -pct } ਨਾਲ ਮਿਲ ਕੇ ਆਪਣੇ ਇਲਾਕੇ ਲਈ ਸਥਾਨਕ { -compacts } ਤਿਆਰ ਕਰ ਰਹੀ ਹੈ ਜਾਂ ਤਿਆਰ ਕਰਨ ਦੀ ਯੋਜਨਾ ਬਣਾ ਰਹੀ ਹੈ। ਕਾਊਂਟੀ ਅਤੇ ਸ਼ਹਿਰ ਦੇ { -vcs-short } ਅਤੇ Leicestershire Learning and Skills Council ਵਿਚਕਾਰ ਇੱਕ ਲਰਨਿੰਗ { -compact } ਤਿਆਰ ਕਰਨ ਦੀ ਯੋਜਨਾ ਵੀ ਹੈ। Leicestershire Local Strategic Partnership ਨੇ ਸਹਿਮਤੀ ਦਿੱਤੀ ਹੈ ਕਿ ਲੈਸਟਰਸ਼ਾਇਰ ਕਾਊਂਟੀ { -compact } ਆਮ ਤੌਰ 'ਤੇ ਪੂਰੇ ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਸਥਾਨਕ { -compacts(case: "oblique") } ਦੇ ਵਿਕਾਸ ਲਈ ਇੱਕ ਨਮੂਨਾ ਹੈ। ਇਸ ਲਈ ਭਾਵੇਂ ਦੂਜੇ ਸਥਾਨਕ { -compacts(case: "oblique") } ਵਿੱਚ { -shared-principles } ਅਤੇ ਖੇਤਰ ਦੀਆਂ { -undertakings } ਕਾਫ਼ੀ ਹੱਦ ਤੱਕ ਉਹੀ ਰਹਿਣਗੇ, ਪਰ ਇਨ੍ਹਾਂ ਤੋਂ ਬਣਨ ਵਾਲੀਆਂ ਕਾਰਜ-ਯੋਜਨਾਵਾਂ { -vcs-short } ਅਤੇ ਸਥਾਨਕ ਏਜੰਸੀਆਂ ਵਿਚਕਾਰ ਸੰਬੰਧ ਵਿੱਚ ਸਥਾਨਕ ਲੋੜਾਂ ਅਤੇ ਤਰਜੀਹਾਂ ਨੂੰ ਦਰਸਾਉਣਗੀਆਂ।
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b2 = ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਤਿਆਰ ਕੀਤੇ ਜਾ ਰਹੇ ਸਥਾਨਕ { -compacts }:
# context: 10. Joining up the tiers › bulleted list, item 1
leicestershire-county-compact--s10--b3-i1 = **ਬਲੇਬੀ ਡਿਸਟ੍ਰਿਕਟ { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 2
leicestershire-county-compact--s10--b3-i2 = **ਹਿੰਕਲੀ ਅਤੇ ਬੌਸਵਰਥ ਏਰੀਆ { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 3
leicestershire-county-compact--s10--b3-i3 = **ਮੈਲਟਨ ਬਰੋ { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 4
leicestershire-county-compact--s10--b3-i4 = **ਚਾਰਨਵੁੱਡ { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 5
leicestershire-county-compact--s10--b3-i5 = **ਓਡਬੀ ਅਤੇ ਵਿਗਸਟਨ { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 6
leicestershire-county-compact--s10--b3-i6 = **ਨੌਰਥ ਵੈਸਟ ਲੈਸਟਰਸ਼ਾਇਰ { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 7
leicestershire-county-compact--s10--b3-i7 = **ਸਾਊਥ ਲੈਸਟਰਸ਼ਾਇਰ { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 8
leicestershire-county-compact--s10--b3-i8 = **Leicestershire Learning and Skills Council ਨਾਲ ਲਰਨਿੰਗ { -compact } (ਕਾਊਂਟੀ ਅਤੇ ਸ਼ਹਿਰ)**
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b5 = ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ, CVS Community Partnership ਦੇ ਪਾਰਟਨਰਸ਼ਿਪ ਅਫ਼ਸਰ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
# context: 10. Joining up the tiers › contact card, the contact's role
leicestershire-county-compact--s10--b6-role = ਪਾਰਟਨਰਸ਼ਿਪ ਅਫ਼ਸਰ

## Other formats and languages

# context: Other formats and languages › section heading
leicestershire-county-compact--alternative-formats--title = ਹੋਰ ਫਾਰਮੈਟ ਅਤੇ ਭਾਸ਼ਾਵਾਂ
# context: Other formats and languages › how to ask for other formats
leicestershire-county-compact--alternative-formats--b1-text = ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਕਿਤਾਬਚੇ ਦੀ ਜਾਣਕਾਰੀ ਕਿਸੇ ਹੋਰ ਰੂਪ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ, ਜਿਵੇਂ ਵੱਡੇ ਅੱਖਰ, ਬ੍ਰੇਲ, ਟੇਪ ਜਾਂ ਕੋਈ ਹੋਰ ਭਾਸ਼ਾ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ:
