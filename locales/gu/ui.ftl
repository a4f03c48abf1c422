### Gujarati (ગુજરાતી) strings for the default theme.
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

## Language chooser (the site's front page)

choose-language = તમારી ભાષા પસંદ કરો
choose-language-prompt = { -compacts } ગુજરાતીમાં વાંચો

## Notices about translation

untranslated-notice =
    { $count ->
        [one] આ પાનાના { $count } ભાગનો હજી { $language }માં અનુવાદ થયો નથી. તે અંગ્રેજીમાં બતાવ્યો છે.
       *[other] આ પાનાના { $count } ભાગોનો હજી { $language }માં અનુવાદ થયો નથી. તે અંગ્રેજીમાં બતાવ્યા છે.
    }
machine-translation-notice = આ અનુવાદ મશીનની મદદથી કરવામાં આવ્યો છે અને હજી કોઈ માતૃભાષી વ્યક્તિએ તેની ચકાસણી કરી નથી. કંઈ સ્પષ્ટ ન હોય તો કૃપા કરીને અમારો સંપર્ક કરો.
stale-notice =
    { $count ->
        [one] આ પાનાનો { $count } ભાગ અંગ્રેજીના અગાઉના સંસ્કરણ પરથી અનુવાદિત છે, તેથી કદાચ તે અદ્યતન ન હોય.
       *[other] આ પાનાના { $count } ભાગ અંગ્રેજીના અગાઉના સંસ્કરણ પરથી અનુવાદિત છે, તેથી કદાચ તે અદ્યતન ન હોય.
    }

## Home page

publications-heading = પ્રકાશનો
publication-count =
    { $count ->
        [one] { $count } પ્રકાશન
       *[other] { $count } પ્રકાશનો
    }
# The home page's heading over the featured and newest publications.
latest-heading = પસંદગીનાં અને તાજેતરનાં પ્રકાશનો
# The home page's heading over the links to each kind's list.
listings-heading = બધાં પ્રકાશનો

## Lists of publications, newest first, in pages

listing-compacts = { -compacts }
listing-action-reports = કાર્ય અહેવાલો
listing-news = સમાચાર
# Where a reader is in a list of several pages, e.g. "Page 2 of 20".
listing-page-of = { $pages }માંથી પાનું { $page }
# The name of the links to a list's other pages.
pagination-label = પાનાં
pagination-previous = અગાઉનું પાનું
pagination-next = પછીનું પાનું
# A page number's link, read out by screen readers, e.g. "Page 2".
pagination-page = પાનું { $page }

## News feed (Atom), for news reader apps

# Under the site's name in a news reader.
feed-subtitle = નવાં અને સુધારેલાં પ્રકાશનો
# A link on the home page to the feed.
feed-link = સમાચાર વાંચવાની એપમાં નવાં પ્રકાશનો વિશે જાણતા રહો (Atom ફીડ)

## A publication

status-draft = મુસદ્દો
status-adopted = અપનાવેલ
status-label = સ્થિતિ
date-label = તારીખ
area-label = વિસ્તાર
reference-label = સંદર્ભ નંબર
parties-heading = આ કરારના પક્ષો
download-heading = અન્ય ફોર્મેટ
undertakings-theme = વિષય
undertakings-caption = વિષય મુજબ દરેક ભાગીદારની { -undertakings }
related-heading = સંબંધિત પ્રકાશનો
signup-print = આ પાનું છાપો, ખાના ભરો અને નીચેના સરનામે ટપાલથી મોકલો, અથવા ઈ-મેઈલથી જવાબ આપો.
signup-email = ઈ-મેઈલથી જવાબ આપો
signup-email-subject = { -compact }માં જોડાવું
signup-date-hint = દિવસ/મહિનો/વર્ષ, જેમ કે 25/12/2024
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
download-braille-pef =
    બ્રેઇલ પ્રિન્ટર માટે બ્રેઇલ, PEF ({ $code ->
        [ueb] યુનિફાઇડ ઇંગ્લિશ બ્રેઇલ ગ્રેડ 2
        [urdu] ઉર્દૂ બ્રેઇલ
       *[bharati] ભારતી બ્રેઇલ
    }, { $language }), { $size }
