### Gujarati translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ hcvs-compact-action-report-2005.yaml.


## Title page

# context: title page, the label above the title
hcvs-compact-action-report-2005--label = કાર્ય અહેવાલ
# context: title page, title
hcvs-compact-action-report-2005--title = HCVS વ્યૂહાત્મક નેતૃત્વ: { -compact } કાર્ય અહેવાલ
# context: summary, also shown on the home page
hcvs-compact-action-report-2005--summary = { -compact } વિશે માહિતી ફેલાવવામાં અને તેની આચારસંહિતાઓને ટેકો આપવામાં હર્ટફોર્ડશાયરના દરેક જિલ્લાની પ્રગતિ, 8 સપ્ટેમ્બર 2005ના અહેવાલ મુજબ.
# context: title page, area
hcvs-compact-action-report-2005--area = હર્ટફોર્ડશાયર

## A part without a heading (report)

# context: A part without a heading (report) › table caption
hcvs-compact-action-report-2005--report--b1-caption = HCVS વ્યૂહાત્મક નેતૃત્વ: { -compact } કાર્ય અહેવાલ, વર્ષ 8.9.05
# context: A part without a heading (report) › table header, column 1
hcvs-compact-action-report-2005--report--b1-h1 = ધ્યેય
# context: A part without a heading (report) › table header, column 2
hcvs-compact-action-report-2005--report--b1-h2 = કાર્ય
# context: A part without a heading (report) › table header, column 3
hcvs-compact-action-report-2005--report--b1-h3 = કેવી રીતે
# context: A part without a heading (report) › table header, column 4
hcvs-compact-action-report-2005--report--b1-h4 = આજ સુધી થયેલું કાર્ય
# context: A part without a heading (report) › table row 1, column 1, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c1p1 = કામ કરવાની એક રીત તરીકે { -compact }ની જાણકારી ફેલાવવી
# context: A part without a heading (report) › table row 1, column 2, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c2p1 = સ્થાનિક { -compact } વિશે જાગૃતિ વધારવી
# context: A part without a heading (report) › table row 1, column 3, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c3p1 = વૈધાનિક ક્ષેત્રના અધિકારીઓ માટે તાલીમ સત્રો, અને જ્યાં હજી { -compact } તૈયાર થઈ રહ્યું છે ત્યાં સ્થાનિક { -compact } કાર્યક્રમો.
# context: A part without a heading (report) › table row 1, column 4, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c4p1 = **હર્ટ્સમિયર:**
# context: A part without a heading (report) › table row 1, column 4, paragraph 2
hcvs-compact-action-report-2005--report--b1-r1c4p2 = LSPના એક અવે-ડે (કાર્યાલયથી દૂર યોજાયેલી ખાસ બેઠક)ના પરિણામે, LSPએ સ્થાનિક { -compact } જૂથને કોમ્યુનિટી સ્ટ્રેટેજીના સુધારા પર કામ કરવા જણાવ્યું છે.
# context: A part without a heading (report) › table row 1, column 4, paragraph 3
hcvs-compact-action-report-2005--report--b1-r1c4p3 = આનાથી કોમ્યુનિટી સ્ટ્રેટેજીની પ્રતિબદ્ધતાઓની સાથે સંસાધનોના પ્રશ્નનો પણ વિચાર થવો જોઈએ, એટલે કે કોણ શું કરશે અને તેનો ખર્ચ કોણ ભોગવશે. કોમ્યુનિટી સ્ટ્રેટેજીની પ્રતિબદ્ધતાઓ ધરાવતાં { -vcs-short } જૂથોને આ ઘણું મદદરૂપ થવું જોઈએ.
# context: A part without a heading (report) › table row 1, column 4, paragraph 4
hcvs-compact-action-report-2005--report--b1-r1c4p4 = બ્રોક્સબોર્ન આ વર્ષે નવેમ્બરમાં પોતાનું { -compact } પ્રકાશિત કરવાનું છે. આ તબક્કે કોઈ કાર્યક્રમની યોજના નથી, પરંતુ આમાં ફેરફાર થઈ શકે છે, કારણ કે આવતા વર્ષે ભંડોળ અંગેની પ્રથમ આચારસંહિતા તૈયાર કરવાની યોજના છે, તેથી તેઓ પરામર્શ પ્રક્રિયા તરફ આગળ વધવાની યોજના ધરાવે છે. વિગતવાર યોજના સાથે જોડેલી છે.
# context: A part without a heading (report) › table row 1, column 4, paragraph 5
hcvs-compact-action-report-2005--report--b1-r1c4p5 = દેશના અન્ય ભાગોમાં સિંગલ કોમ્યુનિટીઝ ભંડોળ અચાનક પાછું ખેંચી લેવાની બાબતમાં { -compact }ની અવગણના કરવા બદલ Stevenage LSPએ ODPMને ઠપકાનો પત્ર મોકલ્યો. LSPએ પોતાના વૈધાનિક અને { -vcs-short } સભ્યોનો { -compact } સર્વે કરવાનું પણ સ્વીકાર્યું, જેથી { -compact } વિશેની જાગૃતિ/સમજનું મૂલ્યાંકન થાય અને { -compact }ના મુખ્ય ભાગીદારો SBC અને { -pct }માં ભવિષ્યના { -compact } જાગૃતિ તાલીમ કાર્યક્રમ માટે માહિતી મળે. પ્રશ્નાવલિ સપ્ટેમ્બરમાં તૈયાર કરવામાં આવશે.
# context: A part without a heading (report) › table row 1, column 4, paragraph 6
hcvs-compact-action-report-2005--report--b1-r1c4p6 = સેન્ટ આલ્બન્સ { -compact } મુસદ્દા સ્વરૂપે પરામર્શ માટે મૂકવામાં આવ્યું, અને 21 જૂને તેની સફળ રજૂઆત અને શરૂઆત થઈ, જેમાં ઘણા લોકો હાજર રહ્યા. પ્રતિભાવો જોવા અને ઓક્ટોબરના અંત પહેલાં અંતિમ મંજૂરી તથા પ્રકાશનનું આયોજન કરવા સંચાલન જૂથ સપ્ટેમ્બરની શરૂઆતમાં ફરી મળવાનું છે. જરૂર મુજબ { -vcs-short } જૂથો માટે બપોરના ભોજન સમયે માહિતી સત્રો યોજવામાં આવશે.
# context: A part without a heading (report) › table row 1, column 4, paragraph 7
hcvs-compact-action-report-2005--report--b1-r1c4p7 = ઈસ્ટ હર્ટ્સ { -compact }ની પ્રવૃત્તિ ધીમી પડી છે, પરંતુ તાજેતરમાં શરૂ થયેલા VOCAL પ્રોજેક્ટ પાછળ ઈસ્ટ હર્ટ્સ { -compact } જૂથ પ્રેરક બળ હતું
# context: A part without a heading (report) › table row 2, column 1, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c1p1 = આચારસંહિતાઓને ટેકો:
# context: A part without a heading (report) › table row 2, column 1, paragraph 2
hcvs-compact-action-report-2005--report--b1-r2c1p2 = પરામર્શ અને નીતિ મૂલ્યાંકન, સ્વયંસેવા અને ભંડોળ
# context: A part without a heading (report) › table row 2, column 2, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c2p1 = આચારસંહિતાઓ અને તેમની સમીક્ષા તથા મૂલ્યાંકન વિશે માહિતી ફેલાવવી
# context: A part without a heading (report) › table row 2, column 3, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c3p1 = ન્યૂઝલેટરોમાં અને વેબસાઇટ પર માહિતી પ્રકાશિત કરવી
# context: A part without a heading (report) › table row 2, column 4, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c4p1 = સ્ટીવનેજની આચારસંહિતાઓ માર્ચના સંમેલનમાં શરૂ કરવામાં આવી અને મે 05માં ક્ષેત્રને ટપાલથી મોકલવામાં આવી. અશ્વેત અને લઘુમતી વંશીય (BME) સમુદાયો અંગેની આચારસંહિતા પર મે મહિનામાં પરામર્શ થયો, પરંતુ લેખિત પ્રતિભાવો થોડા જ આવ્યા. Stevenage World Forum સપ્ટેમ્બર/ઓક્ટોબરમાં વધુ પસંદગીયુક્ત અને લક્ષિત રીતે આ આચારસંહિતા પોતાના સભ્ય જૂથો સુધી લઈ જશે. આગળનાં પગલાં નક્કી કરવા { -compact } કારોબારી જૂથ ઓક્ટોબરમાં મળશે.
# context: A part without a heading (report) › table row 2, column 4, paragraph 2
hcvs-compact-action-report-2005--report--b1-r2c4p2 = બ્રોક્સબોર્ન આવતા વર્ષે ભંડોળ અંગેની આચારસંહિતાની યોજના ધરાવે છે.
# context: A part without a heading (report) › table row 2, column 4, paragraph 3
hcvs-compact-action-report-2005--report--b1-r2c4p3 = Dacorum CVS અને Dacorum Borough Councilએ પરામર્શ અંગેની આચારસંહિતા પર પરામર્શનું નેતૃત્વ કર્યું, જે માર્ચમાં શરૂ થઈને જૂન સુધી ચાલ્યો. પ્રતિભાવોનું વિશ્લેષણ કરવામાં આવ્યું છે અને દસ્તાવેજમાં સુધારા કરવામાં આવ્યા છે. આ સુધારાઓએ લખાણનો અર્થ બદલવાને બદલે તેની ભાષા સરળ બનાવી છે; લખાણ રાષ્ટ્રીય નમૂના પર આધારિત છે. પરામર્શ અંગેની આચારસંહિતા 28 સપ્ટેમ્બર 2005ના રોજ શરૂ કરવામાં આવશે.
# context: A part without a heading (report) › table row 2, column 4, paragraph 4
hcvs-compact-action-report-2005--report--b1-r2c4p4 = વૉટફર્ડે મે 2005માં આયોજન અંગેનો એક સેમિનાર યોજ્યો. આ કાર્યક્રમે વૈધાનિક ક્ષેત્ર અને { -vcs } બંનેને સક્રિય રીતે ભાગ લેવાની અને ભંડોળ, પરામર્શ અને નીતિ મૂલ્યાંકન, તથા સ્વયંસેવા અંગેની 3 આચારસંહિતાઓને મંજૂરી આપવા સાથે મળીને કામ કરવાની તક આપી.
# context: A part without a heading (report) › table row 2, column 4, paragraph 5
hcvs-compact-action-report-2005--report--b1-r2c4p5 = આચારસંહિતાઓ છાપીને પ્રકાશિત કરવામાં આવશે.
# context: A part without a heading (report) › table row 2, column 4, paragraph 6
hcvs-compact-action-report-2005--report--b1-r2c4p6 = સેમિનારમાં ઉઠાવવામાં આવેલા કેટલાક મુદ્દાઓમાં આયોજન અને નિર્ણય લેવામાં સમુદાયની અસરકારક સહભાગિતા સુનિશ્ચિત કરવામાં { -vcs }ના મહત્વને માન્યતા આપવાનો સમાવેશ થતો હતો. સંચાલન જૂથ વહેંચણી માટે વાર્ષિક યોજના તૈયાર કરવા સાથે મળીને કામ કરશે. સેમિનારમાં એ પણ સ્પષ્ટ થયું કે સૌ ઇચ્છતા હતા કે આ બાબતે { -cvs } આગેવાની લે.
