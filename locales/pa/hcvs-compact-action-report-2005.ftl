### review-status: machine-assisted
### Punjabi (Gurmukhi) translation, written with machine assistance; not yet
### reviewed by a native speaker. Message ids come from content/ hcvs-compact-action-report-2005.yaml.

hcvs-compact-action-report-2005--label = ਕਾਰਵਾਈ ਰਿਪੋਰਟ
hcvs-compact-action-report-2005--title = HCVS ਰਣਨੀਤਕ ਅਗਵਾਈ: ਕੰਪੈਕਟ ਕਾਰਵਾਈ ਰਿਪੋਰਟ
hcvs-compact-action-report-2005--summary = ਕੰਪੈਕਟ ਬਾਰੇ ਜਾਣਕਾਰੀ ਫੈਲਾਉਣ ਅਤੇ ਇਸ ਦੇ ਅਭਿਆਸ ਕੋਡਾਂ ਦਾ ਸਮਰਥਨ ਕਰਨ ਵਿੱਚ ਹਰਟਫੋਰਡਸ਼ਾਇਰ ਦੇ ਹਰੇਕ ਜ਼ਿਲ੍ਹੇ ਦੀ ਪ੍ਰਗਤੀ, ਜਿਵੇਂ 8 ਸਤੰਬਰ 2005 ਨੂੰ ਰਿਪੋਰਟ ਕੀਤੀ ਗਈ।
