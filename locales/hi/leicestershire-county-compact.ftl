### Hindi translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ leicestershire-county-compact.yaml.


## Title page

# context: title page, the label above the title
leicestershire-county-compact--label = { -compact }
# context: title page, title
leicestershire-county-compact--title = लेस्टरशायर काउंटी { -compact }
# context: title page, subtitle
leicestershire-county-compact--subtitle = लेस्टरशायर काउंटी { -council } और लेस्टरशायर के { -vcs } के बीच संबंधों की एक मार्गदर्शिका
# context: title page, strapline
leicestershire-county-compact--strapline = "बात बेहतर संबंधों की है"
# context: summary, also shown on the home page
leicestershire-county-compact--summary = लेस्टरशायर काउंटी { -compact } हर उस व्यक्ति के लिए एक आवश्यक मार्गदर्शिका है जिसे यह जानना है कि लेस्टरशायर में लेस्टरशायर काउंटी { -council } और { -vcs } मिलकर कैसे काम करते हैं।
# context: title page, area
leicestershire-county-compact--area = लेस्टरशायर
# context: title page, party 1
leicestershire-county-compact--party-1 = Leicestershire County Council (जिसे आगे ‘{ -council }’ कहा गया है)
# context: title page, party 2
leicestershire-county-compact--party-2 = लेस्टरशायर का { -vcs } ({ -vcs-short })
# context: partners, heading
leicestershire-county-compact--partners = लेस्टरशायर काउंटी { -compact } के प्रारूप को तैयार करने में शामिल साझेदार
# context: partners, heading of group 1
leicestershire-county-compact--partners-1 = { -vcs } की ओर से
# context: partners, heading of group 2
leicestershire-county-compact--partners-2 = Leicestershire County Council की ओर से

## The Leicestershire County Compact

# context: The Leicestershire County Compact › section heading
leicestershire-county-compact--intro--title = लेस्टरशायर काउंटी { -compact }
# context: The Leicestershire County Compact › paragraph
leicestershire-county-compact--intro--b1 = लेस्टरशायर काउंटी { -compact } हर उस व्यक्ति के लिए एक आवश्यक मार्गदर्शिका है जिसे यह जानना है कि लेस्टरशायर में Leicestershire County Council ({ -council }) और { -vcs } ({ -vcs-short }) मिलकर कैसे काम करते हैं।

## 1. The Status of the Compact

# context: 1. The Status of the Compact › section heading
leicestershire-county-compact--s1--title = { -compact } की स्थिति
# context: 1. The Status of the Compact › bulleted list, item 1
leicestershire-county-compact--s1--b1-i1 = यह { -compact } एक **लिखित समझौता** है, जो इस बात का **ढाँचा** देता है कि लेस्टरशायर के स्वैच्छिक और सामुदायिक संगठन और Leicestershire County Council मिलकर कैसे काम करें। यह ऐसे प्रभावी कामकाजी संबंधों को बढ़ावा देगा जिनसे कुशल और प्रभावी सेवाएँ मिलें और जिनमें नीति विकास तथा सेवाएँ प्रदान करने में { -vcs-short } को शामिल किया जाए।
# context: 1. The Status of the Compact › bulleted list, item 2
leicestershire-county-compact--s1--b1-i2 = लेस्टरशायर काउंटी { -compact } लेस्टरशायर के स्वैच्छिक संगठनों और सामुदायिक समूहों तथा Leicestershire County Council के बीच तैयार किया गया है।
# context: 1. The Status of the Compact › bulleted list, item 3
leicestershire-county-compact--s1--b1-i3 = { -compact } इन संगठनों की ओर से आपसी सहमति से तय मानकों के अनुसार मिलकर काम करने की एक **स्वैच्छिक** प्रतिबद्धता है। यह क़ानूनी रूप से बाध्यकारी नहीं है। फिर भी, { -compact } में शामिल होने वाले **सभी** संगठन इसे व्यवहार में सफल बनाने के लिए प्रतिबद्ध हैं।

## 2. Why have a Compact?

