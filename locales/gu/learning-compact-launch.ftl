### Gujarati translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ learning-compact-launch.yaml.


## Title page

# context: title page, the label above the title
learning-compact-launch--label = સમાચાર
# context: title page, title
learning-compact-launch--title = લર્નિંગ એન્ડ સ્કિલ્સ { -compact }
# context: summary, also shown on the home page
learning-compact-launch--summary = લેસ્ટરશાયરમાં હવે સ્થાનિક { -vcs } અને સ્થાનિક લર્નિંગ એન્ડ સ્કિલ્સ કાઉન્સિલ વચ્ચે એક { -compact } છે. વિગતો આપે છે મિક ઓ'હારા.
# context: title page, area
learning-compact-launch--area = લેસ્ટર અને લેસ્ટરશાયર

## A part without a heading (story)

# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b1 = લેસ્ટર શહેર અને લેસ્ટરશાયરનું { -vcs } ({ -vcs-short }) પોતાની સ્થાનિક Leicestershire Learning and Skills Council (LLSC) સાથે કરાર, એટલે કે { -compact }, તૈયાર કરનાર દેશનું પ્રથમ ક્ષેત્ર છે.
# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b2 = { -compact }થી { -vcs-short } અને LLSC લેસ્ટરશાયરમાં શીખતા સમાજના પોતાના સંયુક્ત સ્વપ્નને સાકાર કરવાના પ્રયાસમાં એકબીજાને ટેકો આપી શકશે: "એવો સમાજ જેમાં દરેક વ્યક્તિને શીખવાની તકોનો લાભ લઈને અને પૂરેપૂરો ભાગ લઈને, પોતાની પ્રતિભા અને પ્રયત્નો તેને જ્યાં સુધી લઈ જાય ત્યાં સુધી આગળ વધવાની તક મળે".
# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b3 = 27 જુલાઈએ શરૂ કરાયેલા { -compact } પર Leicestershire VCS Learning & Skills Consortiumના અધ્યક્ષ Neil Lambert અને Leicestershire LSCના એક્ઝિક્યુટિવ ડિરેક્ટર David Nelsonએ ઔપચારિક રીતે સહી કરી, અને સ્વૈચ્છિક ક્ષેત્રના પ્રતિનિધિઓ તથા LLSCના સભ્યો તેના સાક્ષી બન્યા.

## Shared aims

# context: Shared aims › section heading
learning-compact-launch--shared-aims--title = સહિયારા લક્ષ્યો
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b1 = લેસ્ટરશાયરની { -vcs-short } સંસ્થાઓ અને જૂથો તથા LLSC વચ્ચે તૈયાર થયેલું { -compact } એવું માળખું પૂરું પાડે છે, જેનાથી સંસ્થાઓ પરસ્પર સંમત ધોરણો મુજબ સાથે મળીને કામ કરી શકે. તે કાયદેસર રીતે બંધનકર્તા નથી, છતાં તમામ સભ્ય સંસ્થાઓ નીચેની બાબતોને પ્રોત્સાહન આપતાં વ્યૂહાત્મક લક્ષ્યો સાથે મળીને અનુસરવા સંમત થાય છે:
# context: Shared aims › bulleted list, item 1
learning-compact-launch--shared-aims--b2-i1 = સહભાગિતાનો વ્યાપ વધારવો
# context: Shared aims › bulleted list, item 2
learning-compact-launch--shared-aims--b2-i2 = સ્વૈચ્છિક ક્ષેત્રની સંસ્થાઓના કાર્યબળનો વિકાસ કરવો
# context: Shared aims › bulleted list, item 3
learning-compact-launch--shared-aims--b2-i3 = પૂરી પાડવામાં આવતી સેવાઓની ગુણવત્તા અને જરૂરિયાતો પ્રત્યેની તત્પરતા સુધારવી.
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b3 = { -compact }ના વિકાસ અને પ્રગતિની જવાબદારી { -compact } વિકાસ અને મૂલ્યાંકન જૂથને સોંપવામાં આવી છે, જેમાં સ્થાનિક { -vcs } અને Leicestershire LSCના પ્રતિનિધિઓ છે. આ જૂથનું પહેલું કાર્ય પ્રારંભિક કાર્ય યોજના તૈયાર કરવાનું હતું, જેથી પ્રથમ છ મહિના દરમિયાન અને ત્યાર પછી દર વર્ષે { -compact }ની પ્રગતિ અને વિકાસની સમીક્ષા થતી રહે.
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b4 = દર વર્ષે એક ટૂંકો અહેવાલ તૈયાર કરવામાં આવશે, જેમાં પ્રગતિ દર્શાવવામાં આવશે અને જરૂર હોય ત્યાં કાર્ય યોજનાને અદ્યતન કરવામાં આવશે.

## Looking for success

# context: Looking for success › section heading
learning-compact-launch--looking-for-success--title = સફળતાની શોધમાં
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b1 = { -compact }ની સફળતા મોટા ભાગે એ વાત પરથી માપવામાં આવશે કે તે નીચેની બાબતોને કેટલી હદ સુધી સરળ બનાવી શકે છે:
# context: Looking for success › bulleted list, item 1
learning-compact-launch--looking-for-success--b2-i1 = સ્વૈચ્છિક અને સામુદાયિક સંસ્થાઓ (વીસીઓ)ની વધુ ભાગીદારી – શિક્ષણ અને કૌશલ્યની જોગવાઈને ઘડવામાં, તથા સમુદાયોમાં અને ખુદ વીસીઓમાં શીખવાની માંગ વધારવામાં (સ્થાનિક ભાગીદારીઓ, સ્ટ્રેટેજિક એરિયા રિવ્યૂઝ, લર્નિંગ કન્સોર્ટિયમ વગેરે દ્વારા)
# context: Looking for success › bulleted list, item 2
learning-compact-launch--looking-for-success--b2-i2 = { -compact }માં જોડાવા સંમત થનાર, LLSCનું ભંડોળ મેળવતા વધારાના પ્રદાતાઓની સંખ્યા. હાલમાં 24 પ્રદાતાઓ જોડાયા છે. ધ્યેય એ છે કે જુલાઈ 2006માં { -compact }ની પ્રથમ વર્ષગાંઠ સુધીમાં { -vcs }ના તમામ શિક્ષણ અને કૌશલ્ય પ્રદાતાઓ તેમાં જોડાઈ જાય.
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b3 = { -compact } [http://digbig.com/4erqp](http://digbig.com/4erqp) અથવા [www.ccp.org.uk](http://www.ccp.org.uk) પર જોઈ શકાય છે (અને સ્થાનિક સંસ્થાઓ ત્યાં { -compact }માં જોડાઈ શકે છે).
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b4 = { -compact } વિશે વધુ માહિતી માટે સંપર્ક કરો:
# context: Looking for success › contact card, the contact's role
learning-compact-launch--looking-for-success--b5-role = SOL શિક્ષણ અને કૌશલ્ય સંયોજક
