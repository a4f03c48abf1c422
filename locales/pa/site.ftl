### review-status: machine-assisted
### Translations of content/site.yaml.
site--publisher-role = ਪਾਰਟਨਰਸ਼ਿਪ ਅਫ਼ਸਰ
