### Gujarati translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ charnwood-nw-leicestershire-compact.yaml.


## Title page

# context: title page, the label above the title
charnwood-nw-leicestershire-compact--label = { -compact }
# context: title page, title
charnwood-nw-leicestershire-compact--title = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર { -compact }
# context: summary, also shown on the home page
charnwood-nw-leicestershire-compact--summary = આ { -compact } ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયરમાં { -vcs }ની સંસ્થાઓ, સ્થાનિક સત્તાતંત્રો અને { -pct } (PCT) વચ્ચેના કાર્યકારી સંબંધો માટે ઔપચારિક માળખું નક્કી કરે છે.
# context: title page, area
charnwood-nw-leicestershire-compact--area = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર
# context: title page, party 1
charnwood-nw-leicestershire-compact--party-1 = ચાર્નવુડ બરો કાઉન્સિલ (Charnwood Borough Council)
# context: title page, party 2
charnwood-nw-leicestershire-compact--party-2 = નોર્થ વેસ્ટ લેસ્ટરશાયર ડિસ્ટ્રિક્ટ કાઉન્સિલ (North West Leicestershire District Council)
# context: title page, party 3
charnwood-nw-leicestershire-compact--party-3 = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર { -pct } (Charnwood & North West Leicestershire Primary Care Trust)
# context: title page, party 4
charnwood-nw-leicestershire-compact--party-4 = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયરનું { -vcs } ({ -vcs-short })

## 1. What is a Compact and what is its status?

# context: 1. What is a Compact and what is its status? › section heading
charnwood-nw-leicestershire-compact--s1--title = { -compact } એટલે શું અને તેનો દરજ્જો શો છે?
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b1 = આ { -compact } { -vcs }ની સંસ્થાઓ, સ્થાનિક સત્તાતંત્રો અને { -pct } (PCT) વચ્ચેના કાર્યકારી સંબંધો માટે ઔપચારિક માળખું નક્કી કરે છે. ભાગીદારો છેવટે સ્થાનિક લોકોના લાભ માટે સમાન લક્ષ્યો અને આકાંક્ષાઓ હાંસલ કરવા સાથે મળીને કામ કરવા પ્રતિબદ્ધ છે.
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b2 = { -compacts } કાયદેસર રીતે બંધનકર્તા દસ્તાવેજો નથી અને સંપૂર્ણ પણ નથી. તે ક્ષેત્રો વચ્ચેના સંબંધને વધુ મજબૂત બનાવવાનું સાધન છે. તેમની સત્તા એ હકીકતમાંથી આવે છે કે સ્થાનિક હિતધારકો પોતે જ તેમને વિકસાવે છે, તેમના પર પરામર્શ કરે છે અને તેમને ઔપચારિક રીતે અપનાવે છે.
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b3 = { -compact }ની સફળતા એ બાબત પર આધાર રાખે છે કે વૈધાનિક અને સ્વૈચ્છિક ક્ષેત્રો પરસ્પર આદર, માન્યતા, શ્રેષ્ઠ કાર્યપદ્ધતિ અને સહકારના સિદ્ધાંતો જાળવવા સમાન પ્રતિબદ્ધતા દર્શાવે. { -compact } દસ્તાવેજ સ્થિર નહીં રહે; સ્થાનિક સમુદાયની બદલાતી જરૂરિયાતો અને પ્રાથમિકતાઓને પ્રતિબિંબિત કરવા સમય જતાં તેની દેખરેખ રાખવામાં આવશે, તેનો વિકાસ કરવામાં આવશે અને તેમાં સુધારા કરવામાં આવશે.

## 1.1. National Context

# context: 1.1. National Context › section heading
charnwood-nw-leicestershire-compact--s1--s1-1--title = રાષ્ટ્રીય સંદર્ભ
# context: 1.1. National Context › paragraph
charnwood-nw-leicestershire-compact--s1--s1-1--b1 = ઇંગ્લેન્ડમાં સરકાર અને { -vcs } વચ્ચેના સંબંધો અંગેના રાષ્ટ્રીય { -compact } (1998) દ્વારા વધુ સારા સંબંધો અને ભાગીદારીમાં કામ માટે રાષ્ટ્રીય માળખું નક્કી થયું. નવેમ્બર 2002માં Department of Healthએ સ્પષ્ટ કર્યું કે તે ઇચ્છે છે કે ઇંગ્લેન્ડની તમામ એનએચએસ સંસ્થાઓ 31 માર્ચ 2004 સુધીમાં પોતાના ભૌગોલિક વિસ્તારને લાગુ પડતા સ્થાનિક { -compact }માં જોડાઈ જાય.

## 1.2. The Development of the Charnwood and North West Leicestershire Compact

# context: 1.2. The Development of the Charnwood and North… › section heading
charnwood-nw-leicestershire-compact--s1--s1-2--title = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર { -compact }નો વિકાસ
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.1.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i1 = આ { -compact } નોર્થ વેસ્ટ લેસ્ટરશાયરમાં સ્વૈચ્છિક ક્ષેત્ર અને ડિસ્ટ્રિક્ટ { -council } વચ્ચેની હાલની { -compact } વ્યવસ્થાઓને, તેમ જ લેસ્ટરશાયર કાઉન્ટી { -compact }ને પૂરક છે.
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.2.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2 = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર { -compact }ના મુસદ્દાના વિકાસમાં સામેલ ભાગીદારો આ છે:
# context: 1.2. The Development of the Charnwood and North… › sub-item 1 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i1 = ચાર્નવુડ { -cvs } (Charnwood Council for Voluntary Service, CVS)
# context: 1.2. The Development of the Charnwood and North… › sub-item 2 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i2 = નોર્થ વેસ્ટ લેસ્ટરશાયર { -cvs } (North West Leicestershire Council for Voluntary Service, CVS)
# context: 1.2. The Development of the Charnwood and North… › sub-item 3 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i3 = ચાર્નવુડ બરો કાઉન્સિલ (Charnwood Borough Council)
# context: 1.2. The Development of the Charnwood and North… › sub-item 4 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i4 = નોર્થ વેસ્ટ લેસ્ટરશાયર ડિસ્ટ્રિક્ટ કાઉન્સિલ (North West Leicestershire District Council)
# context: 1.2. The Development of the Charnwood and North… › sub-item 5 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i5 = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર { -pct } (Charnwood & North West Leicestershire Primary Care Trust)
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.3.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i3 = આ { -compact } ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર વિસ્તારના તમામ ભાગો* અને { -vcs } તરીકે ઓળખાતી વિવિધ પ્રકારની અનેક સંસ્થાઓને લાગુ પડે છે.
# context: 1.2. The Development of the Charnwood and North… › paragraph
boundary-note = (\* નોંધ. ભાગીદાર સંસ્થાઓની સીમાઓ એકસરખી નથી. સાયસ્ટન Charnwood Borough Councilની સીમામાં આવે છે, પરંતુ Melton, Rutland and Harborough PCTનો ભાગ છે. માર્કફીલ્ડ Charnwood & North West Leicestershire PCTના વિસ્તારનો ભાગ છે, પરંતુ નોર્થ વેસ્ટ લેસ્ટરશાયરની ડિસ્ટ્રિક્ટ { -council }ની સીમામાં આવતું નથી. આ { -compact }ના હેતુ માટે, ભાગીદાર સંસ્થાઓ સંમત થઈ છે કે બંને વિસ્તારોનો આ કરારમાં સમાવેશ કરવો જોઈએ, અને નોંધે છે કે પડોશી સંસ્થાઓએ પણ આવાં જ પગલાં લેવાં પડશે. વધુ વિગતો પરિશિષ્ટ 1માં આપેલી છે)
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.4.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i1 = { -compact } અશ્વેત અને લઘુમતી વંશીય જૂથોનાં હિતો પ્રત્યે અને વિવિધ વિશેષ તથા વધારાની જરૂરિયાતો ધરાવતા લોકો પ્રત્યે સંવેદનશીલ રહેશે.
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.5.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i2 = { -compact }માં જૂથો અને સંસ્થાઓ માટે સહી કરવાનો એક વિભાગ છે, જેમાં તેઓ { -compact }ની ભાવના મુજબ કામ કરવાની પોતાની પ્રતિબદ્ધતા જાહેર કરે છે. કર્મચારીઓ, કાઉન્સિલરો, સ્વયંસેવકો, સેવા વપરાશકર્તાઓ અને અન્ય જૂથો તથા સંસ્થાઓમાં { -compact } વિશે જાગૃતિ વધારવા સામગ્રી તૈયાર કરવામાં આવશે.
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.6.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i3 = ભાગીદાર સંસ્થાઓના સભ્ય પ્રતિનિધિઓના બનેલા એક ફોરમે, જેને { -compact } સંચાલન જૂથ કહેવામાં આવે છે, આ { -compact } વિકસાવ્યું છે. { -compact }ના પ્રકાશન પછી, આ જૂથ { -compact } કાર્ય યોજના, તેના અમલ અને તેની સમીક્ષા માટે કાયમી ફોરમ બની રહેશે.

## 2. Why have a Compact?

