### review-status: machine-assisted
### Translations of content/site.yaml.
site--publisher-role = પાર્ટનરશિપ ઓફિસર
