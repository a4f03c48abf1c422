### review-status: machine-assisted
### Translations of content/site.yaml.
site--title = स्थानीय कॉम्पैक्ट
site--tagline = काउंसिलों, एनएचएस और स्वैच्छिक व सामुदायिक क्षेत्र के बीच समझौते
site--publisher-role = पार्टनरशिप ऑफ़िसर
