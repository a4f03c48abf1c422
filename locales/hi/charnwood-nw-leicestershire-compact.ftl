### Hindi translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ charnwood-nw-leicestershire-compact.yaml.


## Title page

# context: title page, the label above the title
charnwood-nw-leicestershire-compact--label = { -compact }
# context: title page, title
charnwood-nw-leicestershire-compact--title = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर { -compact }
# context: summary, also shown on the home page
charnwood-nw-leicestershire-compact--summary = यह { -compact } चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर में { -vcs } के संगठनों, स्थानीय प्राधिकरणों और { -pct } ({ -pct(form: "short") }) के बीच कामकाजी संबंधों के लिए एक औपचारिक ढाँचा निर्धारित करता है।
# context: title page, area
charnwood-nw-leicestershire-compact--area = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर
# context: title page, party 1
charnwood-nw-leicestershire-compact--party-1 = चार्नवुड बरो { -council } (Charnwood Borough Council)
# context: title page, party 2
charnwood-nw-leicestershire-compact--party-2 = नॉर्थ वेस्ट लेस्टरशायर डिस्ट्रिक्ट { -council } (North West Leicestershire District Council)
# context: title page, party 3
charnwood-nw-leicestershire-compact--party-3 = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर { -pct } (Charnwood & North West Leicestershire Primary Care Trust)
# context: title page, party 4
charnwood-nw-leicestershire-compact--party-4 = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर का { -vcs } ({ -vcs-short })

## 1. What is a Compact and what is its status?

# context: 1. What is a Compact and what is its status? › section heading
charnwood-nw-leicestershire-compact--s1--title = { -compact } क्या है और इसकी स्थिति क्या है?
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b1 = यह { -compact } { -vcs } के संगठनों, स्थानीय प्राधिकरणों और { -pct } ({ -pct(form: "short") }) के बीच कामकाजी संबंधों के लिए एक औपचारिक ढाँचा निर्धारित करता है। साझेदार अंततः स्थानीय लोगों के लाभ के लिए साझा लक्ष्यों और आकांक्षाओं को प्राप्त करने हेतु मिलकर काम करने के लिए प्रतिबद्ध हैं।
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b2 = { -compacts } क़ानूनी रूप से बाध्यकारी दस्तावेज़ नहीं हैं और इनमें सब कुछ शामिल नहीं है। ये क्षेत्रों के बीच संबंधों को बेहतर बनाने में सहायक साधन हैं। इनका अधिकार इस बात से आता है कि स्थानीय हितधारक स्वयं इन्हें विकसित करते हैं, इन पर परामर्श करते हैं और इन्हें औपचारिक रूप से अपनाते हैं।
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b3 = किसी { -compact } की सफलता इस पर निर्भर करती है कि वैधानिक और स्वैच्छिक क्षेत्र आपसी सम्मान, मान्यता, सर्वोत्तम कार्य-प्रणाली और सहयोग के सिद्धांतों को बनाए रखने के लिए बराबर प्रतिबद्धता दिखाएँ। { -compact } दस्तावेज़ स्थिर नहीं रहेगा; स्थानीय समुदाय की बदलती ज़रूरतों और प्राथमिकताओं को दर्शाने के लिए समय के साथ इसकी निगरानी की जाएगी, इसे विकसित किया जाएगा और इसमें संशोधन किए जाएँगे।

## 1.1. National Context

# context: 1.1. National Context › section heading
charnwood-nw-leicestershire-compact--s1--s1-1--title = राष्ट्रीय संदर्भ
# context: 1.1. National Context › paragraph
charnwood-nw-leicestershire-compact--s1--s1-1--b1 = इंग्लैंड में सरकार और { -vcs } के बीच संबंधों पर राष्ट्रीय { -compact } (1998) ने बेहतर संबंधों और साझेदारी में काम के लिए एक राष्ट्रीय ढाँचा निर्धारित किया। नवंबर 2002 में स्वास्थ्य विभाग (Department of Health) ने स्पष्ट किया कि वह दृढ़ता से चाहता है कि इंग्लैंड के सभी एनएचएस संगठन 31 मार्च 2004 तक अपने भौगोलिक क्षेत्र से संबंधित किसी स्थानीय { -compact } में शामिल हो जाएँ।

## 1.2. The Development of the Charnwood and North West Leicestershire Compact

# context: 1.2. The Development of the Charnwood and North… › section heading
charnwood-nw-leicestershire-compact--s1--s1-2--title = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर { -compact } का विकास
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.1.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i1 = यह { -compact } नॉर्थ वेस्ट लेस्टरशायर में स्वैच्छिक क्षेत्र और डिस्ट्रिक्ट { -council } के बीच मौजूदा { -compact } व्यवस्थाओं का, और लेस्टरशायर काउंटी { -compact } का भी पूरक है।
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.2.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2 = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर { -compact } के प्रारूप को विकसित करने में शामिल साझेदार हैं:
# context: 1.2. The Development of the Charnwood and North… › sub-item 1 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i1 = चार्नवुड { -cvs } (Charnwood Council for Voluntary Service, CVS)
# context: 1.2. The Development of the Charnwood and North… › sub-item 2 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i2 = नॉर्थ वेस्ट लेस्टरशायर { -cvs } (North West Leicestershire Council for Voluntary Service, CVS)
# context: 1.2. The Development of the Charnwood and North… › sub-item 3 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i3 = चार्नवुड बरो { -council } (Charnwood Borough Council)
# context: 1.2. The Development of the Charnwood and North… › sub-item 4 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i4 = नॉर्थ वेस्ट लेस्टरशायर डिस्ट्रिक्ट { -council } (North West Leicestershire District Council)
# context: 1.2. The Development of the Charnwood and North… › sub-item 5 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i5 = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर { -pct } (Charnwood & North West Leicestershire Primary Care Trust)
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.3.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i3 = यह { -compact } चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर क्षेत्र* के सभी भागों पर, और उन तरह-तरह के संगठनों पर लागू होता है जिन्हें { -vcs } कहा जाता है।
# context: 1.2. The Development of the Charnwood and North… › paragraph
boundary-note = (\* ध्यान दें: साझेदार संगठनों की सीमाएँ एक-दूसरे से मेल नहीं खातीं। साइस्टन Charnwood Borough Council की सीमा के भीतर आता है, लेकिन Melton, Rutland and Harborough PCT का हिस्सा है। मार्कफ़ील्ड Charnwood & North West Leicestershire PCT के क्षेत्र का हिस्सा है, लेकिन नॉर्थ वेस्ट लेस्टरशायर की डिस्ट्रिक्ट { -council } की सीमा के भीतर नहीं आता। इस { -compact } के प्रयोजन के लिए साझेदार संगठन सहमत हुए हैं कि दोनों इलाक़ों को इस समझौते में शामिल किया जाए, और वे ध्यान दिलाते हैं कि पड़ोसी संगठनों को भी ऐसे ही क़दम उठाने होंगे। अधिक विवरण परिशिष्ट 1 में दिया गया है।)
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.4.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i1 = { -compact } अश्वेत और अल्पसंख्यक जातीय समूहों के हितों के प्रति, और तरह-तरह की विशेष और अतिरिक्त आवश्यकताओं वाले लोगों के हितों के प्रति संवेदनशील रहेगा।
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.5.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i2 = { -compact } में एक भाग है, जिस पर समूह और संगठन हस्ताक्षर करके { -compact } की भावना के अनुसार काम करने की अपनी प्रतिबद्धता घोषित कर सकते हैं। कर्मचारियों, काउंसिलरों, स्वयंसेवकों, सेवा उपयोगकर्ताओं और अन्य समूहों और संगठनों में { -compact } के बारे में जागरूकता बढ़ाने के लिए सामग्री तैयार की जाएगी।
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.6.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i3 = साझेदार संगठनों के सदस्य प्रतिनिधियों से बने एक मंच ने, जिसे { -compact } संचालन समूह कहा जाता है, यह { -compact } विकसित किया है। { -compact } के प्रकाशन के बाद यह समूह { -compact } कार्य योजना, उसके कार्यान्वयन और समीक्षा के लिए एक स्थायी मंच का काम करेगा।

