### Hindi translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ compact-leicestershire.yaml.


## Title page

# context: title page, the label above the title
compact-leicestershire--label = परिशिष्ट 2
# context: title page, title
compact-leicestershire--title = { -compact } लेस्टरशायर
# context: title page, subtitle
compact-leicestershire--subtitle = { -compact } लेस्टरशायर, लेस्टरशायर टुगेदर पब्लिक सेक्टर पार्टनर्स और लेस्टरशायर के { -vcs } के बीच संबंधों की एक मार्गदर्शिका है
# context: summary, also shown on the home page
compact-leicestershire--summary = { -compact } लेस्टरशायर के { -shared-principles }, और संगठनों के लिए इनसे जुड़ने का एक फ़ॉर्म।
# context: title page, area
compact-leicestershire--area = लेस्टरशायर
# context: title page, party 1
compact-leicestershire--party-1 = लेस्टरशायर टुगेदर पब्लिक सेक्टर पार्टनर्स (LTPS)
# context: title page, party 2
compact-leicestershire--party-2 = लेस्टरशायर का { -vcs } ({ -vcs-short })

## Shared principles

# context: Shared principles › section heading
compact-leicestershire--principles--title = { -shared-principles }
# context: Shared principles › paragraph
compact-leicestershire--principles--b1 = हमने निम्नलिखित { -shared-principles(case: "oblique") } की पहचान की है:
# context: Shared principles › shared principles, item 1
compact-leicestershire--principles--b2-i1 = स्वैच्छिक और सामुदायिक कार्य एक लोकतांत्रिक समाज के लिए आवश्यक है
# context: Shared principles › shared principles, item 2
compact-leicestershire--principles--b2-i2 = एक स्वतंत्र और विविध { -vcs } ({ -vcs-short }) समाज के कल्याण का आधार है।
# context: Shared principles › shared principles, item 3
compact-leicestershire--principles--b2-i3 = लेस्टरशायर टुगेदर पब्लिक सेक्टर साझेदार (LTPS) और { -vcs-short } दोनों नस्ल, आयु, विकलांगता, लिंग, यौनिकता, धर्म, जातीय या राष्ट्रीय मूल, वैवाहिक स्थिति या स्वास्थ्य की स्थिति की परवाह किए बिना सभी लोगों के लिए अवसर की समानता को बढ़ावा देने के महत्व को स्वीकार करते हैं।
# context: Shared principles › shared principles, item 4
compact-leicestershire--principles--b2-i4 = सार्वजनिक नीति और सेवाओं के विकास और प्रदान करने में LTPS साझेदारों और { -vcs-short } की भूमिकाएँ अलग-अलग किंतु एक-दूसरे की पूरक हैं।
# context: Shared principles › shared principles, item 5
compact-leicestershire--principles--b2-i5 = साझा लक्ष्यों और उद्देश्यों की ओर मिलकर काम करने में अतिरिक्त मूल्य है। उचित संवाद संबंध बनाता है, नीति विकास को बेहतर करता है और सेवाओं व कार्यक्रमों की रूपरेखा और प्रदायगी को समृद्ध करता है।
# context: Shared principles › shared principles, item 6
compact-leicestershire--principles--b2-i6 = LTPS साझेदारों और { -vcs-short } की जवाबदेही के रूप अलग-अलग हैं और वे अलग-अलग लोगों और संगठनों के प्रति जवाबदेह हो सकते हैं। किंतु दोनों के लिए निस्वार्थता, सत्यनिष्ठा, निष्पक्षता, जवाबदेही, पारदर्शिता, ईमानदारी, धन के सदुपयोग और नेतृत्व की आवश्यकता समान है।
# context: Shared principles › shared principles, item 7
compact-leicestershire--principles--b2-i7 = फ़ंडिंग, कमीशनिंग एंड प्रोक्योरमेंट कोड ऑफ़ गुड प्रैक्टिस में दिए गए सिद्धांतों और वर्तमान व आगामी सहमत { -compact } लेस्टरशायर कोड और मार्गदर्शन का पालन { -vcs-short } और इन कोड व मार्गदर्शन पर हस्ताक्षर करने वाला पब्लिक सेक्टर, दोनों करेंगे।
# context: Shared principles › shared principles, item 8
compact-leicestershire--principles--b2-i8 = स्वैच्छिक और सामुदायिक संगठनों को अपने लक्ष्यों को आगे बढ़ाने के लिए क़ानून के दायरे में अभियान चलाने का अधिकार है।
# context: Shared principles › shared principles, item 9
compact-leicestershire--principles--b2-i9 = LTPS साझेदार और { -vcs-short } मानते हैं कि जहाँ सेवाएँ कमीशन की जानी हैं या अनुदान से चलाई जानी हैं, वहाँ पब्लिक सेक्टर साझेदारों को स्वैच्छिक और सामुदायिक संगठनों को संसाधन आवंटित करने की आवश्यकता है। इन संसाधनों में धन, सलाह और स्वयंसेवा सहित अन्य सहायता शामिल है, और ये संबंध के महत्वपूर्ण तत्व हैं
# context: Shared principles › shared principles, item 10
compact-leicestershire--principles--b2-i10 = यह माना (और समर्थित) है कि पब्लिक सेक्टर के साथ निविदा और अनुबंध करते समय { -vcs-short } (और सामाजिक उद्यम) फ़ुल कॉस्ट रिकवरी पद्धति अपनाएँगे।
# context: Shared principles › shared principles, item 11
compact-leicestershire--principles--b2-i11 = मौजूदा, चालू या प्रदान किए गए अनुबंधों, अनुदानों, समझौतों या सहायता (आवास परिसंपत्तियों सहित) में किसी भी बदलाव, समाप्ति या समीक्षा से प्रभावित होने वाले सभी { -vcs-short } संगठनों को कोई भी पब्लिक सेक्टर निकाय कम से कम तीन महीने की सहमत अग्रिम सूचना देगा; यह वहाँ लागू नहीं होता जहाँ पहले से तय और सहमत समाप्ति तिथि हो।
# context: Shared principles › shared principles, item 12
compact-leicestershire--principles--b2-i12 = नेशनल सर्वे ऑफ़ चैरिटीज़ एंड सोशल एंटरप्राइज़ेज़ के माध्यम से एक जीवंत, विविध और स्वतंत्र { -vcs-short } क्षेत्र { -compact } लेस्टरशायर की सफलता का एक मापदंड है। स्थानीय मापदंड भी विकसित किए जाएँगे।
# context: Shared principles › shared principles, item 13
compact-leicestershire--principles--b2-i13 = { -compact } लेस्टरशायर के किसी भी हस्ताक्षरकर्ता को अनुपालन में (वास्तविक या कथित) विफलता को चुनौती दिए जाने पर न तो डरना चाहिए और न ही दंड का सामना करना चाहिए।
# context: Shared principles › shared principles, item 14
compact-leicestershire--principles--b2-i14 = समझौतों, अनुबंधों और अनुदानों तक पहुँचते समय सभी पक्षों (पब्लिक सेक्टर, { -vcs-short } और प्राइवेट सेक्टर) की भूमिकाओं, ज़िम्मेदारियों और दायित्वों को स्पष्ट करना।
# context: Shared principles › shared principles, item 15
compact-leicestershire--principles--b2-i15 = ऊपर दिए गए { -compact } लेस्टरशायर के सिद्धांत { -vcs-short } के साथ अनुबंधों में लिखे जाएँगे।

