### Translations of content/site.yaml.


## The site

# context: the site's title, at the top of every page
site--title = ਸਥਾਨਕ { -compacts }
# context: the tagline under the title on each home page
site--tagline = { -council(number: "other") }, ਐਨ.ਐਚ.ਐਸ. ਅਤੇ { -vcs } ਵਿਚਕਾਰ ਸਮਝੌਤੇ
# context: the publisher's contact, their role (in every page's footer)
site--publisher-role = ਪਾਰਟਨਰਸ਼ਿਪ ਅਫ਼ਸਰ

## The accessibility statement

# context: the accessibility statement: content that is not accessible, and why, item 1
site--non-accessible-1 = ਕੁਝ ਅਨੁਵਾਦ ਮਸ਼ੀਨ ਦੀ ਮਦਦ ਨਾਲ ਕੀਤੇ ਗਏ ਹਨ ਅਤੇ ਅਜੇ ਕਿਸੇ ਮਾਂ-ਬੋਲੀ ਬੋਲਣ ਵਾਲੇ ਨੇ ਇਨ੍ਹਾਂ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ, ਇਸ ਲਈ ਇਨ੍ਹਾਂ ਨੂੰ ਸਮਝਣਾ ਔਖਾ ਹੋ ਸਕਦਾ ਹੈ। ਜਿਨ੍ਹਾਂ ਪੰਨਿਆਂ 'ਤੇ ਅਜਿਹੇ ਅਨੁਵਾਦ ਹਨ, ਉਹ ਇਹ ਦੱਸਦੇ ਹਨ।
# context: the accessibility statement: content that is not accessible, and why, item 2
site--non-accessible-2 = ਪ੍ਰਕਾਸ਼ਨਾਂ ਦੇ ਕੁਝ ਹਿੱਸਿਆਂ ਦਾ ਅਜੇ ਹਰ ਭਾਈਚਾਰਕ ਭਾਸ਼ਾ ਵਿੱਚ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ। ਉਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਏ ਜਾਂਦੇ ਹਨ ਅਤੇ ਅੰਗਰੇਜ਼ੀ ਵਜੋਂ ਨਿਸ਼ਾਨਬੱਧ ਹੁੰਦੇ ਹਨ, ਤਾਂ ਜੋ ਸਕ੍ਰੀਨ ਰੀਡਰ ਉਨ੍ਹਾਂ ਨੂੰ ਅੰਗਰੇਜ਼ੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਨ।
# context: the accessibility statement: content that is not accessible, and why, item 3
site--non-accessible-3 = ਕੰਪਿਊਟਰ ਦੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਿਆ ਗਿਆ ਆਡੀਓ ਹੁਣ ਤੱਕ ਸਿਰਫ਼ ਇੱਕ ਪ੍ਰਕਾਸ਼ਨ ਲਈ ਪ੍ਰਕਾਸ਼ਿਤ ਹੋਇਆ ਹੈ; ਕੰਪਿਊਟਰ ਦੀ ਆਵਾਜ਼ ਕੁਝ ਨਾਵਾਂ ਅਤੇ ਸ਼ਬਦਾਂ ਦਾ ਉਚਾਰਨ ਗ਼ਲਤ ਕਰਦੀ ਹੈ। ਤੁਸੀਂ ਸਾਨੂੰ ਕੋਈ ਵੀ ਪ੍ਰਕਾਸ਼ਨ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ।
# context: the accessibility statement: how the website was tested
site--tested-how = ਅਸੀਂ ਵੈੱਬ ਪੰਨਿਆਂ ਅਤੇ ਵੱਡੇ ਅੱਖਰਾਂ ਵਾਲੇ ਪੰਨਿਆਂ ਦੀ ਜਾਂਚ ਇੱਕ ਵੈੱਬ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ 320 ਪਿਕਸਲ ਚੌੜਾਈ 'ਤੇ (400% ਜ਼ੂਮ ਵਾਂਗ) ਅਤੇ ਸਵੈਚਾਲਿਤ ਪਹੁੰਚਯੋਗਤਾ ਜਾਂਚਕਾਂ ਨਾਲ ਕੀਤੀ, ਅਤੇ ਵੱਡੇ ਅੱਖਰਾਂ ਵਾਲੀਆਂ PDF ਫ਼ਾਈਲਾਂ ਦੀ ਜਾਂਚ ਇੱਕ PDF/UA ਜਾਂਚਕ ਨਾਲ ਕੀਤੀ। ਅਸੀਂ ਅਜੇ ਇਨ੍ਹਾਂ ਦੀ ਜਾਂਚ ਸਕ੍ਰੀਨ ਰੀਡਰ ਨਾਲ ਨਹੀਂ ਕੀਤੀ।
