### review-status: machine-assisted
### Translations of content/site.yaml.
site--title = ਸਥਾਨਕ ਕੰਪੈਕਟ
site--tagline = ਕੌਂਸਲਾਂ, ਐਨ.ਐਚ.ਐਸ. ਅਤੇ ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ ਵਿਚਕਾਰ ਸਮਝੌਤੇ
site--publisher-role = ਪਾਰਟਨਰਸ਼ਿਪ ਅਫ਼ਸਰ
