### Gujarati translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ leicestershire-county-compact.yaml.


## Title page

# context: title page, the label above the title
leicestershire-county-compact--label = { -compact }
# context: title page, title
leicestershire-county-compact--title = લેસ્ટરશાયર કાઉન્ટી { -compact }
# context: title page, subtitle
leicestershire-county-compact--subtitle = લેસ્ટરશાયર કાઉન્ટી કાઉન્સિલ અને લેસ્ટરશાયરના { -vcs } વચ્ચેના સંબંધ વિશેની માર્ગદર્શિકા
# context: title page, strapline
leicestershire-county-compact--strapline = "વાત વધુ સારા સંબંધોની છે"
# context: summary, also shown on the home page
leicestershire-county-compact--summary = લેસ્ટરશાયરમાં લેસ્ટરશાયર કાઉન્ટી કાઉન્સિલ અને { -vcs } કેવી રીતે સાથે મળીને કામ કરે છે તે જાણવાની જેને જરૂર હોય તે દરેક માટે લેસ્ટરશાયર કાઉન્ટી { -compact } એક આવશ્યક માર્ગદર્શિકા છે.
# context: title page, area
leicestershire-county-compact--area = લેસ્ટરશાયર
# context: title page, party 1
leicestershire-county-compact--party-1 = લેસ્ટરશાયર કાઉન્ટી કાઉન્સિલ – Leicestershire County Council ({ -council })
# context: title page, party 2
leicestershire-county-compact--party-2 = લેસ્ટરશાયરનું { -vcs } ({ -vcs-short })
# context: partners, heading
leicestershire-county-compact--partners = લેસ્ટરશાયર કાઉન્ટી { -compact }ના મુસદ્દાના વિકાસમાં સામેલ ભાગીદારો
# context: partners, heading of group 1
leicestershire-county-compact--partners-1 = { -vcs } વતી
# context: partners, heading of group 2
leicestershire-county-compact--partners-2 = Leicestershire County Council વતી

## The Leicestershire County Compact

# context: The Leicestershire County Compact › section heading
leicestershire-county-compact--intro--title = લેસ્ટરશાયર કાઉન્ટી { -compact }
# context: The Leicestershire County Compact › paragraph
leicestershire-county-compact--intro--b1 = લેસ્ટરશાયરમાં Leicestershire County Council ({ -council }) અને { -vcs } ({ -vcs-short }) કેવી રીતે સાથે મળીને કામ કરે છે તે જાણવાની જેને જરૂર હોય તે દરેક માટે લેસ્ટરશાયર કાઉન્ટી { -compact } એક આવશ્યક માર્ગદર્શિકા છે.

## 1. The Status of the Compact

# context: 1. The Status of the Compact › section heading
leicestershire-county-compact--s1--title = { -compact }નો દરજ્જો
# context: 1. The Status of the Compact › bulleted list, item 1
leicestershire-county-compact--s1--b1-i1 = આ { -compact } એક **લેખિત કરાર** છે, જે લેસ્ટરશાયરની સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓ અને Leicestershire County Council સાથે મળીને કેવી રીતે કામ કરે તે માટે **માળખું** પૂરું પાડે છે. તે એવા અસરકારક કાર્યકારી સંબંધોને પ્રોત્સાહન આપશે, જે કાર્યક્ષમ અને અસરકારક સેવાઓ પૂરી પાડે અને નીતિ ઘડતરમાં તથા સેવાઓ પૂરી પાડવામાં { -vcs-short }ને સામેલ કરે.
# context: 1. The Status of the Compact › bulleted list, item 2
leicestershire-county-compact--s1--b1-i2 = લેસ્ટરશાયર કાઉન્ટી { -compact } લેસ્ટરશાયરની સ્વૈચ્છિક સંસ્થાઓ અને સામુદાયિક જૂથો તથા Leicestershire County Council વચ્ચે તૈયાર કરવામાં આવ્યું છે.
# context: 1. The Status of the Compact › bulleted list, item 3
leicestershire-county-compact--s1--b1-i3 = { -compact } એ પરસ્પર સંમત ધોરણો મુજબ સાથે મળીને કામ કરવાની આ સંસ્થાઓની **સ્વૈચ્છિક** પ્રતિબદ્ધતા છે. તે કાયદેસર રીતે બંધનકર્તા નથી. તેમ છતાં, { -compact }માં જોડાનારી **તમામ** સંસ્થાઓ તેને વ્યવહારમાં સફળ બનાવવા પ્રતિબદ્ધ છે.

## 2. Why have a Compact?

