### Gujarati translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ compact-leicestershire.yaml.


## Title page

# context: title page, the label above the title
compact-leicestershire--label = પરિશિષ્ટ 2
# context: title page, title
compact-leicestershire--title = { -compact } લેસ્ટરશાયર
# context: title page, subtitle
compact-leicestershire--subtitle = { -compact } લેસ્ટરશાયર એ લેસ્ટરશાયર ટુગેધર પબ્લિક સેક્ટર પાર્ટનર્સ અને લેસ્ટરશાયરના { -vcs } વચ્ચેના સંબંધ વિશેની માર્ગદર્શિકા છે
# context: summary, also shown on the home page
compact-leicestershire--summary = { -compact } લેસ્ટરશાયરના { -shared-principles }, અને સંસ્થાઓ માટે તેમાં જોડાવાનું એક ફોર્મ.
# context: title page, area
compact-leicestershire--area = લેસ્ટરશાયર
# context: title page, party 1
compact-leicestershire--party-1 = લેસ્ટરશાયર ટુગેધર પબ્લિક સેક્ટર પાર્ટનર્સ (LTPS)
# context: title page, party 2
compact-leicestershire--party-2 = લેસ્ટરશાયરનું { -vcs } ({ -vcs-short })

## Shared principles

# context: Shared principles › section heading
compact-leicestershire--principles--title = { -shared-principles }
# context: Shared principles › paragraph
compact-leicestershire--principles--b1 = અમે નીચેના { -shared-principles } નક્કી કર્યા છે:
# context: Shared principles › shared principles, item 1
compact-leicestershire--principles--b2-i1 = સ્વૈચ્છિક અને સામુદાયિક કાર્ય લોકશાહી સમાજ માટે આવશ્યક છે
# context: Shared principles › shared principles, item 2
compact-leicestershire--principles--b2-i2 = સ્વતંત્ર અને વૈવિધ્યપૂર્ણ { -vcs } ({ -vcs-short }) સમાજના કલ્યાણનો પાયો છે.
# context: Shared principles › shared principles, item 3
compact-leicestershire--principles--b2-i3 = લેસ્ટરશાયર ટુગેધર પબ્લિક સેક્ટર ભાગીદારો (LTPS) અને { -vcs-short } બંને જાતિ, ઉંમર, અપંગતા, લિંગ, જાતીયતા, ધર્મ, વંશીય કે રાષ્ટ્રીય મૂળ, વૈવાહિક સ્થિતિ કે તબીબી સ્થિતિને ધ્યાનમાં લીધા વિના તમામ લોકો માટે તકની સમાનતાને પ્રોત્સાહન આપવાનું મહત્વ સ્વીકારે છે.
# context: Shared principles › shared principles, item 4
compact-leicestershire--principles--b2-i4 = જાહેર નીતિ અને સેવાઓના વિકાસ અને પૂરી પાડવામાં LTPS ભાગીદારો અને { -vcs-short }ની ભૂમિકાઓ અલગ પરંતુ એકબીજાની પૂરક છે.
# context: Shared principles › shared principles, item 5
compact-leicestershire--principles--b2-i5 = સહિયારા લક્ષ્યો અને ઉદ્દેશો તરફ સાથે મળીને કામ કરવામાં વધારાનું મૂલ્ય છે. યોગ્ય સંવાદ સંબંધો બાંધે છે, નીતિ ઘડતર સુધારે છે અને સેવાઓ તથા કાર્યક્રમોની રચના અને અમલને વધુ સારો બનાવે છે.
# context: Shared principles › shared principles, item 6
compact-leicestershire--principles--b2-i6 = LTPS ભાગીદારો અને { -vcs-short }ની જવાબદારીનાં સ્વરૂપો જુદાં છે અને તેઓ જુદા જુદા લોકો અને સંસ્થાઓને જવાબદાર હોઈ શકે છે. પરંતુ બંને માટે નિઃસ્વાર્થતા, પ્રામાણિકતા, નિષ્પક્ષતા, જવાબદારી, પારદર્શિતા, સચ્ચાઈ, નાણાંનો યોગ્ય ઉપયોગ અને નેતૃત્વની જરૂર સમાન છે.
# context: Shared principles › shared principles, item 7
compact-leicestershire--principles--b2-i7 = ફંડિંગ, કમિશનિંગ એન્ડ પ્રોક્યોરમેન્ટ કોડ ઓફ ગુડ પ્રેક્ટિસમાં દર્શાવેલા સિદ્ધાંતો અને હાલના તથા પછીના સંમત { -compact } લેસ્ટરશાયર કોડ અને માર્ગદર્શનનું પાલન { -vcs-short } અને આ કોડ તથા માર્ગદર્શન પર સહી કરનાર પબ્લિક સેક્ટર બંને કરશે.
# context: Shared principles › shared principles, item 8
compact-leicestershire--principles--b2-i8 = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને તેમનાં લક્ષ્યો આગળ વધારવા કાયદાની મર્યાદામાં ઝુંબેશ ચલાવવાનો અધિકાર છે.
# context: Shared principles › shared principles, item 9
compact-leicestershire--principles--b2-i9 = LTPS ભાગીદારો અને { -vcs-short } સ્વીકારે છે કે જ્યાં સેવાઓ કમિશન કરવાની હોય કે અનુદાનથી ચલાવવાની હોય, ત્યાં પબ્લિક સેક્ટર ભાગીદારોએ સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને સંસાધનો ફાળવવાની જરૂર છે. આ સંસાધનોમાં ભંડોળ, સલાહ અને સ્વયંસેવા સહિત અન્ય સહાયનો સમાવેશ થાય છે, અને તે સંબંધનાં મહત્વનાં અંગો છે
# context: Shared principles › shared principles, item 10
compact-leicestershire--principles--b2-i10 = એ સ્વીકારવામાં (અને સમર્થન આપવામાં) આવે છે કે પબ્લિક સેક્ટર સાથે ટેન્ડર અને કરાર કરતી વખતે { -vcs-short } (અને સામાજિક સાહસો) ફુલ કોસ્ટ રિકવરી પદ્ધતિ અનુસરશે.
# context: Shared principles › shared principles, item 11
compact-leicestershire--principles--b2-i11 = હાલના, ચાલુ કે આપવામાં આવેલા કરારો, અનુદાનો, સમજૂતીઓ કે સહાય (રહેઠાણની અસ્કયામતો સહિત)માં કોઈ પણ ફેરફાર, સમાપ્તિ કે સમીક્ષાથી અસર પામનાર તમામ { -vcs-short } સંસ્થાઓને પબ્લિક સેક્ટરની સંસ્થા ઓછામાં ઓછી ત્રણ મહિનાની સંમત આગોતરી નોટિસ આપશે; જ્યાં અગાઉથી નક્કી અને સંમત સમાપ્તિ તારીખ હોય ત્યાં આ લાગુ પડતું નથી.
# context: Shared principles › shared principles, item 12
compact-leicestershire--principles--b2-i12 = નેશનલ સર્વે ઓફ ચેરિટીઝ એન્ડ સોશિયલ એન્ટરપ્રાઇઝિસ દ્વારા જીવંત, વૈવિધ્યપૂર્ણ અને સ્વતંત્ર { -vcs-short } ક્ષેત્ર { -compact } લેસ્ટરશાયરની સફળતાનું એક માપ છે. સ્થાનિક માપદંડો પણ વિકસાવવામાં આવશે.
# context: Shared principles › shared principles, item 13
compact-leicestershire--principles--b2-i13 = { -compact } લેસ્ટરશાયરના કોઈ પણ સહીકર્તાએ પાલનમાં (વાસ્તવિક કે માનેલી) નિષ્ફળતાને પડકારવામાં આવે તો ડરવું ન જોઈએ કે સજાનો ભોગ બનવું ન જોઈએ.
# context: Shared principles › shared principles, item 14
compact-leicestershire--principles--b2-i14 = સમજૂતીઓ, કરારો અને અનુદાનો પર પહોંચતી વખતે તમામ પક્ષો (પબ્લિક સેક્ટર, { -vcs-short } અને પ્રાઇવેટ સેક્ટર)ની ભૂમિકાઓ, જવાબદારીઓ અને ફરજો સ્પષ્ટ કરવી.
# context: Shared principles › shared principles, item 15
compact-leicestershire--principles--b2-i15 = ઉપર દર્શાવેલા { -compact } લેસ્ટરશાયરના સિદ્ધાંતો { -vcs-short } સાથેના કરારોમાં લખવામાં આવશે.

