### Gujarati (ગુજરાતી) strings for the default theme.
### review-status: machine-assisted
### Written with machine assistance; not yet reviewed by a native speaker.
### CLDR: in Gujarati 0 and 1 both take the [one] form.

language-name = ગુજરાતી

## Navigation
skip-link = મુખ્ય સામગ્રી પર જાઓ
nav-site = સાઇટ
nav-home = મુખપૃષ્ઠ
nav-accessibility = સુલભતા નિવેદન
nav-languages = આ પાનું બીજી ભાષામાં વાંચો
nav-breadcrumb = તમે અહીં છો
nav-contents = અનુક્રમણિકા

## Language chooser
choose-language = તમારી ભાષા પસંદ કરો
choose-language-prompt = કોમ્પેક્ટ ગુજરાતીમાં વાંચો

## Notices about translation
untranslated-notice =
    { $count ->
        [one] આ પાનાના { $count } ભાગનો હજી { $language }માં અનુવાદ થયો નથી. તે અંગ્રેજીમાં બતાવ્યો છે.
       *[other] આ પાનાના { $count } ભાગોનો હજી { $language }માં અનુવાદ થયો નથી. તે અંગ્રેજીમાં બતાવ્યા છે.
    }
machine-translation-notice = આ અનુવાદ મશીનની મદદથી કરવામાં આવ્યો છે અને હજી કોઈ માતૃભાષી વ્યક્તિએ તેની ચકાસણી કરી નથી. કંઈ સ્પષ્ટ ન હોય તો કૃપા કરીને અમારો સંપર્ક કરો.

## Home page
publications-heading = પ્રકાશનો
publication-count =
    { $count ->
        [one] { $count } પ્રકાશન
       *[other] { $count } પ્રકાશનો
    }

## A publication
status-draft = મુસદ્દો
status-adopted = અપનાવેલ
status-label = સ્થિતિ
date-label = તારીખ
area-label = વિસ્તાર
parties-heading = આ કરારના પક્ષો
download-heading = અન્ય ફોર્મેટ
undertakings-theme = વિષય
undertakings-caption = વિષય મુજબ દરેક ભાગીદારની પ્રતિબદ્ધતાઓ
related-heading = સંબંધિત પ્રકાશનો
signup-print = આ પાનું છાપો, ખાના ભરો અને નીચેના સરનામે ટપાલથી મોકલો, અથવા ઈ-મેઈલથી જવાબ આપો.
signup-email = ઈ-મેઈલથી જવાબ આપો
signup-email-subject = કોમ્પેક્ટમાં જોડાવું
signatory-signed = સહી
signatory-dated = તારીખ
signatory-not-signed = હજી સહી થઈ નથી
contact-phone = ફોન
contact-fax = ફેક્સ
contact-email = ઈ-મેઈલ
contact-web = વેબસાઇટ
large-print = મોટા અક્ષરો
download-large-print-html = મોટા અક્ષરોવાળું વેબ પાનું
download-large-print-pdf = મોટા અક્ષરોવાળી PDF ({ $language }), { $size }
download-plain-text = સાદું લખાણ ({ $language }), { $size }

## The plain-text edition
text-untranslated = હજી { $language } માં અનુવાદ થયો નથી, તેથી અંગ્રેજીમાં આપેલ છે: { $parts }.
text-untranslated-front = શીર્ષક પૃષ્ઠ
text-untranslated-other = અન્ય ભાગો

## Every page's footer
alt-formats-heading = અન્ય ફોર્મેટ અને ભાષાઓ
alt-formats-request = જો તમને આ માહિતી મોટા અક્ષરોમાં, બ્રેઇલમાં, ઓડિયોમાં અથવા બીજી કોઈ ભાષામાં જોઈતી હોય તો કૃપા કરીને { $phone } પર ફોન કરો.
footer-published-by = પ્રકાશક

## Accessibility statement
a11y-title = સુલભતા નિવેદન
a11y-intro = અમે ઇચ્છીએ છીએ કે શક્ય તેટલા વધુ લોકો આ કોમ્પેક્ટ અંગ્રેજીમાં અને અમારા વિસ્તારની સામુદાયિક ભાષાઓમાં વાંચી શકે.
a11y-using-heading = આ વેબસાઇટનો ઉપયોગ
a11y-using = તમે તમારા બ્રાઉઝર અથવા ઉપકરણના સેટિંગ્સથી રંગ, કોન્ટ્રાસ્ટ અને ફોન્ટ બદલી શકો છો, લખાણ સ્ક્રીનની બહાર ગયા વિના 400% સુધી મોટું કરી શકો છો, ફક્ત કીબોર્ડ અથવા અવાજ ઓળખ સોફ્ટવેરથી આખી વેબસાઇટ વાપરી શકો છો, અને સ્ક્રીન રીડરથી વેબસાઇટ સાંભળી શકો છો. દરેક પાનું જાવાસ્ક્રિપ્ટ વિના કામ કરે છે, અને દરેક ભાષા ચિહ્નિત છે જેથી સ્ક્રીન રીડર સાચો અવાજ વાપરે.
a11y-status-heading = પાલનની સ્થિતિ
a11y-status = આ વેબસાઇટ વેબ કન્ટેન્ટ સુલભતા માર્ગદર્શિકા 2.2, સ્તર AA પૂરી કરવા માટે બનાવવામાં આવી છે. પ્રકાશિત કરતાં પહેલાં દરેક પાનાની Nu Html Checker અને axe વડે આપમેળે ચકાસણી થાય છે.
a11y-limits-heading = જે ભાગો સંપૂર્ણ સુલભ નથી
a11y-limits = કેટલાક અનુવાદો મશીનની મદદથી કરવામાં આવ્યા છે અને હજી કોઈ માતૃભાષી વ્યક્તિએ તેની ચકાસણી કરી નથી; આવાં પાનાં પર તે જણાવેલું છે. જ્યાં પાનાના કોઈ ભાગનો હજી અનુવાદ થયો નથી, તે અંગ્રેજીમાં બતાવાય છે અને અંગ્રેજી તરીકે ચિહ્નિત હોય છે.
a11y-formats-heading = અન્ય ફોર્મેટ
a11y-formats = જો તમને આ વેબસાઇટની માહિતી મોટા અક્ષરોમાં, બ્રેઇલમાં, ઓડિયોમાં અથવા બીજી ભાષામાં જોઈતી હોય તો નીચેની વિગતો પર અમારો સંપર્ક કરો. અમે તમારી વિનંતી પર વિચાર કરીને 10 કામકાજના દિવસોમાં જવાબ આપીશું.
a11y-feedback-heading = સમસ્યાની જાણ અને અમલ
a11y-feedback = જો તમને આ પાના પર ન દર્શાવેલી કોઈ સમસ્યા મળે તો કૃપા કરીને અમારો સંપર્ક કરો. જો તમે અમારા જવાબથી સંતુષ્ટ ન હો તો Equality Advisory and Support Service (EASS)નો સંપર્ક કરો.

## Page not found
not-found-title = પાનું મળ્યું નથી
not-found-text = તમે માંગેલું પાનું અહીં નથી. કદાચ તે ખસેડાયું હોય.
not-found-link = કોમ્પેક્ટની યાદી પર જાઓ