# context: 2. Why have a Compact? › section heading
leicestershire-county-compact--s2--title = { -compact } શા માટે?
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b1 = { -vcs-short } સ્વભાવે વિશાળ અને વૈવિધ્યપૂર્ણ છે. મોટા ભાગની સંસ્થાઓ અને જૂથો કોઈ ભૌગોલિક વિસ્તારની, અથવા સમાન હિત કે જરૂરિયાત ધરાવતા સમુદાયની જરૂરિયાતોના પ્રતિભાવરૂપે વિકસ્યાં છે. તેથી સ્વૈચ્છિક સંસ્થાઓની પોતાની આગવી વિચારધારા અને કામ કરવાની રીત હોય છે. **વધુ સારી સમજ કેળવાય તે પહેલાં, સ્વૈચ્છિક અને વૈધાનિક ક્ષેત્રોના અભિગમમાં રહેલા તફાવતોને કારણે શરૂઆતમાં સાથે મળીને કામ કરવું પડકારરૂપ બની શકે છે.**
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b2 = પરંતુ સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓ પાસે **આગવી શક્તિઓ** છે, તેથી જ **સરકાર સ્વૈચ્છિક અને વૈધાનિક ક્ષેત્રો વચ્ચે ભાગીદારીમાં વધુ કામ કરવા પ્રોત્સાહન આપી રહી છે**. ઉદાહરણ તરીકે, ઘણી સ્વૈચ્છિક સંસ્થાઓ આ કરી શકે છે:
# context: 2. Why have a Compact? › bulleted list, item 1
leicestershire-county-compact--s2--b3-i1 = **સમાન હિત ધરાવતા સમુદાયો અને એક જ સ્થળના સમુદાયોના વિચારો રજૂ કરવાનું માધ્યમ પૂરું પાડવું** – વૈધાનિક સેવાઓ કરતાં તેઓ સમાજથી બાકાત રહેતાં જૂથો સુધી પહોંચવાની વધુ ક્ષમતા ધરાવે છે;
# context: 2. Why have a Compact? › bulleted list, item 2
leicestershire-county-compact--s2--b3-i2 = **નવી જરૂરિયાતો અને તેને પહોંચી વળવાની નવીન રીતો ઓળખવી** – ભૂતકાળમાં ઘણા કિસ્સાઓમાં આ ક્ષેત્રે વિકસાવેલા અભિગમો વૈધાનિક સેવાઓએ અપનાવ્યા છે;
# context: 2. Why have a Compact? › bulleted list, item 3
leicestershire-county-compact--s2--b3-i3 = **ગરીબી અને સામાજિક બાકાતપણાનો સામનો કરવો** – સમુદાયોમાંથી ઊભાં થયેલાં કે સમુદાયોની નજીક રહીને કામ કરતાં { -vcs-short } જૂથો યોગ્ય ઉકેલો વિકસાવવામાં કુશળ હોય છે;
# context: 2. Why have a Compact? › bulleted list, item 4
leicestershire-county-compact--s2--b3-i4 = **વ્યક્તિઓને પોતાના સમુદાયોમાં સક્રિય થવા પ્રોત્સાહન અને ટેકો આપવો** – સ્વયંસેવા દ્વારા, ટ્રસ્ટી કે સંચાલન સમિતિના સભ્ય તરીકે કામ કરીને, અથવા સ્વ-સહાય જૂથો રચીને.
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b4 = **{ -compact }** ભાગીદારીમાં કામ કરવાના આ સમયમાં { -vcs-short } સાથે જોડાવાની એક અસરકારક રીત છે. તે એક **ભાગીદારી કરાર અને પ્રક્રિયા** છે, જેને કેન્દ્ર સરકારે ***રાષ્ટ્રીય { -compact }; Getting it Right Together (1998)*** દસ્તાવેજમાં સમર્થન આપ્યું છે. હવે સ્થાનિક { -compacts }ને પ્રોત્સાહન આપવામાં આવી રહ્યું છે, કારણ કે મોટા ભાગનાં સ્વૈચ્છિક અને સામુદાયિક જૂથોનો સંબંધ સ્થાનિક સ્તરે જ પોતાની કાઉન્ટી, ડિસ્ટ્રિક્ટ કે યુનિટરી { -council } સાથે હોય છે.

## The Development of the Leicestershire County Compact

# context: The Development of the Leicestershire County… › section heading
leicestershire-county-compact--s2--development--title = લેસ્ટરશાયર કાઉન્ટી { -compact }નો વિકાસ
# context: The Development of the Leicestershire County… › paragraph
leicestershire-county-compact--s2--development--b1 = 2000 દરમિયાન અને 2001ની શરૂઆતમાં { -vcs-short }ના સાથીઓ અને { -council }ના અધિકારીઓએ સ્થાનિક { -compact } શ્રેષ્ઠ રીતે કેવી રીતે વિકસાવવું તે વિશે અનૌપચારિક ચર્ચા કરી. ઓગસ્ટ 2001માં { -vcs-short(case: "ergative") } પોતાનું { -compact } સંચાલન જૂથ રચ્યું, અને ફેબ્રુઆરી 2002માં { -council }ની કેબિનેટ સ્થાનિક { -compact }ના વિકાસની શક્યતા તપાસવા આ જૂથ સાથે જોડાવા સંમત થઈ. 2002માં ક્ષેત્રની અંદર પરામર્શ વર્કશોપોની શ્રેણી દ્વારા { -vcs-short } સંચાલન જૂથે એક કાર્યકારી દસ્તાવેજ તૈયાર કર્યો. જુલાઈમાં તમામ ભાગીદારો સાથેના સંયુક્ત વર્કશોપમાં { -shared-principles } સ્પષ્ટ થયા, પરંતુ સાથે સાથે એવા અનેક અવરોધો પણ સામે આવ્યા, જે હાલમાં અમને શક્ય તેટલી સારી રીતે સાથે મળીને કામ કરતાં રોકે છે.
# context: The Development of the Leicestershire County… › paragraph
leicestershire-county-compact--s2--development--b2 = { -vcs-short } { -compact } સંચાલન જૂથના પ્રતિનિધિઓ અને { -council }ના અધિકારીઓએ કાઉન્ટી { -compact }નો મુસદ્દો તૈયાર કરવા એક કાર્યકારી જૂથ રચ્યું. વર્કશોપની ભલામણો અને મુસદ્દા દસ્તાવેજ પર મળેલી ટિપ્પણીઓની આ મંજૂર થયેલા { -compact } પર અસર પડી છે. હવે પછીનું પગલું કાર્ય યોજના તૈયાર કરવાનું રહેશે.

## 3. What defines the voluntary and community sector?

