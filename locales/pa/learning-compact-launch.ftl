### review-status: machine-assisted
### Punjabi (Gurmukhi) translation, written with machine assistance; not yet
### reviewed by a native speaker. Message ids come from content/ learning-compact-launch.yaml.

learning-compact-launch--label = ਖ਼ਬਰ
learning-compact-launch--title = ਲਰਨਿੰਗ ਐਂਡ ਸਕਿੱਲਜ਼ ਕੰਪੈਕਟ
learning-compact-launch--summary = ਲੈਸਟਰਸ਼ਾਇਰ ਵਿੱਚ ਹੁਣ ਸਥਾਨਕ ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ ਅਤੇ ਸਥਾਨਕ ਲਰਨਿੰਗ ਐਂਡ ਸਕਿੱਲਜ਼ ਕੌਂਸਲ ਵਿਚਕਾਰ ਇੱਕ ਕੰਪੈਕਟ ਹੈ। ਮਿਕ ਓ'ਹਾਰਾ ਵੇਰਵੇ ਦੱਸ ਰਹੇ ਹਨ।