# context: 2. Why have a Compact? › section heading
leicestershire-county-compact--s2--title = { -compact } की आवश्यकता क्यों है?
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b1 = { -vcs-short } स्वभाव से ही बड़ा और विविध है। अधिकतर संगठन और समूह किसी भौगोलिक इलाक़े की, या किसी साझा रुचि या आवश्यकता वाले समुदाय की ज़रूरतों के जवाब में बने हैं। इसलिए स्वैच्छिक संगठनों की अपनी अलग सोच और काम करने का अपना तरीक़ा होता है। **जब तक बेहतर समझ नहीं बन जाती, तब तक स्वैच्छिक और वैधानिक क्षेत्रों के तरीक़ों में अंतर के कारण शुरू में मिलकर काम करना चुनौतीपूर्ण हो सकता है।**
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b2 = फिर भी, स्वैच्छिक और सामुदायिक संगठनों की **अपनी विशिष्ट क्षमताओं** के कारण ही **सरकार स्वैच्छिक और वैधानिक क्षेत्रों के बीच साझेदारी में अधिक काम को बढ़ावा दे रही है**। उदाहरण के लिए, कई स्वैच्छिक संगठन:
# context: 2. Why have a Compact? › bulleted list, item 1
leicestershire-county-compact--s2--b3-i1 = **साझा रुचि वाले समुदायों और एक ही स्थान पर रहने वाले समुदायों के विचारों को सामने लाने का माध्यम बन सकते हैं** – वैधानिक सेवाओं की तुलना में वे बहिष्कृत समूहों तक अधिक पहुँच सकते हैं;
# context: 2. Why have a Compact? › bulleted list, item 2
leicestershire-county-compact--s2--b3-i2 = **नई ज़रूरतों की पहचान कर सकते हैं और उन्हें पूरा करने के नए तरीक़े ढूँढ सकते हैं** – पहले कई बार इस क्षेत्र के विकसित किए गए तरीक़ों को वैधानिक सेवाओं ने अपनाया है;
# context: 2. Why have a Compact? › bulleted list, item 3
leicestershire-county-compact--s2--b3-i3 = **ग़रीबी और सामाजिक बहिष्कार से निपट सकते हैं** – समुदायों द्वारा बनाए गए या समुदायों के निकट काम करने वाले { -vcs-short } समूह उचित समाधान विकसित करने में कुशल होते हैं;
# context: 2. Why have a Compact? › bulleted list, item 4
leicestershire-county-compact--s2--b3-i4 = **लोगों को अपने समुदायों में सक्रिय होने के लिए प्रोत्साहित कर सकते हैं और उनकी सहायता कर सकते हैं** – जैसे स्वयंसेवा करना, ट्रस्टी या प्रबंधन समिति के सदस्य के रूप में काम करना, या स्वयं-सहायता समूह बनाना।
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b4 = साझेदारी में काम के इस दौर में **{ -compact }** { -vcs-short } से जुड़ने का एक प्रभावी तरीक़ा है। यह एक **साझेदारी समझौता और एक प्रक्रिया** है, जिसका केंद्र सरकार ने ***राष्ट्रीय { -compact }; Getting it Right Together (1998)*** में समर्थन किया है। अब स्थानीय { -compacts(case: "oblique") } को बढ़ावा दिया जा रहा है, क्योंकि अधिकतर स्वैच्छिक और सामुदायिक समूहों का संबंध स्थानीय स्तर पर ही अपनी काउंटी, डिस्ट्रिक्ट या यूनिटरी { -council } से होता है।

## The Development of the Leicestershire County Compact

# context: The Development of the Leicestershire County… › section heading
leicestershire-county-compact--s2--development--title = लेस्टरशायर काउंटी { -compact } का विकास
# context: The Development of the Leicestershire County… › paragraph
leicestershire-county-compact--s2--development--b1 = वर्ष 2000 और 2001 के आरंभ में { -vcs-short } के सहयोगियों और { -council } के अधिकारियों ने अनौपचारिक रूप से चर्चा की कि स्थानीय { -compact } को सबसे अच्छी तरह कैसे विकसित किया जाए। अगस्त 2001 में { -vcs-short } ने अपना { -compact } संचालन समूह बनाया, और फ़रवरी 2002 में { -council } की कैबिनेट स्थानीय { -compact } के विकास की संभावना जाँचने के लिए इस समूह के साथ काम करने पर सहमत हुई। 2002 में क्षेत्र के भीतर परामर्श कार्यशालाओं की एक शृंखला के माध्यम से { -vcs-short } संचालन समूह ने एक कार्यकारी दस्तावेज़ तैयार किया। जुलाई में सभी साझेदारों की एक संयुक्त कार्यशाला में { -shared-principles } सामने आए, लेकिन ऐसी कई बाधाएँ भी सामने आईं जो इस समय हमें जितना हो सके उतनी अच्छी तरह मिलकर काम करने से रोकती हैं।
# context: The Development of the Leicestershire County… › paragraph
leicestershire-county-compact--s2--development--b2 = { -vcs-short } { -compact } संचालन समूह के प्रतिनिधियों और { -council } के अधिकारियों ने काउंटी { -compact } का प्रारूप तैयार करने के लिए एक कार्य समूह बनाया। कार्यशाला की सिफ़ारिशों और प्रारूप दस्तावेज़ पर मिली टिप्पणियों ने इस स्वीकृत { -compact } को आकार दिया है। अगला क़दम एक कार्य योजना तैयार करना होगा।

## 3. What defines the voluntary and community sector?