# context: 3. What defines the voluntary and community… › section heading
leicestershire-county-compact--s3--title = { -vcs } એટલે શું?
# context: 3. What defines the voluntary and community… › paragraph
leicestershire-county-compact--s3--b1 = નીચે આપેલી { -vcs-short }ની ચુસ્ત વ્યાખ્યાઓ નથી, પરંતુ { -vcs-short }ના છત્ર હેઠળ આવતાં માળખાં અને પ્રવૃત્તિઓના પ્રકારોનો ખ્યાલ આપવા માટે છે:
# context: 3. What defines the voluntary and community… › definition 1, the term
leicestershire-county-compact--s3--b2-i1-term = સ્વૈચ્છિક સંસ્થાઓ
# context: 3. What defines the voluntary and community… › definition 1, its meaning
leicestershire-county-compact--s3--b2-i1-meaning = ઔપચારિક માળખું ધરાવતી અને નફા માટે નહીં ચાલતી સંસ્થાઓ છે; તે સ્વતંત્ર છે અને સરકારનો ભાગ નથી; તેમનું સંચાલન વેતન વિના કામ કરતી સ્વૈચ્છિક સંચાલન સમિતિઓ કે ટ્રસ્ટી મંડળો કરે છે; તેમાં પગારદાર કર્મચારીઓ અને સ્વયંસેવકો હોય છે; તે નોંધાયેલી સખાવતી સંસ્થાઓ (ચેરિટી) અને/અથવા ગેરંટી દ્વારા મર્યાદિત કંપનીઓ અને/અથવા ફ્રેન્ડલી સોસાયટીઓ હોઈ શકે છે.
# context: 3. What defines the voluntary and community… › definition 2, the term
leicestershire-county-compact--s3--b2-i2-term = સામુદાયિક સંસ્થાઓ
# context: 3. What defines the voluntary and community… › definition 2, its meaning
leicestershire-county-compact--s3--b2-i2-meaning = સ્થાનિક સામુદાયિક અને સ્વ-સહાય જૂથો છે; તે વધુ અનૌપચારિક હોય છે; ઘણી વાર ફક્ત સ્વયંસેવકોનાં જ બનેલાં હોય છે; કોઈ કર્મચારીઓ હોય તો તે મોટે ભાગે અંશકાલીન હોય છે; તે સ્વતંત્ર હોય છે; તેમની પાસે નિયમિત આવક કે ભંડોળ હોતું નથી. સામુદાયિક જૂથો ઘણી વાર સામુદાયિક પ્રવૃત્તિના કેન્દ્રમાં હોય છે અને કોઈ સ્થાનિક જરૂરિયાતના પ્રતિભાવરૂપે રચાય છે.
# context: 3. What defines the voluntary and community… › definition 3, the term
leicestershire-county-compact--s3--b2-i3-term = સ્વયંસેવા
# context: 3. What defines the voluntary and community… › definition 3, its meaning
leicestershire-county-compact--s3--b2-i3-meaning = નાગરિકતાની એક મહત્વની અભિવ્યક્તિ છે અને લોકશાહી માટે આવશ્યક છે. તે સમાજ અને સમુદાયના લાભ માટે સમય અને શક્તિ આપવાની પ્રતિબદ્ધતા છે, અને તે અનેક સ્વરૂપો લઈ શકે છે. તે આર્થિક લાભની ચિંતા વિના, મુક્ત રીતે અને પોતાની પસંદગીથી કરવામાં આવે છે.
# context: 3. What defines the voluntary and community… › definition 4, the term
leicestershire-county-compact--s3--b2-i4-term = સામાજિક સાહસો
# context: 3. What defines the voluntary and community… › definition 4, its meaning
leicestershire-county-compact--s3--b2-i4-meaning = એવા વ્યવસાયો છે જે સામાજિક લક્ષ્યો પૂરાં કરવા બજારમાં વેપાર કરે છે. તેઓ આર્થિક વિકાસ અને સામાજિક લાભ માટે લોકો અને સમુદાયોને એકસાથે લાવે છે.
# context: 3. What defines the voluntary and community… › definition 5, the term
leicestershire-county-compact--s3--b2-i5-term = છત્ર સંસ્થાઓ
# context: 3. What defines the voluntary and community… › definition 5, its meaning
leicestershire-county-compact--s3--b2-i5-meaning = (જેને ક્યારેક માળખાગત સંસ્થાઓ પણ કહેવામાં આવે છે) { -vcs-short }માં એક મહત્વનું બળ છે. { -vcs-short } સ્વાભાવિક રીતે વિકસ્યું છે; તેનું કેન્દ્રીય આયોજન થયું નથી. છત્ર સંસ્થાઓ સ્વૈચ્છિક ક્ષેત્રની પ્રવૃત્તિનાં જુદાં જુદાં સ્તરો અને પ્રકારોને જોડવાનો પ્રયાસ કરે છે. તેઓ ચાર મુખ્ય કાર્યો કરે છે: વિકાસ, અન્ય સંસ્થાઓને સેવાઓ, સંપર્ક અને પ્રતિનિધિત્વ. જો કે એ પણ સ્વીકારવામાં આવે છે કે બધી છત્ર સંસ્થાઓ આ બધાં કાર્યો કરતી નથી (Deakin Commission 1996). લેસ્ટરશાયરમાં છત્ર સંસ્થાઓનાં ઉદાહરણો છે: CVS Community Partnership (CCP), { -cvs(number: "plural") } (CVS), સ્વૈચ્છિક યુવા સેવા પરિષદ (CVYS), ગ્રામીણ સમુદાય પરિષદ (RCC), વંશીય સમાનતા પરિષદ (REC) અને સ્વયંસેવક બ્યુરો (VBx).
# context: 3. What defines the voluntary and community… › definition 6, the term
leicestershire-county-compact--s3--b2-i6-term = ટ્રસ્ટીઓ અને સંચાલન સમિતિઓ
# context: 3. What defines the voluntary and community… › definition 6, its meaning
leicestershire-county-compact--s3--b2-i6-meaning = સખાવતી સંસ્થા (ચેરિટી)ના નિયંત્રણ અને સંચાલન માટે કાયદેસર રીતે જવાબદાર લોકોનું જૂથ છે, જેમાં સખાવતી મંડળની સંચાલન સમિતિના સભ્યો અને સખાવતી કંપનીઓના ડિરેક્ટરોનો સમાવેશ થાય છે. ટ્રસ્ટી હોવાને કારણે અમુક ચોક્કસ કાયદાકીય જવાબદારીઓ ઊભી થાય છે.

## 4. What defines the County Council?