## Your commitment:

# context: Your commitment: › section heading
compact-leicestershire--commitment--title = તમારી પ્રતિબદ્ધતા:
# context: Your commitment: › sign-up form, the pledge
compact-leicestershire--commitment--b1-pledge = અમે { -compact } લેસ્ટરશાયરના સિદ્ધાંતો સાથે સંમત છીએ અને { -compact }ની ભાવના મુજબ અમારા ભાગીદારો સાથે કામ કરીશું:
# context: Your commitment: › sign-up form, label of box 1
compact-leicestershire--commitment--b1-field1 = નામ:
# context: Your commitment: › sign-up form, label of box 2
compact-leicestershire--commitment--b1-field2 = તારીખ:
# context: Your commitment: › sign-up form, label of box 3
compact-leicestershire--commitment--b1-field3 = જે સંસ્થા વતી
# context: Your commitment: › sign-up form, label of box 4
compact-leicestershire--commitment--b1-field4 = સરનામું:
# context: Your commitment: › sign-up form, label of box 5
compact-leicestershire--commitment--b1-field5 = ફોન:
# context: Your commitment: › sign-up form, label of box 6
compact-leicestershire--commitment--b1-field6 = ઈ-મેઈલ:
# context: Your commitment: › sign-up form, where to send it
compact-leicestershire--commitment--b1-return = કૃપા કરીને અહીં પરત મોકલો:
# context: Your commitment: › sign-up form, before the e-mail address
compact-leicestershire--commitment--b1-return-email = અથવા ઈ-મેઈલ કરો
