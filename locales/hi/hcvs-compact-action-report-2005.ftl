### Hindi translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ hcvs-compact-action-report-2005.yaml.


## Title page

# context: title page, the label above the title
hcvs-compact-action-report-2005--label = कार्य रिपोर्ट
# context: title page, title
hcvs-compact-action-report-2005--title = HCVS रणनीतिक नेतृत्व: { -compact } कार्य रिपोर्ट
# context: summary, also shown on the home page
hcvs-compact-action-report-2005--summary = { -compact } के बारे में जानकारी फैलाने और इसकी आचार संहिताओं के समर्थन में हर्टफ़ोर्डशायर के हर ज़िले की प्रगति, जैसी 8 सितंबर 2005 को बताई गई।
# context: title page, area
hcvs-compact-action-report-2005--area = हर्टफ़ोर्डशायर

## A part without a heading (report)

# context: A part without a heading (report) › table caption
hcvs-compact-action-report-2005--report--b1-caption = HCVS रणनीतिक नेतृत्व: { -compact } कार्य रिपोर्ट, वर्ष 8.9.05
# context: A part without a heading (report) › table header, column 1
hcvs-compact-action-report-2005--report--b1-h1 = लक्ष्य
# context: A part without a heading (report) › table header, column 2
hcvs-compact-action-report-2005--report--b1-h2 = कार्रवाई
# context: A part without a heading (report) › table header, column 3
hcvs-compact-action-report-2005--report--b1-h3 = कैसे
# context: A part without a heading (report) › table header, column 4
hcvs-compact-action-report-2005--report--b1-h4 = अब तक की कार्रवाई
# context: A part without a heading (report) › table row 1, column 1, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c1p1 = { -compact } को काम करने के एक तरीक़े के रूप में लोगों तक पहुँचाना
# context: A part without a heading (report) › table row 1, column 2, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c2p1 = स्थानीय स्तर पर { -compact } के बारे में जागरूकता बढ़ाना
# context: A part without a heading (report) › table row 1, column 3, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c3p1 = वैधानिक निकायों के अधिकारियों के लिए प्रशिक्षण सत्र, और जहाँ { -compact } अभी तैयार किया जा रहा है, वहाँ स्थानीय { -compact } कार्यक्रम।
# context: A part without a heading (report) › table row 1, column 4, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c4p1 = **हर्ट्समियर:**
# context: A part without a heading (report) › table row 1, column 4, paragraph 2
hcvs-compact-action-report-2005--report--b1-r1c4p2 = LSP ने स्थानीय { -compact } समूह से कम्युनिटी स्ट्रैटेजी के संशोधन पर काम करने को कहा है, जिसकी आवश्यकता LSP की एक दिन की बाहरी बैठक (Away-day) में सामने आई।
# context: A part without a heading (report) › table row 1, column 4, paragraph 3
hcvs-compact-action-report-2005--report--b1-r1c4p3 = इससे कम्युनिटी स्ट्रैटेजी की प्रतिबद्धताओं के साथ-साथ संसाधनों के प्रश्न पर भी विचार होना चाहिए, अर्थात कौन क्या करेगा और उसका ख़र्च कौन उठाएगा। यह उन { -vcs-short } समूहों के लिए बहुत सहायक होना चाहिए जिनकी कम्युनिटी स्ट्रैटेजी में प्रतिबद्धताएँ हैं।
# context: A part without a heading (report) › table row 1, column 4, paragraph 4
hcvs-compact-action-report-2005--report--b1-r1c4p4 = ब्रॉक्सबर्न इस वर्ष नवंबर में अपना { -compact } प्रकाशित करने वाले हैं। इस समय किसी कार्यक्रम की योजना नहीं है, लेकिन यह बदल सकता है, क्योंकि अगले वर्ष वित्तपोषण पर पहली संहिता तैयार करने की योजना है, इसलिए वे परामर्श प्रक्रिया की ओर बढ़ने की योजना बना रहे हैं। विस्तृत योजना संलग्न है।
# context: A part without a heading (report) › table row 1, column 4, paragraph 5
hcvs-compact-action-report-2005--report--b1-r1c4p5 = देश के अन्य भागों में Single Communities वित्तपोषण अचानक वापस लेने के मामले में { -compact } की अनदेखी करने पर Stevenage LSP ने ODPM को निंदा-पत्र भेजा। LSP अपने वैधानिक और { -vcs-short } सदस्यों का एक { -compact } सर्वेक्षण करने पर भी सहमत हुई, ताकि { -compact } के बारे में जागरूकता/समझ का आकलन किया जा सके और उससे { -compact } के प्रमुख साझेदारों, SBC और { -pct(form: "short") } में भविष्य के { -compact } जागरूकता प्रशिक्षण कार्यक्रम की रूपरेखा तय करने में मदद मिले। प्रश्नावली सितंबर में तैयार की जाएगी।
# context: A part without a heading (report) › table row 1, column 4, paragraph 6
hcvs-compact-action-report-2005--report--b1-r1c4p6 = सेंट एल्बंस { -compact } को प्रारूप के रूप में परामर्श के लिए जारी किया गया, और 21 जून को इसकी सफल प्रस्तुति और शुभारंभ हुआ, जिसमें बहुत से लोग आए। संचालन समूह की अगली बैठक सितंबर के आरंभ में होनी है, जिसमें मिली प्रतिक्रियाओं पर विचार किया जाएगा और अक्टूबर के अंत से पहले अंतिम स्वीकृति और प्रकाशन की योजना बनाई जाएगी। आवश्यकता के अनुसार { -vcs-short } समूहों के लिए दोपहर के भोजन के समय सूचना सत्र चलाए जाएँगे।
# context: A part without a heading (report) › table row 1, column 4, paragraph 7
hcvs-compact-action-report-2005--report--b1-r1c4p7 = ईस्ट हर्ट्स में { -compact } से जुड़ी गतिविधि धीमी हुई है, लेकिन हाल ही में शुरू हुई VOCAL परियोजना के पीछे ईस्ट हर्ट्स { -compact } समूह की ही प्रेरणा थी
# context: A part without a heading (report) › table row 2, column 1, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c1p1 = संहिताओं का समर्थन:
# context: A part without a heading (report) › table row 2, column 1, paragraph 2
hcvs-compact-action-report-2005--report--b1-r2c1p2 = परामर्श और नीति मूल्यांकन, स्वयंसेवा और वित्तपोषण
# context: A part without a heading (report) › table row 2, column 2, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c2p1 = संहिताओं और उनकी समीक्षा व मूल्यांकन के बारे में जानकारी फैलाना
# context: A part without a heading (report) › table row 2, column 3, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c3p1 = समाचार-पत्रिकाओं में और वेबसाइट पर जानकारी प्रकाशित करना
# context: A part without a heading (report) › table row 2, column 4, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c4p1 = स्टीवनेज की आचार संहिताएँ मार्च सम्मेलन में जारी की गईं और मई 05 में क्षेत्र के संगठनों को डाक से भेजी गईं। मई में अश्वेत और अल्पसंख्यक जातीय (BME) संहिता पर परामर्श किया गया, लेकिन लिखित प्रतिक्रियाएँ कम आईं। Stevenage World Forum सितंबर/अक्टूबर में अधिक चुनिंदा और लक्षित तरीक़े से यह संहिता अपने सदस्य समूहों तक ले जाएगा। { -compact } कार्यकारी समूह अगले क़दम तय करने के लिए अक्टूबर में बैठक करेगा।
# context: A part without a heading (report) › table row 2, column 4, paragraph 2
hcvs-compact-action-report-2005--report--b1-r2c4p2 = ब्रॉक्सबर्न अगले वर्ष वित्तपोषण पर एक संहिता बनाने की योजना बना रहे हैं।
# context: A part without a heading (report) › table row 2, column 4, paragraph 3
hcvs-compact-action-report-2005--report--b1-r2c4p3 = Dacorum CVS और Dacorum Borough Council ने परामर्श पर आचार संहिता के बारे में एक परामर्श का नेतृत्व किया, जो मार्च में शुरू होकर जून तक चला। प्रतिक्रियाओं का विश्लेषण करके दस्तावेज़ में संशोधन किया गया है। संशोधनों से पाठ का अर्थ नहीं बदला गया, बल्कि उसकी भाषा सरल की गई है; यह पाठ राष्ट्रीय मॉडल पर आधारित है। परामर्श पर संहिता 28 सितंबर 2005 को जारी की जाएगी।
# context: A part without a heading (report) › table row 2, column 4, paragraph 4
hcvs-compact-action-report-2005--report--b1-r2c4p4 = वॉटफ़र्ड में मई 2005 में एक योजना संगोष्ठी हुई। इस कार्यक्रम ने वैधानिक क्षेत्र और { -vcs }, दोनों को सक्रिय भागीदारी का अवसर दिया, ताकि वे मिलकर वित्तपोषण, परामर्श और नीति मूल्यांकन, तथा स्वयंसेवा पर 3 आचार संहिताओं को स्वीकृति दे सकें।
# context: A part without a heading (report) › table row 2, column 4, paragraph 5
hcvs-compact-action-report-2005--report--b1-r2c4p5 = आचार संहिताएँ छापी और प्रकाशित की जाएँगी।
# context: A part without a heading (report) › table row 2, column 4, paragraph 6
hcvs-compact-action-report-2005--report--b1-r2c4p6 = संगोष्ठी में उठाई गई बातों में यह भी शामिल था कि योजना बनाने और निर्णय लेने में समुदाय की प्रभावी भागीदारी सुनिश्चित करने में { -vcs } के महत्व को स्वीकार किया जाए। संचालन समूह मिलकर वितरण के लिए एक वार्षिक योजना तैयार करेगा। संगोष्ठी में यह भी सामने आया कि सभी चाहते थे कि इस काम में { -cvs } (CVS) अगुवाई करे।