# context: 4. What defines the County Council? › section heading
leicestershire-county-compact--s4--title = કાઉન્ટી { -council } એટલે શું?
# context: 4. What defines the County Council? › paragraph
leicestershire-county-compact--s4--b1 = Leicestershire County Council કાઉન્ટીનું સૌથી મોટું સ્થાનિક સત્તાતંત્ર છે અને સ્થાનિક લોકોને સીધી રીતે અથવા તેના વતી કામ કરતી અન્ય સંસ્થાઓ મારફતે અનેક પ્રકારની સેવાઓ પૂરી પાડે છે. આ સેવાઓમાં શિક્ષણ, સામાજિક સંભાળ, કચરાનો નિકાલ, રસ્તાની જાળવણી, પુસ્તકાલયો, સંગ્રહાલયો અને ગ્રાહક સુરક્ષાનો સમાવેશ થાય છે. આ સેવાઓ પૂરી પાડવા 18,500 લોકોને સીધી નોકરી આપવામાં આવે છે અને £500 મિલિયનથી વધુ ખર્ચ થાય છે.
# context: 4. What defines the County Council? › paragraph
leicestershire-county-compact--s4--b2 = કાઉન્ટી { -council } 54 કાઉન્ટી કાઉન્સિલરોની બનેલી છે, જેમાંના દરેક પોતાના ચૂંટણી વિભાગમાં રહેતા લોકોનું પ્રતિનિધિત્વ કરવા દર ચાર વર્ષે ચૂંટાય છે. તેઓ દર બે મહિને { -council } તરીકે મળે છે અને દર વર્ષે એક નેતા અને કેબિનેટ ચૂંટે છે. કેબિનેટ { -council }ને દિશા અને નેતૃત્વ પૂરું પાડવા માટે અને મોટા ભાગના નિર્ણયો માટે જવાબદાર છે.

## 5. What type of relationship can the VCS have with the Council?

# context: 5. What type of relationship can the VCS have… › section heading
leicestershire-county-compact--s5--title = { -vcs-short }નો { -council } સાથે કેવા પ્રકારનો સંબંધ હોઈ શકે?
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b1 = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓ નીચેની રીતે { -council } સાથે સીધો સંબંધ રાખી શકે છે:
# context: 5. What type of relationship can the VCS have… › bulleted list, item 1
leicestershire-county-compact--s5--b2-i1 = સેવાઓ પૂરી પાડવી અને ભંડોળ – અનુદાનો/સેવા સ્તરની સમજૂતીઓ/ કોન્ટ્રાક્ટ/ કમિશનિંગ સમજૂતીઓ
# context: 5. What type of relationship can the VCS have… › bulleted list, item 2
leicestershire-county-compact--s5--b2-i2 = પરામર્શ – જૂથો/સ્વયંસેવકો/વપરાશકર્તાઓ
# context: 5. What type of relationship can the VCS have… › bulleted list, item 3
leicestershire-county-compact--s5--b2-i3 = લોબિંગ/ઝુંબેશ – { -council }ની કાર્યસૂચિ, નીતિઓ અને કાર્યપદ્ધતિઓ ઘડવામાં પ્રભાવ પાડવો
# context: 5. What type of relationship can the VCS have… › bulleted list, item 4
leicestershire-county-compact--s5--b2-i4 = ભાગીદારીઓ/ફોરમો/કાર્યકારી જૂથોમાં યોગદાન આપવું, જેમ કે લોકલ સ્ટ્રેટેજિક પાર્ટનરશિપ
# context: 5. What type of relationship can the VCS have… › bulleted list, item 5
leicestershire-county-compact--s5--b2-i5 = { -council }ના ભંડોળથી ચાલતી સેવાઓમાં સ્વયંસેવકો, જેમ કે યુવા અને સામુદાયિક શિક્ષણ કે એવા જ પ્રકારની સેવા
# context: 5. What type of relationship can the VCS have… › bulleted list, item 6
leicestershire-county-compact--s5--b2-i6 = યોગ્ય હોય ત્યાં, અથવા જ્યાં સ્વૈચ્છિક સંસ્થા { -council } વતી કોઈ વૈધાનિક સેવા પૂરી પાડતી હોય ત્યાં, { -council }ના નીતિ ઘડતરમાં નિષ્ણાત તરીકે યોગદાન આપવું
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b3 = જ્યાં સ્વૈચ્છિક અને સામુદાયિક જૂથોને લાગે કે { -council } સાથે તેમનો કોઈ સંબંધ નથી અને તેથી { -compact } તેમને માટે પ્રસ્તુત નથી, ત્યાં હકીકતમાં નીચેની એક કે વધુ રીતે તેમનો પરોક્ષ સંબંધ હોઈ શકે છે:
# context: 5. What type of relationship can the VCS have… › bulleted list, item 1
leicestershire-county-compact--s5--b4-i1 = { -council } સાથે કમિશનિંગ સમજૂતી ધરાવતી { -cvs }ના સંલગ્ન સભ્ય તરીકે
# context: 5. What type of relationship can the VCS have… › bulleted list, item 2
leicestershire-county-compact--s5--b4-i2 = { -council } દ્વારા પૂરી પાડવામાં આવતા સામુદાયિક કેન્દ્ર કે અન્ય સેવાઓના વપરાશકર્તા તરીકે
# context: 5. What type of relationship can the VCS have… › bulleted list, item 3
leicestershire-county-compact--s5--b4-i3 = કોઈ ચોક્કસ ભૌગોલિક વિસ્તારમાં, અથવા સમાન હિત કે જરૂરિયાત ધરાવતા સમુદાય માટે, સંપર્કના માધ્યમ તરીકે માન્ય ફોરમના સભ્ય તરીકે.
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b5 = વધુમાં, એવા પ્રસંગો આવી શકે જ્યારે કોઈ { -vcs-short } જૂથને { -council } સાથે સંબંધ બાંધવાની જરૂર પડે, અને તે { -council } તથા તેની કાર્યપદ્ધતિઓની પૂરતી જાણકારીના આધારે આમ કરી શકે તેવું હોવું જોઈએ.

