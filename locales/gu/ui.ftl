### Gujarati (ગુજરાતી) strings for the default theme.
### review-status: machine-assisted
### Written with machine assistance; not yet reviewed by a native speaker.
### CLDR: in Gujarati 0 and 1 both take the [one] form.

# source: f696aa85
language-name = ગુજરાતી

## Navigation

# source: a684a452
skip-link = મુખ્ય સામગ્રી પર જાઓ

# source: bbf5b506
nav-site = સાઇટ

# source: c4359e28
nav-home = મુખપૃષ્ઠ

# source: 3ecb0229
nav-accessibility = સુલભતા નિવેદન

# source: 94f909be
nav-languages = આ પાનું બીજી ભાષામાં વાંચો

# source: 685ac66a
nav-breadcrumb = તમે અહીં છો

# source: 1746410e
nav-contents = અનુક્રમણિકા

## Language chooser (the site's front page)

# source: 0b151508
choose-language = તમારી ભાષા પસંદ કરો

# source: 171283ea
choose-language-prompt = કોમ્પેક્ટ ગુજરાતીમાં વાંચો

## Notices about translation

# source: e2d495d2
untranslated-notice =
    { $count ->
        [one] આ પાનાના { $count } ભાગનો હજી { $language }માં અનુવાદ થયો નથી. તે અંગ્રેજીમાં બતાવ્યો છે.
       *[other] આ પાનાના { $count } ભાગોનો હજી { $language }માં અનુવાદ થયો નથી. તે અંગ્રેજીમાં બતાવ્યા છે.
    }

# source: addf4c56
machine-translation-notice = આ અનુવાદ મશીનની મદદથી કરવામાં આવ્યો છે અને હજી કોઈ માતૃભાષી વ્યક્તિએ તેની ચકાસણી કરી નથી. કંઈ સ્પષ્ટ ન હોય તો કૃપા કરીને અમારો સંપર્ક કરો.

# source: cb75cd4f
stale-notice =
    { $count ->
        [one] આ પાનાનો { $count } ભાગ અંગ્રેજીના અગાઉના સંસ્કરણ પરથી અનુવાદિત છે, તેથી કદાચ તે અદ્યતન ન હોય.
       *[other] આ પાનાના { $count } ભાગ અંગ્રેજીના અગાઉના સંસ્કરણ પરથી અનુવાદિત છે, તેથી કદાચ તે અદ્યતન ન હોય.
    }

## Home page

# source: 2f2aea9d
publications-heading = પ્રકાશનો

# source: d7162913
publication-count =
    { $count ->
        [one] { $count } પ્રકાશન
       *[other] { $count } પ્રકાશનો
    }

## A publication

# source: b54461a6
status-draft = મુસદ્દો

# source: f7d21cec
status-adopted = અપનાવેલ

# source: e49df8f6
status-label = સ્થિતિ

# source: 4845149d
date-label = તારીખ

# source: 17521a64
area-label = વિસ્તાર

# source: 6fbddef1
reference-label = સંદર્ભ નંબર

# source: 1fef0feb
parties-heading = આ કરારના પક્ષો

# source: 21da0049
download-heading = અન્ય ફોર્મેટ

# source: 1ac48b97
undertakings-theme = વિષય

# source: 23d283b8
undertakings-caption = વિષય મુજબ દરેક ભાગીદારની પ્રતિબદ્ધતાઓ

# source: 8093a7f9
related-heading = સંબંધિત પ્રકાશનો

# source: 0da2a00b
signup-print = આ પાનું છાપો, ખાના ભરો અને નીચેના સરનામે ટપાલથી મોકલો, અથવા ઈ-મેઈલથી જવાબ આપો.

# source: efaa96cc
signup-email = ઈ-મેઈલથી જવાબ આપો

# source: ab2c94cd
signup-email-subject = કોમ્પેક્ટમાં જોડાવું

# source: 18337876
signup-date-hint = દિવસ/મહિનો/વર્ષ, જેમ કે 25/12/2024

# source: b044303f
signatory-signed = સહી

# source: 48b1bc16
signatory-dated = તારીખ

# source: 9fa6b269
signatory-not-signed = હજી સહી થઈ નથી

# source: 5d9d4a0e
contact-phone = ફોન

# source: 68f861b2
contact-fax = ફેક્સ

# source: 4df11957
contact-email = ઈ-મેઈલ

# source: bdce3d0f
contact-web = વેબસાઇટ

# source: 88eb0e69
large-print = મોટા અક્ષરો

# source: d7d80270
download-large-print-html = મોટા અક્ષરોવાળું વેબ પાનું

# source: fc1dc13b
download-large-print-pdf = મોટા અક્ષરોવાળી PDF ({ $language }), { $size }

# source: 9952e5e5
download-plain-text = સાદું લખાણ ({ $language }), { $size }

## The plain-text edition