## Your commitment:

# context: Your commitment: › section heading
compact-leicestershire--commitment--title = आपकी प्रतिबद्धता:
# context: Your commitment: › sign-up form, the pledge
compact-leicestershire--commitment--b1-pledge = हम { -compact } लेस्टरशायर के सिद्धांतों से सहमत हैं और { -compact } की भावना के अनुसार अपने साझेदारों के साथ काम करेंगे:
# context: Your commitment: › sign-up form, label of box 1
compact-leicestershire--commitment--b1-field1 = नाम:
# context: Your commitment: › sign-up form, label of box 2
compact-leicestershire--commitment--b1-field2 = तारीख़:
# context: Your commitment: › sign-up form, label of box 3
compact-leicestershire--commitment--b1-field3 = संगठन की ओर से
# context: Your commitment: › sign-up form, label of box 4
compact-leicestershire--commitment--b1-field4 = पता:
# context: Your commitment: › sign-up form, label of box 5
compact-leicestershire--commitment--b1-field5 = फ़ोन:
# context: Your commitment: › sign-up form, label of box 6
compact-leicestershire--commitment--b1-field6 = ई-मेल:
# context: Your commitment: › sign-up form, where to send it
compact-leicestershire--commitment--b1-return = कृपया यहाँ लौटाएँ:
# context: Your commitment: › sign-up form, before the e-mail address
compact-leicestershire--commitment--b1-return-email = या ई-मेल करें