## 6. The 8 Shared Principles in the Leicestershire County Compact

# context: 6. The 8 Shared Principles in the Leicestershire… › section heading
leicestershire-county-compact--principles--title = લેસ્ટરશાયર કાઉન્ટી { -compact }ના 8 { -shared-principles }
# context: 6. The 8 Shared Principles in the Leicestershire… › paragraph
leicestershire-county-compact--principles--b1 = કાઉન્ટી { -compact }ના તમામ ભાગીદારો નીચેના સિદ્ધાંતો સાથે સંમત છે:
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (a)
leicestershire-county-compact--principles--b2-i1 = **સ્વૈચ્છિક અને સામુદાયિક કાર્ય** લોકશાહી સમાજ માટે આવશ્યક છે.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (b)
leicestershire-county-compact--principles--b2-i2 = **સ્વતંત્ર અને વૈવિધ્યપૂર્ણ { -vcs }** સમાજના કલ્યાણનો પાયો છે.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (c)
leicestershire-county-compact--principles--b2-i3 = { -council } અને { -vcs-short } બંને જાતિ, ઉંમર, અપંગતા, લિંગ, જાતીયતા, ધર્મ, વંશીય કે રાષ્ટ્રીય મૂળ, વૈવાહિક સ્થિતિ કે તબીબી સ્થિતિને ધ્યાનમાં લીધા વિના તમામ લોકો માટે **તકની સમાનતા**ને પ્રોત્સાહન આપવાનું મહત્વ સ્વીકારે છે.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (d)
leicestershire-county-compact--principles--b2-i4 = જાહેર નીતિ અને સેવાઓના વિકાસ અને પૂરી પાડવામાં { -council } અને { -vcs-short }ની ભૂમિકાઓ અલગ પરંતુ **એકબીજાની પૂરક** છે.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (e)
leicestershire-county-compact--principles--b2-i5 = સહિયારા લક્ષ્યો અને ઉદ્દેશો તરફ **સાથે મળીને કામ કરવામાં વધારાનું મૂલ્ય** છે. **યોગ્ય** સંવાદ સંબંધો બાંધે છે, નીતિ ઘડતર સુધારે છે અને સેવાઓ તથા કાર્યક્રમોની રચના અને અમલને વધુ સારો બનાવે છે.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (f)
leicestershire-county-compact--principles--b2-i6 = { -council } અને { -vcs-short }ની **જવાબદારીનાં સ્વરૂપો જુદાં છે અને તેઓ જુદા જુદા લોકો અને સંસ્થાઓને જવાબદાર હોઈ શકે છે**. પરંતુ બંને માટે નિઃસ્વાર્થતા, પ્રામાણિકતા, નિષ્પક્ષતા, જવાબદારી, ખુલ્લાપણું, સચ્ચાઈ અને નેતૃત્વની જરૂર સમાન છે.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (g)
leicestershire-county-compact--principles--b2-i7 = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને તેમનાં લક્ષ્યો આગળ વધારવા કાયદાની મર્યાદામાં **ઝુંબેશ ચલાવવાનો અધિકાર** છે.
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (h)
leicestershire-county-compact--principles--b2-i8 = { -council } અને { -vcs-short } સ્વીકારે છે કે { -council(case: "ergative") } સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને સંસાધનો ફાળવવાની જરૂર છે. આ સંસાધનોમાં **ભંડોળ, સલાહ અને અન્ય સહાય**નો સમાવેશ થાય છે અને તે સંબંધનાં મહત્વનાં અંગો છે.

## 7. Undertakings by partners of the Leicestershire County Compact