# source: 463371f1
text-untranslated = હજી { $language } માં અનુવાદ થયો નથી, તેથી અંગ્રેજીમાં આપેલ છે: { $parts }.

# source: 8395efe8
text-untranslated-front = શીર્ષક પૃષ્ઠ

# source: 135067ab
text-untranslated-other = અન્ય ભાગો

# source: db1d550d
text-stale = અનુવાદ પછી અંગ્રેજી બદલાઈ ગયું છે, તેથી આ ભાગો કદાચ અદ્યતન નથી: { $parts }.

## Every page's footer

# source: 4707668c
alt-formats-heading = અન્ય ફોર્મેટ અને ભાષાઓ

# source: 5e47288a
alt-formats-request = જો તમને આ માહિતી મોટા અક્ષરોમાં, બ્રેઇલમાં, ઓડિયોમાં અથવા બીજી કોઈ ભાષામાં જોઈતી હોય તો કૃપા કરીને { $phone } પર ફોન કરો.

# source: 1522a2a9
footer-published-by = પ્રકાશક

## Accessibility statement

# source: 3ecb0229
a11y-title = સુલભતા નિવેદન

# source: 2f9e8420
a11y-intro = અમે ઇચ્છીએ છીએ કે શક્ય તેટલા વધુ લોકો આ કોમ્પેક્ટ અંગ્રેજીમાં અને અમારા વિસ્તારની સામુદાયિક ભાષાઓમાં વાંચી શકે.

# source: 6aa7aab4
a11y-using-heading = આ વેબસાઇટનો ઉપયોગ

# source: 60383640
a11y-using = તમે તમારા બ્રાઉઝર અથવા ઉપકરણના સેટિંગ્સથી રંગ, કોન્ટ્રાસ્ટ અને ફોન્ટ બદલી શકો છો, લખાણ સ્ક્રીનની બહાર ગયા વિના 400% સુધી મોટું કરી શકો છો, ફક્ત કીબોર્ડ અથવા અવાજ ઓળખ સોફ્ટવેરથી આખી વેબસાઇટ વાપરી શકો છો, અને સ્ક્રીન રીડરથી વેબસાઇટ સાંભળી શકો છો. દરેક પાનું જાવાસ્ક્રિપ્ટ વિના કામ કરે છે, અને દરેક ભાષા ચિહ્નિત છે જેથી સ્ક્રીન રીડર સાચો અવાજ વાપરે.

# source: 37e188a9
a11y-status-heading = પાલનની સ્થિતિ

# source: b045fb2e
a11y-status = આ વેબસાઇટ વેબ કન્ટેન્ટ સુલભતા માર્ગદર્શિકા 2.2, સ્તર AA પૂરી કરવા માટે બનાવવામાં આવી છે. પ્રકાશિત કરતાં પહેલાં દરેક પાનાની Nu Html Checker અને axe વડે આપમેળે ચકાસણી થાય છે.

# source: b5314243
a11y-limits-heading = જે ભાગો સંપૂર્ણ સુલભ નથી

# source: 04b24dc9
a11y-limits = કેટલાક અનુવાદો મશીનની મદદથી કરવામાં આવ્યા છે અને હજી કોઈ માતૃભાષી વ્યક્તિએ તેની ચકાસણી કરી નથી; આવાં પાનાં પર તે જણાવેલું છે. જ્યાં પાનાના કોઈ ભાગનો હજી અનુવાદ થયો નથી, તે અંગ્રેજીમાં બતાવાય છે અને અંગ્રેજી તરીકે ચિહ્નિત હોય છે.

# source: 21da0049
a11y-formats-heading = અન્ય ફોર્મેટ

# source: e0168028
a11y-formats = જો તમને આ વેબસાઇટની માહિતી મોટા અક્ષરોમાં, બ્રેઇલમાં, ઓડિયોમાં અથવા બીજી ભાષામાં જોઈતી હોય તો નીચેની વિગતો પર અમારો સંપર્ક કરો. અમે તમારી વિનંતી પર વિચાર કરીને 10 કામકાજના દિવસોમાં જવાબ આપીશું.

# source: 23022412
a11y-feedback-heading = સમસ્યાની જાણ અને અમલ

# source: 6c534fe7
a11y-feedback = જો તમને આ પાના પર ન દર્શાવેલી કોઈ સમસ્યા મળે તો કૃપા કરીને અમારો સંપર્ક કરો. જો તમે અમારા જવાબથી સંતુષ્ટ ન હો તો Equality Advisory and Support Service (EASS)નો સંપર્ક કરો.

## Page not found

# source: 0514d853
not-found-title = પાનું મળ્યું નથી

# source: 2b58808f
not-found-text = તમે માંગેલું પાનું અહીં નથી. કદાચ તે ખસેડાયું હોય.

# source: d1b9701e
not-found-link = કોમ્પેક્ટની યાદી પર જાઓ