## 2. Why have a Compact?

# context: 2. Why have a Compact? › section heading
charnwood-nw-leicestershire-compact--s2--title = { -compact } की आवश्यकता क्यों है?
# context: 2. Why have a Compact? › paragraph
charnwood-nw-leicestershire-compact--s2--b1 = यद्यपि इस इलाक़े में वैधानिक और स्वैच्छिक क्षेत्रों के बीच अनौपचारिक कामकाजी संबंध पहले से हैं, फिर भी ये व्यवस्थाएँ प्रायः कुछ विशेष पेशेवर संबंधों पर आधारित होती हैं, जो समय के साथ संगठनों और व्यक्तियों के बीच बने हैं। { -compact } क्षेत्रों के बीच साझेदारी में काम का एक व्यवस्थित तरीक़ा देगा, जो पहले के पेशेवर जुड़ाव की परवाह किए बिना सभी हितधारकों को बराबर का दर्जा और पहुँच की गारंटी देता है।
# context: 2. Why have a Compact? › paragraph
charnwood-nw-leicestershire-compact--s2--b2 = इसके उद्देश्य हैं:
# context: 2. Why have a Compact? › numbered list, item 2.1.
charnwood-nw-leicestershire-compact--s2--b3-i1 = संवाद को बेहतर बनाना और जानकारी का कुशल प्रवाह सुनिश्चित करना
# context: 2. Why have a Compact? › numbered list, item 2.2.
charnwood-nw-leicestershire-compact--s2--b3-i2 = संयुक्त योजना और नीति संबंधी पहलों सहित, सभी क्षेत्रों में मिलकर काम करने के प्रभावी और सहमत सिद्धांतों के लिए एक सहमत आचार संहिता विकसित करना
# context: 2. Why have a Compact? › numbered list, item 2.3.
charnwood-nw-leicestershire-compact--s2--b3-i3 = सभी क्षेत्रों में सार्वजनिक सेवाओं की प्रदायगी को बेहतर बनाना
# context: 2. Why have a Compact? › numbered list, item 2.4.
charnwood-nw-leicestershire-compact--s2--b3-i4 = हर क्षेत्र की ज़रूरतों, लक्ष्यों और उद्देश्यों की बेहतर समझ
# context: 2. Why have a Compact? › numbered list, item 2.5.
charnwood-nw-leicestershire-compact--s2--b3-i5 = स्वैच्छिक और वैधानिक क्षेत्रों के बीच साझेदारी में अधिक काम।
# context: 2. Why have a Compact? › numbered list, item 2.6.
charnwood-nw-leicestershire-compact--s2--b3-i6 = साझा रुचि वाले समुदायों और एक ही स्थान पर रहने वाले समुदायों के विचारों को सामने लाने का माध्यम बनना
# context: 2. Why have a Compact? › numbered list, item 2.7.
charnwood-nw-leicestershire-compact--s2--b3-i7 = नई ज़रूरतों की पहचान करना और उन्हें पूरा करने के नए तरीक़े ढूँढना
# context: 2. Why have a Compact? › numbered list, item 2.8.
charnwood-nw-leicestershire-compact--s2--b3-i8 = ग़रीबी, सामाजिक बहिष्कार और स्वास्थ्य संबंधी असमानताओं से निपटना
# context: 2. Why have a Compact? › numbered list, item 2.9.
charnwood-nw-leicestershire-compact--s2--b3-i9 = लोगों को अपने समुदायों में सक्रिय होने के लिए प्रोत्साहित करना और उनकी सहायता करना
# context: 2. Why have a Compact? › numbered list, item 2.10.
charnwood-nw-leicestershire-compact--s2--b3-i10 = प्रभावी भागीदारी, परामर्श और प्रतिनिधित्व के लिए एक ढाँचा तय करना
# context: 2. Why have a Compact? › numbered list, item 2.11.
charnwood-nw-leicestershire-compact--s2--b3-i11 = समुदाय को शामिल करना और उससे जुड़ना
# context: 2. Why have a Compact? › numbered list, item 2.12.
charnwood-nw-leicestershire-compact--s2--b3-i12 = वित्तपोषण की व्यवस्थाओं की समीक्षा करना

## 3. How will we know if the Compact is working?

# context: 3. How will we know if the Compact is working? › section heading
charnwood-nw-leicestershire-compact--s3--title = हमें कैसे पता चलेगा कि { -compact } काम कर रहा है?
# context: 3. How will we know if the Compact is working? › paragraph
charnwood-nw-leicestershire-compact--s3--b1 = इस { -compact } को विकसित करने वाले सभी साझेदार ये परिणाम देखना चाहते हैं:
# context: 3. How will we know if the Compact is working? › outcomes, item 1
charnwood-nw-leicestershire-compact--s3--b2-i1 = बढ़ी हुई समझ
# context: 3. How will we know if the Compact is working? › outcomes, item 2
charnwood-nw-leicestershire-compact--s3--b2-i2 = बेहतर संवाद
# context: 3. How will we know if the Compact is working? › outcomes, item 3
charnwood-nw-leicestershire-compact--s3--b2-i3 = भागीदारी और परामर्श की बेहतर प्रक्रियाएँ और कार्यविधियाँ
# context: 3. How will we know if the Compact is working? › outcomes, item 4
charnwood-nw-leicestershire-compact--s3--b2-i4 = संयुक्त योजना और नीति संबंधी पहलों में वृद्धि
# context: 3. How will we know if the Compact is working? › outcomes, item 5
charnwood-nw-leicestershire-compact--s3--b2-i5 = वित्तपोषण की व्यवस्थाओं और कार्यविधियों की समीक्षा
# context: 3. How will we know if the Compact is working? › outcomes, item 6
charnwood-nw-leicestershire-compact--s3--b2-i6 = जानकारी का कुशल प्रवाह
# context: 3. How will we know if the Compact is working? › outcomes, item 7
charnwood-nw-leicestershire-compact--s3--b2-i7 = बेहतर सेवा प्रदायगी
# context: 3. How will we know if the Compact is working? › paragraph 3.1.
charnwood-nw-leicestershire-compact--s3--b3 = इन परिणामों को प्राप्त करने के लिए { -compact } संचालन समूह { -compact } कार्य योजना के लिए एक मंच का काम करेगा, जिसमें उसका कार्यान्वयन और समीक्षा भी शामिल होगी। कार्य योजना:
# context: 3. How will we know if the Compact is working? › lettered list, item (a)
charnwood-nw-leicestershire-compact--s3--b4-i1 = काउंटी { -compact } समूह द्वारा किए गए समायोजनों के परिणाम पर विचार करेगी।
# context: 3. How will we know if the Compact is working? › lettered list, item (b)
charnwood-nw-leicestershire-compact--s3--b4-i2 = वित्तपोषण, परामर्श, अश्वेत और अल्पसंख्यक जातीय समूहों, स्वयंसेवा और सामुदायिक समूहों पर राष्ट्रीय आचार संहिताओं को स्थानीय परिस्थितियों के अनुसार ढालेगी
# context: 3. How will we know if the Compact is working? › lettered list, item (c)
charnwood-nw-leicestershire-compact--s3--b4-i3 = विशेष और अतिरिक्त आवश्यकताओं वाले लोगों के साथ प्रभावी ढंग से काम करने के लिए सर्वोत्तम कार्य-प्रणाली विकसित करेगी।
# context: 3. How will we know if the Compact is working? › lettered list, item (d)
charnwood-nw-leicestershire-compact--s3--b4-i4 = वार्षिक समीक्षा सहित, { -compact } के प्रभाव की समीक्षा और निगरानी की व्यवस्थाएँ स्थापित करेगी। इसके लिए एक आधार-रेखा तय की जाएगी और प्रगति के माप और संकेतक निर्धारित किए जाएँगे। समीक्षा से अगले वर्ष की योजनाओं में सुधार होगा।
# context: 3. How will we know if the Compact is working? › lettered list, item (e)
charnwood-nw-leicestershire-compact--s3--b4-i5 = मध्यस्थता और सुलह की एक प्रक्रिया निर्धारित करेगी। लेस्टरशायर काउंटी { -compact } की योजना 2004 के अंत तक मध्यस्थता की एक ऐसी प्रक्रिया स्थापित करने की है, जो लेस्टरशायर के सभी स्थानीय { -compacts(case: "oblique") } के लिए उपलब्ध हो।
# context: 3. How will we know if the Compact is working? › paragraph 3.2.
charnwood-nw-leicestershire-compact--s3--b5 = कार्य योजना की हर वर्ष समीक्षा की जाएगी। कार्य योजना में उन सभी भाग लेने वाले समूहों और संगठनों की सूची होगी जो इस { -compact } में शामिल होते हैं और इसलिए { -compact } के साझेदारों के साथ निष्पक्ष और न्यायसंगत तरीक़े से काम करने के लिए प्रतिबद्ध हैं।