# context: 7. Undertakings by partners of the… › section heading
leicestershire-county-compact--undertakings--title = લેસ્ટરશાયર કાઉન્ટી { -compact }ના ભાગીદારોની { -undertakings }
# context: 7. Undertakings by partners of the… › paragraph
leicestershire-county-compact--undertakings--b1 = લેસ્ટરશાયર કાઉન્ટી { -compact }ના તમામ ભાગીદારો નીચેની સંબંધિત { -undertakings } મુજબ કામ કરવા સંમત છે
# context: 7. Undertakings by partners of the… › undertakings, name of the party `council`
leicestershire-county-compact--undertakings--b2-party-council = લેસ્ટરશાયર કાઉન્ટી કાઉન્સિલ (Leicestershire County Council)
# context: 7. Undertakings by partners of the… › undertakings, name of the party `vcs`
leicestershire-county-compact--undertakings--b2-party-vcs = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓ
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 1
leicestershire-county-compact--undertakings--b2-t1-title = અમારી પૂરક ભૂમિકાઓ
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 1
leicestershire-county-compact--undertakings--b2-t1-c1-i1 = લેસ્ટરશાયરના લોકોના જીવનની ગુણવત્તા સુધારવા વ્યૂહાત્મક માળખું પૂરું પાડવા માટે સમુદાયના આગેવાન તરીકે કાઉન્ટી { -council }ની ભૂમિકા વિકસાવવી.
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 2
leicestershire-county-compact--undertakings--b2-t1-c1-i2 = સમુદાય માટેની માહિતી અને સેવાઓ વધુ સુલભ બનાવવા { -vcs-short } સાથે કામ કરવું.
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 3
leicestershire-county-compact--undertakings--b2-t1-c1-i3 = સહિયારા ઉદ્દેશો પૂરા કરતાં બાહ્ય સંસાધનો મેળવવાની { -vcs-short }ની ક્ષમતાને માન્યતા અને ટેકો આપવો.
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 4
leicestershire-county-compact--undertakings--b2-t1-c1-i4 = { -vcs-short } નીતિ ઘડતર અને ભાગીદારીની પ્રવૃત્તિઓમાં અસરકારક રીતે ભાગ લઈ શકે તે માટે તેનો સંસાધન આધાર વિકસાવવામાં તેને ટેકો આપવો.
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t1-c2-i1 = સાથે મળીને કામ કરવાના મૂલ્યને, અને { -council } તથા { -vcs-short } આ સંબંધમાં જે જુદી જુદી શક્તિઓ લાવે છે તેને માન્યતા આપવી.
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t1-c2-i2 = સ્વીકારવું કે { -council } સંસાધનો, માળખાં, જવાબદારી, માહિતી અને નિષ્ણાતતા સુધી પહોંચ, તથા ટેકો પૂરો પાડીને { -vcs-short }ના કાર્યને પૂરક બને છે.
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t1-c2-i3 = છત્ર સંસ્થાઓ મારફતે સ્થાનિક જૂથો, નીતિ ઘડતર અને ભાગીદારીમાં કામને ટેકો આપવો.
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 2
leicestershire-county-compact--undertakings--b2-t2-title = માન્યતા
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by council, item 1
leicestershire-county-compact--undertakings--b2-t2-c1-i1 = વ્યક્તિઓ અને સમુદાયોની વિવિધ જરૂરિયાતો ઓળખવાની અને રજૂ કરવાની { -vcs-short }ની ક્ષમતાને, અને લોકોને સામુદાયિક જીવનમાં ભાગ લેવા પ્રોત્સાહિત કરવામાં તેના મૂલ્યને માન્યતા આપવી.
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by council, item 2
leicestershire-county-compact--undertakings--b2-t2-c1-i2 = સમુદાયને મળતી સેવાઓની ગુણવત્તામાં સ્વયંસેવકો જે વધારાનું મૂલ્ય ઉમેરે છે તેને માન્યતા આપવી.
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t2-c2-i1 = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને સામેલ કરવા, તેમની સાથે પરામર્શ કરવા, તેમને સંસાધનો આપવા અને ટેકો આપવા { -council(case: "ergative") } કરેલી પ્રતિબદ્ધતાઓને માન્યતા આપવી.
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t2-c2-i2 = સ્વીકારવું કે લેસ્ટરશાયરમાં સમુદાયને નેતૃત્વ પૂરું પાડવું એ { -council }ની મુખ્ય ભૂમિકા છે.
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 3
leicestershire-county-compact--undertakings--b2-t3-title = ભંડોળ અને જવાબદારી
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 1
leicestershire-county-compact--undertakings--b2-t3-c1-i1 = સંસાધનો સંમત પ્રાથમિકતાઓને પૂરી કરે અને સતત સુધારો થતો રહે તે સુનિશ્ચિત કરવા ભંડોળ અંગેનાં પગલાં વિકસાવવાં.
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 2
leicestershire-county-compact--undertakings--b2-t3-c1-i2 = જાહેર નાણાંનો સૌથી અસરકારક અને કાર્યક્ષમ ઉપયોગ સુનિશ્ચિત કરવા, { -council }ની અંદર અને બહારના ભંડોળદાતાઓ સાથે મળીને, સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓને ભંડોળ આપવાના સંકલિત અભિગમો વિકસાવવા.
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 3
leicestershire-county-compact--undertakings--b2-t3-c1-i3 = ભંડોળમાં ખુલ્લાપણું સુનિશ્ચિત કરવા માળખું પૂરું પાડવું, અને ભંડોળની રકમ અને હેતુના પ્રમાણમાં દેખરેખ અને જવાબદારીની પદ્ધતિઓ લાગુ કરવી.
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t3-c2-i1 = સેવા વપરાશકર્તાઓના લાભ માટે ભંડોળનો સૌથી અસરકારક અને કાર્યક્ષમ ઉપયોગ સુનિશ્ચિત કરવો.
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t3-c2-i2 = { -council } પાસેથી મળેલા ભંડોળ અંગે, { -council } પ્રત્યે અને સેવા વપરાશકર્તાઓ પ્રત્યે જવાબદારી દર્શાવવી.
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t3-c2-i3 = કાયદાનું પાલન કરવું અને, જરૂર હોય ત્યાં, Charity Commissionના યોગ્ય માર્ગદર્શનનું પાલન કરવું.
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 4
leicestershire-county-compact--undertakings--b2-t4-title = નીતિ ઘડતર અને પરામર્શ
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by council, item 1
leicestershire-county-compact--undertakings--b2-t4-c1-i1 = નીતિઓ અને સેવાઓના આયોજન અને વિકાસમાં { -vcs-short }ને સમયસર અને કાર્યક્ષમ રીતે, સક્રિયપણે અને સતત સામેલ કરવું.
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by council, item 2
leicestershire-county-compact--undertakings--b2-t4-c1-i2 = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓ સમાજથી બાકાત રહેતાં જૂથો સાથે વધુ અસરકારક રીતે જોડાઈ શકે અને તેમનાં હિતોનું પ્રતિનિધિત્વ કરી શકે તે માટે તેમની સાથે કામ કરવું.
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t4-c2-i1 = અસરકારક પરામર્શ થાય તે સુનિશ્ચિત કરવા { -council } સાથે મળીને કામ કરવું.
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t4-c2-i2 = સેવાઓની જોગવાઈ અને તેને પૂરી પાડવા અંગેની નીતિ પર પ્રભાવ પાડવા લેસ્ટરશાયરના સમુદાયોને અવાજ પૂરો પાડવો.
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 5
leicestershire-county-compact--undertakings--b2-t5-title = સાથે મળીને કામ કરતી વખતે સારી કાર્યપદ્ધતિ
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 1
leicestershire-county-compact--undertakings--b2-t5-c1-i1 = આપણે વધુ સારી રીતે સાથે મળીને કેવી રીતે કામ કરી શકીએ તે અંગે { -vcs-short } સાથે સંવાદ કરવો.
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 2
leicestershire-county-compact--undertakings--b2-t5-c1-i2 = આ સંવાદ દ્વારા { -vcs-short(case: "ergative") } ઉઠાવેલા મુદ્દાઓનો યોગ્ય પ્રતિભાવ આપવો.
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 3
leicestershire-county-compact--undertakings--b2-t5-c1-i3 = ભંડોળ, પરામર્શ, અશ્વેત અને લઘુમતી વંશીય તથા સમાજથી બાકાત રહેતાં અન્ય જૂથો, સ્વયંસેવા અને સામુદાયિક જૂથો અંગેની સ્થાનિક આચારસંહિતાઓ { -vcs-short } સાથે મળીને વિકસાવવી.
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t5-c2-i1 = { -council } સાથે, { -vcs-short }ની અંદર, અને ખાસ કરીને કાઉન્ટીની હાંસિયામાં ધકેલાયેલી અશ્વેત અને લઘુમતી વંશીય સંસ્થાઓ સાથે લાભદાયી કાર્યકારી સંબંધો વિકસાવવા અને તેમને પ્રોત્સાહન આપવું.
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t5-c2-i2 = પ્રવૃત્તિઓ અને સેવાઓના વિકાસ અને સંચાલનમાં સેવા વપરાશકર્તાઓને સામેલ કરવા.
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t5-c2-i3 = { -council } અને અન્ય સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓ સાથેના તમામ વ્યવહારોમાં ખુલ્લા અને પારદર્શક રહેવું.
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 4
leicestershire-county-compact--undertakings--b2-t5-c2-i4 = { -council } સાથે મળીને કામ કરતી વખતે { -vcs-short } કેટલી હદ સુધી સામેલ થઈ શકે તેમ છે તેનો સ્પષ્ટ ખ્યાલ આપવો.
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 6
leicestershire-county-compact--undertakings--b2-t6-title = { -compact } પ્રત્યેની પ્રતિબદ્ધતા અમે કેવી રીતે દર્શાવીએ છીએ
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by council, item 1
leicestershire-county-compact--undertakings--b2-t6-c1-i1 = { -compact }ની પ્રતિબદ્ધતાઓને અમલમાં મૂકવા નવી કાર્યવ્યવસ્થાઓ ગોઠવવી અને યોગ્ય સંસાધનો ફાળવવાં.
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by council, item 2
leicestershire-county-compact--undertakings--b2-t6-c1-i2 = { -compact }ની પ્રતિબદ્ધતાઓ અને તેમને કેવી રીતે અમલમાં મૂકવાની છે તેની સમજ સમગ્ર { -council }માં ફેલાવવી.
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t6-c2-i1 = ટેકો આપવો અને, શક્ય હોય ત્યાં, કાર્યોના અમલ માટે અને { -compact }ની આયોજિત સમીક્ષાઓમાં ભાગ લેવા સમય અને સંસાધનો ફાળવવાં.
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t6-c2-i2 = લેસ્ટરશાયરમાં કામ કરતી સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓમાં { -compact } અપનાવવાને પ્રોત્સાહન આપવું.