# context: 3. What defines the voluntary and community… › section heading
leicestershire-county-compact--s3--title = { -vcs } किसे कहते हैं?
# context: 3. What defines the voluntary and community… › paragraph
leicestershire-county-compact--s3--b1 = नीचे दी गई बातें { -vcs-short } की पक्की परिभाषाएँ नहीं हैं, बल्कि इनसे यह अंदाज़ा मिलता है कि किस प्रकार की संरचनाएँ और गतिविधियाँ { -vcs-short } के अंतर्गत आती हैं:
# context: 3. What defines the voluntary and community… › definition 1, the term
leicestershire-county-compact--s3--b2-i1-term = स्वैच्छिक संगठन
# context: 3. What defines the voluntary and community… › definition 1, its meaning
leicestershire-county-compact--s3--b2-i1-meaning = औपचारिक रूप से गठित और गैर-लाभकारी होते हैं; स्वतंत्र होते हैं और सरकार का हिस्सा नहीं होते; इनका प्रबंधन अवैतनिक, स्वैच्छिक प्रबंधन समितियाँ या ट्रस्टी बोर्ड करते हैं; इनमें वेतनभोगी कर्मचारी और स्वयंसेवक होते हैं; ये पंजीकृत चैरिटी और/या गारंटी द्वारा सीमित कंपनियाँ और/या फ़्रेंडली सोसाइटी हो सकते हैं।
# context: 3. What defines the voluntary and community… › definition 2, the term
leicestershire-county-compact--s3--b2-i2-term = सामुदायिक संगठन
# context: 3. What defines the voluntary and community… › definition 2, its meaning
leicestershire-county-compact--s3--b2-i2-meaning = स्थानीय सामुदायिक और स्वयं-सहायता समूह होते हैं; अधिक अनौपचारिक होते हैं; अक्सर पूरी तरह स्वयंसेवकों से बने होते हैं; इनके कर्मचारी, यदि हों, तो प्रायः अंशकालिक होते हैं; स्वतंत्र होते हैं; इनकी कोई नियमित आय या वित्तपोषण नहीं होता। सामुदायिक समूह अक्सर सामुदायिक गतिविधियों का केंद्र होते हैं और किसी स्थानीय आवश्यकता के जवाब में बनते हैं।
# context: 3. What defines the voluntary and community… › definition 3, the term
leicestershire-county-compact--s3--b2-i3-term = स्वयंसेवा
# context: 3. What defines the voluntary and community… › definition 3, its meaning
leicestershire-county-compact--s3--b2-i3-meaning = नागरिकता की एक महत्वपूर्ण अभिव्यक्ति है और लोकतंत्र के लिए आवश्यक है। यह समाज और समुदाय के लाभ के लिए समय और ऊर्जा देने की प्रतिबद्धता है, और इसके कई रूप हो सकते हैं। यह आर्थिक लाभ की चिंता किए बिना स्वेच्छा से और अपनी पसंद से की जाती है।
# context: 3. What defines the voluntary and community… › definition 4, the term
leicestershire-county-compact--s3--b2-i4-term = सामाजिक उद्यम
# context: 3. What defines the voluntary and community… › definition 4, its meaning
leicestershire-county-compact--s3--b2-i4-meaning = ऐसे व्यवसाय होते हैं जो सामाजिक लक्ष्यों को पूरा करने के लिए बाज़ार में व्यापार करते हैं। ये आर्थिक विकास और सामाजिक लाभ के लिए लोगों और समुदायों को एक साथ लाते हैं।
# context: 3. What defines the voluntary and community… › definition 5, the term
leicestershire-county-compact--s3--b2-i5-term = छत्र संगठन
# context: 3. What defines the voluntary and community… › definition 5, its meaning
leicestershire-county-compact--s3--b2-i5-meaning = जिन्हें कभी-कभी आधारभूत संगठन भी कहा जाता है – { -vcs-short } की एक महत्वपूर्ण शक्ति हैं। { -vcs-short } का विकास स्वाभाविक रूप से हुआ है; इसकी योजना केंद्रीय स्तर पर नहीं बनाई गई। छत्र संगठन स्वैच्छिक क्षेत्र की गतिविधियों के अलग-अलग स्तरों और प्रकारों को आपस में जोड़ने का प्रयास करते हैं। ये चार मुख्य काम करते हैं: विकास, दूसरे संगठनों को सेवाएँ, संपर्क और प्रतिनिधित्व। फिर भी यह माना जाता है कि सभी छत्र संगठन ये सभी काम नहीं करते (Deakin Commission 1996)। लेस्टरशायर में छत्र संगठनों के उदाहरण हैं: CVS Community Partnership (CCP), { -cvs(case: "plural") } (CVS), Council for Voluntary Youth Services (CVYS), Rural Community Council (RCC), Racial Equality Council (REC) और Volunteer Bureaux (VBx)।
# context: 3. What defines the voluntary and community… › definition 6, the term
leicestershire-county-compact--s3--b2-i6-term = ट्रस्टी और प्रबंधन समितियाँ
# context: 3. What defines the voluntary and community… › definition 6, its meaning
leicestershire-county-compact--s3--b2-i6-meaning = लोगों का वह समूह हैं जो किसी चैरिटी के नियंत्रण और प्रबंधन के लिए क़ानूनी रूप से ज़िम्मेदार होता है; इसमें किसी धर्मार्थ संघ की प्रबंधन समिति के सदस्य और धर्मार्थ कंपनियों के निदेशक शामिल हैं। ट्रस्टी होने से कुछ विशेष वैधानिक ज़िम्मेदारियाँ आती हैं।

## 4. What defines the County Council?