download-braille-brf =
    બ્રેઇલ ડિસ્પ્લે માટે બ્રેઇલ, BRF ({ $code ->
        [ueb] યુનિફાઇડ ઇંગ્લિશ બ્રેઇલ ગ્રેડ 2
        [urdu] ઉર્દૂ બ્રેઇલ
       *[bharati] ભારતી બ્રેઇલ
    }, { $language }), { $size }
download-audio-daisy = ઓડિયો, DAISY બોલતું પુસ્તક ({ $language }), { $duration }, { $size }
download-audio-mp3 = ઓડિયો, ક્રમસર વગાડવાની MP3 ફાઇલો ({ $language }), { $duration }, { $size }
audio-duration =
    { $hours ->
        [0] { $minutes } મિનિટ
       *[other] { $hours } કલાક { $minutes } મિનિટ
    }

## The audio edition: spoken at its start and end, and its tracks' names

audio-computer-voice = આ રેકોર્ડિંગમાં વાંચનાર અવાજ કમ્પ્યુટરનો છે, કોઈ વ્યક્તિનો નહીં.
audio-reads = તેમાં { $title } વાંચવામાં આવે છે, જે { $publisher } દ્વારા પ્રકાશિત છે અને જેની તારીખ { $date } છે.
audio-reads-undated = તેમાં { $title } વાંચવામાં આવે છે, જે { $publisher } દ્વારા પ્રકાશિત છે.
audio-opening = શીર્ષક અને પરિચય
audio-end = { $title } અહીં સમાપ્ત થાય છે.

## The EPUB e-book: its link, the names of its guide, and the summary of its accessibility that e-book apps show

download-epub = EPUB ઈ-બુક ({ $language }), { $size }
epub-title-page = શીર્ષક પૃષ્ઠ
epub-guide = આ ઈ-બુકની માર્ગદર્શિકા
epub-start = પ્રકાશનની શરૂઆત
epub-summary = આ ઈ-બુકમાં મથાળાં, અનુક્રમણિકા અને વાંચનનો ક્રમ છે, જે પ્રકાશનને અનુસરે છે. તમારી વાંચન એપ આ ઈ-બુકના લખાણનું કદ, ફોન્ટ, અંતર અને રંગો બદલી શકે છે. તે WCAG 2.2ના AA ધોરણે EPUB Accessibility 1.1નું પાલન કરે છે.
epub-summary-audio = કમ્પ્યુટરનો અવાજ આખું લખાણ મોટેથી વાંચે છે, અને દરેક વાક્ય વંચાતું હોય ત્યારે તે હાઇલાઇટ થાય છે.

## The plain-text edition

text-untranslated = હજી { $language } માં અનુવાદ થયો નથી, તેથી અંગ્રેજીમાં આપેલ છે: { $parts }.
text-untranslated-front = શીર્ષક પૃષ્ઠ
text-untranslated-other = અન્ય ભાગો
text-stale = અનુવાદ પછી અંગ્રેજી બદલાઈ ગયું છે, તેથી આ ભાગો કદાચ અદ્યતન નથી: { $parts }.

## Every page's footer

alt-formats-heading = અન્ય ફોર્મેટ અને ભાષાઓ
alt-formats-request = જો તમને આ માહિતી મોટા અક્ષરોમાં, બ્રેઇલમાં, ઓડિયોમાં અથવા બીજી કોઈ ભાષામાં જોઈતી હોય તો કૃપા કરીને { $phone } પર ફોન કરો.
footer-published-by = પ્રકાશક

## Accessibility statement

a11y-title = સુલભતા નિવેદન
a11y-applies = આ સુલભતા નિવેદન { $website } વેબસાઇટને લાગુ પડે છે.
a11y-run-by = આ વેબસાઇટ { $publisher } દ્વારા ચલાવવામાં આવે છે.
a11y-intro = અમે ઇચ્છીએ છીએ કે શક્ય તેટલા વધુ લોકો આ { -compacts } અંગ્રેજીમાં અને અમારા વિસ્તારની સામુદાયિક ભાષાઓમાં વાંચી શકે.
a11y-using-heading = આ વેબસાઇટનો ઉપયોગ
a11y-using = તમે લખાણ સ્ક્રીનની બહાર ગયા વિના 400% સુધી મોટું કરી શકો છો, અને દરેક પાનું જાવાસ્ક્રિપ્ટ વિના વાંચી શકો છો. દરેક પાનું, અને પાનાનો બીજી ભાષાનો દરેક ભાગ, તેની ભાષાથી ચિહ્નિત છે, જેથી સ્ક્રીન રીડર સાચો અવાજ વાપરે. જે ભાગનો હજી અનુવાદ થયો નથી, તે અંગ્રેજીમાં બતાવાય છે અને અંગ્રેજી તરીકે ચિહ્નિત હોય છે.
a11y-offered-heading = ફોર્મેટ અને ભાષાઓ
a11y-offered-formats = આ વેબસાઇટનું દરેક પ્રકાશન આ સ્વરૂપોમાં પ્રકાશિત થાય છે:
a11y-format-web-page = વેબ પાનું
a11y-format-large-print-page = મોટા અક્ષરોવાળું વેબ પાનું
a11y-format-large-print-pdf = મોટા અક્ષરોવાળો PDF દસ્તાવેજ (A4)
a11y-format-plain-text = સાદા લખાણની ફાઇલ
a11y-format-braille = બ્રેઇલ ફાઇલો (બ્રેઇલ પ્રિન્ટર માટે PEF, બ્રેઇલ ડિસ્પ્લે માટે BRF)
a11y-format-audio = કમ્પ્યુટરના અવાજમાં વાંચેલું ઓડિયો રેકોર્ડિંગ (DAISY બોલતું પુસ્તક અને MP3 ફાઇલો)
a11y-format-epub = ઈ-બુક એપ્સ અને વાંચન ઉપકરણો માટે સુલભ EPUB ઈ-બુક
a11y-format-some =
    { $total ->
        [one] { $format }, અત્યાર સુધી { $total } પ્રકાશનમાંથી { $count } માટે
       *[other] { $format }, અત્યાર સુધી { $total } પ્રકાશનોમાંથી { $count } માટે
    }
a11y-offered-languages = આ વેબસાઇટ આ ભાષાઓમાં પ્રકાશિત થાય છે:
a11y-formats-heading = પ્રતિભાવ અને સંપર્ક માહિતી
a11y-formats = જો તમને આ વેબસાઇટની માહિતી બીજા ફોર્મેટમાં જોઈતી હોય, જેમ કે મોટા અક્ષરો, બ્રેઇલ, ઓડિયો અથવા બીજી ભાષા, તો નીચેની વિગતો પર અમારો સંપર્ક કરો.
a11y-reply-days =
    { $days ->
        [one] અમે તમારી વિનંતી પર વિચાર કરીને { $days } કામકાજના દિવસમાં જવાબ આપીશું.
       *[other] અમે તમારી વિનંતી પર વિચાર કરીને { $days } કામકાજના દિવસોમાં જવાબ આપીશું.
    }