## 8. How will we know if the Compact is working?

# context: 8. How will we know if the Compact is working? › section heading
leicestershire-county-compact--s8--title = { -compact } કામ કરી રહ્યું છે કે નહીં તે અમને કેવી રીતે ખબર પડશે?
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b1 = આ { -compact }ના વિકાસમાં સામેલ તમામ ભાગીદારો { -vcs-short } અને { -council } વચ્ચે નીચેનાં પરિણામો જોવા ઇચ્છે છે:
# context: 8. How will we know if the Compact is working? › outcomes, item 1
leicestershire-county-compact--s8--b2-i1 = વધુ **સમજ**
# context: 8. How will we know if the Compact is working? › outcomes, item 2
leicestershire-county-compact--s8--b2-i2 = વધુ સારો **સંવાદ**;
# context: 8. How will we know if the Compact is working? › outcomes, item 3
leicestershire-county-compact--s8--b2-i3 = **પરામર્શ**ની વધુ સારી પ્રક્રિયાઓ અને કાર્યપદ્ધતિઓ;
# context: 8. How will we know if the Compact is working? › outcomes, item 4
leicestershire-county-compact--s8--b2-i4 = સંયુક્ત **આયોજન અને નીતિ** અંગેની વધુ પહેલ;
# context: 8. How will we know if the Compact is working? › outcomes, item 5
leicestershire-county-compact--s8--b2-i5 = **ભંડોળ**ની વ્યવસ્થાઓ અને કાર્યપદ્ધતિઓની સમીક્ષા
# context: 8. How will we know if the Compact is working? › outcomes, item 6
leicestershire-county-compact--s8--b2-i6 = **માહિતી**નો કાર્યક્ષમ પ્રવાહ
# context: 8. How will we know if the Compact is working? › outcomes, item 7
leicestershire-county-compact--s8--b2-i7 = **સેવાઓ પૂરી પાડવા**ની વધુ સારી વ્યવસ્થા
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b3 = આ પરિણામો હાંસલ કરવા એક કાર્ય યોજના તૈયાર કરવામાં આવશે. તે:
# context: 8. How will we know if the Compact is working? › lettered list, item (a)
leicestershire-county-compact--s8--b4-i1 = ભંડોળ, પરામર્શ, અશ્વેત અને લઘુમતી વંશીય જૂથો, સ્વયંસેવા અને સામુદાયિક જૂથો અંગેની રાષ્ટ્રીય આચારસંહિતાને સ્થાનિક પરિસ્થિતિને અનુરૂપ બનાવશે;
# context: 8. How will we know if the Compact is working? › lettered list, item (b)
leicestershire-county-compact--s8--b4-i2 = { -compact }ની અસરની સમીક્ષા અને દેખરેખ માટે વ્યવસ્થાઓ સ્થાપશે;
# context: 8. How will we know if the Compact is working? › lettered list, item (c)
leicestershire-county-compact--s8--b4-i3 = મધ્યસ્થી અને સમાધાનની પ્રક્રિયા નક્કી કરશે.
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b5 = કાર્ય યોજનાની દર વર્ષે સમીક્ષા કરવામાં આવશે.
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b6 = કાર્ય યોજનામાં કાઉન્ટી { -compact }માં જોડાનારાં અને તેથી { -compact }ના ભાગીદારો સાથે ન્યાયી અને સમાન રીતે કામ કરવા પ્રતિબદ્ધ તમામ સહભાગી જૂથો અને સંસ્થાઓની યાદીનો સમાવેશ થશે.