## 4. What defines the Voluntary and Community Sector?

# context: 4. What defines the Voluntary and Community… › section heading
charnwood-nw-leicestershire-compact--s4--title = { -vcs } किसे कहते हैं?
# context: 4. What defines the Voluntary and Community… › paragraph 4.1.
charnwood-nw-leicestershire-compact--s4--b1 = { -vcs } स्वभाव से विविध है। भौगोलिक इलाक़ों की, या साझा रुचि या आवश्यकता वाले समुदायों की ज़रूरतों के जवाब में सैकड़ों संगठन और समूह बने हैं। स्वैच्छिक क्षेत्र ‘गैर-लाभकारी’ है (इसका उद्देश्य पैसा कमाना नहीं है) और स्वतंत्र है। यहाँ काम करने वाले समूहों के प्रकार हैं:
# context: 4. What defines the Voluntary and Community… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s4--b2-i1 = स्वास्थ्य से जुड़े तरह-तरह के विषयों में रुचि रखने वाले स्वयं-सहायता समूह
# context: 4. What defines the Voluntary and Community… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s4--b2-i2 = गाँवों के समूह, जो प्लेग्रुप, माता-पिता और छोटे बच्चों के समूह, लंच क्लब, मेल-जोल की गतिविधियाँ आदि आयोजित करते हैं
# context: 4. What defines the Voluntary and Community… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s4--b2-i3 = स्थानीय मुद्दों से निपटने के लिए समुदायों द्वारा बनाए गए स्थानीय समूह; ये लोगों के विशेष समूहों को सीधे सेवा दे सकते हैं
# context: 4. What defines the Voluntary and Community… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s4--b2-i4 = मनोरंजन, खेलकूद और सामाजिक गतिविधियाँ उपलब्ध कराने वाले स्थानीय समूह
# context: 4. What defines the Voluntary and Community… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s4--b2-i5 = राष्ट्रीय संगठनों की स्थानीय शाखाएँ, जो लोगों को कई विषयों पर जानकारी, सलाह, सहायता और/या सेवाएँ देती हैं
# context: 4. What defines the Voluntary and Community… › bulleted list, item 6
charnwood-nw-leicestershire-compact--s4--b2-i6 = स्वैच्छिक व सामुदायिक समूहों की सहायता करने वाली स्थानीय विकास एजेंसियाँ, और स्वयंसेवा को सहायता देने वाली स्थानीय विकास एजेंसियाँ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 7
charnwood-nw-leicestershire-compact--s4--b2-i7 = पूरी काउंटी में काम करने वाले संगठन, जो लोगों के विशेष समूहों को सेवाएँ देते हैं, जैसे देखभाल करने वाले, विकलांग लोग, बुज़ुर्ग लोग
# context: 4. What defines the Voluntary and Community… › paragraph
charnwood-nw-leicestershire-compact--s4--b3 = { -vcs } के अंतर्गत आने वाली संरचनाओं और गतिविधियों के उदाहरण परिशिष्ट 2 में दिए गए हैं।
# context: 4. What defines the Voluntary and Community… › paragraph 4.2.
charnwood-nw-leicestershire-compact--s4--b4 = स्वैच्छिक व सामुदायिक समूह:
# context: 4. What defines the Voluntary and Community… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s4--b5-i1 = मौजूदा ज़रूरतों को पूरा करने और लोगों के जीवन में वास्तविक बदलाव लाने के लिए अच्छी गुणवत्ता की सेवाएँ दे सकते हैं, जिनसे लोगों के जीवन की गुणवत्ता में सचमुच सुधार होता है
# context: 4. What defines the Voluntary and Community… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s4--b5-i2 = समुदायों (भौगोलिक और रुचि पर आधारित) के विचारों को सामने लाने का माध्यम बन सकते हैं – वैधानिक सेवाओं की तुलना में बहिष्कृत समूहों तक पहुँचने की उनकी क्षमता और लचीलापन अधिक है
# context: 4. What defines the Voluntary and Community… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s4--b5-i3 = ज़रूरतों की पहचान कर सकते हैं और उन्हें पूरा करने के नए तरीक़े ढूँढ सकते हैं – पहले कई बार इस क्षेत्र के विकसित किए गए तरीक़ों को वैधानिक सेवाओं ने अपनाया है
# context: 4. What defines the Voluntary and Community… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s4--b5-i4 = ग़रीबी, सामाजिक बहिष्कार और स्वास्थ्य संबंधी असमानताओं से निपट सकते हैं – समुदायों द्वारा बनाए गए या समुदायों के साथ निकट से काम करने वाले समूह उचित समाधान विकसित करने में कुशल होते हैं
# context: 4. What defines the Voluntary and Community… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s4--b5-i5 = लोगों को अपने समुदायों में सक्रिय होने के लिए प्रोत्साहित कर सकते हैं और उनकी सहायता कर सकते हैं – उदाहरण के लिए: स्वयंसेवा, प्रबंधन समिति के सदस्य या ट्रस्टी होने की ज़िम्मेदारियाँ लेना, या स्वयं-सहायता समूह बनाना
# context: 4. What defines the Voluntary and Community… › paragraph
charnwood-nw-leicestershire-compact--s4--b6 = ({ -vcs } की परिभाषाओं के लिए परिशिष्ट 2 देखें)

## 5. What defines the Borough Council?

