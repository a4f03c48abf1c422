### Hindi translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ learning-compact-launch.yaml.


## Title page

# context: title page, the label above the title
learning-compact-launch--label = समाचार
# context: title page, title
learning-compact-launch--title = लर्निंग एंड स्किल्स { -compact }
# context: summary, also shown on the home page
learning-compact-launch--summary = लेस्टरशायर में अब स्थानीय { -vcs } और स्थानीय लर्निंग एंड स्किल्स काउंसिल के बीच एक { -compact } है। विवरण दे रहे हैं मिक ओ'हारा।
# context: title page, area
learning-compact-launch--area = लेस्टर और लेस्टरशायर

## A part without a heading (story)

# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b1 = लेस्टर शहर और लेस्टरशायर का { -vcs } ({ -vcs-short }) देश में पहला है जिसने अपनी स्थानीय Leicestershire Learning and Skills Council (LLSC) के साथ एक समझौता, यानी { -compact }, तैयार किया है।
# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b2 = इस { -compact } से { -vcs-short } और LLSC लेस्टरशायर में एक सीखने वाले समाज के अपने साझा सपने को साकार करने के प्रयास में एक-दूसरे की सहायता कर सकेंगे: "ऐसा समाज जिसमें हर व्यक्ति को अपनी प्रतिभा और प्रयासों के बल पर जितना आगे जा सके, उतना आगे जाने का अवसर मिले, वह सीखने के अवसरों का लाभ उठाए और पूरी तरह भाग ले"।
# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b3 = 27 जुलाई को आरंभ किए गए इस { -compact } पर Leicestershire VCS Learning & Skills Consortium के अध्यक्ष Neil Lambert और Leicestershire LSC के कार्यकारी निदेशक David Nelson ने औपचारिक रूप से हस्ताक्षर किए, और स्वैच्छिक क्षेत्र के प्रतिनिधि तथा LLSC के सदस्य इसके साक्षी बने।

## Shared aims

# context: Shared aims › section heading
learning-compact-launch--shared-aims--title = साझा लक्ष्य
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b1 = लेस्टरशायर के { -vcs-short } संगठनों और समूहों तथा LLSC के बीच तैयार किया गया यह { -compact } एक ऐसा ढाँचा देता है जिससे संगठन आपसी सहमति से तय मानकों के अनुसार मिलकर काम कर सकते हैं। यद्यपि यह क़ानूनी रूप से बाध्यकारी नहीं है, फिर भी सभी सदस्य संगठन ऐसे रणनीतिक लक्ष्यों के लिए मिलकर काम करने पर सहमत हैं जो इन बातों को बढ़ावा दें:
# context: Shared aims › bulleted list, item 1
learning-compact-launch--shared-aims--b2-i1 = भागीदारी का विस्तार
# context: Shared aims › bulleted list, item 2
learning-compact-launch--shared-aims--b2-i2 = स्वैच्छिक क्षेत्र के संगठनों के कार्यबल का विकास
# context: Shared aims › bulleted list, item 3
learning-compact-launch--shared-aims--b2-i3 = दी जाने वाली सेवाओं की गुणवत्ता और ज़रूरतों के अनुसार उनकी तत्परता में सुधार।
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b3 = { -compact } के विकास और प्रगति की ज़िम्मेदारी एक { -compact } विकास और मूल्यांकन समूह को सौंपी गई है, जिसमें स्थानीय { -vcs } और Leicestershire LSC के प्रतिनिधि शामिल हैं। उनका पहला काम एक आरंभिक कार्य योजना तैयार करना था, ताकि पहले छह महीनों के दौरान और उसके बाद हर वर्ष { -compact } की प्रगति और विकास की समीक्षा होती रहे।
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b4 = हर वर्ष एक संक्षिप्त रिपोर्ट तैयार की जाएगी, जिसमें प्रगति का विवरण होगा और, जहाँ आवश्यक हो, कार्य योजना को अद्यतन किया जाएगा।

## Looking for success

# context: Looking for success › section heading
learning-compact-launch--looking-for-success--title = सफलता की कसौटी
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b1 = { -compact } की सफलता काफ़ी हद तक इस बात से मापी जाएगी कि यह किस सीमा तक इन बातों को संभव बना पाता है:
# context: Looking for success › bulleted list, item 1
learning-compact-launch--looking-for-success--b2-i1 = शिक्षण और कौशल सेवाओं को आकार देने में, और समुदायों में तथा स्वयं स्वैच्छिक और सामुदायिक संगठनों में सीखने की माँग बढ़ाने में स्वैच्छिक और सामुदायिक संगठनों (VCOs) की अधिक भागीदारी (स्थानीय साझेदारियों, रणनीतिक क्षेत्र समीक्षाओं, लर्निंग कंसोर्टियम आदि के माध्यम से)
# context: Looking for success › bulleted list, item 2
learning-compact-launch--looking-for-success--b2-i2 = LLSC से धन पाने वाले ऐसे और सेवा प्रदाताओं की संख्या जो { -compact } में शामिल होने के लिए सहमत हों। इस समय 24 प्रदाता शामिल हो चुके हैं। लक्ष्य यह है कि जुलाई 2006 में { -compact } की पहली वर्षगाँठ तक { -vcs } के सभी शिक्षण और कौशल प्रदाता इसमें शामिल हो जाएँ।
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b3 = { -compact } को [http://digbig.com/4erqp](http://digbig.com/4erqp) या [www.ccp.org.uk](http://www.ccp.org.uk) पर देखा जा सकता है (और स्थानीय संगठन वहीं { -compact } में शामिल हो सकते हैं)।
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b4 = { -compact } के बारे में अधिक जानकारी के लिए संपर्क करें:
# context: Looking for success › contact card, the contact's role
learning-compact-launch--looking-for-success--b5-role = SOL शिक्षण एवं कौशल समन्वयक
