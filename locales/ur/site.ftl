### review-status: machine-assisted
### Translations of content/site.yaml.
site--publisher-role = پارٹنرشپ آفیسر
