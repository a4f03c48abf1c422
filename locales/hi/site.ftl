### review-status: machine-assisted
### Translations of content/site.yaml.
site--publisher-role = पार्टनरशिप ऑफ़िसर
