### Translations of content/site.yaml.


## The site

# context: the site's title, at the top of every page
site--title = स्थानीय { -compacts }
# context: the tagline under the title on each home page
site--tagline = { -council(case: "plural-oblique") }, एनएचएस और { -vcs } के बीच समझौते
# context: the publisher's contact, their role (in every page's footer)
site--publisher-role = पार्टनरशिप ऑफ़िसर

## The accessibility statement

# context: the accessibility statement: content that is not accessible, and why, item 1
site--non-accessible-1 = कुछ अनुवाद मशीन की सहायता से किए गए हैं और अभी किसी मातृभाषी व्यक्ति ने उनकी जाँच नहीं की है, इसलिए उन्हें समझना कठिन हो सकता है। जिन पृष्ठों पर ऐसे अनुवाद हैं, उन पर यह बताया गया है।
# context: the accessibility statement: content that is not accessible, and why, item 2
site--non-accessible-2 = प्रकाशनों के कुछ भागों का अभी हर सामुदायिक भाषा में अनुवाद नहीं हुआ है। वे अंग्रेज़ी में दिखाए जाते हैं और अंग्रेज़ी के रूप में चिह्नित होते हैं, ताकि स्क्रीन रीडर उन्हें अंग्रेज़ी आवाज़ में पढ़ें।
# context: the accessibility statement: content that is not accessible, and why, item 3
site--non-accessible-3 = कंप्यूटर की आवाज़ में पढ़ा गया ऑडियो अभी तक केवल एक प्रकाशन के लिए प्रकाशित हुआ है; कंप्यूटर की आवाज़ कुछ नामों और शब्दों का उच्चारण ग़लत करती है। आप हमसे किसी भी प्रकाशन को पढ़कर सुनाने के लिए कह सकते हैं।
# context: the accessibility statement: how the website was tested
site--tested-how = हमने वेब पृष्ठों और बड़े अक्षरों वाले पृष्ठों की जाँच एक वेब ब्राउज़र में 320 पिक्सेल चौड़ाई पर (400% ज़ूम के समान) और स्वचालित सुगम्यता जाँच उपकरणों से की, और बड़े अक्षरों वाली PDF फ़ाइलों की जाँच एक PDF/UA जाँच उपकरण से की। हमने अभी तक इनकी जाँच स्क्रीन रीडर से नहीं की है।
