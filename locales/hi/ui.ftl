### Hindi (हिन्दी) strings for the default theme.
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

## Language chooser (the site's front page)

choose-language = अपनी भाषा चुनें
choose-language-prompt = { -compacts } हिन्दी में पढ़ें

## Notices about translation

untranslated-notice =
    { $count ->
        [one] इस पृष्ठ के { $count } भाग का अभी { $language } में अनुवाद नहीं हुआ है। यह अंग्रेज़ी में दिखाया गया है।
       *[other] इस पृष्ठ के { $count } भागों का अभी { $language } में अनुवाद नहीं हुआ है। ये अंग्रेज़ी में दिखाए गए हैं।
    }
machine-translation-notice = यह अनुवाद मशीन की सहायता से किया गया है और अभी किसी मातृभाषी व्यक्ति ने इसकी जाँच नहीं की है। यदि कुछ स्पष्ट न हो तो कृपया हमसे संपर्क करें।
stale-notice =
    { $count ->
        [one] इस पृष्ठ का { $count } भाग अंग्रेज़ी के पिछले संस्करण से अनुवादित है, इसलिए हो सकता है कि वह अद्यतन न हो।
       *[other] इस पृष्ठ के { $count } भाग अंग्रेज़ी के पिछले संस्करण से अनुवादित हैं, इसलिए हो सकता है कि वे अद्यतन न हों।
    }

## Home page

publications-heading = प्रकाशन
publication-count =
    { $count ->
        [one] { $count } प्रकाशन
       *[other] { $count } प्रकाशन
    }
# The home page's heading over the featured and newest publications.
latest-heading = चुनिंदा और नवीनतम प्रकाशन
# The home page's heading over the links to each kind's list.
listings-heading = सभी प्रकाशन

## Lists of publications, newest first, in pages

listing-compacts = { -compacts }
listing-action-reports = कार्य रिपोर्टें
listing-news = समाचार
# Where a reader is in a list of several pages, e.g. "Page 2 of 20".
listing-page-of = { $pages } में से पृष्ठ { $page }
# The name of the links to a list's other pages.
pagination-label = पृष्ठ
pagination-previous = पिछला पृष्ठ
pagination-next = अगला पृष्ठ
# A page number's link, read out by screen readers, e.g. "Page 2".
pagination-page = पृष्ठ { $page }

## News feed (Atom), for news reader apps

# Under the site's name in a news reader.
feed-subtitle = नए और अद्यतन किए गए प्रकाशन
# A link on the home page to the feed.
feed-link = समाचार पढ़ने वाले ऐप में नए प्रकाशनों की जानकारी पाते रहें (Atom फ़ीड)

## A publication

status-draft = प्रारूप
status-adopted = अपनाया गया
status-label = स्थिति
date-label = तारीख़
area-label = क्षेत्र
reference-label = संदर्भ संख्या
parties-heading = इस समझौते के पक्ष
download-heading = अन्य प्रारूप
undertakings-theme = विषय
undertakings-caption = विषय के अनुसार हर साझेदार के { -undertakings }
related-heading = संबंधित प्रकाशन
signup-print = यह पृष्ठ प्रिंट करें, खाने भरें और नीचे दिए पते पर डाक से भेजें, या ई-मेल से उत्तर दें।
signup-email = ई-मेल से उत्तर दें
signup-email-subject = { -compact } में शामिल होना
signup-date-hint = दिन/महीना/वर्ष, जैसे 25/12/2024
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
download-braille-pef =
    ब्रेल प्रिंटर के लिए ब्रेल, PEF ({ $code ->
        [ueb] यूनिफ़ाइड इंग्लिश ब्रेल ग्रेड 2
        [urdu] उर्दू ब्रेल
       *[bharati] भारती ब्रेल
    }, { $language }), { $size }
download-braille-brf =
    ब्रेल डिस्प्ले के लिए ब्रेल, BRF ({ $code ->
        [ueb] यूनिफ़ाइड इंग्लिश ब्रेल ग्रेड 2
        [urdu] उर्दू ब्रेल
       *[bharati] भारती ब्रेल
    }, { $language }), { $size }
download-audio-daisy = ऑडियो, DAISY टॉकिंग बुक ({ $language }), { $duration }, { $size }
download-audio-mp3 = ऑडियो, क्रम से चलाने के लिए MP3 फ़ाइलें ({ $language }), { $duration }, { $size }
audio-duration =
    { $hours ->
        [0] { $minutes } मि॰
       *[other] { $hours } घं॰ { $minutes } मि॰
    }

## The audio edition: spoken at its start and end, and its tracks' names