# context: 4. What defines the County Council? › section heading
leicestershire-county-compact--s4--title = काउंटी { -council } किसे कहते हैं?
# context: 4. What defines the County Council? › paragraph
leicestershire-county-compact--s4--b1 = Leicestershire County Council काउंटी का सबसे बड़ा स्थानीय प्राधिकरण है, जो स्थानीय लोगों को सीधे या अपनी ओर से काम करने वाले अन्य संगठनों के माध्यम से तरह-तरह की सेवाएँ प्रदान करता है। इन सेवाओं में शिक्षा, सामाजिक देखभाल, कचरा निपटान, सड़कों का रखरखाव, पुस्तकालय, संग्रहालय और उपभोक्ता संरक्षण शामिल हैं। इन्हें प्रदान करने के लिए 18,500 लोगों को सीधे रोज़गार दिया जाता है और £500 मिलियन से अधिक ख़र्च किए जाते हैं।
# context: 4. What defines the County Council? › paragraph
leicestershire-county-compact--s4--b2 = काउंटी { -council } में 54 काउंटी काउंसिलर होते हैं, जिनमें से हर एक को अपने निर्वाचन क्षेत्र में रहने वाले लोगों का प्रतिनिधित्व करने के लिए हर चार वर्ष में चुना जाता है। वे हर दो महीने में { -council } के रूप में बैठक करते हैं और हर वर्ष एक नेता और एक कैबिनेट चुनते हैं। कैबिनेट { -council } को दिशा और नेतृत्व देने और अधिकांश निर्णयों के लिए ज़िम्मेदार है।

## 5. What type of relationship can the VCS have with the Council?

# context: 5. What type of relationship can the VCS have… › section heading
leicestershire-county-compact--s5--title = { -vcs-short } का { -council } के साथ किस प्रकार का संबंध हो सकता है?
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b1 = स्वैच्छिक और सामुदायिक संगठनों का { -council } के साथ इन तरीक़ों से सीधा संबंध हो सकता है:
# context: 5. What type of relationship can the VCS have… › bulleted list, item 1
leicestershire-county-compact--s5--b2-i1 = सेवाएँ प्रदान करना और वित्तपोषण – अनुदान/सेवा स्तर समझौते/ अनुबंध/ कमीशनिंग समझौते
# context: 5. What type of relationship can the VCS have… › bulleted list, item 2
leicestershire-county-compact--s5--b2-i2 = परामर्श – समूह/स्वयंसेवक/सेवा उपयोगकर्ता
# context: 5. What type of relationship can the VCS have… › bulleted list, item 3
leicestershire-county-compact--s5--b2-i3 = पैरवी/अभियान – { -council } के एजेंडा, नीतियों और कार्य-प्रणालियों के निर्माण को प्रभावित करना
# context: 5. What type of relationship can the VCS have… › bulleted list, item 4
leicestershire-county-compact--s5--b2-i4 = साझेदारियों/मंचों/कार्य समूहों, जैसे लोकल स्ट्रैटेजिक पार्टनरशिप, में योगदान देना
# context: 5. What type of relationship can the VCS have… › bulleted list, item 5
leicestershire-county-compact--s5--b2-i5 = { -council } द्वारा वित्तपोषित सेवाओं, जैसे युवा और सामुदायिक शिक्षा या इसी प्रकार की सेवा, में स्वयंसेवक
# context: 5. What type of relationship can the VCS have… › bulleted list, item 6
leicestershire-county-compact--s5--b2-i6 = जहाँ उचित हो, या जहाँ स्वैच्छिक संगठन { -council } की ओर से कोई वैधानिक सेवा प्रदान करता है, वहाँ { -council } के नीति विकास में विशेषज्ञ योगदान देना
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b3 = जहाँ स्वैच्छिक और सामुदायिक समूहों को लगता है कि उनका { -council } के साथ कोई संबंध नहीं है और इसलिए { -compact } उनके लिए प्रासंगिक नहीं है, वहाँ वास्तव में उनका इनमें से एक या अधिक तरीक़ों से अप्रत्यक्ष संबंध हो सकता है:
# context: 5. What type of relationship can the VCS have… › bulleted list, item 1
leicestershire-county-compact--s5--b4-i1 = ऐसी { -cvs } के संबद्ध सदस्य के रूप में, जिसका { -council } के साथ कमीशनिंग समझौता है
# context: 5. What type of relationship can the VCS have… › bulleted list, item 2
leicestershire-county-compact--s5--b4-i2 = { -council } द्वारा प्रदान किए जाने वाले सामुदायिक केंद्र या अन्य सेवाओं के उपयोगकर्ता के रूप में
# context: 5. What type of relationship can the VCS have… › bulleted list, item 3
leicestershire-county-compact--s5--b4-i3 = ऐसे मंच के सदस्य के रूप में, जिसे किसी विशेष भौगोलिक इलाक़े में, या साझा रुचि या आवश्यकता वाले किसी समुदाय के लिए, संवाद के माध्यम के रूप में मान्यता प्राप्त है।
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b5 = इसके अलावा, कभी-कभी किसी { -vcs-short } समूह को { -council } के साथ संबंध बनाने की आवश्यकता हो सकती है, और उन्हें { -council } और उसकी कार्य-प्रणालियों की पर्याप्त जानकारी के आधार पर ऐसा कर पाना चाहिए।

## 6. The 8 Shared Principles in the Leicestershire County Compact

