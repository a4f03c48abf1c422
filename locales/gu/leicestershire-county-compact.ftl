### review-status: machine-assisted
### Gujarati translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ leicestershire-county-compact.yaml.

leicestershire-county-compact--label = કોમ્પેક્ટ
leicestershire-county-compact--title = લેસ્ટરશાયર કાઉન્ટી કોમ્પેક્ટ
leicestershire-county-compact--subtitle = લેસ્ટરશાયર કાઉન્ટી કાઉન્સિલ અને લેસ્ટરશાયરના સ્વૈચ્છિક તથા સામુદાયિક ક્ષેત્ર વચ્ચેના સંબંધ વિશેની માર્ગદર્શિકા
leicestershire-county-compact--strapline = "વાત વધુ સારા સંબંધોની છે"
leicestershire-county-compact--summary = લેસ્ટરશાયરમાં લેસ્ટરશાયર કાઉન્ટી કાઉન્સિલ અને સ્વૈચ્છિક તથા સામુદાયિક ક્ષેત્ર કેવી રીતે સાથે મળીને કામ કરે છે તે જાણવાની જેને જરૂર હોય તે દરેક માટે લેસ્ટરશાયર કાઉન્ટી કોમ્પેક્ટ એક આવશ્યક માર્ગદર્શિકા છે.
leicestershire-county-compact--principles--title = લેસ્ટરશાયર કાઉન્ટી કોમ્પેક્ટના 8 સહિયારા સિદ્ધાંતો
leicestershire-county-compact--principles--b1 = કાઉન્ટી કોમ્પેક્ટના તમામ ભાગીદારો નીચેના સિદ્ધાંતો સાથે સંમત છે:
leicestershire-county-compact--principles--b2-i1 = **સ્વૈચ્છિક અને સામુદાયિક કાર્ય** લોકશાહી સમાજ માટે આવશ્યક છે.
leicestershire-county-compact--principles--b2-i2 = **સ્વતંત્ર અને વૈવિધ્યપૂર્ણ સ્વૈચ્છિક તથા સામુદાયિક ક્ષેત્ર** સમાજના કલ્યાણનો પાયો છે.
leicestershire-county-compact--principles--b2-i3 = કાઉન્સિલ અને VCS બંને જાતિ, ઉંમર, અપંગતા, લિંગ, જાતીયતા, ધર્મ, વંશીય કે રાષ્ટ્રીય મૂળ, વૈવાહિક સ્થિતિ કે તબીબી સ્થિતિને ધ્યાનમાં લીધા વિના તમામ લોકો માટે **તકની સમાનતા**ને પ્રોત્સાહન આપવાનું મહત્વ સ્વીકારે છે.
leicestershire-county-compact--principles--b2-i4 = જાહેર નીતિ અને સેવાઓના વિકાસ અને પૂરી પાડવામાં કાઉન્સિલ અને VCSની ભૂમિકાઓ અલગ પરંતુ **એકબીજાની પૂરક** છે.
leicestershire-county-compact--principles--b2-i5 = સહિયારા લક્ષ્યો અને ઉદ્દેશો તરફ **સાથે મળીને કામ કરવામાં વધારાનું મૂલ્ય** છે. **યોગ્ય** સંવાદ સંબંધો બાંધે છે, નીતિ ઘડતર સુધારે છે અને સેવાઓ તથા કાર્યક્રમોની રચના અને અમલને વધુ સારો બનાવે છે.
leicestershire-county-compact--principles--b2-i6 = કાઉન્સિલ અને VCSની **જવાબદારીનાં સ્વરૂપો જુદાં છે અને તેઓ જુદા જુદા લોકો અને સંસ્થાઓને જવાબદાર હોઈ શકે છે**. પરંતુ બંને માટે નિઃસ્વાર્થતા, પ્રામાણિકતા, નિષ્પક્ષતા, જવાબદારી, ખુલ્લાપણું, સચ્ચાઈ અને નેતૃત્વની જરૂર સમાન છે.
leicestershire-county-compact--principles--b2-i7 = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને તેમનાં લક્ષ્યો આગળ વધારવા કાયદાની મર્યાદામાં **ઝુંબેશ ચલાવવાનો અધિકાર** છે.
leicestershire-county-compact--principles--b2-i8 = કાઉન્સિલ અને VCS સ્વીકારે છે કે કાઉન્સિલે સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને સંસાધનો ફાળવવાની જરૂર છે. આ સંસાધનોમાં **ભંડોળ, સલાહ અને અન્ય સહાય**નો સમાવેશ થાય છે અને તે સંબંધનાં મહત્વનાં અંગો છે.
leicestershire-county-compact--alternative-formats--title = અન્ય ફોર્મેટ અને ભાષાઓ
leicestershire-county-compact--alternative-formats--b1-text = જો તમને આ પુસ્તિકાની માહિતી બીજા કોઈ સ્વરૂપમાં જોઈતી હોય, જેમ કે મોટા અક્ષરો, બ્રેઇલ, ટેપ કે બીજી કોઈ ભાષા, તો કૃપા કરીને:
