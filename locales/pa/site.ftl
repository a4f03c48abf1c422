### review-status: machine-assisted
### Translations of content/site.yaml.

## The site

# context: the site's title, at the top of every page
# source: 0d49be04
site--title = ਸਥਾਨਕ ਕੰਪੈਕਟ

# context: the tagline under the title on each home page
# source: 2335e9f3
site--tagline = ਕੌਂਸਲਾਂ, ਐਨ.ਐਚ.ਐਸ. ਅਤੇ ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ ਵਿਚਕਾਰ ਸਮਝੌਤੇ

# context: the publisher's contact, their role (in every page's footer)
# source: a3a446ad
site--publisher-role = ਪਾਰਟਨਰਸ਼ਿਪ ਅਫ਼ਸਰ