# context: 6. The 8 Shared Principles in the Leicestershire… › section heading
leicestershire-county-compact--principles--title = लेस्टरशायर काउंटी { -compact } के 8 { -shared-principles }
# context: 6. The 8 Shared Principles in the Leicestershire… › paragraph
leicestershire-county-compact--principles--b1 = काउंटी { -compact } के सभी साझेदार निम्नलिखित सिद्धांतों से सहमत हैं:
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (a)
leicestershire-county-compact--principles--b2-i1 = **स्वैच्छिक और सामुदायिक कार्य** एक लोकतांत्रिक समाज के लिए आवश्यक है।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (b)
leicestershire-county-compact--principles--b2-i2 = एक **स्वतंत्र और विविध { -vcs }** समाज के कल्याण का आधार है।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (c)
leicestershire-county-compact--principles--b2-i3 = { -council } और { -vcs-short } दोनों नस्ल, आयु, विकलांगता, लिंग, यौनिकता, धर्म, जातीय या राष्ट्रीय मूल, वैवाहिक स्थिति या स्वास्थ्य की स्थिति की परवाह किए बिना सभी लोगों के लिए **अवसर की समानता** को बढ़ावा देने के महत्व को स्वीकार करते हैं।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (d)
leicestershire-county-compact--principles--b2-i4 = सार्वजनिक नीति और सेवाओं के विकास और प्रदान करने में { -council } और { -vcs-short } की भूमिकाएँ अलग-अलग किंतु **एक-दूसरे की पूरक** हैं।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (e)
leicestershire-county-compact--principles--b2-i5 = साझा लक्ष्यों और उद्देश्यों की ओर **मिलकर काम करने में अतिरिक्त मूल्य** है। **उचित** संवाद संबंध बनाता है, नीति विकास को बेहतर करता है और सेवाओं व कार्यक्रमों की रूपरेखा और प्रदायगी को समृद्ध करता है।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (f)
leicestershire-county-compact--principles--b2-i6 = { -council } और { -vcs-short } की **जवाबदेही के रूप अलग-अलग हैं और वे अलग-अलग लोगों और संगठनों के प्रति जवाबदेह हो सकते हैं**। किंतु दोनों के लिए निस्वार्थता, सत्यनिष्ठा, निष्पक्षता, जवाबदेही, खुलापन, ईमानदारी और नेतृत्व की आवश्यकता समान है।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (g)
leicestershire-county-compact--principles--b2-i7 = स्वैच्छिक और सामुदायिक संगठनों को अपने लक्ष्यों को आगे बढ़ाने के लिए क़ानून के दायरे में **अभियान चलाने का अधिकार** है।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (h)
leicestershire-county-compact--principles--b2-i8 = { -council } और { -vcs-short } मानते हैं कि { -council } को स्वैच्छिक और सामुदायिक संगठनों को संसाधन आवंटित करने की आवश्यकता है। इन संसाधनों में **धन, सलाह और अन्य सहायता** शामिल है और ये संबंध के महत्वपूर्ण तत्व हैं।

## 7. Undertakings by partners of the Leicestershire County Compact

