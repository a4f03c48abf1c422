### review-status: machine-assisted
### Translations of content/site.yaml.
site--title = مقامی کمپیکٹ
site--tagline = کونسلوں، این ایچ ایس اور رضاکارانہ و کمیونٹی شعبے کے درمیان معاہدے
site--publisher-role = پارٹنرشپ آفیسر