audio-computer-voice = इस रिकॉर्डिंग में पढ़ने वाली आवाज़ किसी व्यक्ति की नहीं, बल्कि कंप्यूटर की है।
audio-reads = इसमें { $title } का पाठ है, जिसे { $publisher } ने प्रकाशित किया है और जिसकी तारीख़ { $date } है।
audio-reads-undated = इसमें { $title } का पाठ है, जिसे { $publisher } ने प्रकाशित किया है।
audio-opening = शीर्षक और परिचय
audio-end = { $title } का पाठ यहीं समाप्त होता है।

## The EPUB e-book: its link, the names of its guide, and the summary of its accessibility that e-book apps show

download-epub = EPUB ई-बुक ({ $language }), { $size }
epub-title-page = शीर्षक पृष्ठ
epub-guide = इस ई-बुक की मार्गदर्शिका
epub-start = प्रकाशन की शुरुआत
epub-summary = इस ई-बुक में शीर्षक, विषय-सूची और पढ़ने का क्रम प्रकाशन के अनुसार ही रखे गए हैं। ई-बुक पढ़ने वाला आपका ऐप इसके टेक्स्ट का आकार, फ़ॉन्ट, अंतराल और रंग बदल सकता है। यह ई-बुक WCAG 2.2 के AA स्तर पर EPUB Accessibility 1.1 मानक का अनुपालन करती है।
epub-summary-audio = कंप्यूटर की आवाज़ पूरा टेक्स्ट पढ़कर सुनाती है, और जो वाक्य पढ़ा जा रहा होता है, वह हाइलाइट हो जाता है।

## The plain-text edition

text-untranslated = अभी { $language } में अनुवाद नहीं हुआ है, इसलिए अंग्रेज़ी में दिया गया है: { $parts }।
text-untranslated-front = शीर्षक पृष्ठ
text-untranslated-other = अन्य भाग
text-stale = अनुवाद के बाद अंग्रेज़ी बदल गई है, इसलिए ये भाग शायद अद्यतन नहीं हैं: { $parts }।

## Every page's footer

alt-formats-heading = अन्य प्रारूप और भाषाएँ
alt-formats-request = यदि आपको यह जानकारी बड़े अक्षरों, ब्रेल, ऑडियो या किसी अन्य भाषा में चाहिए, तो कृपया { $phone } पर फ़ोन करें।
footer-published-by = प्रकाशक

## Accessibility statement

a11y-title = सुगम्यता विवरण
a11y-applies = यह सुगम्यता विवरण { $website } वेबसाइट पर लागू होता है।
a11y-run-by = यह वेबसाइट { $publisher } द्वारा चलाई जाती है।
a11y-intro = हम चाहते हैं कि अधिक से अधिक लोग ये { -compacts } अंग्रेज़ी में और हमारे क्षेत्र की सामुदायिक भाषाओं में पढ़ सकें।
a11y-using-heading = इस वेबसाइट का उपयोग
a11y-using = आप लिखावट को स्क्रीन से बाहर जाए बिना 400% तक बड़ा कर सकते हैं, और हर पृष्ठ जावास्क्रिप्ट के बिना पढ़ सकते हैं। हर पृष्ठ, और पृष्ठ का किसी अन्य भाषा वाला हर भाग, अपनी भाषा से चिह्नित है, ताकि स्क्रीन रीडर सही आवाज़ का उपयोग करे। जिस भाग का अभी अनुवाद नहीं हुआ है, वह अंग्रेज़ी में दिखाया जाता है और अंग्रेज़ी के रूप में चिह्नित होता है।
a11y-offered-heading = प्रारूप और भाषाएँ
a11y-offered-formats = इस वेबसाइट का हर प्रकाशन इन रूपों में प्रकाशित होता है:
a11y-format-web-page = वेब पृष्ठ
a11y-format-large-print-page = बड़े अक्षरों वाला वेब पृष्ठ
a11y-format-large-print-pdf = बड़े अक्षरों वाला PDF दस्तावेज़ (A4)
a11y-format-plain-text = सादे टेक्स्ट वाली फ़ाइल
a11y-format-braille = ब्रेल फ़ाइलें (ब्रेल प्रिंटर के लिए PEF, ब्रेल डिस्प्ले के लिए BRF)
a11y-format-audio = कंप्यूटर की आवाज़ में पढ़ा गया ऑडियो (DAISY टॉकिंग बुक और MP3 फ़ाइलें)
a11y-format-epub = सुगम EPUB ई-बुक, ई-बुक ऐप और पढ़ने वाले उपकरणों के लिए
a11y-format-some =
    { $count ->
        [one] { $format }, अभी तक { $total } में से { $count } प्रकाशन के लिए
       *[other] { $format }, अभी तक { $total } में से { $count } प्रकाशनों के लिए
    }
