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
choose-language-prompt = { -compacts } ગુજરાતીમાં વાંચો

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
undertakings-caption = વિષય મુજબ દરેક ભાગીદારની { -undertakings }

# source: 8093a7f9
related-heading = સંબંધિત પ્રકાશનો

# source: 0da2a00b
signup-print = આ પાનું છાપો, ખાના ભરો અને નીચેના સરનામે ટપાલથી મોકલો, અથવા ઈ-મેઈલથી જવાબ આપો.

# source: efaa96cc
signup-email = ઈ-મેઈલથી જવાબ આપો

# source: ab2c94cd
signup-email-subject = { -compact }માં જોડાવું

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

# source: c38db4c3
download-braille-pef =
    બ્રેઇલ પ્રિન્ટર માટે બ્રેઇલ, PEF ({ $code ->
        [ueb] યુનિફાઇડ ઇંગ્લિશ બ્રેઇલ ગ્રેડ 2
        [urdu] ઉર્દૂ બ્રેઇલ
       *[bharati] ભારતી બ્રેઇલ
    }, { $language }), { $size }

# source: 029cfcf7
download-braille-brf =
    બ્રેઇલ ડિસ્પ્લે માટે બ્રેઇલ, BRF ({ $code ->
        [ueb] યુનિફાઇડ ઇંગ્લિશ બ્રેઇલ ગ્રેડ 2
        [urdu] ઉર્દૂ બ્રેઇલ
       *[bharati] ભારતી બ્રેઇલ
    }, { $language }), { $size }

# source: bd743a52
download-audio-daisy = ઓડિયો, DAISY બોલતું પુસ્તક ({ $language }), { $duration }, { $size }

# source: 472e5a79
download-audio-mp3 = ઓડિયો, ક્રમસર વગાડવાની MP3 ફાઇલો ({ $language }), { $duration }, { $size }

# source: d97a7e0c
audio-duration =
    { $hours ->
        [0] { $minutes } મિનિટ
       *[other] { $hours } કલાક { $minutes } મિનિટ
    }

## The audio edition: spoken at its start and end, and its tracks' names

# source: b789ac5e
audio-computer-voice = આ રેકોર્ડિંગમાં વાંચનાર અવાજ કમ્પ્યુટરનો છે, કોઈ વ્યક્તિનો નહીં.

# source: 7d90c03f
audio-reads = તેમાં { $title } વાંચવામાં આવે છે, જે { $publisher } દ્વારા પ્રકાશિત છે અને જેની તારીખ { $date } છે.

# source: cd45ae48
audio-reads-undated = તેમાં { $title } વાંચવામાં આવે છે, જે { $publisher } દ્વારા પ્રકાશિત છે.

# source: 781f0e07
audio-opening = શીર્ષક અને પરિચય

# source: 8c3502da
audio-end = { $title } અહીં સમાપ્ત થાય છે.

## The EPUB e-book: its link, the names of its guide, and the summary of its accessibility that e-book apps show

# source: c60bb881
download-epub = EPUB ઈ-બુક ({ $language }), { $size }

# source: 0d8ca933
epub-title-page = શીર્ષક પૃષ્ઠ

# source: d513f577
epub-guide = આ ઈ-બુકની માર્ગદર્શિકા

# source: ed282714
epub-start = પ્રકાશનની શરૂઆત

# source: 8f811675
epub-summary = આ ઈ-બુકમાં મથાળાં, અનુક્રમણિકા અને વાંચનનો ક્રમ છે, જે પ્રકાશનને અનુસરે છે. તમારી વાંચન એપ આ ઈ-બુકના લખાણનું કદ, ફોન્ટ, અંતર અને રંગો બદલી શકે છે. તે WCAG 2.2ના AA ધોરણે EPUB Accessibility 1.1નું પાલન કરે છે.

# source: b0d11690
epub-summary-audio = કમ્પ્યુટરનો અવાજ આખું લખાણ મોટેથી વાંચે છે, અને દરેક વાક્ય વંચાતું હોય ત્યારે તે હાઇલાઇટ થાય છે.

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

# source: 132875fb
a11y-applies = આ સુલભતા નિવેદન { $website } વેબસાઇટને લાગુ પડે છે.

# source: bdb0a098
a11y-run-by = આ વેબસાઇટ { $publisher } દ્વારા ચલાવવામાં આવે છે.

# source: 2f9e8420
a11y-intro = અમે ઇચ્છીએ છીએ કે શક્ય તેટલા વધુ લોકો આ { -compacts } અંગ્રેજીમાં અને અમારા વિસ્તારની સામુદાયિક ભાષાઓમાં વાંચી શકે.