# context: 2. Why have a Compact? › section heading
charnwood-nw-leicestershire-compact--s2--title = { -compact } શા માટે?
# context: 2. Why have a Compact? › paragraph
charnwood-nw-leicestershire-compact--s2--b1 = આ વિસ્તારમાં વૈધાનિક અને સ્વૈચ્છિક ક્ષેત્રો વચ્ચે અનૌપચારિક કાર્યકારી સંબંધો તો પહેલેથી છે, પરંતુ આ વ્યવસ્થાઓ મોટે ભાગે એવા ચોક્કસ વ્યાવસાયિક સંબંધો પર આધારિત હોય છે, જે સમય જતાં સંસ્થાઓ અને વ્યક્તિઓ વચ્ચે બંધાયા છે. { -compact } ક્ષેત્રો વચ્ચે ભાગીદારીમાં કામ કરવા માટે વ્યવસ્થિત અભિગમ આપશે, જે અગાઉના વ્યાવસાયિક સંબંધને ધ્યાનમાં લીધા વિના તમામ હિતધારકોને સમાન દરજ્જો અને પહોંચની ખાતરી આપે છે.
# context: 2. Why have a Compact? › paragraph
charnwood-nw-leicestershire-compact--s2--b2 = ઉદ્દેશો આ છે:
# context: 2. Why have a Compact? › numbered list, item 2.1.
charnwood-nw-leicestershire-compact--s2--b3-i1 = સંવાદ સુધારવો અને માહિતીનો કાર્યક્ષમ પ્રવાહ સુનિશ્ચિત કરવો
# context: 2. Why have a Compact? › numbered list, item 2.2.
charnwood-nw-leicestershire-compact--s2--b3-i2 = સંયુક્ત આયોજન અને નીતિ અંગેની પહેલ સહિત, ક્ષેત્રો વચ્ચે સંયુક્ત કામ માટેના અસરકારક અને સંમત સિદ્ધાંતો અંગે સંમત આચારસંહિતા વિકસાવવી
# context: 2. Why have a Compact? › numbered list, item 2.3.
charnwood-nw-leicestershire-compact--s2--b3-i3 = તમામ ક્ષેત્રોમાં જાહેર સેવાઓ પૂરી પાડવાની વ્યવસ્થા સુધારવી
# context: 2. Why have a Compact? › numbered list, item 2.4.
charnwood-nw-leicestershire-compact--s2--b3-i4 = દરેક ક્ષેત્રની જરૂરિયાતો, લક્ષ્યો અને ઉદ્દેશોની વધુ સારી સમજ
# context: 2. Why have a Compact? › numbered list, item 2.5.
charnwood-nw-leicestershire-compact--s2--b3-i5 = સ્વૈચ્છિક અને વૈધાનિક ક્ષેત્રો વચ્ચે ભાગીદારીમાં વધુ કામ.
# context: 2. Why have a Compact? › numbered list, item 2.6.
charnwood-nw-leicestershire-compact--s2--b3-i6 = સમાન હિત ધરાવતા સમુદાયો અને એક જ સ્થળના સમુદાયોના વિચારો રજૂ કરવાનું માધ્યમ પૂરું પાડવું
# context: 2. Why have a Compact? › numbered list, item 2.7.
charnwood-nw-leicestershire-compact--s2--b3-i7 = નવી જરૂરિયાતો અને તેને પહોંચી વળવાની નવીન રીતો ઓળખવી
# context: 2. Why have a Compact? › numbered list, item 2.8.
charnwood-nw-leicestershire-compact--s2--b3-i8 = ગરીબી, સામાજિક બાકાતપણું અને આરોગ્યની અસમાનતાઓનો સામનો કરવો
# context: 2. Why have a Compact? › numbered list, item 2.9.
charnwood-nw-leicestershire-compact--s2--b3-i9 = વ્યક્તિઓને પોતાના સમુદાયોમાં સક્રિય થવા પ્રોત્સાહન અને ટેકો આપવો
# context: 2. Why have a Compact? › numbered list, item 2.10.
charnwood-nw-leicestershire-compact--s2--b3-i10 = અસરકારક સહભાગિતા, પરામર્શ અને પ્રતિનિધિત્વ માટે માળખું નક્કી કરવું
# context: 2. Why have a Compact? › numbered list, item 2.11.
charnwood-nw-leicestershire-compact--s2--b3-i11 = સમુદાયને સામેલ કરવો અને તેની સાથે જોડાવું
# context: 2. Why have a Compact? › numbered list, item 2.12.
charnwood-nw-leicestershire-compact--s2--b3-i12 = ભંડોળની વ્યવસ્થાઓની સમીક્ષા કરવી

## 3. How will we know if the Compact is working?

# context: 3. How will we know if the Compact is working? › section heading
charnwood-nw-leicestershire-compact--s3--title = { -compact } કામ કરી રહ્યું છે કે નહીં તે અમને કેવી રીતે ખબર પડશે?
# context: 3. How will we know if the Compact is working? › paragraph
charnwood-nw-leicestershire-compact--s3--b1 = આ { -compact }ના વિકાસમાં સામેલ તમામ ભાગીદારો નીચેનાં પરિણામો જોવા ઇચ્છે છે:
# context: 3. How will we know if the Compact is working? › outcomes, item 1
charnwood-nw-leicestershire-compact--s3--b2-i1 = વધુ સમજ
# context: 3. How will we know if the Compact is working? › outcomes, item 2
charnwood-nw-leicestershire-compact--s3--b2-i2 = વધુ સારો સંવાદ
# context: 3. How will we know if the Compact is working? › outcomes, item 3
charnwood-nw-leicestershire-compact--s3--b2-i3 = સહભાગિતા અને પરામર્શની વધુ સારી પ્રક્રિયાઓ અને કાર્યપદ્ધતિઓ
# context: 3. How will we know if the Compact is working? › outcomes, item 4
charnwood-nw-leicestershire-compact--s3--b2-i4 = સંયુક્ત આયોજન અને નીતિ અંગેની વધુ પહેલ
# context: 3. How will we know if the Compact is working? › outcomes, item 5
charnwood-nw-leicestershire-compact--s3--b2-i5 = ભંડોળની વ્યવસ્થાઓ અને કાર્યપદ્ધતિઓની સમીક્ષા
# context: 3. How will we know if the Compact is working? › outcomes, item 6
charnwood-nw-leicestershire-compact--s3--b2-i6 = માહિતીનો કાર્યક્ષમ પ્રવાહ
# context: 3. How will we know if the Compact is working? › outcomes, item 7
charnwood-nw-leicestershire-compact--s3--b2-i7 = સેવાઓ પૂરી પાડવાની વધુ સારી વ્યવસ્થા
# context: 3. How will we know if the Compact is working? › paragraph 3.1.
charnwood-nw-leicestershire-compact--s3--b3 = આ પરિણામો હાંસલ કરવા, { -compact } સંચાલન જૂથ { -compact } કાર્ય યોજના માટે ફોરમ પૂરું પાડશે, જેમાં તેના અમલ અને તેની સમીક્ષાનો પણ સમાવેશ થશે. કાર્ય યોજના:
# context: 3. How will we know if the Compact is working? › lettered list, item (a)
charnwood-nw-leicestershire-compact--s3--b4-i1 = કાઉન્ટી { -compact } જૂથે કરેલા ફેરફારોનાં પરિણામો પર વિચાર કરશે.
# context: 3. How will we know if the Compact is working? › lettered list, item (b)
charnwood-nw-leicestershire-compact--s3--b4-i2 = ભંડોળ, પરામર્શ, અશ્વેત અને લઘુમતી વંશીય જૂથો, સ્વયંસેવા અને સામુદાયિક જૂથો અંગેની રાષ્ટ્રીય આચારસંહિતાઓને સ્થાનિક પરિસ્થિતિને અનુરૂપ બનાવશે
# context: 3. How will we know if the Compact is working? › lettered list, item (c)
charnwood-nw-leicestershire-compact--s3--b4-i3 = વિશેષ અને વધારાની જરૂરિયાતો ધરાવતા લોકો સાથે અસરકારક રીતે કામ કરવા માટે શ્રેષ્ઠ કાર્યપદ્ધતિ વિકસાવશે.
# context: 3. How will we know if the Compact is working? › lettered list, item (d)
charnwood-nw-leicestershire-compact--s3--b4-i4 = વાર્ષિક સમીક્ષા સહિત { -compact }ની અસરની સમીક્ષા અને દેખરેખ માટે વ્યવસ્થાઓ સ્થાપશે. આમાં પ્રારંભિક આધારરેખા નક્કી કરવાનો અને પ્રગતિના માપદંડો તથા સૂચકાંકો સ્થાપવાનો સમાવેશ થશે. આ સમીક્ષાના આધારે પછીના વર્ષની યોજનાઓમાં સુધારો કરવામાં આવશે.
# context: 3. How will we know if the Compact is working? › lettered list, item (e)
charnwood-nw-leicestershire-compact--s3--b4-i5 = મધ્યસ્થી અને સમાધાનની પ્રક્રિયા નક્કી કરશે. લેસ્ટરશાયર કાઉન્ટી { -compact } 2004ના અંત સુધીમાં મધ્યસ્થીની એવી પ્રક્રિયા સ્થાપવાની યોજના ધરાવે છે, જે લેસ્ટરશાયરનાં તમામ સ્થાનિક { -compacts } માટે ઉપલબ્ધ હોવી જોઈએ.
# context: 3. How will we know if the Compact is working? › paragraph 3.2.
charnwood-nw-leicestershire-compact--s3--b5 = કાર્ય યોજનાની દર વર્ષે સમીક્ષા કરવામાં આવશે. કાર્ય યોજનામાં આ { -compact }માં જોડાનારાં અને તેથી { -compact }ના ભાગીદારો સાથે ન્યાયી અને સમાન રીતે કામ કરવા પ્રતિબદ્ધ તમામ સહભાગી જૂથો અને સંસ્થાઓની યાદીનો સમાવેશ થશે.