a11y-feedback-heading = આ વેબસાઇટની સુલભતાની સમસ્યાઓની જાણ કરવી
a11y-feedback = અમે હંમેશાં આ વેબસાઇટની સુલભતા સુધારવાનો પ્રયત્ન કરીએ છીએ. જો તમને આ પાના પર ન દર્શાવેલી કોઈ સમસ્યા મળે, અથવા તમને લાગે કે અમે સુલભતાની જરૂરિયાતો પૂરી કરતા નથી, તો ઉપરની વિગતો પર અમારો સંપર્ક કરો.
a11y-enforcement-heading = અમલની પ્રક્રિયા
a11y-enforcement = સમાનતા અને માનવ અધિકાર પંચ (EHRC) પબ્લિક સેક્ટર બોડીઝ (વેબસાઇટ્સ અને મોબાઇલ એપ્લિકેશન્સ) (નં. 2) સુલભતા નિયમો 2018 (‘સુલભતા નિયમો’)ના અમલ માટે જવાબદાર છે. જો તમે તમારી ફરિયાદના અમારા જવાબથી સંતુષ્ટ ન હો, તો [સમાનતા સલાહ અને સહાય સેવા (EASS)નો સંપર્ક કરો](https://www.equalityadvisoryservice.com/).
a11y-enforcement-ni = જો તમે ઉત્તર આયર્લેન્ડમાં હો અને તમારી ફરિયાદના અમારા જવાબથી સંતુષ્ટ ન હો, તો તમે [ઉત્તર આયર્લેન્ડના સમાનતા પંચ](https://www.equalityni.org/)નો સંપર્ક કરી શકો છો, જે ઉત્તર આયર્લેન્ડમાં સુલભતા નિયમોના અમલ માટે જવાબદાર છે.
a11y-technical-heading = આ વેબસાઇટની સુલભતા વિશે ટેકનિકલ માહિતી
a11y-committed = { $publisher } [પબ્લિક સેક્ટર બોડીઝ (વેબસાઇટ્સ અને મોબાઇલ એપ્લિકેશન્સ) (નં. 2) સુલભતા નિયમો 2018](https://www.legislation.gov.uk/uksi/2018/952/contents/made) અનુસાર પોતાની વેબસાઇટને સુલભ બનાવવા પ્રતિબદ્ધ છે.
a11y-status-heading = પાલનની સ્થિતિ
a11y-compliance-full = આ વેબસાઇટ [વેબ કન્ટેન્ટ સુલભતા માર્ગદર્શિકા (WCAG) આવૃત્તિ 2.2](https://www.w3.org/TR/WCAG22/)ના AA ધોરણનું સંપૂર્ણ પાલન કરે છે.
a11y-compliance-partial = નીચે દર્શાવેલી પાલન ન થવાની બાબતોને કારણે આ વેબસાઇટ [વેબ કન્ટેન્ટ સુલભતા માર્ગદર્શિકા (WCAG) આવૃત્તિ 2.2](https://www.w3.org/TR/WCAG22/)ના AA ધોરણનું આંશિક પાલન કરે છે.
a11y-compliance-not = આ વેબસાઇટ [વેબ કન્ટેન્ટ સુલભતા માર્ગદર્શિકા (WCAG) આવૃત્તિ 2.2](https://www.w3.org/TR/WCAG22/)ના AA ધોરણનું પાલન કરતી નથી. પાલન ન થવાની બાબતો નીચે દર્શાવેલી છે.
a11y-compliance-unassessed = આ વેબસાઇટના પ્રકાશકે હજી તેને [વેબ કન્ટેન્ટ સુલભતા માર્ગદર્શિકા (WCAG) આવૃત્તિ 2.2](https://www.w3.org/TR/WCAG22/)ના AA ધોરણ સામે ચકાસી નથી, તેથી આ નિવેદન એવું કહેતું નથી કે તે તેનું પાલન કરે છે.
a11y-non-accessible-heading = જે સામગ્રી સુલભ નથી
a11y-non-accessible-intro = નીચે દર્શાવેલી સામગ્રી નીચેનાં કારણોસર સુલભ નથી.
a11y-preparation-heading = આ સુલભતા નિવેદનની તૈયારી
a11y-prepared = આ નિવેદન { $date }ના રોજ તૈયાર કરવામાં આવ્યું હતું.
a11y-reviewed = તેની છેલ્લી સમીક્ષા { $date }ના રોજ કરવામાં આવી હતી.
a11y-tested = આ વેબસાઇટની છેલ્લી ચકાસણી { $date }ના રોજ કરવામાં આવી હતી. આ ચકાસણી { $by } દ્વારા કરવામાં આવી હતી.

## Page not found

not-found-title = પાનું મળ્યું નથી
not-found-text = તમે માંગેલું પાનું અહીં નથી. કદાચ તે ખસેડાયું હોય.
not-found-link = { -compacts }ની યાદી પર જાઓ