# source: 6aa7aab4
a11y-using-heading = આ વેબસાઇટનો ઉપયોગ

# source: c5ad22e6
a11y-using = તમે લખાણ સ્ક્રીનની બહાર ગયા વિના 400% સુધી મોટું કરી શકો છો, અને દરેક પાનું જાવાસ્ક્રિપ્ટ વિના વાંચી શકો છો. દરેક પાનું, અને પાનાનો બીજી ભાષાનો દરેક ભાગ, તેની ભાષાથી ચિહ્નિત છે, જેથી સ્ક્રીન રીડર સાચો અવાજ વાપરે. જે ભાગનો હજી અનુવાદ થયો નથી, તે અંગ્રેજીમાં બતાવાય છે અને અંગ્રેજી તરીકે ચિહ્નિત હોય છે.

# source: 81dffc54
a11y-offered-heading = ફોર્મેટ અને ભાષાઓ

# source: c4de2ceb
a11y-offered-formats = આ વેબસાઇટનું દરેક પ્રકાશન આ સ્વરૂપોમાં પ્રકાશિત થાય છે:

# source: a32e21c8
a11y-format-web-page = વેબ પાનું

# source: 243c84b3
a11y-format-large-print-page = મોટા અક્ષરોવાળું વેબ પાનું

# source: 8d8d36dd
a11y-format-large-print-pdf = મોટા અક્ષરોવાળો PDF દસ્તાવેજ (A4)

# source: 59e4fd87
a11y-format-plain-text = સાદા લખાણની ફાઇલ

# source: f46597f9
a11y-format-braille = બ્રેઇલ ફાઇલો (બ્રેઇલ પ્રિન્ટર માટે PEF, બ્રેઇલ ડિસ્પ્લે માટે BRF)

# source: dde0ad59
a11y-format-audio = કમ્પ્યુટરના અવાજમાં વાંચેલું ઓડિયો રેકોર્ડિંગ (DAISY બોલતું પુસ્તક અને MP3 ફાઇલો)

# source: 3ea839fa
a11y-format-epub = ઈ-બુક એપ્સ અને વાંચન ઉપકરણો માટે સુલભ EPUB ઈ-બુક

# source: f64b3e4d
a11y-format-some =
    { $total ->
        [one] { $format }, અત્યાર સુધી { $total } પ્રકાશનમાંથી { $count } માટે
       *[other] { $format }, અત્યાર સુધી { $total } પ્રકાશનોમાંથી { $count } માટે
    }

# source: 4e0e2aa6
a11y-offered-languages = આ વેબસાઇટ આ ભાષાઓમાં પ્રકાશિત થાય છે:

# source: 32daacb6
a11y-formats-heading = પ્રતિભાવ અને સંપર્ક માહિતી

# source: f206df21
a11y-formats = જો તમને આ વેબસાઇટની માહિતી બીજા ફોર્મેટમાં જોઈતી હોય, જેમ કે મોટા અક્ષરો, બ્રેઇલ, ઓડિયો અથવા બીજી ભાષા, તો નીચેની વિગતો પર અમારો સંપર્ક કરો.

# source: 4030b2b0
a11y-reply-days =
    { $days ->
        [one] અમે તમારી વિનંતી પર વિચાર કરીને { $days } કામકાજના દિવસમાં જવાબ આપીશું.
       *[other] અમે તમારી વિનંતી પર વિચાર કરીને { $days } કામકાજના દિવસોમાં જવાબ આપીશું.
    }

# source: 725e4124
a11y-feedback-heading = આ વેબસાઇટની સુલભતાની સમસ્યાઓની જાણ કરવી

# source: 45cf2b08
a11y-feedback = અમે હંમેશાં આ વેબસાઇટની સુલભતા સુધારવાનો પ્રયત્ન કરીએ છીએ. જો તમને આ પાના પર ન દર્શાવેલી કોઈ સમસ્યા મળે, અથવા તમને લાગે કે અમે સુલભતાની જરૂરિયાતો પૂરી કરતા નથી, તો ઉપરની વિગતો પર અમારો સંપર્ક કરો.

# source: b6005853
a11y-enforcement-heading = અમલની પ્રક્રિયા