## 9. Accessibility of the Compact document

# context: 9. Accessibility of the Compact document › section heading
leicestershire-county-compact--s9--title = { -compact } દસ્તાવેજની સુલભતા
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b1 = વિનંતી કરવાથી કાઉન્ટી { -compact } અનેક સામુદાયિક ભાષાઓમાં અને અનેક સ્વરૂપોમાં ઉપલબ્ધ છે.
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b2 = તમને સાથે મૂકેલું એક પોસ્ટર મળશે, જેમાં { -compact }ના { -shared-principles }ની રૂપરેખા આપેલી છે અને જૂથો તથા સંસ્થાઓ સહી કરી શકે તેવો એક વિભાગ છે, જેનાથી તેઓ { -compact }ની ભાવના મુજબ કામ કરવાની પોતાની પ્રતિબદ્ધતા જાહેર કરે છે. આ પોસ્ટરનો હેતુ તમારા પરિસરની મુલાકાત લેતા કર્મચારીઓ, સ્વયંસેવકો, સેવા વપરાશકર્તાઓ અને અન્ય જૂથો તથા સંસ્થાઓમાં કાઉન્ટી { -compact } વિશે જાગૃતિ વધારવાનો છે.
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b3 = કાઉન્ટી { -compact }માં એક જોડાણ ફોર્મ પણ છે, જે કાઉન્ટી { -compact }માં જોડાવા ઇચ્છતાં જૂથો અને સંસ્થાઓ ભરીને પરત મોકલે છે. "જોડાવું"નો અર્થ એ છે કે જૂથો અને સંસ્થાઓ { -compact } કરારની ભાવના મુજબ { -council } અને { -vcs-short } ભાગીદારો સાથે કામ કરવા સંમત થાય છે.

## 10. Joining up the tiers

# context: 10. Joining up the tiers › section heading
leicestershire-county-compact--s10--title = જુદાં જુદાં સ્તરોને જોડવાં
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b1 = લેસ્ટરશાયરમાં અમારી સામે એકબીજા સાથે જોડાયેલાં સ્થાનિક { -compacts } વિકસાવવાનો પડકાર છે. લેસ્ટરશાયરની દરેક { -cvs } હાલમાં સંબંધિત ડિસ્ટ્રિક્ટ { -council } અને { -pct } સાથે મળીને પોતાના વિસ્તાર માટે સ્થાનિક { -compacts } વિકસાવી રહી છે અથવા વિકસાવવાની યોજના ધરાવે છે. કાઉન્ટી અને શહેરના { -vcs-short } અને Leicestershire Learning and Skills Council વચ્ચે લર્નિંગ { -compact } વિકસાવવાની પણ યોજના છે. Leicestershire Local Strategic Partnershipએ સ્વીકાર્યું છે કે લેસ્ટરશાયર કાઉન્ટી { -compact } સમગ્ર લેસ્ટરશાયરમાં સ્થાનિક { -compacts }ના વિકાસ માટે નમૂનો પૂરો પાડે છે. તેથી અન્ય સ્થાનિક { -compacts }માં { -shared-principles } અને ક્ષેત્રની { -undertakings } મોટે ભાગે સમાન રહેશે, પરંતુ તેમાંથી તૈયાર થતી કાર્ય યોજનાઓ { -vcs-short } અને સ્થાનિક સંસ્થાઓ વચ્ચેના સંબંધમાં સ્થાનિક જરૂરિયાતો અને પ્રાથમિકતાઓને પ્રતિબિંબિત કરશે.
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b2 = લેસ્ટરશાયરમાં વિકસાવવામાં આવી રહેલાં સ્થાનિક { -compacts }:
# context: 10. Joining up the tiers › bulleted list, item 1
leicestershire-county-compact--s10--b3-i1 = **બ્લેબી ડિસ્ટ્રિક્ટ { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 2
leicestershire-county-compact--s10--b3-i2 = **હિંકલી અને બોસવર્થ એરિયા { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 3
leicestershire-county-compact--s10--b3-i3 = **મેલ્ટન બરો { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 4
leicestershire-county-compact--s10--b3-i4 = **ચાર્નવુડ { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 5
leicestershire-county-compact--s10--b3-i5 = **ઓડબી અને વિગ્સ્ટન { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 6
leicestershire-county-compact--s10--b3-i6 = **નોર્થ વેસ્ટ લેસ્ટરશાયર { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 7
leicestershire-county-compact--s10--b3-i7 = **સાઉથ લેસ્ટરશાયર { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 8
leicestershire-county-compact--s10--b3-i8 = **Leicestershire Learning and Skills Council (કાઉન્ટી અને શહેર) સાથેનું લર્નિંગ { -compact }**
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b5 = વધુ માહિતી માટે, CVS Community Partnershipના પાર્ટનરશિપ ઓફિસરનો સંપર્ક કરો.
# context: 10. Joining up the tiers › contact card, the contact's role
leicestershire-county-compact--s10--b6-role = પાર્ટનરશિપ ઓફિસર

## Other formats and languages

# context: Other formats and languages › section heading
leicestershire-county-compact--alternative-formats--title = અન્ય ફોર્મેટ અને ભાષાઓ
# context: Other formats and languages › how to ask for other formats
leicestershire-county-compact--alternative-formats--b1-text = જો તમને આ પુસ્તિકાની માહિતી બીજા કોઈ સ્વરૂપમાં જોઈતી હોય, જેમ કે મોટા અક્ષરો, બ્રેઇલ, ટેપ કે બીજી કોઈ ભાષા, તો કૃપા કરીને:
