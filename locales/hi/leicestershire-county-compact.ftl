### review-status: machine-assisted
### Hindi translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ leicestershire-county-compact.yaml.

leicestershire-county-compact--label = कॉम्पैक्ट
leicestershire-county-compact--title = लेस्टरशायर काउंटी कॉम्पैक्ट
leicestershire-county-compact--subtitle = लेस्टरशायर काउंटी काउंसिल और लेस्टरशायर के स्वैच्छिक व सामुदायिक क्षेत्र के बीच संबंधों की एक मार्गदर्शिका
leicestershire-county-compact--strapline = "बात बेहतर संबंधों की है"
leicestershire-county-compact--summary = लेस्टरशायर काउंटी कॉम्पैक्ट हर उस व्यक्ति के लिए एक आवश्यक मार्गदर्शिका है जिसे यह जानना है कि लेस्टरशायर में लेस्टरशायर काउंटी काउंसिल और स्वैच्छिक व सामुदायिक क्षेत्र मिलकर कैसे काम करते हैं।
leicestershire-county-compact--principles--title = लेस्टरशायर काउंटी कॉम्पैक्ट के 8 साझा सिद्धांत
leicestershire-county-compact--principles--b1 = काउंटी कॉम्पैक्ट के सभी साझेदार निम्नलिखित सिद्धांतों से सहमत हैं:
leicestershire-county-compact--principles--b2-i1 = **स्वैच्छिक और सामुदायिक कार्य** एक लोकतांत्रिक समाज के लिए आवश्यक है।
leicestershire-county-compact--principles--b2-i2 = एक **स्वतंत्र और विविध स्वैच्छिक व सामुदायिक क्षेत्र** समाज के कल्याण का आधार है।
leicestershire-county-compact--principles--b2-i3 = काउंसिल और VCS दोनों नस्ल, आयु, विकलांगता, लिंग, यौनिकता, धर्म, जातीय या राष्ट्रीय मूल, वैवाहिक स्थिति या स्वास्थ्य की स्थिति की परवाह किए बिना सभी लोगों के लिए **अवसर की समानता** को बढ़ावा देने के महत्व को स्वीकार करते हैं।
leicestershire-county-compact--principles--b2-i4 = सार्वजनिक नीति और सेवाओं के विकास और प्रदान करने में काउंसिल और VCS की भूमिकाएँ अलग-अलग किंतु **एक-दूसरे की पूरक** हैं।
leicestershire-county-compact--principles--b2-i5 = साझा लक्ष्यों और उद्देश्यों की ओर **मिलकर काम करने में अतिरिक्त मूल्य** है। **उचित** संवाद संबंध बनाता है, नीति विकास को बेहतर करता है और सेवाओं व कार्यक्रमों की रूपरेखा और प्रदायगी को समृद्ध करता है।
leicestershire-county-compact--principles--b2-i6 = काउंसिल और VCS की **जवाबदेही के रूप अलग-अलग हैं और वे अलग-अलग लोगों और संगठनों के प्रति जवाबदेह हो सकते हैं**। किंतु दोनों के लिए निस्वार्थता, सत्यनिष्ठा, निष्पक्षता, जवाबदेही, खुलापन, ईमानदारी और नेतृत्व की आवश्यकता समान है।
leicestershire-county-compact--principles--b2-i7 = स्वैच्छिक और सामुदायिक संगठनों को अपने लक्ष्यों को आगे बढ़ाने के लिए क़ानून के दायरे में **अभियान चलाने का अधिकार** है।
leicestershire-county-compact--principles--b2-i8 = काउंसिल और VCS मानते हैं कि काउंसिल को स्वैच्छिक और सामुदायिक संगठनों को संसाधन आवंटित करने की आवश्यकता है। इन संसाधनों में **धन, सलाह और अन्य सहायता** शामिल है और ये संबंध के महत्वपूर्ण तत्व हैं।
leicestershire-county-compact--alternative-formats--title = अन्य प्रारूप और भाषाएँ
leicestershire-county-compact--alternative-formats--b1-text = यदि आपको इस पुस्तिका की जानकारी किसी अन्य रूप में चाहिए, जैसे बड़े अक्षर, ब्रेल, टेप या कोई दूसरी भाषा, तो कृपया:
