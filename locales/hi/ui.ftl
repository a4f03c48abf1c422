### Hindi (हिन्दी) strings for the default theme.
### review-status: machine-assisted
### Written with machine assistance; not yet reviewed by a native speaker.
### CLDR: in Hindi 0 and 1 both take the [one] form.

# source: f696aa85
language-name = हिन्दी

## Navigation

# source: a684a452
skip-link = मुख्य सामग्री पर जाएँ

# source: bbf5b506
nav-site = साइट

# source: c4359e28
nav-home = मुखपृष्ठ

# source: 3ecb0229
nav-accessibility = सुगम्यता विवरण

# source: 94f909be
nav-languages = यह पृष्ठ किसी दूसरी भाषा में पढ़ें

# source: 685ac66a
nav-breadcrumb = आप यहाँ हैं

# source: 1746410e
nav-contents = विषय-सूची

## Language chooser (the site's front page)

# source: 0b151508
choose-language = अपनी भाषा चुनें

# source: 171283ea
choose-language-prompt = { -compacts } हिन्दी में पढ़ें

## Notices about translation

# source: e2d495d2
untranslated-notice =
    { $count ->
        [one] इस पृष्ठ के { $count } भाग का अभी { $language } में अनुवाद नहीं हुआ है। यह अंग्रेज़ी में दिखाया गया है।
       *[other] इस पृष्ठ के { $count } भागों का अभी { $language } में अनुवाद नहीं हुआ है। ये अंग्रेज़ी में दिखाए गए हैं।
    }

# source: addf4c56
machine-translation-notice = यह अनुवाद मशीन की सहायता से किया गया है और अभी किसी मातृभाषी व्यक्ति ने इसकी जाँच नहीं की है। यदि कुछ स्पष्ट न हो तो कृपया हमसे संपर्क करें।

# source: cb75cd4f
stale-notice =
    { $count ->
        [one] इस पृष्ठ का { $count } भाग अंग्रेज़ी के पिछले संस्करण से अनुवादित है, इसलिए हो सकता है कि वह अद्यतन न हो।
       *[other] इस पृष्ठ के { $count } भाग अंग्रेज़ी के पिछले संस्करण से अनुवादित हैं, इसलिए हो सकता है कि वे अद्यतन न हों।
    }

## Home page

# source: 2f2aea9d
publications-heading = प्रकाशन

# source: d7162913
publication-count =
    { $count ->
        [one] { $count } प्रकाशन
       *[other] { $count } प्रकाशन
    }

## A publication

# source: b54461a6
status-draft = प्रारूप

# source: f7d21cec
status-adopted = अपनाया गया

# source: e49df8f6
status-label = स्थिति

# source: 4845149d
date-label = तारीख़

# source: 17521a64
area-label = क्षेत्र

# source: 6fbddef1
reference-label = संदर्भ संख्या

# source: 1fef0feb
parties-heading = इस समझौते के पक्ष

# source: 21da0049
download-heading = अन्य प्रारूप

# source: 1ac48b97
undertakings-theme = विषय

# source: 23d283b8
undertakings-caption = विषय के अनुसार हर साझेदार के { -undertakings }

# source: 8093a7f9
related-heading = संबंधित प्रकाशन

# source: 0da2a00b
signup-print = यह पृष्ठ प्रिंट करें, खाने भरें और नीचे दिए पते पर डाक से भेजें, या ई-मेल से उत्तर दें।

# source: efaa96cc
signup-email = ई-मेल से उत्तर दें

# source: ab2c94cd
signup-email-subject = { -compact } में शामिल होना

# source: 18337876
signup-date-hint = दिन/महीना/वर्ष, जैसे 25/12/2024

# source: b044303f
signatory-signed = हस्ताक्षर

# source: 48b1bc16
signatory-dated = तारीख़

# source: 9fa6b269
signatory-not-signed = अभी हस्ताक्षर नहीं हुए

# source: 5d9d4a0e
contact-phone = फ़ोन

# source: 68f861b2
contact-fax = फ़ैक्स

# source: 4df11957
contact-email = ई-मेल

# source: bdce3d0f
contact-web = वेबसाइट

# source: 88eb0e69
large-print = बड़े अक्षर

# source: d7d80270
download-large-print-html = बड़े अक्षरों वाला वेब पृष्ठ

