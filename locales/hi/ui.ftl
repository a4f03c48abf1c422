### Hindi (हिन्दी) strings for the default theme.
### review-status: machine-assisted
### Written with machine assistance; not yet reviewed by a native speaker.
### CLDR: in Hindi 0 and 1 both take the [one] form.

language-name = हिन्दी

## Navigation
skip-link = मुख्य सामग्री पर जाएँ
nav-site = साइट
nav-home = मुखपृष्ठ
nav-accessibility = सुगम्यता विवरण
nav-languages = यह पृष्ठ किसी दूसरी भाषा में पढ़ें
nav-breadcrumb = आप यहाँ हैं
nav-contents = विषय-सूची

## Language chooser
choose-language = अपनी भाषा चुनें
choose-language-prompt = कॉम्पैक्ट हिन्दी में पढ़ें

## Notices about translation
untranslated-notice =
    { $count ->
        [one] इस पृष्ठ के { $count } भाग का अभी { $language } में अनुवाद नहीं हुआ है। यह अंग्रेज़ी में दिखाया गया है।
       *[other] इस पृष्ठ के { $count } भागों का अभी { $language } में अनुवाद नहीं हुआ है। ये अंग्रेज़ी में दिखाए गए हैं।
    }
machine-translation-notice = यह अनुवाद मशीन की सहायता से किया गया है और अभी किसी मातृभाषी व्यक्ति ने इसकी जाँच नहीं की है। यदि कुछ स्पष्ट न हो तो कृपया हमसे संपर्क करें।

## Home page
publications-heading = प्रकाशन
publication-count =
    { $count ->
        [one] { $count } प्रकाशन
       *[other] { $count } प्रकाशन
    }

## A publication
status-draft = प्रारूप
status-adopted = अपनाया गया
status-label = स्थिति
date-label = तारीख़
area-label = क्षेत्र
parties-heading = इस समझौते के पक्ष
download-heading = अन्य प्रारूप
undertakings-theme = विषय
undertakings-caption = विषय के अनुसार हर साझेदार की प्रतिबद्धताएँ
related-heading = संबंधित प्रकाशन
signup-print = यह पृष्ठ प्रिंट करें, खाने भरें और नीचे दिए पते पर डाक से भेजें, या ई-मेल से उत्तर दें।
signup-email = ई-मेल से उत्तर दें
signup-email-subject = कॉम्पैक्ट में शामिल होना
signatory-signed = हस्ताक्षर
signatory-dated = तारीख़
signatory-not-signed = अभी हस्ताक्षर नहीं हुए
contact-phone = फ़ोन
contact-fax = फ़ैक्स
contact-email = ई-मेल
contact-web = वेबसाइट
large-print = बड़े अक्षर
download-large-print-html = बड़े अक्षरों वाला वेब पृष्ठ
download-large-print-pdf = बड़े अक्षरों वाली PDF ({ $language }), { $size }
download-plain-text = सादा टेक्स्ट ({ $language }), { $size }

## The plain-text edition
text-untranslated = अभी { $language } में अनुवाद नहीं हुआ है, इसलिए अंग्रेज़ी में दिया गया है: { $parts }।
text-untranslated-front = शीर्षक पृष्ठ
text-untranslated-other = अन्य भाग

## Every page's footer
alt-formats-heading = अन्य प्रारूप और भाषाएँ
alt-formats-request = यदि आपको यह जानकारी बड़े अक्षरों, ब्रेल, ऑडियो या किसी अन्य भाषा में चाहिए, तो कृपया { $phone } पर फ़ोन करें।
footer-published-by = प्रकाशक

## Accessibility statement
a11y-title = सुगम्यता विवरण
a11y-intro = हम चाहते हैं कि अधिक से अधिक लोग ये कॉम्पैक्ट अंग्रेज़ी में और हमारे क्षेत्र की सामुदायिक भाषाओं में पढ़ सकें।
a11y-using-heading = इस वेबसाइट का उपयोग
a11y-using = आप अपने ब्राउज़र या डिवाइस की सेटिंग से रंग, कंट्रास्ट और फ़ॉन्ट बदल सकते हैं, लिखावट को स्क्रीन से बाहर जाए बिना 400% तक बड़ा कर सकते हैं, केवल कीबोर्ड या आवाज़ पहचानने वाले सॉफ़्टवेयर से पूरी वेबसाइट का उपयोग कर सकते हैं, और स्क्रीन रीडर से वेबसाइट सुन सकते हैं। हर पृष्ठ जावास्क्रिप्ट के बिना काम करता है, और हर भाषा चिह्नित है ताकि स्क्रीन रीडर सही आवाज़ का उपयोग करे।
a11y-status-heading = अनुपालन की स्थिति
a11y-status = यह वेबसाइट वेब सामग्री सुगम्यता दिशानिर्देश 2.2, स्तर AA को पूरा करने के लिए बनाई गई है। प्रकाशन से पहले हर पृष्ठ की Nu Html Checker और axe से स्वचालित जाँच की जाती है।
a11y-limits-heading = वे भाग जो पूरी तरह सुगम नहीं हैं
a11y-limits = कुछ अनुवाद मशीन की सहायता से किए गए हैं और अभी किसी मातृभाषी व्यक्ति ने उनकी जाँच नहीं की है; ऐसे पृष्ठों पर यह बताया गया है। जहाँ पृष्ठ के किसी भाग का अभी अनुवाद नहीं हुआ है, वह अंग्रेज़ी में दिखाया जाता है और अंग्रेज़ी के रूप में चिह्नित होता है।
a11y-formats-heading = अन्य प्रारूप
a11y-formats = यदि आपको इस वेबसाइट की जानकारी बड़े अक्षरों, ब्रेल, ऑडियो या किसी अन्य भाषा में चाहिए, तो नीचे दिए विवरण पर हमसे संपर्क करें। हम आपके अनुरोध पर विचार करके 10 कार्यदिवसों में उत्तर देंगे।
a11y-feedback-heading = समस्याओं की सूचना और प्रवर्तन
a11y-feedback = यदि आपको कोई ऐसी समस्या मिले जो इस पृष्ठ पर सूचीबद्ध नहीं है, तो कृपया हमसे संपर्क करें। यदि आप हमारे उत्तर से संतुष्ट नहीं हैं, तो Equality Advisory and Support Service (EASS) से संपर्क करें।

## Page not found
not-found-title = पृष्ठ नहीं मिला
not-found-text = आपने जो पृष्ठ माँगा है वह यहाँ नहीं है। हो सकता है इसे हटा दिया गया हो।
not-found-link = कॉम्पैक्ट की सूची पर जाएँ
