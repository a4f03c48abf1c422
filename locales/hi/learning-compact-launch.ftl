### review-status: machine-assisted
### Hindi translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ learning-compact-launch.yaml.

learning-compact-launch--label = समाचार
learning-compact-launch--title = लर्निंग एंड स्किल्स कॉम्पैक्ट
learning-compact-launch--summary = लेस्टरशायर में अब स्थानीय स्वैच्छिक व सामुदायिक क्षेत्र और स्थानीय लर्निंग एंड स्किल्स काउंसिल के बीच एक कॉम्पैक्ट है। विवरण दे रहे हैं मिक ओ'हारा।
