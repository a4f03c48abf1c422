### review-status: machine-assisted
### Translations of content/site.yaml.

## The site

# context: the site's title, at the top of every page
# source: 0d49be04
site--title = स्थानीय कॉम्पैक्ट

# context: the tagline under the title on each home page
# source: 2335e9f3
site--tagline = काउंसिलों, एनएचएस और स्वैच्छिक व सामुदायिक क्षेत्र के बीच समझौते

# context: the publisher's contact, their role (in every page's footer)
# source: a3a446ad
site--publisher-role = पार्टनरशिप ऑफ़िसर
