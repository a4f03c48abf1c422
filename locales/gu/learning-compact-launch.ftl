### review-status: machine-assisted
### Gujarati translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ learning-compact-launch.yaml.

learning-compact-launch--label = સમાચાર
learning-compact-launch--title = લર્નિંગ એન્ડ સ્કિલ્સ કોમ્પેક્ટ
learning-compact-launch--summary = લેસ્ટરશાયરમાં હવે સ્થાનિક સ્વૈચ્છિક તથા સામુદાયિક ક્ષેત્ર અને સ્થાનિક લર્નિંગ એન્ડ સ્કિલ્સ કાઉન્સિલ વચ્ચે એક કોમ્પેક્ટ છે. વિગતો આપે છે મિક ઓ'હારા.
