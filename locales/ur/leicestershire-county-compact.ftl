### review-status: machine-assisted
### Urdu translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ leicestershire-county-compact.yaml.

leicestershire-county-compact--label = کمپیکٹ
leicestershire-county-compact--title = لیسٹرشائر کاؤنٹی کمپیکٹ
leicestershire-county-compact--subtitle = لیسٹرشائر کاؤنٹی کونسل اور لیسٹرشائر کے رضاکارانہ و کمیونٹی شعبے کے درمیان تعلقات کے بارے میں ایک رہنما
leicestershire-county-compact--strapline = "بات بہتر تعلقات کی ہے"
leicestershire-county-compact--summary = لیسٹرشائر کاؤنٹی کمپیکٹ ہر اس شخص کے لیے ایک لازمی رہنما ہے جسے یہ جاننے کی ضرورت ہو کہ لیسٹرشائر میں لیسٹرشائر کاؤنٹی کونسل اور رضاکارانہ و کمیونٹی شعبہ مل کر کیسے کام کرتے ہیں۔
leicestershire-county-compact--principles--title = لیسٹرشائر کاؤنٹی کمپیکٹ کے 8 مشترکہ اصول
leicestershire-county-compact--principles--b1 = کاؤنٹی کمپیکٹ کے تمام شراکت دار درج ذیل اصولوں سے متفق ہیں:
leicestershire-county-compact--principles--b2-i1 = **رضاکارانہ اور کمیونٹی عمل** ایک جمہوری معاشرے کے لیے ضروری ہے۔
leicestershire-county-compact--principles--b2-i2 = ایک **آزاد اور متنوع رضاکارانہ و کمیونٹی شعبہ** معاشرے کی فلاح کی بنیاد ہے۔
leicestershire-county-compact--principles--b2-i3 = کونسل اور VCS دونوں نسل، عمر، معذوری، جنس، جنسی رجحان، مذہب، نسلی یا قومی پس منظر، ازدواجی حیثیت یا طبی حالت سے قطع نظر تمام لوگوں کے لیے **مواقع کی برابری** کو فروغ دینے کی اہمیت کو تسلیم کرتے ہیں۔
leicestershire-county-compact--principles--b2-i4 = عوامی پالیسی اور خدمات کی تیاری اور فراہمی میں کونسل اور VCS کے کردار الگ الگ مگر **ایک دوسرے کے تکمیلی** ہیں۔
leicestershire-county-compact--principles--b2-i5 = مشترکہ مقاصد اور اہداف کے لیے **مل کر کام کرنے میں اضافی قدر** ہے۔ **مناسب** رابطہ تعلقات استوار کرتا ہے، پالیسی سازی کو بہتر بناتا ہے اور خدمات و پروگراموں کی منصوبہ بندی اور فراہمی کو بہتر کرتا ہے۔
leicestershire-county-compact--principles--b2-i6 = کونسل اور VCS کی **جوابدہی کی صورتیں مختلف ہیں اور وہ مختلف لوگوں اور تنظیموں کو جوابدہ ہو سکتے ہیں**۔ لیکن دونوں کے لیے بے غرضی، دیانت، غیر جانبداری، جوابدہی، کھلا پن، ایمانداری اور قیادت یکساں ضروری ہیں۔
leicestershire-county-compact--principles--b2-i7 = رضاکارانہ اور کمیونٹی تنظیموں کو اپنے مقاصد آگے بڑھانے کے لیے قانون کے دائرے میں **مہم چلانے کا حق** ہے۔
leicestershire-county-compact--principles--b2-i8 = کونسل اور VCS تسلیم کرتے ہیں کہ کونسل کو رضاکارانہ اور کمیونٹی تنظیموں کے لیے وسائل مختص کرنے کی ضرورت ہے۔ ان وسائل میں **فنڈز، مشورہ اور دیگر معاونت** شامل ہے اور یہ تعلق کے اہم عناصر ہیں۔
leicestershire-county-compact--alternative-formats--title = دیگر فارمیٹ اور زبانیں
leicestershire-county-compact--alternative-formats--b1-text = اگر آپ کو اس کتابچے کی معلومات کسی اور صورت میں درکار ہوں، مثلاً بڑے حروف، بریل، ٹیپ یا کوئی اور زبان، تو براہ کرم:
