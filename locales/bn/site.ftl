### review-status: machine-assisted
### Translations of content/site.yaml.
site--publisher-role = পার্টনারশিপ অফিসার