# source: fc1dc13b
download-large-print-pdf = बड़े अक्षरों वाली PDF ({ $language }), { $size }

# source: 9952e5e5
download-plain-text = सादा टेक्स्ट ({ $language }), { $size }

# source: c38db4c3
download-braille-pef =
    ब्रेल प्रिंटर के लिए ब्रेल, PEF ({ $code ->
        [ueb] यूनिफ़ाइड इंग्लिश ब्रेल ग्रेड 2
        [urdu] उर्दू ब्रेल
       *[bharati] भारती ब्रेल
    }, { $language }), { $size }

# source: 029cfcf7
download-braille-brf =
    ब्रेल डिस्प्ले के लिए ब्रेल, BRF ({ $code ->
        [ueb] यूनिफ़ाइड इंग्लिश ब्रेल ग्रेड 2
        [urdu] उर्दू ब्रेल
       *[bharati] भारती ब्रेल
    }, { $language }), { $size }

# source: bd743a52
download-audio-daisy = ऑडियो, DAISY टॉकिंग बुक ({ $language }), { $duration }, { $size }

# source: 472e5a79
download-audio-mp3 = ऑडियो, क्रम से चलाने के लिए MP3 फ़ाइलें ({ $language }), { $duration }, { $size }

# source: d97a7e0c
audio-duration =
    { $hours ->
        [0] { $minutes } मि॰
       *[other] { $hours } घं॰ { $minutes } मि॰
    }

## The audio edition: spoken at its start and end, and its tracks' names

# source: b789ac5e
audio-computer-voice = इस रिकॉर्डिंग में पढ़ने वाली आवाज़ किसी व्यक्ति की नहीं, बल्कि कंप्यूटर की है।

# source: 7d90c03f
audio-reads = इसमें { $title } का पाठ है, जिसे { $publisher } ने प्रकाशित किया है और जिसकी तारीख़ { $date } है।

# source: cd45ae48
audio-reads-undated = इसमें { $title } का पाठ है, जिसे { $publisher } ने प्रकाशित किया है।

# source: 781f0e07
audio-opening = शीर्षक और परिचय

# source: 8c3502da
audio-end = { $title } का पाठ यहीं समाप्त होता है।

## The EPUB e-book: its link, the names of its guide, and the summary of its accessibility that e-book apps show

# source: c60bb881
download-epub = EPUB ई-बुक ({ $language }), { $size }

# source: 0d8ca933
epub-title-page = शीर्षक पृष्ठ

# source: d513f577
epub-guide = इस ई-बुक की मार्गदर्शिका

# source: ed282714
epub-start = प्रकाशन की शुरुआत

# source: 8f811675
epub-summary = इस ई-बुक में शीर्षक, विषय-सूची और पढ़ने का क्रम प्रकाशन के अनुसार ही रखे गए हैं। ई-बुक पढ़ने वाला आपका ऐप इसके टेक्स्ट का आकार, फ़ॉन्ट, अंतराल और रंग बदल सकता है। यह ई-बुक WCAG 2.2 के AA स्तर पर EPUB Accessibility 1.1 मानक का अनुपालन करती है।

# source: b0d11690
epub-summary-audio = कंप्यूटर की आवाज़ पूरा टेक्स्ट पढ़कर सुनाती है, और जो वाक्य पढ़ा जा रहा होता है, वह हाइलाइट हो जाता है।

## The plain-text edition

# source: 463371f1
text-untranslated = अभी { $language } में अनुवाद नहीं हुआ है, इसलिए अंग्रेज़ी में दिया गया है: { $parts }।

# source: 8395efe8
text-untranslated-front = शीर्षक पृष्ठ

# source: 135067ab
text-untranslated-other = अन्य भाग

# source: db1d550d
text-stale = अनुवाद के बाद अंग्रेज़ी बदल गई है, इसलिए ये भाग शायद अद्यतन नहीं हैं: { $parts }।

## Every page's footer

# source: 4707668c
alt-formats-heading = अन्य प्रारूप और भाषाएँ

# source: 5e47288a
alt-formats-request = यदि आपको यह जानकारी बड़े अक्षरों, ब्रेल, ऑडियो या किसी अन्य भाषा में चाहिए, तो कृपया { $phone } पर फ़ोन करें।

# source: 1522a2a9
footer-published-by = प्रकाशक

## Accessibility statement

# source: 3ecb0229
a11y-title = सुगम्यता विवरण

# source: 132875fb
a11y-applies = यह सुगम्यता विवरण { $website } वेबसाइट पर लागू होता है।

# source: bdb0a098
a11y-run-by = यह वेबसाइट { $publisher } द्वारा चलाई जाती है।

# source: 2f9e8420
a11y-intro = हम चाहते हैं कि अधिक से अधिक लोग ये { -compacts } अंग्रेज़ी में और हमारे क्षेत्र की सामुदायिक भाषाओं में पढ़ सकें।

# source: 6aa7aab4
a11y-using-heading = इस वेबसाइट का उपयोग

# source: c5ad22e6
a11y-using = आप लिखावट को स्क्रीन से बाहर जाए बिना 400% तक बड़ा कर सकते हैं, और हर पृष्ठ जावास्क्रिप्ट के बिना पढ़ सकते हैं। हर पृष्ठ, और पृष्ठ का किसी अन्य भाषा वाला हर भाग, अपनी भाषा से चिह्नित है, ताकि स्क्रीन रीडर सही आवाज़ का उपयोग करे। जिस भाग का अभी अनुवाद नहीं हुआ है, वह अंग्रेज़ी में दिखाया जाता है और अंग्रेज़ी के रूप में चिह्नित होता है।

# source: 81dffc54
a11y-offered-heading = प्रारूप और भाषाएँ

# source: c4de2ceb
a11y-offered-formats = इस वेबसाइट का हर प्रकाशन इन रूपों में प्रकाशित होता है:

# source: a32e21c8
a11y-format-web-page = वेब पृष्ठ

# source: 243c84b3
a11y-format-large-print-page = बड़े अक्षरों वाला वेब पृष्ठ

# source: 8d8d36dd
a11y-format-large-print-pdf = बड़े अक्षरों वाला PDF दस्तावेज़ (A4)

# source: 59e4fd87
a11y-format-plain-text = सादे टेक्स्ट वाली फ़ाइल

# source: f46597f9
a11y-format-braille = ब्रेल फ़ाइलें (ब्रेल प्रिंटर के लिए PEF, ब्रेल डिस्प्ले के लिए BRF)

# source: dde0ad59
a11y-format-audio = कंप्यूटर की आवाज़ में पढ़ा गया ऑडियो (DAISY टॉकिंग बुक और MP3 फ़ाइलें)

# source: 3ea839fa
a11y-format-epub = सुगम EPUB ई-बुक, ई-बुक ऐप और पढ़ने वाले उपकरणों के लिए

# source: f64b3e4d
a11y-format-some =
    { $count ->
        [one] { $format }, अभी तक { $total } में से { $count } प्रकाशन के लिए
       *[other] { $format }, अभी तक { $total } में से { $count } प्रकाशनों के लिए
    }

# source: 4e0e2aa6
a11y-offered-languages = यह वेबसाइट इन भाषाओं में प्रकाशित होती है:

# source: 32daacb6
a11y-formats-heading = प्रतिक्रिया और संपर्क जानकारी

# source: f206df21
a11y-formats = यदि आपको इस वेबसाइट की जानकारी किसी अन्य प्रारूप में चाहिए, जैसे बड़े अक्षर, ब्रेल, ऑडियो या कोई अन्य भाषा, तो नीचे दिए विवरण पर हमसे संपर्क करें।

# source: 4030b2b0
a11y-reply-days =
    { $days ->
        [one] हम आपके अनुरोध पर विचार करके { $days } कार्यदिवस में उत्तर देंगे।
       *[other] हम आपके अनुरोध पर विचार करके { $days } कार्यदिवसों में उत्तर देंगे।
    }

# source: 725e4124
a11y-feedback-heading = इस वेबसाइट की सुगम्यता से जुड़ी समस्याओं की सूचना देना

# source: 45cf2b08
a11y-feedback = हम इस वेबसाइट की सुगम्यता को बेहतर बनाने का लगातार प्रयास करते हैं। यदि आपको कोई ऐसी समस्या मिले जो इस पृष्ठ पर सूचीबद्ध नहीं है, या आपको लगे कि हम सुगम्यता की आवश्यकताओं को पूरा नहीं कर रहे हैं, तो ऊपर दिए विवरण पर हमसे संपर्क करें।