## 4. What defines the Voluntary and Community Sector?

# context: 4. What defines the Voluntary and Community… › section heading
charnwood-nw-leicestershire-compact--s4--title = { -vcs } એટલે શું?
# context: 4. What defines the Voluntary and Community… › paragraph 4.1.
charnwood-nw-leicestershire-compact--s4--b1 = { -vcs } સ્વભાવે વૈવિધ્યપૂર્ણ છે. ભૌગોલિક વિસ્તારોની, અથવા સમાન હિત કે જરૂરિયાત ધરાવતા સમુદાયોની જરૂરિયાતોના પ્રતિભાવરૂપે સેંકડો સંસ્થાઓ અને જૂથો વિકસ્યાં છે. સ્વૈચ્છિક ક્ષેત્ર ‘નફા માટે નહીં’ ચાલે છે (તેનો હેતુ પૈસા કમાવાનો નથી) અને સ્વતંત્ર છે. કાર્યરત જૂથોના પ્રકારોમાં આનો સમાવેશ થાય છે:
# context: 4. What defines the Voluntary and Community… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s4--b2-i1 = આરોગ્યને લગતા વિવિધ મુદ્દાઓમાં રસ ધરાવતાં સ્વ-સહાય જૂથો
# context: 4. What defines the Voluntary and Community… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s4--b2-i2 = પ્લેગ્રુપ, વાલીઓ અને નાનાં બાળકોનાં જૂથો, લંચ ક્લબ, મૈત્રી પ્રવૃત્તિઓ વગેરેનું આયોજન કરતાં ગામનાં જૂથો
# context: 4. What defines the Voluntary and Community… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s4--b2-i3 = સ્થાનિક મુદ્દાઓનો સામનો કરવા સમુદાયોએ સ્થાપેલાં સ્થાનિક જૂથો; તેઓ લોકોના ચોક્કસ જૂથોને સીધી સેવા પૂરી પાડી શકે છે
# context: 4. What defines the Voluntary and Community… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s4--b2-i4 = મનોરંજન, રમતગમત અને સામાજિક પ્રવૃત્તિઓ પૂરી પાડતાં સ્થાનિક જૂથો
# context: 4. What defines the Voluntary and Community… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s4--b2-i5 = વિવિધ મુદ્દાઓ પર લોકોને માહિતી, સલાહ, ટેકો અને/અથવા સેવાઓ પૂરી પાડતી રાષ્ટ્રીય સંસ્થાઓની સ્થાનિક શાખાઓ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 6
charnwood-nw-leicestershire-compact--s4--b2-i6 = સ્વૈચ્છિક અને સામુદાયિક જૂથોને ટેકો આપતી સ્થાનિક વિકાસ એજન્સીઓ અને સ્વયંસેવાને ટેકો આપતી સ્થાનિક વિકાસ એજન્સીઓ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 7
charnwood-nw-leicestershire-compact--s4--b2-i7 = લોકોના ચોક્કસ જૂથોને સેવાઓ આપતી, સમગ્ર કાઉન્ટીમાં કામ કરતી સંસ્થાઓ, જેમ કે સંભાળ રાખનારાઓ, અપંગ લોકો, વૃદ્ધ લોકો
# context: 4. What defines the Voluntary and Community… › paragraph
charnwood-nw-leicestershire-compact--s4--b3 = { -vcs }ના છત્ર હેઠળ આવતાં માળખાં અને પ્રવૃત્તિઓના પ્રકારનાં ઉદાહરણો પરિશિષ્ટ 2માં આપેલાં છે.
# context: 4. What defines the Voluntary and Community… › paragraph 4.2.
charnwood-nw-leicestershire-compact--s4--b4 = સ્વૈચ્છિક અને સામુદાયિક જૂથો આ કરી શકે છે:
# context: 4. What defines the Voluntary and Community… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s4--b5-i1 = હાલની જરૂરિયાતો પૂરી કરવા અને લોકોના જીવનમાં વાસ્તવિક પરિવર્તન લાવવા ગુણવત્તાયુક્ત સેવાઓ પૂરી પાડવી, જેનાથી લોકોના જીવનની ગુણવત્તામાં સાચો સુધારો થાય
# context: 4. What defines the Voluntary and Community… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s4--b5-i2 = સમુદાયો (ભૌગોલિક અને સમાન હિત પર આધારિત)ના વિચારો રજૂ કરવાનું માધ્યમ પૂરું પાડવું – વૈધાનિક સેવાઓ કરતાં તેઓ સમાજથી બાકાત રહેતાં જૂથો સુધી પહોંચવાની વધુ ક્ષમતા અને લવચીકતા ધરાવે છે
# context: 4. What defines the Voluntary and Community… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s4--b5-i3 = જરૂરિયાતો અને તેને પહોંચી વળવાની નવીન રીતો ઓળખવી – ભૂતકાળમાં ઘણા કિસ્સાઓમાં આ ક્ષેત્રે વિકસાવેલા અભિગમો વૈધાનિક સેવાઓએ અપનાવ્યા છે
# context: 4. What defines the Voluntary and Community… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s4--b5-i4 = ગરીબી, સામાજિક બાકાતપણું અને આરોગ્યની અસમાનતાઓનો સામનો કરવો – સમુદાયોએ સ્થાપેલાં કે સમુદાયો સાથે નજીકથી કામ કરતાં જૂથો યોગ્ય ઉકેલો વિકસાવવામાં કુશળ હોય છે
# context: 4. What defines the Voluntary and Community… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s4--b5-i5 = વ્યક્તિઓને પોતાના સમુદાયોમાં સક્રિય થવા પ્રોત્સાહન અને ટેકો આપવો – ઉદાહરણ તરીકે: સ્વયંસેવા, સંચાલન સમિતિના સભ્ય કે ટ્રસ્ટી તરીકેની જવાબદારીઓ સંભાળવી, અથવા સ્વ-સહાય જૂથો રચવાં
# context: 4. What defines the Voluntary and Community… › paragraph
charnwood-nw-leicestershire-compact--s4--b6 = ({ -vcs }ની વ્યાખ્યાઓ માટે પરિશિષ્ટ 2 જુઓ)

## 5. What defines the Borough Council?

