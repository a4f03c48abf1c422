### review-status: machine-assisted
### Translations of content/site.yaml.

## The site

# context: the site's title, at the top of every page
# source: 0d49be04
site--title = સ્થાનિક કોમ્પેક્ટ

# context: the tagline under the title on each home page
# source: 2335e9f3
site--tagline = કાઉન્સિલો, એનએચએસ અને સ્વૈચ્છિક તથા સામુદાયિક ક્ષેત્ર વચ્ચેના કરારો

# context: the publisher's contact, their role (in every page's footer)
# source: a3a446ad
site--publisher-role = પાર્ટનરશિપ ઓફિસર