a11y-offered-languages = यह वेबसाइट इन भाषाओं में प्रकाशित होती है:
a11y-formats-heading = प्रतिक्रिया और संपर्क जानकारी
a11y-formats = यदि आपको इस वेबसाइट की जानकारी किसी अन्य प्रारूप में चाहिए, जैसे बड़े अक्षर, ब्रेल, ऑडियो या कोई अन्य भाषा, तो नीचे दिए विवरण पर हमसे संपर्क करें।
a11y-reply-days =
    { $days ->
        [one] हम आपके अनुरोध पर विचार करके { $days } कार्यदिवस में उत्तर देंगे।
       *[other] हम आपके अनुरोध पर विचार करके { $days } कार्यदिवसों में उत्तर देंगे।
    }
a11y-feedback-heading = इस वेबसाइट की सुगम्यता से जुड़ी समस्याओं की सूचना देना
a11y-feedback = हम इस वेबसाइट की सुगम्यता को बेहतर बनाने का लगातार प्रयास करते हैं। यदि आपको कोई ऐसी समस्या मिले जो इस पृष्ठ पर सूचीबद्ध नहीं है, या आपको लगे कि हम सुगम्यता की आवश्यकताओं को पूरा नहीं कर रहे हैं, तो ऊपर दिए विवरण पर हमसे संपर्क करें।
a11y-enforcement-heading = प्रवर्तन प्रक्रिया
a11y-enforcement = समानता और मानवाधिकार आयोग (EHRC) पब्लिक सेक्टर बॉडीज़ (वेबसाइट और मोबाइल एप्लिकेशन) (संख्या 2) सुगम्यता विनियम 2018 (‘सुगम्यता विनियम’) को लागू करने के लिए ज़िम्मेदार है। यदि आप अपनी शिकायत पर हमारे उत्तर से संतुष्ट नहीं हैं, तो [समानता सलाह और सहायता सेवा (EASS) से संपर्क करें](https://www.equalityadvisoryservice.com/)।
a11y-enforcement-ni = यदि आप उत्तरी आयरलैंड में हैं और अपनी शिकायत पर हमारे उत्तर से संतुष्ट नहीं हैं, तो आप [उत्तरी आयरलैंड के समानता आयोग](https://www.equalityni.org/) से संपर्क कर सकते हैं, जो उत्तरी आयरलैंड में सुगम्यता विनियमों को लागू करने के लिए ज़िम्मेदार है।
a11y-technical-heading = इस वेबसाइट की सुगम्यता के बारे में तकनीकी जानकारी
a11y-committed = { $publisher } [पब्लिक सेक्टर बॉडीज़ (वेबसाइट और मोबाइल एप्लिकेशन) (संख्या 2) सुगम्यता विनियम 2018](https://www.legislation.gov.uk/uksi/2018/952/contents/made) के अनुसार अपनी वेबसाइट को सुगम बनाने के लिए प्रतिबद्ध है।
a11y-status-heading = अनुपालन की स्थिति
a11y-compliance-full = यह वेबसाइट [वेब सामग्री सुगम्यता दिशानिर्देश (WCAG) संस्करण 2.2](https://www.w3.org/TR/WCAG22/) के AA मानक का पूरी तरह अनुपालन करती है।
a11y-compliance-partial = नीचे सूचीबद्ध गैर-अनुपालनों के कारण यह वेबसाइट [वेब सामग्री सुगम्यता दिशानिर्देश (WCAG) संस्करण 2.2](https://www.w3.org/TR/WCAG22/) के AA मानक का आंशिक रूप से अनुपालन करती है।
a11y-compliance-not = यह वेबसाइट [वेब सामग्री सुगम्यता दिशानिर्देश (WCAG) संस्करण 2.2](https://www.w3.org/TR/WCAG22/) के AA मानक का अनुपालन नहीं करती। गैर-अनुपालन नीचे सूचीबद्ध हैं।
a11y-compliance-unassessed = इस वेबसाइट के प्रकाशक ने अभी तक इसे [वेब सामग्री सुगम्यता दिशानिर्देश (WCAG) संस्करण 2.2](https://www.w3.org/TR/WCAG22/) के AA मानक पर नहीं परखा है, इसलिए यह विवरण यह नहीं कहता कि यह उसका अनुपालन करती है।
a11y-non-accessible-heading = वह सामग्री जो सुगम नहीं है
a11y-non-accessible-intro = नीचे सूचीबद्ध सामग्री निम्नलिखित कारणों से सुगम नहीं है।
a11y-preparation-heading = इस सुगम्यता विवरण की तैयारी
a11y-prepared = यह विवरण { $date } को तैयार किया गया था।
a11y-reviewed = इसकी पिछली समीक्षा { $date } को की गई थी।
a11y-tested = इस वेबसाइट की पिछली जाँच { $date } को की गई थी। यह जाँच { $by } ने की थी।

## Page not found

not-found-title = पृष्ठ नहीं मिला
not-found-text = आपने जो पृष्ठ माँगा है वह यहाँ नहीं है। हो सकता है इसे हटा दिया गया हो।
not-found-link = { -compacts(case: "oblique") } की सूची पर जाएँ