# context: 5. What defines the Borough Council? › section heading
charnwood-nw-leicestershire-compact--s5--title = બરો { -council } એટલે શું?
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b1 = Charnwood Borough Councilની કોર્પોરેટ યોજના, “Charnwood Together”, 2007 સુધીના સમયગાળા માટે આ સત્તાતંત્રની સ્પષ્ટ પ્રાથમિકતાઓ નક્કી કરે છે. જીવનની સારી ગુણવત્તા આપવા અને અમારા સમુદાયોની જરૂરિયાતો પૂરી કરવા માટે મુખ્ય એજન્સીઓ અને ક્ષેત્રો વચ્ચે રહેલી મજબૂત ભાગીદારીઓને વધુ આગળ વધારવાની જરૂરિયાત આ પ્રાથમિકતાઓનો અભિન્ન ભાગ છે.
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b2 = Charnwood Togetherમાં ખાસ જણાવ્યું છે કે નીતિ ઘડતર અને સેવાઓ પૂરી પાડવાનાં ક્ષેત્રોમાં વૈધાનિક અને સ્વૈચ્છિક ક્ષેત્રો કેવી રીતે સાથે મળીને કામ કરશે તે અંગે માર્ગદર્શન આપવા { -council } સ્વૈચ્છિક ક્ષેત્ર સાથે { -compact } વિકસાવવાનો પ્રયાસ કરશે. આ બાબત ચાર્નવુડ કોમ્યુનિટી સ્ટ્રેટેજીના ઉદ્દેશોને પણ પ્રતિબિંબિત કરે છે, જે 2003માં અનેક મુખ્ય સંસ્થાઓએ અપનાવી હતી.
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b3 = { -council } આશરે 600 કર્મચારીઓને નોકરી આપે છે, જેઓ 13 સેવા એકમોમાં વહેંચાયેલા છે, અને તેમાંના મોટા ભાગના લફબરોમાં કામ કરે છે.
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b4 = દર વર્ષે { -council }:
# context: 5. What defines the Borough Council? › bulleted list, item 1
charnwood-nw-leicestershire-compact--s5--b5-i1 = લોકોનાં ઘરોમાંથી 47,000 ટન કચરો એકત્ર કરે છે
# context: 5. What defines the Borough Council? › bulleted list, item 2
charnwood-nw-leicestershire-compact--s5--b5-i2 = 100,000થી વધુ નવા છોડ રોપે છે.
# context: 5. What defines the Borough Council? › bulleted list, item 3
charnwood-nw-leicestershire-compact--s5--b5-i3 = 1,900 આયોજન (પ્લાનિંગ) અરજીઓ સંભાળે છે.
# context: 5. What defines the Borough Council? › bulleted list, item 4
charnwood-nw-leicestershire-compact--s5--b5-i4 = ભાડું ઉઘરાવવા 13,776 વખત ઘરે મુલાકાત લે છે અને રેસિડેન્ટ વૉર્ડન 192,000 મુલાકાતો લે છે.
# context: 5. What defines the Borough Council? › bulleted list, item 5
charnwood-nw-leicestershire-compact--s5--b5-i5 = કાઉન્સિલ ટેક્સ અને હાઉસિંગ બેનિફિટ માટેના 20,000 દાવાઓ પર કાર્યવાહી કરે છે
# context: 5. What defines the Borough Council? › bulleted list, item 6
charnwood-nw-leicestershire-compact--s5--b5-i6 = બેનિફિટમાં છેતરપિંડી માટે વર્ષે 300 લોકોની તપાસ કરે છે
# context: 5. What defines the Borough Council? › bulleted list, item 7
charnwood-nw-leicestershire-compact--s5--b5-i7 = અમારી પ્રવાસી માહિતી લાઇન પર 36,000 ફોન કૉલ અને { -council }ની સર્વિસ શોપ પર માહિતી માટેની 78,000 વિનંતીઓ સંભાળે છે; અને
# context: 5. What defines the Borough Council? › bulleted list, item 8
charnwood-nw-leicestershire-compact--s5--b5-i8 = ચૂંટણીના વર્ષમાં, 63,000થી વધુ મિલકતોમાં રહેતા 123,000 નોંધાયેલા મતદારોને 28 બરો વૉર્ડ અને 26 પેરિશમાંથી કોઈ એક માટેનાં મતદાન કાર્ડ મળે તે સુનિશ્ચિત કરે છે.
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b6 = 2003/4માં { -council }નો સામાન્ય ખર્ચ £21 મિલિયન રહેવાનું આયોજન છે. તેમાંથી £5.11 મિલિયન કાઉન્સિલ ટેક્સમાંથી મળે છે અને બાકીની રકમ સરકારી અનુદાનો અને આવકના અન્ય સ્રોતોમાંથી મળે છે. આ ઉપરાંત { -council } પોતાનાં મકાનોની જાળવણી પાછળ આશરે £23 મિલિયન ખર્ચ કરશે, જેમાંથી £13.3 મિલિયન { -council }નાં મકાનોના ભાડામાંથી અને બાકીની રકમ સરકારી સબસિડી તથા આવાસ સંબંધિત આવકના અન્ય સ્રોતોમાંથી મળે છે.
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b7 = Charnwood Borough Council વિશે વધુ માહિતી, અમારી સેવાઓની A થી Z સુધીની સંપૂર્ણ યાદી સહિત, [www.charnwoodbc.gov.uk](http://www.charnwoodbc.gov.uk) પર મળી શકે છે.

## 6. What defines the District Council?

# context: 6. What defines the District Council? › section heading
charnwood-nw-leicestershire-compact--s6--title = ડિસ્ટ્રિક્ટ { -council } એટલે શું?
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b1 = અગાઉના શહેરી અને ગ્રામીણ જિલ્લાઓના અનુગામી તરીકે 1973માં North West Leicestershire District Council પ્રથમ વાર ચૂંટાઈ ત્યારથી તેણે ઘણી પ્રગતિ કરી છે.
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b2 = ત્યાર પછીનાં વર્ષોમાં આ વિસ્તારમાં મોટા ફેરફારો થયા છે, જેમાં આનો સમાવેશ થાય છે: સ્થાનિક કોલસાની ખાણો બંધ થઈ, જેના પરિણામે પુનર્વિકાસ અને રોજગાર સર્જનની મોટી પહેલ શરૂ થઈ; નવા નેશનલ ફોરેસ્ટનાં બીજ રોપાયાં; A.42/M.42 દ્વારા સડક જોડાણ સુધર્યું; અને ઈસ્ટ મિડલેન્ડ્સ એરપોર્ટ તથા તેની આસપાસના વિસ્તારનો મુખ્ય મુસાફર અને માલવાહક ટર્મિનલ તરીકે વિસ્તાર થયો.
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b3 = ડિસ્ટ્રિક્ટ { -council } સીધી રીતે, ભાગીદારીમાં અને અન્ય સંસ્થાઓ મારફતે અનેક સ્થાનિક સેવાઓ પૂરી પાડે છે. આ સેવાઓમાં પ્રાણી કલ્યાણ, કળા, બેનિફિટ, કાર પાર્ક, ચૂંટણીઓ, પર્યાવરણીય આરોગ્ય, આવાસ, લેઝર સેન્ટર, લાઇસન્સ, આયોજન (પ્લાનિંગ) અને બાંધકામ નિયંત્રણ, કચરો અને રિસાયક્લિંગ, સામાજિક સમાવેશ અને પ્રવાસન પ્રોત્સાહનનો સમાવેશ થાય છે.
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b4 = { -council } 600થી વધુ લોકોને સીધી નોકરી આપે છે અને તેનું બજેટ £8.5 મિલિયનથી વધુ છે. તેમાં 20 વૉર્ડનું પ્રતિનિધિત્વ કરતા 38 કાઉન્સિલરો છે અને તે "કેબિનેટ સાથે નેતા" મોડેલ પર કામ કરે છે. એક્ઝિક્યુટિવ બોર્ડ દિશા અને નેતૃત્વ પૂરું પાડે છે અને મોટા ભાગના નિર્ણયો માટે જવાબદાર છે. એક્ઝિક્યુટિવ બોર્ડના વ્યક્તિગત સભ્યો આ વિષયોનો હવાલો સંભાળે છે: ઉચ્ચ ગુણવત્તાવાળી, કિફાયતી સ્થાનિક સેવાઓ; મજબૂત, સલામત સમુદાયો; સ્વસ્થ, સંતુષ્ટ વસ્તી; વધુ ન્યાયી જિલ્લો; સ્થાનિક સમૃદ્ધિ અને રોજગાર; આકર્ષક, ટકાઉ પર્યાવરણ; અને પૂરતાં સારાં, પોસાય તેવાં ઘરો.
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b5 = { -council(case: "ergative") } વિસ્તારની લાંબા ગાળાની સમૃદ્ધિ અને સુખાકારી માટે વર્ષ 2010 સુધીનું જિલ્લા માટેનું વિઝન (દૂરંદેશી) નક્કી કર્યું છે. આગામી ત્રણ વર્ષ માટે તેનું ધ્યાન "સ્વચ્છ, હરિયાળું, સલામત અને સ્વસ્થ" બનવા પર; મજબૂત સમુદાયોને પ્રોત્સાહન આપવા પર અને નગરોનાં કેન્દ્રોને પુનર્જીવિત કરવા પર રહેશે.
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b6 = North West Leicestershire District Council વિશે વધુ માહિતી, અમારી સેવાઓની A થી Z સુધીની સંપૂર્ણ યાદી સહિત, [www.nwleicestershire.gov.uk](http://www.nwleicestershire.gov.uk) પર મળી શકે છે.

## 7. What defines the Primary Care Trust?

# context: 7. What defines the Primary Care Trust? › section heading
charnwood-nw-leicestershire-compact--s7--title = { -pct } એટલે શું?
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b1 = { -pct } એટલે સ્થાનિક સમુદાયમાં એનએચએસ. ટૂંકમાં, { -pct }નું કામ સ્થાનિક લોકોને વધુ સ્વસ્થ બનાવવાનું છે, અને તે લોકોને સ્થાનિક સ્તરે ક્યારે અને ક્યાં સારવાર લેવી તે અંગે વધુ પસંદગી આપીને આ કામ કરે છે.
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b2 = Charnwood and North West Leicestershire Primary Care Trust (PCT)ની સ્થાપના 1 એપ્રિલ 2002ના રોજ થઈ હતી \*\*તેનું કાર્ય એ સુનિશ્ચિત કરવાનું છે કે { -pct }ની સીમામાં રહેતી દરેક વ્યક્તિને અસરકારક આરોગ્ય સેવાઓ મળી રહે; આ સીમા મોટે ભાગે ચાર્નવુડ બરો અને નોર્થ વેસ્ટ લેસ્ટરશાયર ડિસ્ટ્રિક્ટની સીમાઓ સાથે મેળ ખાય છે.
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b3 = સીમાઓ ભાગીદાર સંસ્થાઓની સીમાઓ સાથે મેળ ખાતી ન હોવાથી, કાર્ય યોજનાઓ તમામ સમુદાયોની જરૂરિયાતોને યોગ્ય રીતે પ્રતિબિંબિત કરે તે સુનિશ્ચિત કરવા પડોશી { -pct(number: "plural") } સાથે કાર્યકારી સંબંધો વિકસાવવામાં આવશે. (\*\*સીમાઓ અંગેની નોંધો માટે પાન 2 જુઓ)
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b4 = { -pct }ના કામનાં ઘણાં પાસાં છે. { -pct } જે કંઈ કરે છે તેના પાયામાં રહેલી બાબતોનાં ઉદાહરણો નીચે આપેલાં છે:
# context: 7. What defines the Primary Care Trust? › bulleted list, item 1
charnwood-nw-leicestershire-compact--s7--b5-i1 = પોતાની વસ્તીનાં આરોગ્ય અને સુખાકારીમાં સુધારો કરવો.
# context: 7. What defines the Primary Care Trust? › bulleted list, item 2
charnwood-nw-leicestershire-compact--s7--b5-i2 = દર્દી-કેન્દ્રિત સેવાઓ વિકસાવવી.
# context: 7. What defines the Primary Care Trust? › bulleted list, item 3
charnwood-nw-leicestershire-compact--s7--b5-i3 = { -pct(case: "ergative") } નોકરીએ રાખેલા કર્મચારીઓ દ્વારા કેટલીક સામુદાયિક આરોગ્ય સેવાઓ પૂરી પાડવી
# context: 7. What defines the Primary Care Trust? › bulleted list, item 4
charnwood-nw-leicestershire-compact--s7--b5-i4 = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર માટેની અન્ય તમામ આરોગ્ય સેવાઓનું આયોજન અને ખરીદી કરવી, એનએચએસ સંસ્થાઓ પાસેથી અથવા સ્વૈચ્છિક અને ખાનગી ક્ષેત્રની સંસ્થાઓ પાસેથી
# context: 7. What defines the Primary Care Trust? › bulleted list, item 5
charnwood-nw-leicestershire-compact--s7--b5-i5 = સ્થાનિક દંતચિકિત્સકો, ઓપ્ટિશિયનો, ફાર્માસિસ્ટો અને જનરલ પ્રેક્ટિશનરો દ્વારા પૂરી પાડવામાં આવતી આરોગ્ય સેવાઓનું સંકલન કરવું
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b6 = Charnwood and North West Leicestershire Primary Care Trust વિશે વધુ માહિતી, અમારી સેવાઓની A થી Z સુધીની સંપૂર્ણ યાદી સહિત, [www.cnwlpct.co.uk](http://www.cnwlpct.co.uk) પર મળી શકે છે.

## 8. What type of relationship can the Voluntary and Community Sectors (VCS) have with its partners, which include the Councils and the Primary Care Trust?

# context: 8. What type of relationship can the Voluntary… › section heading
charnwood-nw-leicestershire-compact--s8--title = { -vcs } ({ -vcs-short }) પોતાના ભાગીદારો સાથે, જેમાં { -council(number: "plural") } અને { -pct }નો સમાવેશ થાય છે, કેવા પ્રકારનો સંબંધ રાખી શકે?
# context: 8. What type of relationship can the Voluntary… › paragraph 8.1.
charnwood-nw-leicestershire-compact--s8--b1 = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓ આ { -compact }ના પોતાના ભાગીદારો સાથે નીચેની રીતે સીધો સંબંધ રાખી શકે છે:
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s8--b2-i1 = સેવાઓ પૂરી પાડવી અને ભંડોળ – અનુદાનો/સેવા સ્તરની સમજૂતીઓ/ કોન્ટ્રાક્ટ / કમિશનિંગ સમજૂતીઓ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s8--b2-i2 = આયોજન અને કમિશનિંગમાં સહભાગિતા
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s8--b2-i3 = જૂથો, સ્વયંસેવકો અને વપરાશકર્તાઓને સામેલ કરવાની, ભાગ લેવાની અને પરામર્શની વ્યવસ્થાઓ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s8--b2-i4 = લોબિંગ/ઝુંબેશ - { -council(number: "plural") }ની કાર્યસૂચિઓ, નીતિઓ અને કાર્યપદ્ધતિઓ ઘડવામાં પ્રભાવ પાડવો
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s8--b2-i5 = ભાગીદારીઓ/ફોરમો/કાર્યકારી જૂથોમાં યોગદાન આપવું, જેમ કે લોકલ સ્ટ્રેટેજિક પાર્ટનરશિપ્સ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 6
charnwood-nw-leicestershire-compact--s8--b2-i6 = વૈધાનિક ભંડોળથી ચાલતી સેવાઓમાં સ્વયંસેવકો
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 7
charnwood-nw-leicestershire-compact--s8--b2-i7 = યોગ્ય હોય ત્યાં, અથવા જ્યાં સ્વૈચ્છિક સંસ્થા કોઈ વૈધાનિક સેવા પૂરી પાડતી હોય ત્યાં, નીતિ ઘડતરમાં નિષ્ણાત તરીકે યોગદાન આપવું
# context: 8. What type of relationship can the Voluntary… › paragraph 8.2.
charnwood-nw-leicestershire-compact--s8--b3 = જ્યાં સ્વૈચ્છિક અને સામુદાયિક જૂથોને લાગે કે સ્થાનિક સત્તાતંત્ર કે { -pct } સાથે તેમનો કોઈ સંબંધ નથી, અને તેથી { -compact } તેમને માટે પ્રસ્તુત નથી, ત્યાં હકીકતમાં નીચેની એક કે વધુ રીતે તેમનો પરોક્ષ સંબંધ હોઈ શકે છે:
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s8--b4-i1 = સ્થાનિક સત્તાતંત્ર કે { -pct } સાથે કમિશનિંગ સમજૂતી ધરાવતી { -cvs }ના સંલગ્ન સભ્ય તરીકે
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s8--b4-i2 = સ્થાનિક સત્તાતંત્ર કે { -pct } દ્વારા પૂરી પાડવામાં આવતા સામુદાયિક કેન્દ્ર કે અન્ય સેવાઓના વપરાશકર્તા તરીકે
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s8--b4-i3 = કોઈ ચોક્કસ ભૌગોલિક વિસ્તારમાં, અથવા સમાન હિત કે જરૂરિયાત ધરાવતા સમુદાય માટે, સંપર્કના માધ્યમ તરીકે માન્ય ફોરમના સભ્ય તરીકે.
# context: 8. What type of relationship can the Voluntary… › paragraph
charnwood-nw-leicestershire-compact--s8--b5 = વધુમાં, એવા પ્રસંગો આવી શકે જ્યારે કોઈ { -vcs-short } જૂથને સ્થાનિક સત્તાતંત્ર કે { -pct } સાથે સંબંધ બાંધવાની જરૂર પડે, અને તે ભાગીદાર સંસ્થાઓ તથા તેમની કાર્યપદ્ધતિઓની પૂરતી જાણકારીના આધારે આમ કરી શકે તેવું હોવું જોઈએ.

## 9. The shared principles in the Charnwood and North West Leicestershire Compact

# context: 9. The shared principles in the Charnwood and… › section heading
charnwood-nw-leicestershire-compact--principles--title = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર { -compact }ના { -shared-principles }
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.1.
charnwood-nw-leicestershire-compact--principles--b1-i1 = સ્વૈચ્છિક કાર્ય લોકશાહી સમાજનું આવશ્યક અંગ છે.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.2.
charnwood-nw-leicestershire-compact--principles--b1-i2 = સ્વતંત્ર અને વૈવિધ્યપૂર્ણ { -vcs } સમાજના કલ્યાણનો પાયો છે.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.3.
charnwood-nw-leicestershire-compact--principles--b1-i3 = જાહેર નીતિ અને સેવાઓના વિકાસ અને પૂરી પાડવામાં { -pct }, બરો { -council }, ડિસ્ટ્રિક્ટ { -council } અને { -vcs }ની ભૂમિકાઓ અલગ પરંતુ એકબીજાની પૂરક છે.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.4.
charnwood-nw-leicestershire-compact--principles--b1-i4 = સહિયારા લક્ષ્યો અને ઉદ્દેશો તરફ ભાગીદારીમાં કામ કરવામાં વધારાનું મૂલ્ય છે. યોગ્ય સહભાગિતા અને પરામર્શ સંબંધો બાંધે છે, નીતિ ઘડતર સુધારે છે અને સેવાઓ તથા કાર્યક્રમોની રચના અને અમલને વધુ સારો બનાવે છે.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.5.
charnwood-nw-leicestershire-compact--principles--b1-i5 = { -pct }, બરો { -council }, ડિસ્ટ્રિક્ટ { -council } અને { -vcs }ની જવાબદારીનાં સ્વરૂપો જુદાં છે અને તેઓ જુદા જુદા હિતધારકોને જવાબદાર છે. પરંતુ સૌ માટે પ્રામાણિકતા, નિષ્પક્ષતા, જવાબદારી, ખુલ્લાપણું, સચ્ચાઈ અને નેતૃત્વની જરૂર સમાન છે.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.6.
charnwood-nw-leicestershire-compact--principles--b1-i6 = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને તેમનાં લક્ષ્યો આગળ વધારવા કાયદાની મર્યાદામાં ઝુંબેશ ચલાવવાનો અધિકાર છે.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.7.
charnwood-nw-leicestershire-compact--principles--b1-i7 = { -pct }, બરો { -council } અને ડિસ્ટ્રિક્ટ { -council } અન્ય બાબતોની સાથે કેટલીક સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને ભંડોળ આપનાર તરીકે મહત્વની ભૂમિકા ભજવે છે. કેટલીક સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓ આરોગ્ય અને સામાજિક સંભાળ માટે નોંધપાત્ર ભંડોળ એકત્ર કરે છે. ભંડોળ એનએચએસ અને { -vcs } વચ્ચેના સંબંધનું મહત્વનું અંગ બની શકે છે.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.8.
charnwood-nw-leicestershire-compact--principles--b1-i8 = { -pct }, બરો { -council }, ડિસ્ટ્રિક્ટ { -council } અને { -vcs } જાતિ, ઉંમર, અપંગતા, લિંગ, જાતીય અભિગમ કે ધર્મને ધ્યાનમાં લીધા વિના તમામ લોકો માટે તકની સમાનતાને પ્રોત્સાહન આપવાનું મહત્વ સ્વીકારે છે.
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.9.
charnwood-nw-leicestershire-compact--principles--b1-i9 = આ { -compact } ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયરમાં લાગુ પડતી કોમ્યુનિટી સ્ટ્રેટેજી અને લોકલ સ્ટ્રેટેજિક પાર્ટનરશિપના ઉદ્દેશોને સીધું સમર્થન આપે છે.

## 10. Undertakings by partners of the Charnwood and North West Leicestershire Compact

# context: 10. Undertakings by partners of the Charnwood… › section heading
charnwood-nw-leicestershire-compact--undertakings--title = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર { -compact }ના ભાગીદારોની { -undertakings }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `councils`
charnwood-nw-leicestershire-compact--undertakings--b1-party-councils = { -council(number: "plural") }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `pct`
charnwood-nw-leicestershire-compact--undertakings--b1-party-pct = { -pct }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `vcs`
charnwood-nw-leicestershire-compact--undertakings--b1-party-vcs = { -vcs } ({ -vcs-short })
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-title = અમારી પૂરક ભૂમિકાઓ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct and vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c1-i1 = સાથે મળીને કામ કરવાના મૂલ્યને, અને સ્થાનિક સત્તાતંત્રો, { -pct } તથા { -vcs-short } આ સંબંધમાં જે જુદી જુદી શક્તિઓ લાવે છે તેને માન્યતા આપવી.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i1 = { -vcs }ની સ્વતંત્રતાને માન્યતા અને ટેકો આપવો, જેમાં ભંડોળનો કોઈ પણ સંબંધ હોય તો પણ, કાયદાની મર્યાદામાં ઝુંબેશ ચલાવવાના, લોબિંગ કરવાના, એનએચએસ / સ્થાનિક સત્તાતંત્રની નીતિ અને કામગીરી પર ટિપ્પણી કરવાના અને નીતિ તથા કામગીરીને પડકારવાના, તેમ જ પોતાની બાબતો જાતે નક્કી કરવાના અને સંભાળવાના તેના અધિકારનો સમાવેશ થાય છે.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i2 = સમુદાય માટેની માહિતી અને સેવાઓ વધુ સુલભ બનાવવા { -vcs-short } સાથે કામ કરવું.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i3 = { -vcs-short } નીતિ ઘડતર અને ભાગીદારીની પ્રવૃત્તિઓમાં અસરકારક રીતે ભાગ લઈ શકે તે માટે તેનો સંસાધન આધાર વિકસાવવામાં તેને ટેકો આપવો
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i4 = સહિયારા ઉદ્દેશો પૂરા કરતાં બાહ્ય સંસાધનો મેળવવાની { -vcs-short }ની ક્ષમતાને માન્યતા અને ટેકો આપવો
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i5 = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયરના લોકોના જીવનની ગુણવત્તા સુધારવા વ્યૂહાત્મક માળખું પૂરું પાડવું
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c3-i1 = સ્વીકારવું કે સ્થાનિક સત્તાતંત્ર અને { -pct } સંસાધનો, માળખાં, જવાબદારી, માહિતી અને નિષ્ણાતતા સુધી પહોંચ, તથા ટેકો પૂરો પાડીને { -vcs-short }ના કાર્યને પૂરક બને છે.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c3-i2 = માળખાગત સંસ્થાઓ મારફતે સ્થાનિક જૂથો, નીતિ ઘડતર અને ભાગીદારીમાં કામને ટેકો આપવો.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-title = માન્યતા
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i1 = વ્યક્તિઓ અને સમુદાયોની વિવિધ જરૂરિયાતો ઓળખવાની અને રજૂ કરવાની { -vcs-short }ની ક્ષમતાને, અને લોકોને સામુદાયિક જીવનમાં ભાગ લેવા પ્રોત્સાહિત કરવામાં તેના મૂલ્યને માન્યતા આપવી.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i2 = સમુદાયને મળતી સેવાઓની ગુણવત્તામાં સ્વયંસેવકો જે વધારાનું મૂલ્ય ઉમેરે છે તેને માન્યતા આપવી.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i3 = વ્યક્તિઓ અને સમુદાયો સાથે કામ કરીને સીધાં મેળવેલાં જ્ઞાન અને વિચારોની { -vcs }માં રહેલી વિશાળતાને માન્યતા આપવી, અને નીતિ, વ્યૂહરચના અને સેવાઓની જોગવાઈ વિકસાવતી વખતે આ સંસાધનને મહત્વ આપવું
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i4 = સ્થાનિક સેવાઓના વિકાસમાં દરેક ભાગીદાર સંસ્થાની આગવી જવાબદારીઓ અને ભૂમિકાઓ સ્વીકારવી. આ જુદા જુદા દૃષ્ટિકોણોને સમાન મહત્વ આપવું.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c2-i1 = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને સામેલ કરવા, તેમની સાથે પરામર્શ કરવા, તેમને સંસાધનો આપવા અને ટેકો આપવા સ્થાનિક સત્તાતંત્રે કરેલી પ્રતિબદ્ધતાઓને માન્યતા આપવી
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c2-i2 = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને સામેલ કરવા, તેમની સાથે પરામર્શ કરવા, તેમને સંસાધનો આપવા અને ટેકો આપવા { -pct(case: "ergative") } કરેલી પ્રતિબદ્ધતાઓને માન્યતા આપવી
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-title = ભંડોળ અને જવાબદારી
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i1 = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયરનાં સ્થાનિક સત્તાતંત્રો અને { -pct }ને માર્ગદર્શન આપવા, { -vcs } સાથે પરામર્શ કરીને, સારા ભંડોળના સિદ્ધાંતોને આવરી લેતી સારી કાર્યપદ્ધતિની આચારસંહિતા વિકસાવવી.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i2 = સંસાધનો સંમત પ્રાથમિકતાઓને પૂરી કરે અને સતત સુધારો થતો રહે તે સુનિશ્ચિત કરવા ભંડોળ અંગેનાં પગલાં વિકસાવવાં.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i3 = જાહેર નાણાંનો સૌથી અસરકારક અને કાર્યક્ષમ ઉપયોગ સુનિશ્ચિત કરવા સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને ભંડોળ આપવાના સંકલિત અભિગમો વિકસાવવા.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i4 = ભંડોળમાં ખુલ્લાપણું સુનિશ્ચિત કરવા માળખું પૂરું પાડવું, અને ભંડોળની રકમ અને હેતુના પ્રમાણમાં દેખરેખ અને જવાબદારીની પદ્ધતિઓ લાગુ કરવી.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i5 = { -vcs } અને સ્વયંસેવા માટે માળખાગત સહાય (ઇન્ફ્રાસ્ટ્રક્ચર)ના મહત્વને માન્યતા આપવી અને, યોગ્ય હોય ત્યાં, કાઉન્ટી, ડિસ્ટ્રિક્ટ અને અન્ય સ્તરે તેના વિકાસને ટેકો આપવો
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i1 = સેવા વપરાશકર્તાઓના લાભ માટે ભંડોળનો સૌથી અસરકારક અને કાર્યક્ષમ ઉપયોગ સુનિશ્ચિત કરવો.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i2 = વૈધાનિક બાબતો અંગે, ભંડોળ આપનાર અને સેવા વપરાશકર્તાઓ પ્રત્યે જવાબદારી દર્શાવવી.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i3 = કાયદાનું પાલન કરવું અને, જરૂર હોય ત્યાં, Charity Commissionના યોગ્ય માર્ગદર્શનનું પાલન કરવું.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 4
charnwood-nw-leicestershire-compact--undertakings--b1-t4-title = નીતિ ઘડતર અને પરામર્શ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i1 = નીતિઓ અને સેવાઓના આયોજન અને વિકાસમાં { -vcs-short }ને સમયસર અને કાર્યક્ષમ રીતે, સક્રિયપણે અને સતત સામેલ કરવું.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i2 = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓ સમાજથી બાકાત રહેતાં જૂથો સાથે વધુ અસરકારક રીતે જોડાઈ શકે અને તેમનાં હિતોનું પ્રતિનિધિત્વ કરી શકે તે માટે તેમની સાથે કામ કરવું.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i3 = પરામર્શ, નીતિ મૂલ્યાંકન અને અમલને આવરી લેતી સારી કાર્યપદ્ધતિની આચારસંહિતા { -vcs } સાથે મળીને વિકસાવવી.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c2-i1 = અસરકારક સહભાગિતા અને પરામર્શ થાય તે સુનિશ્ચિત કરવા સ્થાનિક સત્તાતંત્રો અને { -pct } સાથે મળીને કામ કરવું.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c2-i2 = સેવાઓની જોગવાઈ અને તેને પૂરી પાડવા અંગેની નીતિ પર પ્રભાવ પાડવા ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયરના સમુદાયોને અવાજ પૂરો પાડવો.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 5
charnwood-nw-leicestershire-compact--undertakings--b1-t5-title = સારી કાર્યપદ્ધતિ અને સાથે મળીને કામ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct and vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c1-i1 = આ { -compact }ને પૂરક બનવા માટે સ્થાપિત આચારસંહિતાઓને ધ્યાનમાં લેવી.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct and vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c1-i2 = { -vcs } સાથે મળીને દર વર્ષે { -compact } અને તેની સાથે સંકળાયેલી આચારસંહિતાઓના અમલની સંયુક્ત સમીક્ષા કરવી.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i1 = સ્થાનિક સત્તાતંત્ર અને { -pct } વધુ સારી રીતે સાથે મળીને કેવી રીતે કામ કરી શકે તે અંગે { -vcs-short } સાથે સંવાદ કરવો.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i2 = આ સંવાદ દ્વારા { -vcs-short(case: "ergative") } ઉઠાવેલા મુદ્દાઓનો યોગ્ય પ્રતિભાવ આપવો.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i3 = ભંડોળ, પરામર્શ, અશ્વેત અને લઘુમતી વંશીય તથા સમાજથી બાકાત રહેતાં અન્ય જૂથો, સ્વયંસેવા અને સામુદાયિક જૂથો અંગેની સ્થાનિક આચારસંહિતાઓ { -vcs-short } સાથે મળીને વિકસાવવી.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i4 = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયરમાં સ્થાનિક સત્તાતંત્ર / એનએચએસ અને { -vcs } વચ્ચે, ખાસ કરીને જ્યાં અનેક વિભાગો અને એજન્સીઓને સ્પર્શતા મુદ્દાઓ હોય ત્યાં, અસરકારક કાર્યકારી સંબંધો, અભિગમમાં એકરૂપતા અને સારી કાર્યપદ્ધતિને પ્રોત્સાહન આપવું.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i5 = ખુલ્લા શાસન અને સારા નિયમનના સિદ્ધાંતોનું પાલન કરવું, અને જ્યાં પણ શક્ય હોય ત્યાં નિર્ણયો અને તારણો જાહેર કરવામાં આવે અને સમજાવવામાં આવે તે સુનિશ્ચિત કરવું.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 6
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i6 = આ { -compact }માં સમાવિષ્ટ સિદ્ધાંતોને ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયરની અન્ય જાહેર સંસ્થાઓમાં પ્રોત્સાહન આપવું.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i1 = { -council }, { -vcs-short } અને { -pct } સાથે, અને ખાસ કરીને કાઉન્ટીની હાંસિયામાં ધકેલાયેલી અશ્વેત અને લઘુમતી વંશીય સંસ્થાઓ સાથે લાભદાયી કાર્યકારી સંબંધો વિકસાવવા અને તેમને પ્રોત્સાહન આપવું.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i2 = પ્રવૃત્તિઓ અને સેવાઓના વિકાસ અને સંચાલનમાં સેવા વપરાશકર્તાઓને સામેલ કરવા.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i3 = { -council }, { -pct } અને અન્ય સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓ સાથેના તમામ વ્યવહારોમાં ખુલ્લા અને પારદર્શક રહેવું.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i4 = { -compact }ના ભાગીદારો સાથે મળીને કામ કરતી વખતે { -vcs-short } કેટલી હદ સુધી સામેલ થઈ શકે તેમ છે તેનો સ્પષ્ટ ખ્યાલ આપવો.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 6
charnwood-nw-leicestershire-compact--undertakings--b1-t6-title = { -compact } પ્રત્યેની પ્રતિબદ્ધતા અમે કેવી રીતે દર્શાવીએ છીએ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c1-i1 = { -compact }ની પ્રતિબદ્ધતાઓ અને તેમને કેવી રીતે અમલમાં મૂકવાની છે તેની સમજ સમગ્ર સ્થાનિક સત્તાતંત્ર અને { -pct }માં ફેલાવવી.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c2-i1 = લેસ્ટરશાયરમાં કામ કરતી સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓમાં { -compact } અપનાવવાને પ્રોત્સાહન આપવું.
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c2-i2 = ટેકો આપવો અને, શક્ય હોય ત્યાં, કાર્યોના અમલ માટે અને { -compact }ની યોજનાની સમીક્ષાઓમાં ભાગ લેવા સમય અને સંસાધનો ફાળવવાં

## 11.

# context: 11. › bulleted list, item 1
charnwood-nw-leicestershire-compact--s11--b1-i1 = { -compact }ને વ્યાપક માન્યતા મળે, તેની સમજ ફેલાય, તેનો અમલ થાય અને તેનો વિકાસ થાય તે સુનિશ્ચિત કરવા સાથે મળીને કામ કરવું
# context: 11. › bulleted list, item 2
charnwood-nw-leicestershire-compact--s11--b1-i2 = ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયરમાં સંયુક્ત કામ પર { -compact }ની નક્કર અને હકારાત્મક અસર થાય તે સુનિશ્ચિત કરવા દેખરેખ અને મૂલ્યાંકનની વ્યવસ્થાઓ વિકસાવવી અને તેનું પાલન કરવું
# context: 11. › bulleted list, item 3
charnwood-nw-leicestershire-compact--s11--b1-i3 = ક્ષેત્રોમાં વધુ સારી સમજ અને સહકાર તથા શ્રેષ્ઠ કાર્યપદ્ધતિની વહેંચણીને સરળ બનાવતી અને પ્રોત્સાહન આપતી પ્રવૃત્તિઓ વિકસાવવી અને હાથ ધરવી.

## Other formats and languages

# context: Other formats and languages › section heading
charnwood-nw-leicestershire-compact--alternative-formats--title = અન્ય ફોર્મેટ અને ભાષાઓ
# context: Other formats and languages › how to ask for other formats
charnwood-nw-leicestershire-compact--alternative-formats--b1-text = જો તમને આ પુસ્તિકાની માહિતી બીજા કોઈ સ્વરૂપમાં જોઈતી હોય, જેમ કે મોટા અક્ષરો, બ્રેઇલ કે બીજી કોઈ ભાષા, તો કૃપા કરીને:
# context: Other formats and languages › other-formats contact, label
charnwood-nw-leicestershire-compact--alternative-formats--b1-contact-label = આ સરનામે લખો:
# context: Other formats and languages › other-formats contact, the contact's role
charnwood-nw-leicestershire-compact--alternative-formats--b1-contact-role = મુખ્ય કારોબારી અધિકારી (The Chief Executive)

## Appendix 1

# context: Appendix 1 › section heading
charnwood-nw-leicestershire-compact--appendix-1--title = પરિશિષ્ટ 1

## 1. Boundary issues

# context: 1. Boundary issues › section heading
charnwood-nw-leicestershire-compact--appendix-1--s1--title = સીમાઓ અંગેના મુદ્દા
# context: 1. Boundary issues › paragraph
charnwood-nw-leicestershire-compact--appendix-1--s1--b1 = (\* નોંધ. ભાગીદાર સંસ્થાઓની સીમાઓ એકસરખી નથી. સાયસ્ટન Charnwood Borough Councilની સીમામાં આવે છે, પરંતુ Melton, Rutland and Harborough PCTનો ભાગ છે. માર્કફીલ્ડ Charnwood & North West Leicestershire PCTના વિસ્તારનો ભાગ છે, પરંતુ નોર્થ વેસ્ટ લેસ્ટરશાયરની ડિસ્ટ્રિક્ટ { -council }ની સીમામાં આવતું નથી. આ { -compact }ના હેતુ માટે, ભાગીદાર સંસ્થાઓ સંમત થઈ છે કે બંને વિસ્તારોનો આ કરારમાં સમાવેશ કરવો જોઈએ. પૂર્ણતા સુનિશ્ચિત કરવા, હાર્બરો { -compact } અને હિંકલી અને બોસવર્થ { -compact } માટે જવાબદાર પડોશી સંસ્થાઓએ પણ આવાં જ પગલાં લેવાં પડશે.

## 2. Harborough District Compact

# context: 2. Harborough District Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--harborough--title = હાર્બરો ડિસ્ટ્રિક્ટ { -compact }
# context: 2. Harborough District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--harborough--b1 = હાર્બરો ડિસ્ટ્રિક્ટ { -compact } વિશે વધુ માહિતી માટે કૃપા કરીને સંપર્ક કરો:

## 3. Hinckley & Bosworth Compact

# context: 3. Hinckley & Bosworth Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--hinckley-bosworth--title = હિંકલી અને બોસવર્થ { -compact }
# context: 3. Hinckley & Bosworth Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--hinckley-bosworth--b1 = હિંકલી અને બોસવર્થ { -compact } વિશે વધુ માહિતી માટે કૃપા કરીને સંપર્ક કરો:

## 4. Leicestershire County Compact

# context: 4. Leicestershire County Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--county-compact--title = લેસ્ટરશાયર કાઉન્ટી { -compact }
# context: 4. Leicestershire County Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--county-compact--b1 = લેસ્ટરશાયર કાઉન્ટી { -compact } વિશે વધુ માહિતી માટે કૃપા કરીને સંપર્ક કરો:

## 5. North West Leicestershire District Compact

# context: 5. North West Leicestershire District Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--title = નોર્થ વેસ્ટ લેસ્ટરશાયર ડિસ્ટ્રિક્ટ { -compact }
# context: 5. North West Leicestershire District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--b1 = North West Leicestershire District Council અને નોર્થ વેસ્ટ લેસ્ટરશાયરના { -vcs } વચ્ચેના { -compact } વિશે વધુ માહિતી માટે સંપર્ક કરો:
# context: 5. North West Leicestershire District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--b3 = અથવા

## Appendix 2

# context: Appendix 2 › section heading
charnwood-nw-leicestershire-compact--appendix-2--title = પરિશિષ્ટ 2

## Voluntary & Community Sector Definitions

# context: Voluntary & Community Sector Definitions › section heading
charnwood-nw-leicestershire-compact--appendix-2--definitions--title = { -vcs }ની વ્યાખ્યાઓ
# context: Voluntary & Community Sector Definitions › definition 1, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i1-term = ટ્રસ્ટી મંડળો અને સંચાલન સમિતિઓ
# context: Voluntary & Community Sector Definitions › definition 1, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i1-meaning = સખાવતી સંસ્થા (ચેરિટી)ના નિયંત્રણ અને સંચાલન માટે કાયદેસર રીતે જવાબદાર લોકોનું જૂથ છે. ટ્રસ્ટી હોવાને કારણે અમુક ચોક્કસ કાયદાકીય જવાબદારીઓ ઊભી થાય છે.
# context: Voluntary & Community Sector Definitions › definition 2, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i2-term = સ્વૈચ્છિક સંસ્થાઓ
# context: Voluntary & Community Sector Definitions › definition 2, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i2-meaning = ઔપચારિક માળખું ધરાવતી અને નફા માટે નહીં ચાલતી સંસ્થાઓ છે; તે સ્વતંત્ર છે અને સરકારનો ભાગ નથી; તેમનું સંચાલન વેતન વિના કામ કરતી સ્વૈચ્છિક સંચાલન સમિતિઓ કે ટ્રસ્ટી મંડળો કરે છે; કેટલીક સંસ્થાઓમાં સ્વયંસેવકો ઉપરાંત પગારદાર કર્મચારીઓ પણ હોય છે; તે નોંધાયેલી સખાવતી સંસ્થાઓ (ચેરિટી) અને/અથવા ગેરંટી દ્વારા મર્યાદિત કંપનીઓ અને/અથવા ફ્રેન્ડલી સોસાયટીઓ હોઈ શકે છે.
# context: Voluntary & Community Sector Definitions › definition 3, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i3-term = સામુદાયિક સંસ્થાઓ
# context: Voluntary & Community Sector Definitions › definition 3, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i3-meaning = સ્થાનિક સામુદાયિક અને સ્વ-સહાય જૂથો છે; તે વધુ અનૌપચારિક હોય છે; ઘણી વાર ફક્ત સ્વયંસેવકોનાં જ બનેલાં હોય છે; કોઈ કર્મચારીઓ હોય તો તે મોટે ભાગે અંશકાલીન હોય છે; તે સ્વતંત્ર હોય છે; તેમની પાસે નિયમિત આવક કે ભંડોળ હોતું નથી. સામુદાયિક જૂથો ઘણી વાર સામુદાયિક પ્રવૃત્તિના કેન્દ્રમાં હોય છે અને કોઈ સ્થાનિક જરૂરિયાતના પ્રતિભાવરૂપે રચાય છે.
# context: Voluntary & Community Sector Definitions › definition 4, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i4-term = સ્વયંસેવા
# context: Voluntary & Community Sector Definitions › definition 4, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i4-meaning = નાગરિકતાની એક મહત્વની અભિવ્યક્તિ છે અને લોકશાહી માટે આવશ્યક છે. તે સમાજ અને સમુદાયના લાભ માટે સમય, કૌશલ્ય અને શક્તિ આપવાની પ્રતિબદ્ધતા છે, અને તે અનેક સ્વરૂપો લઈ શકે છે. તે આર્થિક લાભની ચિંતા વિના, મુક્ત રીતે અને પોતાની પસંદગીથી કરવામાં આવે છે.
# context: Voluntary & Community Sector Definitions › definition 5, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i5-term = સામાજિક સાહસો
# context: Voluntary & Community Sector Definitions › definition 5, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i5-meaning = એવા વ્યવસાયો છે જે સામાજિક લક્ષ્યો પૂરાં કરવા બજારમાં વેપાર કરે છે. તેઓ આર્થિક વિકાસ અને સામાજિક લાભ માટે લોકો અને સમુદાયોને એકસાથે લાવે છે. સખાવતી સંસ્થાઓ અલગ વ્યવસાય રચ્યા વિના પણ સામાજિક સાહસ તરીકે કામ કરી શકે છે અને એ રીતે આવક ઊભી કરી શકે છે (ઉદાહરણ તરીકે વેચાણમાંથી), જેનો ઉપયોગ સખાવતી હેતુઓને આગળ વધારવા થાય છે.
# context: Voluntary & Community Sector Definitions › definition 6, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i6-term = માળખાગત સંસ્થાઓ
# context: Voluntary & Community Sector Definitions › definition 6, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i6-meaning = (જેને ક્યારેક છત્ર સંસ્થાઓ પણ કહેવામાં આવે છે) { -vcs }માં એક મહત્વનું બળ છે. આ ક્ષેત્ર સ્વાભાવિક રીતે વિકસ્યું છે અને તેનું કેન્દ્રીય આયોજન થયું ન હતું. છત્ર સંસ્થાઓ સ્વૈચ્છિક ક્ષેત્રની પ્રવૃત્તિનાં જુદાં જુદાં સ્તરો અને પ્રકારોને જોડવાનો પ્રયાસ કરે છે. તેઓ પાંચ મુખ્ય કાર્યો કરે છે: વિકાસ, અન્ય સંસ્થાઓને સેવાઓ, સંપર્ક, પ્રતિનિધિત્વ અને ભાગીદારીમાં કામ. બધી છત્ર સંસ્થાઓ બધાં કાર્યો કરતી નથી. સ્થાનિક છત્ર સંસ્થાઓનાં ઉદાહરણો છે: Charnwood CVS, North West Leicestershire CVS, Shepshed and Syston Volunteer Centres, Castle Donington Volunteer Bureau અને Rural Community Council Leicestershire & Rutland.
# context: Voluntary & Community Sector Definitions › paragraph
charnwood-nw-leicestershire-compact--appendix-2--definitions--b2 = (South Leicestershire CVSના આભાર સાથે તૈયાર કરેલ)

## Signatories

# context: Signatories › section heading
charnwood-nw-leicestershire-compact--signatories--title = સહીકર્તાઓ
# context: Signatories › signatories, the statement Andrew Clarke signed
charnwood-nw-leicestershire-compact--signatories--b1-i1 = હું, CNWL PCT તરફથી Andrew Clarke, આથી ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર { -compact } સાથે સંમત થાઉં છું.
# context: Signatories › signatories, the statement Brian Hayes signed
charnwood-nw-leicestershire-compact--signatories--b1-i2 = હું, Charnwood Borough Council તરફથી Brian Hayes, આથી ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર { -compact } સાથે સંમત થાઉં છું.
# context: Signatories › signatories, the statement Neil Lambert signed
charnwood-nw-leicestershire-compact--signatories--b1-i3 = હું, Charnwood CVS તરફથી Neil Lambert, આથી ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર { -compact } સાથે સંમત થાઉં છું.
# context: Signatories › signatories, the statement Malcolm Diaper signed
charnwood-nw-leicestershire-compact--signatories--b1-i4 = હું, North West Leicestershire District Council તરફથી Malcolm Diaper, આથી ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર { -compact } સાથે સંમત થાઉં છું.
# context: Signatories › signatories, the statement Martin Gage signed
charnwood-nw-leicestershire-compact--signatories--b1-i5 = હું, North West Leicestershire CVS તરફથી Martin Gage, આથી ચાર્નવુડ અને નોર્થ વેસ્ટ લેસ્ટરશાયર { -compact } સાથે સંમત થાઉં છું.