# context: 7. Undertakings by partners of the… › section heading
leicestershire-county-compact--undertakings--title = लेस्टरशायर काउंटी { -compact } के साझेदारों के { -undertakings }
# context: 7. Undertakings by partners of the… › paragraph
leicestershire-county-compact--undertakings--b1 = लेस्टरशायर काउंटी { -compact } के सभी साझेदार नीचे दिए गए संबंधित { -undertakings(case: "oblique") } के अनुसार काम करने के लिए सहमत हैं
# context: 7. Undertakings by partners of the… › undertakings, name of the party `council`
leicestershire-county-compact--undertakings--b2-party-council = लेस्टरशायर काउंटी { -council } (Leicestershire County Council)
# context: 7. Undertakings by partners of the… › undertakings, name of the party `vcs`
leicestershire-county-compact--undertakings--b2-party-vcs = स्वैच्छिक और सामुदायिक संगठन
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 1
leicestershire-county-compact--undertakings--b2-t1-title = हमारी एक-दूसरे की पूरक भूमिकाएँ
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 1
leicestershire-county-compact--undertakings--b2-t1-c1-i1 = सामुदायिक नेतृत्वकर्ता के रूप में काउंटी { -council } की भूमिका को विकसित करना, ताकि लेस्टरशायर के लोगों के जीवन की गुणवत्ता सुधारने के लिए एक रणनीतिक ढाँचा प्रदान किया जा सके।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 2
leicestershire-county-compact--undertakings--b2-t1-c1-i2 = समुदाय के लिए जानकारी और सेवाओं को अधिक सुलभ बनाने के लिए { -vcs-short } के साथ मिलकर काम करना।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 3
leicestershire-county-compact--undertakings--b2-t1-c1-i3 = साझा उद्देश्यों को पूरा करने वाले बाहरी संसाधन प्राप्त करने की { -vcs-short } की क्षमता को मान्यता देना और उसका समर्थन करना।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 4
leicestershire-county-compact--undertakings--b2-t1-c1-i4 = अपने संसाधनों का आधार विकसित करने में { -vcs-short } की सहायता करना, ताकि वह नीति विकास और साझेदारी की गतिविधियों में प्रभावी रूप से भाग ले सके।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t1-c2-i1 = मिलकर काम करने के महत्व को, और { -council } तथा { -vcs-short } इस संबंध में जो अलग-अलग क्षमताएँ लाते हैं, उन्हें मान्यता देना।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t1-c2-i2 = यह स्वीकार करना कि { -council } संसाधन, संरचनाएँ, जवाबदेही, जानकारी और विशेषज्ञता तक पहुँच, तथा सहायता प्रदान करके { -vcs-short } के काम की पूर्ति करती है।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t1-c2-i3 = छत्र संगठनों के माध्यम से स्थानीय समूहों, नीति विकास और साझेदारी में काम का समर्थन करना।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 2
leicestershire-county-compact--undertakings--b2-t2-title = मान्यता
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by council, item 1
leicestershire-county-compact--undertakings--b2-t2-c1-i1 = व्यक्तियों और समुदायों की तरह-तरह की ज़रूरतों को पहचानने और उन्हें व्यक्त करने की { -vcs-short } की क्षमता को, और लोगों को सामुदायिक जीवन में भाग लेने के लिए प्रोत्साहित करने में उसके महत्व को मान्यता देना।
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by council, item 2
leicestershire-county-compact--undertakings--b2-t2-c1-i2 = समुदाय को मिलने वाली सेवाओं की गुणवत्ता में स्वयंसेवकों द्वारा जोड़े गए अतिरिक्त मूल्य को मान्यता देना।
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t2-c2-i1 = स्वैच्छिक और सामुदायिक संगठनों को शामिल करने, उनसे परामर्श करने, उन्हें संसाधन देने और उनकी सहायता करने के लिए { -council } द्वारा की गई प्रतिबद्धताओं को मान्यता देना।
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t2-c2-i2 = यह स्वीकार करना कि { -council } की मुख्य भूमिका लेस्टरशायर में सामुदायिक नेतृत्व प्रदान करना है।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 3
leicestershire-county-compact--undertakings--b2-t3-title = वित्तपोषण और जवाबदेही
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 1
leicestershire-county-compact--undertakings--b2-t3-c1-i1 = वित्तपोषण के ऐसे उपाय विकसित करना जिनसे यह सुनिश्चित हो कि संसाधन सहमत प्राथमिकताओं को पूरा करें और लगातार सुधार हो।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 2
leicestershire-county-compact--undertakings--b2-t3-c1-i2 = सार्वजनिक धन का सबसे प्रभावी और कुशल उपयोग सुनिश्चित करने के लिए, { -council } के भीतर और बाहरी वित्तपोषकों के साथ मिलकर, स्वैच्छिक और सामुदायिक संगठनों के वित्तपोषण के समन्वित तरीक़े विकसित करना।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 3
leicestershire-county-compact--undertakings--b2-t3-c1-i3 = वित्तपोषण में खुलापन सुनिश्चित करने के लिए एक ढाँचा प्रदान करना, और निगरानी और जवाबदेही की व्यवस्थाएँ वित्तपोषण की राशि और उद्देश्य के अनुपात में लागू करना।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t3-c2-i1 = सेवा उपयोगकर्ताओं के लाभ के लिए वित्तपोषण का सबसे प्रभावी और कुशल उपयोग सुनिश्चित करना।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t3-c2-i2 = { -council } से मिले वित्तपोषण के संबंध में, { -council } के प्रति और सेवा उपयोगकर्ताओं के प्रति जवाबदेही दिखाना।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t3-c2-i3 = क़ानून का, और जहाँ आवश्यक हो, Charity Commission के उचित मार्गदर्शन का पालन करना।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 4
leicestershire-county-compact--undertakings--b2-t4-title = नीति विकास और परामर्श
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by council, item 1
leicestershire-county-compact--undertakings--b2-t4-c1-i1 = नीतियों और सेवाओं की योजना और विकास में { -vcs-short } को समय पर और कुशल तरीक़ों से, सक्रिय रूप से और लगातार शामिल करना।
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by council, item 2
leicestershire-county-compact--undertakings--b2-t4-c1-i2 = स्वैच्छिक और सामुदायिक संगठनों के साथ मिलकर काम करना, ताकि वे बहिष्कृत समूहों से अधिक प्रभावी रूप से जुड़ सकें और उनके हितों का प्रतिनिधित्व कर सकें।
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t4-c2-i1 = प्रभावी परामर्श सुनिश्चित करने के लिए { -council } के साथ मिलकर काम करना।
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t4-c2-i2 = लेस्टरशायर के समुदायों को आवाज़ देना, ताकि वे सेवाओं के प्रावधान और उन्हें प्रदान करने से जुड़ी नीति को प्रभावित कर सकें।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 5
leicestershire-county-compact--undertakings--b2-t5-title = मिलकर काम करते समय अच्छे तौर-तरीक़े
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 1
leicestershire-county-compact--undertakings--b2-t5-c1-i1 = इस बारे में { -vcs-short } से संवाद करना कि हम मिलकर और बेहतर काम कैसे कर सकते हैं।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 2
leicestershire-county-compact--undertakings--b2-t5-c1-i2 = इस संवाद के माध्यम से { -vcs-short } द्वारा उठाए गए मुद्दों पर उचित प्रतिक्रिया देना।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 3
leicestershire-county-compact--undertakings--b2-t5-c1-i3 = { -vcs-short } के साथ मिलकर वित्तपोषण, परामर्श, अश्वेत और अल्पसंख्यक जातीय तथा अन्य बहिष्कृत समूहों, स्वयंसेवा और सामुदायिक समूहों पर स्थानीय आचार संहिताएँ विकसित करना।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t5-c2-i1 = { -council } के साथ, { -vcs-short } के भीतर, और विशेष रूप से काउंटी के हाशिए पर रहे अश्वेत और अल्पसंख्यक जातीय संगठनों के साथ लाभकारी कामकाजी संबंध विकसित करना और उन्हें बढ़ावा देना।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t5-c2-i2 = गतिविधियों और सेवाओं के विकास और प्रबंधन में सेवा उपयोगकर्ताओं को शामिल करना।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t5-c2-i3 = { -council } और अन्य स्वैच्छिक और सामुदायिक संगठनों के साथ सभी व्यवहारों में खुला और पारदर्शी रहना।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 4
leicestershire-county-compact--undertakings--b2-t5-c2-i4 = { -council } के साथ मिलकर काम करते समय यह स्पष्ट बताना कि { -vcs-short } किस हद तक भाग ले सकता है।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 6
leicestershire-county-compact--undertakings--b2-t6-title = हम { -compact } के प्रति अपनी प्रतिबद्धता कैसे दिखाते हैं
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by council, item 1
leicestershire-county-compact--undertakings--b2-t6-c1-i1 = { -compact } की प्रतिबद्धताओं को व्यवहार में लाने के लिए काम करने की नई व्यवस्थाएँ बनाना और उचित संसाधन आवंटित करना।
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by council, item 2
leicestershire-county-compact--undertakings--b2-t6-c1-i2 = पूरी { -council } में { -compact } की प्रतिबद्धताओं की, और उन्हें व्यवहार में कैसे लाया जाना है इसकी, समझ को बढ़ावा देना।
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t6-c2-i1 = { -compact } के कार्यों को लागू करने और उसकी नियोजित समीक्षाओं में भाग लेने का समर्थन करना, और जहाँ संभव हो, इसके लिए समय और संसाधन देना।
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t6-c2-i2 = लेस्टरशायर में काम करने वाले स्वैच्छिक और सामुदायिक संगठनों में { -compact } को अपनाने को बढ़ावा देना।