# source: b6005853
a11y-enforcement-heading = प्रवर्तन प्रक्रिया

# source: 27bc7cb6
a11y-enforcement = समानता और मानवाधिकार आयोग (EHRC) पब्लिक सेक्टर बॉडीज़ (वेबसाइट और मोबाइल एप्लिकेशन) (संख्या 2) सुगम्यता विनियम 2018 (‘सुगम्यता विनियम’) को लागू करने के लिए ज़िम्मेदार है। यदि आप अपनी शिकायत पर हमारे उत्तर से संतुष्ट नहीं हैं, तो [समानता सलाह और सहायता सेवा (EASS) से संपर्क करें](https://www.equalityadvisoryservice.com/)।

# source: 19bc185a
a11y-enforcement-ni = यदि आप उत्तरी आयरलैंड में हैं और अपनी शिकायत पर हमारे उत्तर से संतुष्ट नहीं हैं, तो आप [उत्तरी आयरलैंड के समानता आयोग](https://www.equalityni.org/) से संपर्क कर सकते हैं, जो उत्तरी आयरलैंड में सुगम्यता विनियमों को लागू करने के लिए ज़िम्मेदार है।

# source: edc26fe6
a11y-technical-heading = इस वेबसाइट की सुगम्यता के बारे में तकनीकी जानकारी

# source: 2fe9eee7
a11y-committed = { $publisher } [पब्लिक सेक्टर बॉडीज़ (वेबसाइट और मोबाइल एप्लिकेशन) (संख्या 2) सुगम्यता विनियम 2018](https://www.legislation.gov.uk/uksi/2018/952/contents/made) के अनुसार अपनी वेबसाइट को सुगम बनाने के लिए प्रतिबद्ध है।

# source: 37e188a9
a11y-status-heading = अनुपालन की स्थिति

# source: 9b8c0ad1
a11y-compliance-full = यह वेबसाइट [वेब सामग्री सुगम्यता दिशानिर्देश (WCAG) संस्करण 2.2](https://www.w3.org/TR/WCAG22/) के AA मानक का पूरी तरह अनुपालन करती है।

# source: 68bad472
a11y-compliance-partial = नीचे सूचीबद्ध गैर-अनुपालनों के कारण यह वेबसाइट [वेब सामग्री सुगम्यता दिशानिर्देश (WCAG) संस्करण 2.2](https://www.w3.org/TR/WCAG22/) के AA मानक का आंशिक रूप से अनुपालन करती है।

# source: 1bce925f
a11y-compliance-not = यह वेबसाइट [वेब सामग्री सुगम्यता दिशानिर्देश (WCAG) संस्करण 2.2](https://www.w3.org/TR/WCAG22/) के AA मानक का अनुपालन नहीं करती। गैर-अनुपालन नीचे सूचीबद्ध हैं।

# source: 818ab907
a11y-compliance-unassessed = इस वेबसाइट के प्रकाशक ने अभी तक इसे [वेब सामग्री सुगम्यता दिशानिर्देश (WCAG) संस्करण 2.2](https://www.w3.org/TR/WCAG22/) के AA मानक पर नहीं परखा है, इसलिए यह विवरण यह नहीं कहता कि यह उसका अनुपालन करती है।

# source: f5be9fca
a11y-non-accessible-heading = वह सामग्री जो सुगम नहीं है

# source: e7518a64
a11y-non-accessible-intro = नीचे सूचीबद्ध सामग्री निम्नलिखित कारणों से सुगम नहीं है।

# source: 5dd1be5f
a11y-preparation-heading = इस सुगम्यता विवरण की तैयारी

# source: 237952e1
a11y-prepared = यह विवरण { $date } को तैयार किया गया था।

# source: be88ceea
a11y-reviewed = इसकी पिछली समीक्षा { $date } को की गई थी।

# source: 41f44cb8
a11y-tested = इस वेबसाइट की पिछली जाँच { $date } को की गई थी। यह जाँच { $by } ने की थी।

## Page not found

# source: 0514d853
not-found-title = पृष्ठ नहीं मिला

# source: 2b58808f
not-found-text = आपने जो पृष्ठ माँगा है वह यहाँ नहीं है। हो सकता है इसे हटा दिया गया हो।

# source: d1b9701e
not-found-link = { -compacts(case: "oblique") } की सूची पर जाएँ
