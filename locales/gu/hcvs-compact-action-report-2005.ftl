### review-status: machine-assisted
### Gujarati translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ hcvs-compact-action-report-2005.yaml.

hcvs-compact-action-report-2005--label = કાર્ય અહેવાલ
hcvs-compact-action-report-2005--title = HCVS વ્યૂહાત્મક નેતૃત્વ: કોમ્પેક્ટ કાર્ય અહેવાલ
hcvs-compact-action-report-2005--summary = કોમ્પેક્ટ વિશે માહિતી ફેલાવવામાં અને તેની આચારસંહિતાઓને ટેકો આપવામાં હર્ટફોર્ડશાયરના દરેક જિલ્લાની પ્રગતિ, 8 સપ્ટેમ્બર 2005ના અહેવાલ મુજબ.