## 8. How will we know if the Compact is working?

# context: 8. How will we know if the Compact is working? › section heading
leicestershire-county-compact--s8--title = हमें कैसे पता चलेगा कि { -compact } काम कर रहा है?
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b1 = इस { -compact } को विकसित करने वाले सभी साझेदार { -vcs-short } और { -council } के बीच ये परिणाम देखना चाहते हैं:
# context: 8. How will we know if the Compact is working? › outcomes, item 1
leicestershire-county-compact--s8--b2-i1 = बढ़ी हुई **समझ**
# context: 8. How will we know if the Compact is working? › outcomes, item 2
leicestershire-county-compact--s8--b2-i2 = बेहतर **संवाद**;
# context: 8. How will we know if the Compact is working? › outcomes, item 3
leicestershire-county-compact--s8--b2-i3 = **परामर्श** की बेहतर प्रक्रियाएँ और कार्यविधियाँ;
# context: 8. How will we know if the Compact is working? › outcomes, item 4
leicestershire-county-compact--s8--b2-i4 = संयुक्त **योजना और नीति** संबंधी पहलों में वृद्धि;
# context: 8. How will we know if the Compact is working? › outcomes, item 5
leicestershire-county-compact--s8--b2-i5 = **वित्तपोषण** की व्यवस्थाओं और कार्यविधियों की समीक्षा
# context: 8. How will we know if the Compact is working? › outcomes, item 6
leicestershire-county-compact--s8--b2-i6 = **जानकारी** का कुशल प्रवाह
# context: 8. How will we know if the Compact is working? › outcomes, item 7
leicestershire-county-compact--s8--b2-i7 = बेहतर **सेवा प्रदायगी**
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b3 = इन परिणामों को प्राप्त करने के लिए एक कार्य योजना तैयार की जाएगी। यह योजना:
# context: 8. How will we know if the Compact is working? › lettered list, item (a)
leicestershire-county-compact--s8--b4-i1 = वित्तपोषण, परामर्श, अश्वेत और अल्पसंख्यक जातीय समूहों, स्वयंसेवा और सामुदायिक समूहों पर राष्ट्रीय आचार संहिता को स्थानीय परिस्थितियों के अनुसार ढालेगी;
# context: 8. How will we know if the Compact is working? › lettered list, item (b)
leicestershire-county-compact--s8--b4-i2 = { -compact } के प्रभाव की समीक्षा और निगरानी की व्यवस्थाएँ स्थापित करेगी;
# context: 8. How will we know if the Compact is working? › lettered list, item (c)
leicestershire-county-compact--s8--b4-i3 = मध्यस्थता और सुलह की एक प्रक्रिया निर्धारित करेगी।
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b5 = कार्य योजना की हर वर्ष समीक्षा की जाएगी।
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b6 = कार्य योजना में उन सभी भाग लेने वाले समूहों और संगठनों की सूची होगी जो काउंटी { -compact } में शामिल होते हैं और इसलिए { -compact } के साझेदारों के साथ निष्पक्ष और न्यायसंगत तरीक़े से काम करने के लिए प्रतिबद्ध हैं।

