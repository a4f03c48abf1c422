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
choose-language-prompt = कॉम्पैक्ट हिन्दी में पढ़ें

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
undertakings-caption = विषय के अनुसार हर साझेदार की प्रतिबद्धताएँ

# source: 8093a7f9
related-heading = संबंधित प्रकाशन

# source: 0da2a00b
signup-print = यह पृष्ठ प्रिंट करें, खाने भरें और नीचे दिए पते पर डाक से भेजें, या ई-मेल से उत्तर दें।

# source: efaa96cc
signup-email = ई-मेल से उत्तर दें

# source: ab2c94cd
signup-email-subject = कॉम्पैक्ट में शामिल होना

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

# source: 2f9e8420
a11y-intro = हम चाहते हैं कि अधिक से अधिक लोग ये कॉम्पैक्ट अंग्रेज़ी में और हमारे क्षेत्र की सामुदायिक भाषाओं में पढ़ सकें।

# source: 6aa7aab4
a11y-using-heading = इस वेबसाइट का उपयोग

# source: 60383640
a11y-using = आप अपने ब्राउज़र या डिवाइस की सेटिंग से रंग, कंट्रास्ट और फ़ॉन्ट बदल सकते हैं, लिखावट को स्क्रीन से बाहर जाए बिना 400% तक बड़ा कर सकते हैं, केवल कीबोर्ड या आवाज़ पहचानने वाले सॉफ़्टवेयर से पूरी वेबसाइट का उपयोग कर सकते हैं, और स्क्रीन रीडर से वेबसाइट सुन सकते हैं। हर पृष्ठ जावास्क्रिप्ट के बिना काम करता है, और हर भाषा चिह्नित है ताकि स्क्रीन रीडर सही आवाज़ का उपयोग करे।

# source: 37e188a9
a11y-status-heading = अनुपालन की स्थिति

# source: b045fb2e
a11y-status = यह वेबसाइट वेब सामग्री सुगम्यता दिशानिर्देश 2.2, स्तर AA को पूरा करने के लिए बनाई गई है। प्रकाशन से पहले हर पृष्ठ की Nu Html Checker और axe से स्वचालित जाँच की जाती है।

# source: b5314243
a11y-limits-heading = वे भाग जो पूरी तरह सुगम नहीं हैं

# source: 04b24dc9
a11y-limits = कुछ अनुवाद मशीन की सहायता से किए गए हैं और अभी किसी मातृभाषी व्यक्ति ने उनकी जाँच नहीं की है; ऐसे पृष्ठों पर यह बताया गया है। जहाँ पृष्ठ के किसी भाग का अभी अनुवाद नहीं हुआ है, वह अंग्रेज़ी में दिखाया जाता है और अंग्रेज़ी के रूप में चिह्नित होता है।

# source: 21da0049
a11y-formats-heading = अन्य प्रारूप

# source: e0168028
a11y-formats = यदि आपको इस वेबसाइट की जानकारी बड़े अक्षरों, ब्रेल, ऑडियो या किसी अन्य भाषा में चाहिए, तो नीचे दिए विवरण पर हमसे संपर्क करें। हम आपके अनुरोध पर विचार करके 10 कार्यदिवसों में उत्तर देंगे।

# source: 23022412
a11y-feedback-heading = समस्याओं की सूचना और प्रवर्तन

# source: 6c534fe7
a11y-feedback = यदि आपको कोई ऐसी समस्या मिले जो इस पृष्ठ पर सूचीबद्ध नहीं है, तो कृपया हमसे संपर्क करें। यदि आप हमारे उत्तर से संतुष्ट नहीं हैं, तो Equality Advisory and Support Service (EASS) से संपर्क करें।

## Page not found

# source: 0514d853
not-found-title = पृष्ठ नहीं मिला

# source: 2b58808f
not-found-text = आपने जो पृष्ठ माँगा है वह यहाँ नहीं है। हो सकता है इसे हटा दिया गया हो।

# source: d1b9701e
not-found-link = कॉम्पैक्ट की सूची पर जाएँ