# source: 27bc7cb6
a11y-enforcement = સમાનતા અને માનવ અધિકાર પંચ (EHRC) પબ્લિક સેક્ટર બોડીઝ (વેબસાઇટ્સ અને મોબાઇલ એપ્લિકેશન્સ) (નં. 2) સુલભતા નિયમો 2018 (‘સુલભતા નિયમો’)ના અમલ માટે જવાબદાર છે. જો તમે તમારી ફરિયાદના અમારા જવાબથી સંતુષ્ટ ન હો, તો [સમાનતા સલાહ અને સહાય સેવા (EASS)નો સંપર્ક કરો](https://www.equalityadvisoryservice.com/).

# source: 19bc185a
a11y-enforcement-ni = જો તમે ઉત્તર આયર્લેન્ડમાં હો અને તમારી ફરિયાદના અમારા જવાબથી સંતુષ્ટ ન હો, તો તમે [ઉત્તર આયર્લેન્ડના સમાનતા પંચ](https://www.equalityni.org/)નો સંપર્ક કરી શકો છો, જે ઉત્તર આયર્લેન્ડમાં સુલભતા નિયમોના અમલ માટે જવાબદાર છે.

# source: edc26fe6
a11y-technical-heading = આ વેબસાઇટની સુલભતા વિશે ટેકનિકલ માહિતી

# source: 2fe9eee7
a11y-committed = { $publisher } [પબ્લિક સેક્ટર બોડીઝ (વેબસાઇટ્સ અને મોબાઇલ એપ્લિકેશન્સ) (નં. 2) સુલભતા નિયમો 2018](https://www.legislation.gov.uk/uksi/2018/952/contents/made) અનુસાર પોતાની વેબસાઇટને સુલભ બનાવવા પ્રતિબદ્ધ છે.

# source: 37e188a9
a11y-status-heading = પાલનની સ્થિતિ

# source: 9b8c0ad1
a11y-compliance-full = આ વેબસાઇટ [વેબ કન્ટેન્ટ સુલભતા માર્ગદર્શિકા (WCAG) આવૃત્તિ 2.2](https://www.w3.org/TR/WCAG22/)ના AA ધોરણનું સંપૂર્ણ પાલન કરે છે.

# source: 68bad472
a11y-compliance-partial = નીચે દર્શાવેલી પાલન ન થવાની બાબતોને કારણે આ વેબસાઇટ [વેબ કન્ટેન્ટ સુલભતા માર્ગદર્શિકા (WCAG) આવૃત્તિ 2.2](https://www.w3.org/TR/WCAG22/)ના AA ધોરણનું આંશિક પાલન કરે છે.

# source: 1bce925f
a11y-compliance-not = આ વેબસાઇટ [વેબ કન્ટેન્ટ સુલભતા માર્ગદર્શિકા (WCAG) આવૃત્તિ 2.2](https://www.w3.org/TR/WCAG22/)ના AA ધોરણનું પાલન કરતી નથી. પાલન ન થવાની બાબતો નીચે દર્શાવેલી છે.

# source: 818ab907
a11y-compliance-unassessed = આ વેબસાઇટના પ્રકાશકે હજી તેને [વેબ કન્ટેન્ટ સુલભતા માર્ગદર્શિકા (WCAG) આવૃત્તિ 2.2](https://www.w3.org/TR/WCAG22/)ના AA ધોરણ સામે ચકાસી નથી, તેથી આ નિવેદન એવું કહેતું નથી કે તે તેનું પાલન કરે છે.

# source: f5be9fca
a11y-non-accessible-heading = જે સામગ્રી સુલભ નથી

# source: e7518a64
a11y-non-accessible-intro = નીચે દર્શાવેલી સામગ્રી નીચેનાં કારણોસર સુલભ નથી.

# source: 5dd1be5f
a11y-preparation-heading = આ સુલભતા નિવેદનની તૈયારી

# source: 237952e1
a11y-prepared = આ નિવેદન { $date }ના રોજ તૈયાર કરવામાં આવ્યું હતું.

# source: be88ceea
a11y-reviewed = તેની છેલ્લી સમીક્ષા { $date }ના રોજ કરવામાં આવી હતી.

# source: 41f44cb8
a11y-tested = આ વેબસાઇટની છેલ્લી ચકાસણી { $date }ના રોજ કરવામાં આવી હતી. આ ચકાસણી { $by } દ્વારા કરવામાં આવી હતી.

## Page not found

# source: 0514d853
not-found-title = પાનું મળ્યું નથી

# source: 2b58808f
not-found-text = તમે માંગેલું પાનું અહીં નથી. કદાચ તે ખસેડાયું હોય.

# source: d1b9701e
not-found-link = { -compacts }ની યાદી પર જાઓ