## 9. Accessibility of the Compact document

# context: 9. Accessibility of the Compact document › section heading
leicestershire-county-compact--s9--title = { -compact } दस्तावेज़ की सुलभता
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b1 = अनुरोध करने पर काउंटी { -compact } कई सामुदायिक भाषाओं और कई प्रारूपों में उपलब्ध है।
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b2 = इसके साथ आपको एक पोस्टर मिलेगा, जिसमें { -compact } के { -shared-principles } संक्षेप में दिए गए हैं और एक ऐसा भाग है जिस पर समूह और संगठन हस्ताक्षर करके { -compact } की भावना के अनुसार काम करने की अपनी प्रतिबद्धता घोषित करते हैं। इस पोस्टर का उद्देश्य कर्मचारियों, स्वयंसेवकों, सेवा उपयोगकर्ताओं और आपके परिसर में आने वाले अन्य समूहों और संगठनों में काउंटी { -compact } के बारे में जागरूकता बढ़ाना है।
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b3 = काउंटी { -compact } में शामिल होने का एक फ़ॉर्म भी है, जिसे काउंटी { -compact } में शामिल होना चाहने वाले समूह और संगठन भरकर लौटाते हैं। "शामिल होने" का अर्थ है कि समूह और संगठन { -compact } समझौते की भावना के अनुसार { -council } और { -vcs-short } के साझेदारों के साथ काम करने के लिए सहमत हैं।

## 10. Joining up the tiers

# context: 10. Joining up the tiers › section heading
leicestershire-county-compact--s10--title = विभिन्न स्तरों को आपस में जोड़ना
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b1 = लेस्टरशायर में हमारे सामने आपस में जुड़े स्थानीय { -compacts } विकसित करने की चुनौती है। लेस्टरशायर में हर { -cvs } इस समय संबंधित डिस्ट्रिक्ट { -council } और { -pct } के साथ मिलकर अपने इलाक़े के लिए स्थानीय { -compacts } विकसित कर रही है या विकसित करने की योजना बना रही है। काउंटी और शहर के { -vcs-short } और Leicestershire Learning and Skills Council के बीच एक लर्निंग { -compact } विकसित करने की भी योजना है। Leicestershire Local Strategic Partnership ने सहमति दी है कि लेस्टरशायर काउंटी { -compact } पूरे लेस्टरशायर में स्थानीय { -compacts(case: "oblique") } के विकास के लिए एक आदर्श है। इसलिए यद्यपि अन्य स्थानीय { -compacts(case: "oblique") } में { -shared-principles } और क्षेत्रों के { -undertakings } काफ़ी हद तक वही रहेंगे, फिर भी उनसे बनने वाली कार्य योजनाएँ { -vcs-short } और स्थानीय एजेंसियों के बीच के संबंध में स्थानीय ज़रूरतों और प्राथमिकताओं को दर्शाएँगी।
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b2 = लेस्टरशायर में विकसित किए जा रहे स्थानीय { -compacts }:
# context: 10. Joining up the tiers › bulleted list, item 1
leicestershire-county-compact--s10--b3-i1 = **ब्लेबी डिस्ट्रिक्ट { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 2
leicestershire-county-compact--s10--b3-i2 = **हिंकली और बॉसवर्थ एरिया { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 3
leicestershire-county-compact--s10--b3-i3 = **मेल्टन बरो { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 4
leicestershire-county-compact--s10--b3-i4 = **चार्नवुड { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 5
leicestershire-county-compact--s10--b3-i5 = **ओडबी और विगस्टन { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 6
leicestershire-county-compact--s10--b3-i6 = **नॉर्थ वेस्ट लेस्टरशायर { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 7
leicestershire-county-compact--s10--b3-i7 = **साउथ लेस्टरशायर { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 8
leicestershire-county-compact--s10--b3-i8 = **Leicestershire Learning and Skills Council (काउंटी और शहर) के साथ लर्निंग { -compact }**
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b5 = अधिक जानकारी के लिए CVS Community Partnership के पार्टनरशिप ऑफ़िसर से संपर्क करें।
# context: 10. Joining up the tiers › contact card, the contact's role
leicestershire-county-compact--s10--b6-role = पार्टनरशिप ऑफ़िसर

## Other formats and languages

# context: Other formats and languages › section heading
leicestershire-county-compact--alternative-formats--title = अन्य प्रारूप और भाषाएँ
# context: Other formats and languages › how to ask for other formats
leicestershire-county-compact--alternative-formats--b1-text = यदि आपको इस पुस्तिका की जानकारी किसी अन्य रूप में चाहिए, जैसे बड़े अक्षर, ब्रेल, टेप या कोई दूसरी भाषा, तो कृपया:
