### review-status: machine-assisted
### Translations of content/site.yaml.
site--title = સ્થાનિક કોમ્પેક્ટ
site--tagline = કાઉન્સિલો, એનએચએસ અને સ્વૈચ્છિક તથા સામુદાયિક ક્ષેત્ર વચ્ચેના કરારો
site--publisher-role = પાર્ટનરશિપ ઓફિસર
