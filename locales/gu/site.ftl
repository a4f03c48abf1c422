### Translations of content/site.yaml.


## The site

# context: the site's title, at the top of every page
site--title = સ્થાનિક { -compacts }
# context: the tagline under the title on each home page
site--tagline = { -council(number: "plural") }, એનએચએસ અને { -vcs } વચ્ચેના કરારો
# context: the publisher's contact, their role (in every page's footer)
site--publisher-role = પાર્ટનરશિપ ઓફિસર

## The accessibility statement

# context: the accessibility statement: content that is not accessible, and why, item 1
site--non-accessible-1 = કેટલાક અનુવાદો મશીનની મદદથી કરવામાં આવ્યા છે અને હજી કોઈ માતૃભાષી વ્યક્તિએ તેની ચકાસણી કરી નથી, તેથી તે સમજવા મુશ્કેલ હોઈ શકે. જે પાનાં આવા અનુવાદ વાપરે છે તે આ જણાવે છે.
# context: the accessibility statement: content that is not accessible, and why, item 2
site--non-accessible-2 = પ્રકાશનોના કેટલાક ભાગોનો હજી દરેક સામુદાયિક ભાષામાં અનુવાદ થયો નથી. તે અંગ્રેજીમાં બતાવાય છે અને અંગ્રેજી તરીકે ચિહ્નિત હોય છે, જેથી સ્ક્રીન રીડર તેને અંગ્રેજી અવાજમાં વાંચે.
# context: the accessibility statement: content that is not accessible, and why, item 3
site--non-accessible-3 = કમ્પ્યુટરના અવાજમાં વાંચેલું ઓડિયો અત્યાર સુધી ફક્ત એક જ પ્રકાશન માટે પ્રકાશિત થયું છે; કમ્પ્યુટરનો અવાજ કેટલાંક નામો અને શબ્દોનો ખોટો ઉચ્ચાર કરે છે. તમે અમને કોઈ પણ પ્રકાશન વાંચી સંભળાવવાનું કહી શકો છો.
# context: the accessibility statement: how the website was tested
site--tested-how = અમે વેબ પાનાં અને મોટા અક્ષરોવાળાં પાનાં એક વેબ બ્રાઉઝરમાં 320 પિક્સેલ પહોળાઈએ (400% ઝૂમની જેમ) અને સ્વયંસંચાલિત સુલભતા ચકાસણી સાધનોથી, અને મોટા અક્ષરોવાળી PDF ફાઇલો એક PDF/UA ચકાસણી સાધનથી ચકાસી. અમે હજી તેમને સ્ક્રીન રીડરથી ચકાસ્યાં નથી.