# context: 5. What defines the Borough Council? › section heading
charnwood-nw-leicestershire-compact--s5--title = बरो { -council } किसे कहते हैं?
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b1 = Charnwood Borough Council की कॉर्पोरेट योजना, “Charnwood Together”, में 2007 तक की अवधि के लिए प्राधिकरण की स्पष्ट प्राथमिकताएँ दी गई हैं। इनका एक अभिन्न अंग यह आवश्यकता है कि प्रमुख एजेंसियों और क्षेत्रों के बीच मौजूद मज़बूत साझेदारियों को और आगे बढ़ाया जाए, ताकि जीवन की अच्छी गुणवत्ता मिल सके और हमारे समुदायों की ज़रूरतें पूरी हों।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b2 = Charnwood Together में विशेष रूप से कहा गया है कि { -council } स्वैच्छिक क्षेत्र के साथ एक { -compact } विकसित करने का प्रयास करेगी, जो यह मार्गदर्शन दे कि नीति विकास और सेवा प्रदायगी के क्षेत्रों में वैधानिक और स्वैच्छिक क्षेत्र मिलकर कैसे काम करेंगे। यह चार्नवुड कम्युनिटी स्ट्रैटेजी के इरादों को भी दर्शाता है, जिसे 2003 में कई प्रमुख निकायों ने अपनाया था।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b3 = { -council } में लगभग 600 कर्मचारी काम करते हैं, जो 13 सेवा इकाइयों में बँटे हैं; इनमें से अधिकतर लफ़बरो में स्थित हैं।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b4 = हर वर्ष { -council }:
# context: 5. What defines the Borough Council? › bulleted list, item 1
charnwood-nw-leicestershire-compact--s5--b5-i1 = लोगों के घरों से 47,000 टन कचरा इकट्ठा करती है
# context: 5. What defines the Borough Council? › bulleted list, item 2
charnwood-nw-leicestershire-compact--s5--b5-i2 = 100,000 से अधिक नए पौधे लगाती है।
# context: 5. What defines the Borough Council? › bulleted list, item 3
charnwood-nw-leicestershire-compact--s5--b5-i3 = 1,900 प्लानिंग आवेदनों पर कार्रवाई करती है।
# context: 5. What defines the Borough Council? › bulleted list, item 4
charnwood-nw-leicestershire-compact--s5--b5-i4 = किराया वसूली के लिए 13,776 बार घरों पर जाती है, और रेज़िडेंट वार्डन 192,000 बार लोगों से मिलने जाते हैं।
# context: 5. What defines the Borough Council? › bulleted list, item 5
charnwood-nw-leicestershire-compact--s5--b5-i5 = काउंसिल टैक्स और हाउसिंग बेनिफ़िट के 20,000 दावों पर कार्रवाई करती है
# context: 5. What defines the Borough Council? › bulleted list, item 6
charnwood-nw-leicestershire-compact--s5--b5-i6 = बेनिफ़िट धोखाधड़ी के लिए साल में 300 लोगों की जाँच करती है
# context: 5. What defines the Borough Council? › bulleted list, item 7
charnwood-nw-leicestershire-compact--s5--b5-i7 = हमारी पर्यटक सूचना लाइन पर आने वाली 36,000 कॉल और { -council } की सर्विस शॉप पर जानकारी के 78,000 अनुरोधों को संभालती है; और
# context: 5. What defines the Borough Council? › bulleted list, item 8
charnwood-nw-leicestershire-compact--s5--b5-i8 = चुनाव वाले वर्ष में यह सुनिश्चित करती है कि 63,000 से अधिक घरों में रहने वाले 123,000 पंजीकृत मतदाताओं को बरो के 28 वार्डों और 26 पैरिशों में से किसी एक के लिए मतदान कार्ड मिलें।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b6 = 2003/4 में { -council } का सामान्य ख़र्च £21m होने की योजना है। इसमें से £5.11m काउंसिल टैक्स से आता है और बाक़ी सरकारी अनुदानों और आय के अन्य स्रोतों से। इसके अलावा { -council } अपने आवासीय भवनों (हाउसिंग स्टॉक) के रखरखाव पर लगभग £23m ख़र्च करेगी, जिसमें से £13.3m { -council } के मकानों के किराए से आता है और बाक़ी सरकारी सब्सिडी और आवास से जुड़ी आय के अन्य स्रोतों से।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b7 = Charnwood Borough Council के बारे में अधिक जानकारी, हमारी सेवाओं की A से Z तक पूरी सूची सहित, [www.charnwoodbc.gov.uk](http://www.charnwoodbc.gov.uk) पर मिल सकती है।

## 6. What defines the District Council?

# context: 6. What defines the District Council? › section heading
charnwood-nw-leicestershire-compact--s6--title = डिस्ट्रिक्ट { -council } किसे कहते हैं?
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b1 = North West Leicestershire District Council पहले के शहरी और ग्रामीण डिस्ट्रिक्टों की जगह लेने के लिए 1973 में पहली बार चुनी गई थी, और तब से इसने लंबा सफ़र तय किया है।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b2 = उसके बाद के वर्षों में इस इलाक़े में बड़े बदलाव हुए हैं, जैसे स्थानीय खदानों का बंद होना, जिसके कारण पुनर्विकास और रोज़गार सृजन की बड़ी पहलें शुरू हुईं; नए नेशनल फ़ॉरेस्ट के बीज बोना; A.42/M.42 के रास्ते बेहतर सड़क संपर्क; और एक प्रमुख यात्री और माल टर्मिनल के रूप में ईस्ट मिडलैंड्स एयरपोर्ट और उसके आसपास के इलाक़े का विस्तार।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b3 = डिस्ट्रिक्ट { -council } कई स्थानीय सेवाएँ सीधे, साझेदारी में और अन्य संगठनों के माध्यम से प्रदान करती है। इन सेवाओं में पशु कल्याण, कलाएँ, बेनिफ़िट, कार पार्क, चुनाव, पर्यावरणीय स्वास्थ्य, आवास, लेज़र सेंटर, लाइसेंसिंग, प्लानिंग और भवन नियंत्रण, कचरा और रीसाइक्लिंग, सामाजिक समावेश और पर्यटन संवर्धन शामिल हैं।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b4 = { -council } सीधे 600 से अधिक लोगों को रोज़गार देती है और इसका बजट £8.5 मिलियन से अधिक है। इसमें 20 वार्डों का प्रतिनिधित्व करने वाले 38 काउंसिलर हैं और यह "कैबिनेट सहित नेता" (Leader with Cabinet) मॉडल पर काम करती है। कार्यकारी बोर्ड दिशा और नेतृत्व देता है और अधिकांश निर्णयों के लिए ज़िम्मेदार है। कार्यकारी बोर्ड के अलग-अलग सदस्यों के पास इन विषयों के विभाग हैं: उच्च गुणवत्ता वाली, किफ़ायती स्थानीय सेवाएँ; मज़बूत, सुरक्षित समुदाय; स्वस्थ, संतुष्ट आबादी; अधिक न्यायपूर्ण डिस्ट्रिक्ट; स्थानीय समृद्धि और रोज़गार; आकर्षक, टिकाऊ पर्यावरण; और पर्याप्त अच्छे, किफ़ायती घर।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b5 = { -council } ने इलाक़े की दीर्घकालिक समृद्धि और कल्याण के लिए वर्ष 2010 तक डिस्ट्रिक्ट का एक विज़न तय किया है। अगले तीन वर्षों में इसका ध्यान "स्वच्छ, हरा-भरा, सुरक्षित और स्वस्थ" होने पर; मज़बूत समुदायों को बढ़ावा देने पर और नगर केंद्रों में नई जान डालने पर रहेगा।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b6 = North West Leicestershire District Council के बारे में अधिक जानकारी, हमारी सेवाओं की A से Z तक पूरी सूची सहित, [www.nwleicestershire.gov.uk](http://www.nwleicestershire.gov.uk) पर मिल सकती है।

## 7. What defines the Primary Care Trust?

# context: 7. What defines the Primary Care Trust? › section heading
charnwood-nw-leicestershire-compact--s7--title = { -pct } किसे कहते हैं?
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b1 = { -pct } स्थानीय समुदाय में एनएचएस है। संक्षेप में, { -pct(form: "short") } का काम स्थानीय लोगों को अधिक स्वस्थ बनाना है, और यह काम उन्हें इस बारे में अधिक विकल्प देकर किया जाता है कि स्थानीय स्तर पर उनका इलाज कब और कहाँ हो।
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b2 = Charnwood and North West Leicestershire Primary Care Trust ({ -pct(form: "short") }) की स्थापना 1 अप्रैल 2002 को हुई थी \*\*इसका काम यह सुनिश्चित करना है कि { -pct(form: "short") } की सीमा के भीतर रहने वाले हर व्यक्ति को प्रभावी स्वास्थ्य सेवाएँ मिल सकें; यह सीमा काफ़ी हद तक चार्नवुड बरो और नॉर्थ वेस्ट लेस्टरशायर डिस्ट्रिक्ट की सीमाओं से मेल खाती है।
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b3 = चूँकि सीमाएँ साझेदार संगठनों की सीमाओं से मेल नहीं खातीं, इसलिए पड़ोसी { -pct(form: "short") } के साथ कामकाजी संबंध विकसित किए जाएँगे, ताकि कार्य योजनाएँ सभी समुदायों की ज़रूरतों को उचित रूप से दर्शाएँ। (\*\*सीमाओं के बारे में पृष्ठ 2 पर दी गई टिप्पणियाँ देखें)
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b4 = { -pct(form: "short") } के काम के कई पहलू हैं। नीचे ऐसी बातों के उदाहरण दिए गए हैं जो { -pct(form: "short") } के हर काम का आधार हैं:
# context: 7. What defines the Primary Care Trust? › bulleted list, item 1
charnwood-nw-leicestershire-compact--s7--b5-i1 = अपनी आबादी के स्वास्थ्य और कल्याण में सुधार करना।
# context: 7. What defines the Primary Care Trust? › bulleted list, item 2
charnwood-nw-leicestershire-compact--s7--b5-i2 = रोगी-केंद्रित सेवाएँ विकसित करना।
# context: 7. What defines the Primary Care Trust? › bulleted list, item 3
charnwood-nw-leicestershire-compact--s7--b5-i3 = { -pct(form: "short") } द्वारा नियुक्त कर्मचारियों के माध्यम से कुछ सामुदायिक स्वास्थ्य सेवाएँ प्रदान करना
# context: 7. What defines the Primary Care Trust? › bulleted list, item 4
charnwood-nw-leicestershire-compact--s7--b5-i4 = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर के लिए अन्य सभी स्वास्थ्य सेवाओं की योजना बनाना और उन्हें ख़रीदना, चाहे एनएचएस निकायों से या स्वैच्छिक और निजी क्षेत्र के संगठनों से
# context: 7. What defines the Primary Care Trust? › bulleted list, item 5
charnwood-nw-leicestershire-compact--s7--b5-i5 = स्थानीय दंत चिकित्सकों, ऑप्टिशियनों, फ़ार्मासिस्टों और जनरल प्रैक्टिशनरों (डॉक्टरों) द्वारा दी जाने वाली स्वास्थ्य सेवाओं का समन्वय करना
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b6 = Charnwood and North West Leicestershire Primary Care Trust के बारे में अधिक जानकारी, हमारी सेवाओं की A से Z तक पूरी सूची सहित, [www.cnwlpct.co.uk](http://www.cnwlpct.co.uk) पर मिल सकती है।

## 8. What type of relationship can the Voluntary and Community Sectors (VCS) have with its partners, which include the Councils and the Primary Care Trust?

# context: 8. What type of relationship can the Voluntary… › section heading
charnwood-nw-leicestershire-compact--s8--title = { -vcs } ({ -vcs-short }) का अपने साझेदारों के साथ, जिनमें { -council(case: "plural") } और { -pct } शामिल हैं, किस प्रकार का संबंध हो सकता है?
# context: 8. What type of relationship can the Voluntary… › paragraph 8.1.
charnwood-nw-leicestershire-compact--s8--b1 = स्वैच्छिक और सामुदायिक संगठनों का इस { -compact } के साझेदारों के साथ इन तरीक़ों से सीधा संबंध हो सकता है:
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s8--b2-i1 = सेवाएँ प्रदान करना और वित्तपोषण: अनुदान/सेवा स्तर समझौते/ अनुबंध / कमीशनिंग समझौते
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s8--b2-i2 = योजना बनाने और कमीशनिंग में भागीदारी
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s8--b2-i3 = समूहों, स्वयंसेवकों और सेवा उपयोगकर्ताओं की भागीदारी, सहभागिता और उनसे परामर्श की व्यवस्थाएँ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s8--b2-i4 = पैरवी/अभियान - { -council(case: "plural-oblique") } के एजेंडा, नीतियों और कार्य-प्रणालियों के निर्माण को प्रभावित करना
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s8--b2-i5 = साझेदारियों/मंचों/कार्य समूहों, जैसे लोकल स्ट्रैटेजिक पार्टनरशिप, में योगदान देना
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 6
charnwood-nw-leicestershire-compact--s8--b2-i6 = वैधानिक निकायों द्वारा वित्तपोषित सेवाओं में स्वयंसेवक
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 7
charnwood-nw-leicestershire-compact--s8--b2-i7 = जहाँ उचित हो, या जहाँ स्वैच्छिक संगठन कोई वैधानिक सेवा प्रदान करता है, वहाँ नीति विकास में विशेषज्ञ योगदान देना
# context: 8. What type of relationship can the Voluntary… › paragraph 8.2.
charnwood-nw-leicestershire-compact--s8--b3 = जहाँ स्वैच्छिक और सामुदायिक समूहों को लगता है कि उनका न तो स्थानीय प्राधिकरण के साथ और न ही { -pct(form: "short") } के साथ कोई संबंध है, और इसलिए { -compact } उनके लिए प्रासंगिक नहीं है, वहाँ वास्तव में उनका इनमें से एक या अधिक तरीक़ों से अप्रत्यक्ष संबंध हो सकता है:
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s8--b4-i1 = ऐसी { -cvs } के संबद्ध सदस्य के रूप में, जिसका स्थानीय प्राधिकरण या { -pct(form: "short") } के साथ कमीशनिंग समझौता है
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s8--b4-i2 = स्थानीय प्राधिकरण या { -pct(form: "short") } द्वारा प्रदान किए जाने वाले सामुदायिक केंद्र या अन्य सेवाओं के उपयोगकर्ता के रूप में
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s8--b4-i3 = ऐसे मंच के सदस्य के रूप में, जिसे किसी विशेष भौगोलिक इलाक़े में, या साझा रुचि या आवश्यकता वाले किसी समुदाय के लिए, संवाद के माध्यम के रूप में मान्यता प्राप्त है।
# context: 8. What type of relationship can the Voluntary… › paragraph
charnwood-nw-leicestershire-compact--s8--b5 = इसके अलावा, कभी-कभी किसी { -vcs-short } समूह को स्थानीय प्राधिकरण या { -pct(form: "short") } के साथ संबंध बनाने की आवश्यकता हो सकती है, और उन्हें साझेदार संगठनों और उनकी कार्य-प्रणालियों की पर्याप्त जानकारी के आधार पर ऐसा कर पाना चाहिए।

## 9. The shared principles in the Charnwood and North West Leicestershire Compact

# context: 9. The shared principles in the Charnwood and… › section heading
charnwood-nw-leicestershire-compact--principles--title = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर { -compact } के { -shared-principles }
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.1.
charnwood-nw-leicestershire-compact--principles--b1-i1 = स्वैच्छिक कार्य लोकतांत्रिक समाज का एक आवश्यक अंग है।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.2.
charnwood-nw-leicestershire-compact--principles--b1-i2 = एक स्वतंत्र और विविध { -vcs } समाज के कल्याण का आधार है।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.3.
charnwood-nw-leicestershire-compact--principles--b1-i3 = सार्वजनिक नीति और सेवाओं के विकास और प्रदान करने में { -pct(form: "short") }, बरो { -council }, डिस्ट्रिक्ट { -council } और { -vcs } की भूमिकाएँ अलग-अलग किंतु एक-दूसरे की पूरक हैं।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.4.
charnwood-nw-leicestershire-compact--principles--b1-i4 = साझा लक्ष्यों और उद्देश्यों की ओर साझेदारी में काम करने में अतिरिक्त मूल्य है। उचित भागीदारी और परामर्श संबंध बनाते हैं, नीति विकास को बेहतर करते हैं और सेवाओं व कार्यक्रमों की रूपरेखा और प्रदायगी को समृद्ध करते हैं।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.5.
charnwood-nw-leicestershire-compact--principles--b1-i5 = { -pct(form: "short") }, बरो { -council }, डिस्ट्रिक्ट { -council } और { -vcs } की जवाबदेही के रूप अलग-अलग हैं और वे अलग-अलग हितधारकों के प्रति जवाबदेह हैं। किंतु सभी के लिए सत्यनिष्ठा, निष्पक्षता, जवाबदेही, खुलापन, ईमानदारी और नेतृत्व की आवश्यकता समान है।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.6.
charnwood-nw-leicestershire-compact--principles--b1-i6 = स्वैच्छिक और सामुदायिक संगठनों को अपने लक्ष्यों को आगे बढ़ाने के लिए क़ानून के दायरे में अभियान चलाने का अधिकार है।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.7.
charnwood-nw-leicestershire-compact--principles--b1-i7 = { -pct(form: "short") }, बरो { -council } और डिस्ट्रिक्ट { -council } अन्य बातों के साथ-साथ कुछ स्वैच्छिक और सामुदायिक संगठनों के वित्तपोषक के रूप में महत्वपूर्ण भूमिका निभाते हैं। कुछ स्वैच्छिक और सामुदायिक संगठन स्वास्थ्य और सामाजिक देखभाल के लिए काफ़ी धन जुटाते हैं। वित्तपोषण एनएचएस और { -vcs } के बीच संबंध का एक महत्वपूर्ण तत्व हो सकता है।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.8.
charnwood-nw-leicestershire-compact--principles--b1-i8 = { -pct(form: "short") }, बरो { -council }, डिस्ट्रिक्ट { -council } और { -vcs } नस्ल, आयु, विकलांगता, लिंग, यौन अभिविन्यास या धर्म की परवाह किए बिना सभी लोगों के लिए अवसर की समानता को बढ़ावा देने के महत्व को स्वीकार करते हैं।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.9.
charnwood-nw-leicestershire-compact--principles--b1-i9 = यह { -compact } चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर में लागू कम्युनिटी स्ट्रैटेजी और लोकल स्ट्रैटेजिक पार्टनरशिप के उद्देश्यों का सीधे समर्थन करता है।

## 10. Undertakings by partners of the Charnwood and North West Leicestershire Compact

# context: 10. Undertakings by partners of the Charnwood… › section heading
charnwood-nw-leicestershire-compact--undertakings--title = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर { -compact } के साझेदारों के { -undertakings }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `councils`
charnwood-nw-leicestershire-compact--undertakings--b1-party-councils = { -council(case: "plural") }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `pct`
charnwood-nw-leicestershire-compact--undertakings--b1-party-pct = { -pct }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `vcs`
charnwood-nw-leicestershire-compact--undertakings--b1-party-vcs = { -vcs } ({ -vcs-short })
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-title = हमारी एक-दूसरे की पूरक भूमिकाएँ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct and vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c1-i1 = मिलकर काम करने के महत्व को, और स्थानीय प्राधिकरण, { -pct } तथा { -vcs-short } इस संबंध में जो अलग-अलग क्षमताएँ लाते हैं, उन्हें मान्यता देना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i1 = { -vcs } की स्वतंत्रता को मान्यता देना और उसका समर्थन करना, जिसमें क़ानून के दायरे में उसका यह अधिकार शामिल है कि वह अभियान चलाए, पैरवी करे, एनएचएस / स्थानीय प्राधिकरण की नीति और कामकाज पर टिप्पणी करे, और नीति और कामकाज को चुनौती दे, चाहे कोई वित्तपोषण संबंध हो या न हो, और अपने मामले स्वयं तय करे और उनका प्रबंधन करे।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i2 = समुदाय के लिए जानकारी और सेवाओं को अधिक सुलभ बनाने के लिए { -vcs-short } के साथ मिलकर काम करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i3 = अपने संसाधनों का आधार विकसित करने में { -vcs-short } की सहायता करना, ताकि वह नीति विकास और साझेदारी की गतिविधियों में प्रभावी रूप से भाग ले सके
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i4 = साझा उद्देश्यों को पूरा करने वाले बाहरी संसाधन प्राप्त करने की { -vcs-short } की क्षमता को मान्यता देना और उसका समर्थन करना
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i5 = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर के लोगों के जीवन की गुणवत्ता सुधारने के लिए एक रणनीतिक ढाँचा प्रदान करना
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c3-i1 = यह स्वीकार करना कि स्थानीय प्राधिकरण और { -pct } संसाधन, संरचनाएँ, जवाबदेही, जानकारी और विशेषज्ञता तक पहुँच, तथा सहायता प्रदान करके { -vcs-short } के काम की पूर्ति करते हैं।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c3-i2 = आधारभूत संगठनों के माध्यम से स्थानीय समूहों, नीति विकास और साझेदारी में काम का समर्थन करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-title = मान्यता
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i1 = व्यक्तियों और समुदायों की तरह-तरह की ज़रूरतों को पहचानने और उन्हें व्यक्त करने की { -vcs-short } की क्षमता को, और लोगों को सामुदायिक जीवन में भाग लेने के लिए प्रोत्साहित करने में उसके महत्व को मान्यता देना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i2 = समुदाय को मिलने वाली सेवाओं की गुणवत्ता में स्वयंसेवकों द्वारा जोड़े गए अतिरिक्त मूल्य को मान्यता देना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i3 = { -vcs } में मौजूद उस व्यापक ज्ञान और विचारों को मान्यता देना जो व्यक्तियों और समुदायों के साथ सीधे काम करके प्राप्त हुए हैं, और नीति, रणनीति और सेवा प्रदायगी विकसित करते समय इस संसाधन को महत्व देना
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i4 = स्थानीय सेवाओं के विकास में हर साझेदार संगठन की अलग-अलग ज़िम्मेदारियों और भूमिकाओं को स्वीकार करना। इन अलग-अलग दृष्टिकोणों को बराबर महत्व देना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c2-i1 = स्वैच्छिक और सामुदायिक संगठनों को शामिल करने, उनसे परामर्श करने, उन्हें संसाधन देने और उनकी सहायता करने के लिए स्थानीय प्राधिकरण द्वारा की गई प्रतिबद्धताओं को मान्यता देना
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c2-i2 = स्वैच्छिक और सामुदायिक संगठनों को शामिल करने, उनसे परामर्श करने, उन्हें संसाधन देने और उनकी सहायता करने के लिए { -pct(form: "short") } द्वारा की गई प्रतिबद्धताओं को मान्यता देना
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-title = वित्तपोषण और जवाबदेही
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i1 = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर में स्थानीय प्राधिकरणों और { -pct(form: "short") } के मार्गदर्शन के लिए, { -vcs } के परामर्श से, अच्छे वित्तपोषण के सिद्धांतों पर अच्छे आचरण की एक संहिता विकसित करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i2 = वित्तपोषण के ऐसे उपाय विकसित करना जिनसे यह सुनिश्चित हो कि संसाधन सहमत प्राथमिकताओं को पूरा करें और लगातार सुधार हो।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i3 = सार्वजनिक धन का सबसे प्रभावी और कुशल उपयोग सुनिश्चित करने के लिए स्वैच्छिक और सामुदायिक संगठनों के वित्तपोषण के समन्वित तरीक़े विकसित करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i4 = वित्तपोषण में खुलापन सुनिश्चित करने के लिए एक ढाँचा प्रदान करना, और निगरानी और जवाबदेही की व्यवस्थाएँ वित्तपोषण की राशि और उद्देश्य के अनुपात में लागू करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i5 = { -vcs } और स्वयंसेवा के लिए आधारभूत ढाँचे के महत्व को मान्यता देना और, जहाँ उचित हो, काउंटी, डिस्ट्रिक्ट और अन्य उपयुक्त स्तरों पर उसके विकास का समर्थन करना
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i1 = सेवा उपयोगकर्ताओं के लाभ के लिए वित्तपोषण का सबसे प्रभावी और कुशल उपयोग सुनिश्चित करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i2 = वैधानिक मामलों के संबंध में, वित्तपोषक के प्रति और सेवा उपयोगकर्ताओं के प्रति जवाबदेही दिखाना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i3 = क़ानून का, और जहाँ आवश्यक हो, Charity Commission के उचित मार्गदर्शन का पालन करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 4
charnwood-nw-leicestershire-compact--undertakings--b1-t4-title = नीति विकास और परामर्श
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i1 = नीतियों और सेवाओं की योजना और विकास में { -vcs-short } को समय पर और कुशल तरीक़ों से, सक्रिय रूप से और लगातार शामिल करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i2 = स्वैच्छिक और सामुदायिक संगठनों के साथ मिलकर काम करना, ताकि वे बहिष्कृत समूहों से अधिक प्रभावी रूप से जुड़ सकें और उनके हितों का प्रतिनिधित्व कर सकें।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i3 = { -vcs } के साथ मिलकर परामर्श, नीति मूल्यांकन और कार्यान्वयन पर अच्छे आचरण की एक संहिता विकसित करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c2-i1 = प्रभावी भागीदारी और परामर्श सुनिश्चित करने के लिए स्थानीय प्राधिकरणों और { -pct(form: "short") } के साथ मिलकर काम करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c2-i2 = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर के समुदायों को आवाज़ देना, ताकि वे सेवाओं के प्रावधान और उन्हें प्रदान करने से जुड़ी नीति को प्रभावित कर सकें।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 5
charnwood-nw-leicestershire-compact--undertakings--b1-t5-title = अच्छे तौर-तरीक़े और मिलकर काम करना
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct and vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c1-i1 = इस { -compact } के पूरक के रूप में बनाई गई आचार संहिताओं को ध्यान में रखना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct and vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c1-i2 = { -vcs } के साथ मिलकर हर वर्ष { -compact } और उससे जुड़ी आचार संहिताओं के संचालन की संयुक्त समीक्षा करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i1 = इस बारे में { -vcs-short } से संवाद करना कि स्थानीय प्राधिकरण और { -pct(form: "short") } मिलकर और बेहतर काम कैसे कर सकते हैं।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i2 = इस संवाद के माध्यम से { -vcs-short } द्वारा उठाए गए मुद्दों पर उचित प्रतिक्रिया देना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i3 = { -vcs-short } के साथ मिलकर वित्तपोषण, परामर्श, अश्वेत और अल्पसंख्यक जातीय तथा अन्य बहिष्कृत समूहों, स्वयंसेवा और सामुदायिक समूहों पर स्थानीय आचार संहिताएँ विकसित करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i4 = चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर में स्थानीय प्राधिकरण / एनएचएस और { -vcs } के बीच प्रभावी कामकाजी संबंधों, एक जैसे दृष्टिकोण और अच्छे तौर-तरीक़ों को बढ़ावा देना, विशेष रूप से उन मामलों में जो कई विभागों और कई एजेंसियों से जुड़े हों।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i5 = खुली सरकार और अच्छे विनियमन के सिद्धांतों का पालन करना, और यह सुनिश्चित करना कि जहाँ भी संभव हो, निर्णय और निष्कर्ष सार्वजनिक किए जाएँ और समझाए जाएँ।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 6
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i6 = इस { -compact } में शामिल सिद्धांतों को चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर के अन्य सार्वजनिक निकायों में बढ़ावा देना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i1 = { -council }, { -vcs-short } और { -pct(form: "short") } के साथ, और विशेष रूप से काउंटी के हाशिए पर रहे अश्वेत और अल्पसंख्यक जातीय संगठनों के साथ, लाभकारी कामकाजी संबंध विकसित करना और उन्हें बढ़ावा देना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i2 = गतिविधियों और सेवाओं के विकास और प्रबंधन में सेवा उपयोगकर्ताओं को शामिल करना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i3 = { -council }, { -pct(form: "short") } और अन्य स्वैच्छिक और सामुदायिक संगठनों के साथ सभी व्यवहारों में खुला और पारदर्शी रहना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i4 = { -compact } के साझेदारों के साथ मिलकर काम करते समय यह स्पष्ट बताना कि { -vcs-short } किस हद तक भाग ले सकता है।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 6
charnwood-nw-leicestershire-compact--undertakings--b1-t6-title = हम { -compact } के प्रति अपनी प्रतिबद्धता कैसे दिखाते हैं
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c1-i1 = पूरे स्थानीय प्राधिकरण और { -pct(form: "short") } में { -compact } की प्रतिबद्धताओं की, और उन्हें व्यवहार में कैसे लाया जाना है इसकी, समझ को बढ़ावा देना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c2-i1 = लेस्टरशायर में काम करने वाले स्वैच्छिक और सामुदायिक संगठनों में { -compact } को अपनाने को बढ़ावा देना।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c2-i2 = { -compact } के कार्यों को लागू करने और उसकी योजना की समीक्षाओं में भाग लेने का समर्थन करना, और जहाँ संभव हो, इसके लिए समय और संसाधन देना

## 11.

# context: 11. › bulleted list, item 1
charnwood-nw-leicestershire-compact--s11--b1-i1 = { -compact } की व्यापक मान्यता, समझ, उपयोग और विकास सुनिश्चित करने के लिए मिलकर काम करना
# context: 11. › bulleted list, item 2
charnwood-nw-leicestershire-compact--s11--b1-i2 = निगरानी और मूल्यांकन की ऐसी व्यवस्थाएँ विकसित करना और उनका पालन करना, जिनसे यह सुनिश्चित हो कि चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर में मिलकर किए जाने वाले काम पर { -compact } का ठोस और सकारात्मक प्रभाव पड़े
# context: 11. › bulleted list, item 3
charnwood-nw-leicestershire-compact--s11--b1-i3 = ऐसी गतिविधियाँ विकसित करना और चलाना जो क्षेत्रों के भीतर बेहतर समझ और सहयोग तथा सर्वोत्तम कार्य-प्रणालियों के आदान-प्रदान को आसान बनाएँ और प्रोत्साहित करें।

## Other formats and languages

# context: Other formats and languages › section heading
charnwood-nw-leicestershire-compact--alternative-formats--title = अन्य प्रारूप और भाषाएँ
# context: Other formats and languages › how to ask for other formats
charnwood-nw-leicestershire-compact--alternative-formats--b1-text = यदि आपको इस पुस्तिका की जानकारी किसी अन्य रूप में चाहिए, जैसे बड़े अक्षर, ब्रेल या कोई दूसरी भाषा, तो कृपया:
# context: Other formats and languages › other-formats contact, label
charnwood-nw-leicestershire-compact--alternative-formats--b1-contact-label = यहाँ लिखें:
# context: Other formats and languages › other-formats contact, the contact's role
charnwood-nw-leicestershire-compact--alternative-formats--b1-contact-role = मुख्य कार्यकारी अधिकारी

## Appendix 1

# context: Appendix 1 › section heading
charnwood-nw-leicestershire-compact--appendix-1--title = परिशिष्ट 1

## 1. Boundary issues

# context: 1. Boundary issues › section heading
charnwood-nw-leicestershire-compact--appendix-1--s1--title = सीमा संबंधी मुद्दे
# context: 1. Boundary issues › paragraph
charnwood-nw-leicestershire-compact--appendix-1--s1--b1 = (\* ध्यान दें: साझेदार संगठनों की सीमाएँ एक-दूसरे से मेल नहीं खातीं। साइस्टन Charnwood Borough Council की सीमा के भीतर आता है, लेकिन Melton, Rutland and Harborough PCT का हिस्सा है। मार्कफ़ील्ड Charnwood & North West Leicestershire PCT के क्षेत्र का हिस्सा है, लेकिन नॉर्थ वेस्ट लेस्टरशायर की डिस्ट्रिक्ट { -council } की सीमा के भीतर नहीं आता। इस { -compact } के प्रयोजन के लिए साझेदार संगठन सहमत हुए हैं कि दोनों इलाक़ों को इस समझौते में शामिल किया जाए। पूरी तरह शामिल करना सुनिश्चित करने के लिए हारबरो { -compact } और हिंकली और बॉसवर्थ { -compact } के लिए ज़िम्मेदार पड़ोसी संगठनों को भी ऐसे ही क़दम उठाने होंगे।

## 2. Harborough District Compact

# context: 2. Harborough District Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--harborough--title = हारबरो डिस्ट्रिक्ट { -compact }
# context: 2. Harborough District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--harborough--b1 = हारबरो डिस्ट्रिक्ट { -compact } के बारे में अधिक जानकारी के लिए कृपया संपर्क करें:

## 3. Hinckley & Bosworth Compact

# context: 3. Hinckley & Bosworth Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--hinckley-bosworth--title = हिंकली और बॉसवर्थ { -compact }
# context: 3. Hinckley & Bosworth Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--hinckley-bosworth--b1 = हिंकली और बॉसवर्थ { -compact } के बारे में अधिक जानकारी के लिए कृपया संपर्क करें:

## 4. Leicestershire County Compact

# context: 4. Leicestershire County Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--county-compact--title = लेस्टरशायर काउंटी { -compact }
# context: 4. Leicestershire County Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--county-compact--b1 = लेस्टरशायर काउंटी { -compact } के बारे में अधिक जानकारी के लिए कृपया संपर्क करें:

## 5. North West Leicestershire District Compact

# context: 5. North West Leicestershire District Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--title = नॉर्थ वेस्ट लेस्टरशायर डिस्ट्रिक्ट { -compact }
# context: 5. North West Leicestershire District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--b1 = North West Leicestershire District Council और नॉर्थ वेस्ट लेस्टरशायर के { -vcs } के बीच { -compact } के बारे में अधिक जानकारी के लिए संपर्क करें:
# context: 5. North West Leicestershire District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--b3 = या

## Appendix 2

# context: Appendix 2 › section heading
charnwood-nw-leicestershire-compact--appendix-2--title = परिशिष्ट 2

## Voluntary & Community Sector Definitions

# context: Voluntary & Community Sector Definitions › section heading
charnwood-nw-leicestershire-compact--appendix-2--definitions--title = { -vcs } की परिभाषाएँ
# context: Voluntary & Community Sector Definitions › definition 1, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i1-term = ट्रस्टी बोर्ड और प्रबंधन समितियाँ
# context: Voluntary & Community Sector Definitions › definition 1, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i1-meaning = लोगों का वह समूह हैं जो किसी चैरिटी के नियंत्रण और प्रबंधन के लिए क़ानूनी रूप से ज़िम्मेदार होता है। ट्रस्टी होने से कुछ विशेष वैधानिक ज़िम्मेदारियाँ आती हैं।
# context: Voluntary & Community Sector Definitions › definition 2, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i2-term = स्वैच्छिक संगठन
# context: Voluntary & Community Sector Definitions › definition 2, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i2-meaning = औपचारिक रूप से गठित और गैर-लाभकारी होते हैं; स्वतंत्र होते हैं और सरकार का हिस्सा नहीं होते; इनका प्रबंधन अवैतनिक, स्वैच्छिक प्रबंधन समितियाँ या ट्रस्टी बोर्ड करते हैं; कुछ में स्वयंसेवकों के साथ-साथ वेतनभोगी कर्मचारी भी होते हैं; ये पंजीकृत चैरिटी और/या गारंटी द्वारा सीमित कंपनियाँ और/या फ़्रेंडली सोसाइटी हो सकते हैं।
# context: Voluntary & Community Sector Definitions › definition 3, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i3-term = सामुदायिक संगठन
# context: Voluntary & Community Sector Definitions › definition 3, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i3-meaning = स्थानीय सामुदायिक और स्वयं-सहायता समूह होते हैं; अधिक अनौपचारिक होते हैं; अक्सर पूरी तरह स्वयंसेवकों से बने होते हैं; इनके कर्मचारी, यदि हों, तो प्रायः अंशकालिक होते हैं; स्वतंत्र होते हैं; इनकी कोई नियमित आय या वित्तपोषण नहीं होता। सामुदायिक समूह अक्सर सामुदायिक गतिविधियों का केंद्र होते हैं और किसी स्थानीय आवश्यकता के जवाब में बनते हैं।
# context: Voluntary & Community Sector Definitions › definition 4, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i4-term = स्वयंसेवा
# context: Voluntary & Community Sector Definitions › definition 4, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i4-meaning = नागरिकता की एक महत्वपूर्ण अभिव्यक्ति है और लोकतंत्र के लिए आवश्यक है। यह समाज और समुदाय के लाभ के लिए समय, कौशल और ऊर्जा देने की प्रतिबद्धता है, और इसके कई रूप हो सकते हैं। यह आर्थिक लाभ की चिंता किए बिना स्वेच्छा से और अपनी पसंद से की जाती है।
# context: Voluntary & Community Sector Definitions › definition 5, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i5-term = सामाजिक उद्यम
# context: Voluntary & Community Sector Definitions › definition 5, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i5-meaning = ऐसे व्यवसाय होते हैं जो सामाजिक लक्ष्यों को पूरा करने के लिए बाज़ार में व्यापार करते हैं। ये आर्थिक विकास और सामाजिक लाभ के लिए लोगों और समुदायों को एक साथ लाते हैं। चैरिटी अलग व्यवसाय बनाए बिना भी सामाजिक उद्यम की तरह काम कर सकती हैं और इस तरह आय (उदाहरण के लिए बिक्री से) अर्जित कर सकती हैं, जिसका उपयोग धर्मार्थ उद्देश्यों को आगे बढ़ाने के लिए किया जाता है।
# context: Voluntary & Community Sector Definitions › definition 6, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i6-term = आधारभूत संगठन
# context: Voluntary & Community Sector Definitions › definition 6, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i6-meaning = जिन्हें कभी-कभी छत्र संगठन भी कहा जाता है, { -vcs } की एक महत्वपूर्ण शक्ति हैं। इस क्षेत्र का विकास स्वाभाविक रूप से हुआ और इसकी योजना केंद्रीय स्तर पर नहीं बनाई गई। छत्र संगठन स्वैच्छिक क्षेत्र की गतिविधियों के अलग-अलग स्तरों और प्रकारों को आपस में जोड़ने का प्रयास करते हैं। ये पाँच मुख्य काम करते हैं: विकास, दूसरे संगठनों को सेवाएँ, संपर्क, प्रतिनिधित्व और साझेदारी में काम। सभी छत्र संगठन ये सभी काम नहीं करते। स्थानीय छत्र संगठनों के उदाहरण हैं: Charnwood CVS, North West Leicestershire CVS, Shepshed and Syston Volunteer Centres, Castle Donington Volunteer Bureau और Rural Community Council Leicestershire & Rutland।
# context: Voluntary & Community Sector Definitions › paragraph
charnwood-nw-leicestershire-compact--appendix-2--definitions--b2 = (South Leicestershire CVS के सहयोग के लिए आभार सहित तैयार किया गया)

## Signatories

# context: Signatories › section heading
charnwood-nw-leicestershire-compact--signatories--title = हस्ताक्षरकर्ता
# context: Signatories › signatories, the statement Andrew Clarke signed
charnwood-nw-leicestershire-compact--signatories--b1-i1 = मैं, CNWL PCT से Andrew Clarke, इसके द्वारा चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर { -compact } से सहमत हूँ।
# context: Signatories › signatories, the statement Brian Hayes signed
charnwood-nw-leicestershire-compact--signatories--b1-i2 = मैं, Charnwood Borough Council से Brian Hayes, इसके द्वारा चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर { -compact } से सहमत हूँ।
# context: Signatories › signatories, the statement Neil Lambert signed
charnwood-nw-leicestershire-compact--signatories--b1-i3 = मैं, Charnwood CVS से Neil Lambert, इसके द्वारा चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर { -compact } से सहमत हूँ।
# context: Signatories › signatories, the statement Malcolm Diaper signed
charnwood-nw-leicestershire-compact--signatories--b1-i4 = मैं, North West Leicestershire District Council से Malcolm Diaper, इसके द्वारा चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर { -compact } से सहमत हूँ।
# context: Signatories › signatories, the statement Martin Gage signed
charnwood-nw-leicestershire-compact--signatories--b1-i5 = मैं, North West Leicestershire CVS से Martin Gage, इसके द्वारा चार्नवुड और नॉर्थ वेस्ट लेस्टरशायर { -compact } से सहमत हूँ।
