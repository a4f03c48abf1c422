### Urdu translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ charnwood-nw-leicestershire-compact.yaml.


## Title page

# context: title page, the label above the title
charnwood-nw-leicestershire-compact--label = { -compact }
# context: title page, title
charnwood-nw-leicestershire-compact--title = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر { -compact }
# context: summary, also shown on the home page
charnwood-nw-leicestershire-compact--summary = یہ { -compact } چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر میں { -vcs(case: "oblique") } کی تنظیموں، مقامی حکام اور { -pct } (پی سی ٹی) کے درمیان کام کے تعلقات کا ایک باضابطہ ڈھانچہ طے کرتا ہے۔
# context: title page, area
charnwood-nw-leicestershire-compact--area = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر
# context: title page, party 1
charnwood-nw-leicestershire-compact--party-1 = چارن وُڈ بورو { -council } (Charnwood Borough Council)
# context: title page, party 2
charnwood-nw-leicestershire-compact--party-2 = نارتھ ویسٹ لیسٹرشائر ڈسٹرکٹ { -council } (North West Leicestershire District Council)
# context: title page, party 3
charnwood-nw-leicestershire-compact--party-3 = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر کا { -pct } (Charnwood & North West Leicestershire Primary Care Trust)
# context: title page, party 4
charnwood-nw-leicestershire-compact--party-4 = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر کا { -vcs } ({ -vcs-short })

## 1. What is a Compact and what is its status?

# context: 1. What is a Compact and what is its status? › section heading
charnwood-nw-leicestershire-compact--s1--title = { -compact } کیا ہے اور اس کی حیثیت کیا ہے؟
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b1 = یہ { -compact } { -vcs(case: "oblique") } کی تنظیموں، مقامی حکام اور { -pct } (پی سی ٹی) کے درمیان کام کے تعلقات کا ایک باضابطہ ڈھانچہ طے کرتا ہے۔ شراکت دار مشترکہ مقاصد اور امنگیں حاصل کرنے کے لیے مل کر کام کرنے کے پابند ہیں، تاکہ آخرکار مقامی لوگوں کو فائدہ پہنچے۔
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b2 = { -compacts } قانونی طور پر پابند دستاویزات نہیں ہیں، اور نہ ہی ان میں ہر بات شامل ہوتی ہے۔ یہ شعبوں کے درمیان تعلقات کو بہتر بنانے کا ایک ذریعہ ہیں۔ ان کا اختیار اس حقیقت سے آتا ہے کہ مقامی فریق خود انہیں تیار کرتے ہیں، ان پر مشاورت کرتے ہیں اور انہیں باضابطہ طور پر اپناتے ہیں۔
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b3 = کسی { -compact } کی کامیابی اس بات پر منحصر ہے کہ سرکاری اور رضاکارانہ شعبے باہمی احترام، اعتراف، بہترین طریقِ کار اور تعاون کے اصولوں پر قائم رہنے کا یکساں عہد کریں۔ { -compact } کی دستاویز جامد نہیں رہے گی، بلکہ مقامی کمیونٹی کی بدلتی ضروریات اور ترجیحات کی عکاسی کے لیے وقت کے ساتھ اس کی نگرانی کی جائے گی، اسے ترقی دی جائے گی اور اس میں ترمیم کی جائے گی۔

## 1.1. National Context

# context: 1.1. National Context › section heading
charnwood-nw-leicestershire-compact--s1--s1-1--title = قومی پس منظر
# context: 1.1. National Context › paragraph
charnwood-nw-leicestershire-compact--s1--s1-1--b1 = انگلینڈ میں حکومت اور { -vcs(case: "oblique") } کے تعلقات کے بارے میں قومی { -compact } (1998) نے بہتر تعلقات اور شراکت میں کام کے لیے ایک قومی ڈھانچہ طے کیا۔ نومبر 2002 میں Department of Health (محکمۂ صحت) نے اپنا یہ پختہ ارادہ واضح کیا کہ انگلینڈ میں این ایچ ایس کی تمام تنظیمیں 31 مارچ 2004 تک اپنے جغرافیائی علاقے کے مقامی { -compact } میں شامل ہو جائیں۔

## 1.2. The Development of the Charnwood and North West Leicestershire Compact

# context: 1.2. The Development of the Charnwood and North… › section heading
charnwood-nw-leicestershire-compact--s1--s1-2--title = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر { -compact } کی تیاری
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.1.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i1 = یہ { -compact } نارتھ ویسٹ لیسٹرشائر میں رضاکارانہ شعبے اور ڈسٹرکٹ { -council } کے درمیان { -compact } کے موجودہ انتظامات کی، اور لیسٹرشائر کاؤنٹی { -compact } کی بھی، تکمیل کرتا ہے۔
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.2.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2 = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر { -compact } کے مسودے کی تیاری میں شامل شراکت دار یہ ہیں:
# context: 1.2. The Development of the Charnwood and North… › sub-item 1 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i1 = چارن وُڈ کی { -cvs } (Charnwood Council for Voluntary Service – CVS)
# context: 1.2. The Development of the Charnwood and North… › sub-item 2 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i2 = نارتھ ویسٹ لیسٹرشائر کی { -cvs } (North West Leicestershire Council for Voluntary Service – CVS)
# context: 1.2. The Development of the Charnwood and North… › sub-item 3 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i3 = چارن وُڈ بورو { -council } (Charnwood Borough Council)
# context: 1.2. The Development of the Charnwood and North… › sub-item 4 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i4 = نارتھ ویسٹ لیسٹرشائر ڈسٹرکٹ { -council } (North West Leicestershire District Council)
# context: 1.2. The Development of the Charnwood and North… › sub-item 5 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i5 = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر کا { -pct } (Charnwood & North West Leicestershire Primary Care Trust)
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.3.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i3 = یہ { -compact } چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر کے علاقے* کے تمام حصوں پر، اور ان طرح طرح کی تنظیموں پر لاگو ہوتا ہے جنہیں { -vcs } کہا جاتا ہے۔
# context: 1.2. The Development of the Charnwood and North… › paragraph
boundary-note = (\* نوٹ: شراکت دار تنظیموں کی حدود ایک جیسی نہیں ہیں۔ سائسٹن، Charnwood Borough Council کی حدود میں آتا ہے لیکن Melton, Rutland and Harborough PCT کا حصہ ہے۔ مارک فیلڈ، Charnwood & North West Leicestershire PCT کے علاقے کا حصہ ہے لیکن نارتھ ویسٹ لیسٹرشائر کی ڈسٹرکٹ { -council } کی حدود میں نہیں آتا۔ اس { -compact } کے مقاصد کے لیے شراکت دار تنظیموں نے اتفاق کیا ہے کہ دونوں علاقوں کو معاہدے میں شامل کیا جائے، اور یہ بھی نوٹ کیا ہے کہ پڑوسی تنظیموں کو بھی اسی طرح کے اقدامات کرنے ہوں گے۔ مزید تفصیلات ضمیمہ 1 میں دی گئی ہیں)
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.4.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i1 = { -compact } سیاہ فام اور اقلیتی نسلی گروہوں کے مفادات کا، اور طرح طرح کی خصوصی اور اضافی ضروریات رکھنے والے لوگوں کے مفادات کا خیال رکھے گا۔
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.5.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i2 = { -compact } میں ایک حصہ شامل ہے جس پر گروپ اور تنظیمیں دستخط کر کے { -compact } کی روح کے مطابق کام کرنے کے اپنے عہد کا اعلان کر سکتی ہیں۔ عملے، کونسلروں، رضاکاروں، خدمات استعمال کرنے والوں اور دیگر گروپوں اور تنظیموں میں { -compact } کے بارے میں آگاہی پیدا کرنے کے لیے مواد تیار کیا جائے گا۔
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.6.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i3 = شراکت دار تنظیموں کے نمائندوں پر مشتمل ایک فورم نے، جسے { -compact } اسٹیئرنگ گروپ کہا جاتا ہے، یہ { -compact } تیار کیا ہے۔ { -compact } کی اشاعت کے بعد یہ گروپ { -compact } کے لائحۂ عمل، اس پر عمل درآمد اور اس کے جائزے کے لیے ایک مستقل فورم کا کام دے گا۔

## 2. Why have a Compact?

# context: 2. Why have a Compact? › section heading
charnwood-nw-leicestershire-compact--s2--title = { -compact } کی ضرورت کیوں ہے؟
# context: 2. Why have a Compact? › paragraph
charnwood-nw-leicestershire-compact--s2--b1 = اگرچہ اس علاقے میں سرکاری اور رضاکارانہ شعبوں کے درمیان کام کے غیر رسمی تعلقات پہلے سے موجود ہیں، لیکن یہ انتظامات عموماً ان مخصوص پیشہ ورانہ تعلقات پر مبنی ہوتے ہیں جو وقت کے ساتھ تنظیموں اور افراد کے درمیان قائم ہوئے ہیں۔ { -compact } شعبوں کے درمیان شراکت میں کام کا ایک باقاعدہ طریقہ فراہم کرے گا، جو تمام فریقوں کو، پہلے کی کسی پیشہ ورانہ وابستگی سے قطع نظر، برابر کی حیثیت اور رسائی کی ضمانت دیتا ہے۔
# context: 2. Why have a Compact? › paragraph
charnwood-nw-leicestershire-compact--s2--b2 = مقاصد یہ ہیں:
# context: 2. Why have a Compact? › numbered list, item 2.1.
charnwood-nw-leicestershire-compact--s2--b3-i1 = رابطے کو بہتر بنانا اور معلومات کی مؤثر ترسیل یقینی بنانا
# context: 2. Why have a Compact? › numbered list, item 2.2.
charnwood-nw-leicestershire-compact--s2--b3-i2 = شعبوں کے درمیان مشترکہ کام کے مؤثر اور متفقہ اصولوں کے لیے ایک متفقہ ضابطۂ عمل تیار کرنا، جس میں مشترکہ منصوبہ بندی اور پالیسی کے اقدامات بھی شامل ہوں
# context: 2. Why have a Compact? › numbered list, item 2.3.
charnwood-nw-leicestershire-compact--s2--b3-i3 = تمام شعبوں میں عوامی خدمات کی فراہمی کو بہتر بنانا
# context: 2. Why have a Compact? › numbered list, item 2.4.
charnwood-nw-leicestershire-compact--s2--b3-i4 = ہر شعبے کی ضروریات، اغراض اور مقاصد کی بہتر سمجھ
# context: 2. Why have a Compact? › numbered list, item 2.5.
charnwood-nw-leicestershire-compact--s2--b3-i5 = رضاکارانہ اور سرکاری شعبوں کے درمیان شراکت میں زیادہ کام۔
# context: 2. Why have a Compact? › numbered list, item 2.6.
charnwood-nw-leicestershire-compact--s2--b3-i6 = مشترکہ دلچسپی رکھنے والی کمیونٹیز اور کسی ایک جگہ کی کمیونٹیز کی آراء سامنے لانے کا ذریعہ فراہم کرنا
# context: 2. Why have a Compact? › numbered list, item 2.7.
charnwood-nw-leicestershire-compact--s2--b3-i7 = نئی ضروریات کی، اور انہیں پورا کرنے کے نئے طریقوں کی نشاندہی کرنا
# context: 2. Why have a Compact? › numbered list, item 2.8.
charnwood-nw-leicestershire-compact--s2--b3-i8 = غربت، سماجی محرومی اور صحت میں عدم مساوات کا مقابلہ کرنا
# context: 2. Why have a Compact? › numbered list, item 2.9.
charnwood-nw-leicestershire-compact--s2--b3-i9 = لوگوں کو اپنی کمیونٹیز میں سرگرم ہونے کی ترغیب اور مدد دینا
# context: 2. Why have a Compact? › numbered list, item 2.10.
charnwood-nw-leicestershire-compact--s2--b3-i10 = مؤثر شمولیت، مشاورت اور نمائندگی کے لیے ایک ڈھانچہ طے کرنا
# context: 2. Why have a Compact? › numbered list, item 2.11.
charnwood-nw-leicestershire-compact--s2--b3-i11 = کمیونٹی کو شامل کرنا اور اس سے رابطہ رکھنا
# context: 2. Why have a Compact? › numbered list, item 2.12.
charnwood-nw-leicestershire-compact--s2--b3-i12 = فنڈنگ کے انتظامات کا جائزہ لینا

## 3. How will we know if the Compact is working?

# context: 3. How will we know if the Compact is working? › section heading
charnwood-nw-leicestershire-compact--s3--title = ہمیں کیسے معلوم ہوگا کہ { -compact } کارگر ہے؟
# context: 3. How will we know if the Compact is working? › paragraph
charnwood-nw-leicestershire-compact--s3--b1 = اس { -compact } کی تیاری میں شامل تمام شراکت دار درج ذیل نتائج دیکھنا چاہتے ہیں:
# context: 3. How will we know if the Compact is working? › outcomes, item 1
charnwood-nw-leicestershire-compact--s3--b2-i1 = سمجھ بوجھ میں اضافہ
# context: 3. How will we know if the Compact is working? › outcomes, item 2
charnwood-nw-leicestershire-compact--s3--b2-i2 = بہتر رابطہ
# context: 3. How will we know if the Compact is working? › outcomes, item 3
charnwood-nw-leicestershire-compact--s3--b2-i3 = شمولیت اور مشاورت کے بہتر عمل اور طریقِ کار
# context: 3. How will we know if the Compact is working? › outcomes, item 4
charnwood-nw-leicestershire-compact--s3--b2-i4 = مشترکہ منصوبہ بندی اور پالیسی کے اقدامات میں اضافہ
# context: 3. How will we know if the Compact is working? › outcomes, item 5
charnwood-nw-leicestershire-compact--s3--b2-i5 = فنڈنگ کے انتظامات اور طریقِ کار کا جائزہ
# context: 3. How will we know if the Compact is working? › outcomes, item 6
charnwood-nw-leicestershire-compact--s3--b2-i6 = معلومات کی مؤثر ترسیل
# context: 3. How will we know if the Compact is working? › outcomes, item 7
charnwood-nw-leicestershire-compact--s3--b2-i7 = خدمات کی فراہمی میں بہتری
# context: 3. How will we know if the Compact is working? › paragraph 3.1.
charnwood-nw-leicestershire-compact--s3--b3 = یہ نتائج حاصل کرنے کے لیے { -compact } اسٹیئرنگ گروپ { -compact } کے لائحۂ عمل کے لیے ایک فورم فراہم کرے گا، جس میں اس پر عمل درآمد اور اس کا جائزہ بھی شامل ہوگا۔ لائحۂ عمل:
# context: 3. How will we know if the Compact is working? › lettered list, item (a)
charnwood-nw-leicestershire-compact--s3--b4-i1 = کاؤنٹی { -compact } گروپ کی طرف سے کی گئی تبدیلیوں کے نتیجے پر غور کرے گا۔
# context: 3. How will we know if the Compact is working? › lettered list, item (b)
charnwood-nw-leicestershire-compact--s3--b4-i2 = فنڈنگ، مشاورت، سیاہ فام اور اقلیتی نسلی گروہوں، رضاکاری اور کمیونٹی گروپوں سے متعلق قومی ضابطہ ہائے عمل کو مقامی حالات کے مطابق ڈھالے گا
# context: 3. How will we know if the Compact is working? › lettered list, item (c)
charnwood-nw-leicestershire-compact--s3--b4-i3 = خصوصی اور اضافی ضروریات رکھنے والے لوگوں کے ساتھ مؤثر کام کے لیے بہترین طریقِ کار وضع کرے گا۔
# context: 3. How will we know if the Compact is working? › lettered list, item (d)
charnwood-nw-leicestershire-compact--s3--b4-i4 = { -compact } کے اثرات کا جائزہ لینے اور ان کی نگرانی کا طریقۂ کار قائم کرے گا، جس میں سالانہ جائزہ بھی شامل ہے۔ اس کے لیے ایک ابتدائی بنیاد طے کرنا اور پیش رفت کے پیمانے اور اشاریے مقرر کرنا ہوں گے۔ اس جائزے کی بنیاد پر اگلے سال کے منصوبے بہتر بنائے جائیں گے۔
# context: 3. How will we know if the Compact is working? › lettered list, item (e)
charnwood-nw-leicestershire-compact--s3--b4-i5 = ثالثی اور مصالحت کا ایک طریقۂ کار طے کرے گا۔ لیسٹرشائر کاؤنٹی { -compact } کا منصوبہ ہے کہ 2004 کے آخر تک ثالثی کا ایک طریقۂ کار قائم کیا جائے جو لیسٹرشائر کے تمام مقامی { -compacts(case: "oblique") } کے لیے دستیاب ہو۔
# context: 3. How will we know if the Compact is working? › paragraph 3.2.
charnwood-nw-leicestershire-compact--s3--b5 = لائحۂ عمل کا ہر سال جائزہ لیا جائے گا۔ لائحۂ عمل میں ان تمام شریک گروپوں اور تنظیموں کی فہرست شامل ہوگی جو اس { -compact } میں شامل ہوں، اور اس طرح { -compact } کے شراکت داروں کے ساتھ منصفانہ اور مساوی انداز میں کام کرنے کی پابند ہوں۔

## 4. What defines the Voluntary and Community Sector?

# context: 4. What defines the Voluntary and Community… › section heading
charnwood-nw-leicestershire-compact--s4--title = { -vcs } کسے کہتے ہیں؟
# context: 4. What defines the Voluntary and Community… › paragraph 4.1.
charnwood-nw-leicestershire-compact--s4--b1 = { -vcs } اپنی فطرت میں متنوع ہے۔ سینکڑوں تنظیمیں اور گروپ جغرافیائی علاقوں کی، یا مشترکہ دلچسپی یا ضرورت رکھنے والی کمیونٹیز کی ضروریات کے جواب میں وجود میں آئے ہیں۔ رضاکارانہ شعبہ ‘غیر منافع بخش’ ہے (اس کا مقصد پیسہ کمانا نہیں) اور آزاد ہے۔ یہاں کام کرنے والے گروپوں کی اقسام میں یہ شامل ہیں:
# context: 4. What defines the Voluntary and Community… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s4--b2-i1 = صحت سے متعلق طرح طرح کے مسائل پر کام کرنے والے اپنی مدد آپ کے گروپ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s4--b2-i2 = دیہات کے گروپ جو پلے گروپ، والدین اور چھوٹے بچوں کے گروپ، لنچ کلب، دوستی کی سرگرمیاں وغیرہ منظم کرتے ہیں
# context: 4. What defines the Voluntary and Community… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s4--b2-i3 = مقامی مسائل حل کرنے کے لیے کمیونٹیز کے بنائے ہوئے مقامی گروپ؛ یہ لوگوں کے مخصوص گروہوں کو براہ راست خدمات فراہم کر سکتے ہیں
# context: 4. What defines the Voluntary and Community… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s4--b2-i4 = تفریحی، کھیلوں کی اور سماجی سرگرمیاں فراہم کرنے والے مقامی گروپ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s4--b2-i5 = قومی تنظیموں کی مقامی شاخیں جو لوگوں کو مختلف معاملات پر معلومات، مشورہ، مدد اور/یا خدمات فراہم کرتی ہیں
# context: 4. What defines the Voluntary and Community… › bulleted list, item 6
charnwood-nw-leicestershire-compact--s4--b2-i6 = رضاکارانہ اور کمیونٹی گروپوں کی مدد کرنے والے مقامی ترقیاتی ادارے، اور رضاکاری کی مدد کرنے والے مقامی ترقیاتی ادارے
# context: 4. What defines the Voluntary and Community… › bulleted list, item 7
charnwood-nw-leicestershire-compact--s4--b2-i7 = پوری کاؤنٹی میں کام کرنے والی تنظیمیں جو لوگوں کے مخصوص گروہوں کو خدمات پیش کرتی ہیں، مثلاً نگہداشت کرنے والے، معذور افراد، بزرگ افراد
# context: 4. What defines the Voluntary and Community… › paragraph
charnwood-nw-leicestershire-compact--s4--b3 = { -vcs(case: "oblique") } کے دائرے میں آنے والے ڈھانچوں اور سرگرمیوں کی مثالیں ضمیمہ 2 میں دی گئی ہیں۔
# context: 4. What defines the Voluntary and Community… › paragraph 4.2.
charnwood-nw-leicestershire-compact--s4--b4 = رضاکارانہ اور کمیونٹی گروپ:
# context: 4. What defines the Voluntary and Community… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s4--b5-i1 = موجودہ ضروریات پوری کرنے اور لوگوں کی زندگیوں میں حقیقی تبدیلی لانے کے لیے معیاری خدمات فراہم کر سکتے ہیں، جن سے لوگوں کے معیارِ زندگی میں حقیقی بہتری آتی ہے
# context: 4. What defines the Voluntary and Community… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s4--b5-i2 = کمیونٹیز (جغرافیائی اور مشترکہ دلچسپی کی بنیاد پر) کی آراء سامنے لانے کا ذریعہ بن سکتے ہیں – سرکاری خدمات کے مقابلے میں وہ محروم گروہوں تک پہنچنے کی زیادہ صلاحیت اور لچک رکھتے ہیں
# context: 4. What defines the Voluntary and Community… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s4--b5-i3 = ضروریات کی، اور انہیں پورا کرنے کے نئے طریقوں کی نشاندہی کر سکتے ہیں – ماضی میں کئی مواقع پر اس شعبے کے وضع کردہ طریقے سرکاری خدمات نے اپنائے ہیں
# context: 4. What defines the Voluntary and Community… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s4--b5-i4 = غربت، سماجی محرومی اور صحت میں عدم مساوات کا مقابلہ کر سکتے ہیں – کمیونٹیز کے بنائے ہوئے یا کمیونٹیز کے ساتھ قریبی طور پر کام کرنے والے گروپ مناسب حل تیار کرنے میں مہارت رکھتے ہیں
# context: 4. What defines the Voluntary and Community… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s4--b5-i5 = لوگوں کو اپنی کمیونٹیز میں سرگرم ہونے کی ترغیب اور مدد دے سکتے ہیں – مثلاً: رضاکارانہ کام، انتظامی کمیٹی کے رکن یا ٹرسٹی کی ذمہ داریاں سنبھالنا، یا اپنی مدد آپ کے گروپ بنانا
# context: 4. What defines the Voluntary and Community… › paragraph
charnwood-nw-leicestershire-compact--s4--b6 = ({ -vcs(case: "oblique") } کی تعریفوں کے لیے ضمیمہ 2 دیکھیں)

## 5. What defines the Borough Council?

# context: 5. What defines the Borough Council? › section heading
charnwood-nw-leicestershire-compact--s5--title = بورو { -council } کسے کہتے ہیں؟
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b1 = Charnwood Borough Council کا کارپوریٹ پلان، “Charnwood Together”، 2007 تک کی مدت کے لیے اتھارٹی کی واضح ترجیحات طے کرتا ہے۔ ان ترجیحات کا لازمی حصہ یہ ضرورت ہے کہ اہم اداروں اور شعبوں کے درمیان موجود مضبوط شراکت داریوں کو آگے بڑھایا جائے، تاکہ اچھا معیارِ زندگی فراہم ہو اور ہماری کمیونٹیز کی ضروریات پوری ہوں۔
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b2 = Charnwood Together میں خاص طور پر کہا گیا ہے کہ { -council } رضاکارانہ شعبے کے ساتھ ایک { -compact } تیار کرنے کی کوشش کرے گی، تاکہ پالیسی سازی اور خدمات کی فراہمی کے میدان میں سرکاری اور رضاکارانہ شعبوں کے مل کر کام کرنے کی رہنمائی ہو۔ اس میں چارن وُڈ کمیونٹی حکمت عملی کے ارادوں کی بھی عکاسی ہوتی ہے، جسے 2003 میں کئی اہم اداروں نے اپنایا تھا۔
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b3 = { -council } میں تقریباً 600 ملازمین ہیں جو 13 سروس یونٹوں میں منظم ہیں، اور ان میں سے زیادہ تر لفبرو میں کام کرتے ہیں۔
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b4 = { -council } ہر سال؛
# context: 5. What defines the Borough Council? › bulleted list, item 1
charnwood-nw-leicestershire-compact--s5--b5-i1 = لوگوں کے گھروں سے 47,000 ٹن کوڑا اکٹھا کرتی ہے
# context: 5. What defines the Borough Council? › bulleted list, item 2
charnwood-nw-leicestershire-compact--s5--b5-i2 = 100,000 سے زیادہ نئے پودے لگاتی ہے۔
# context: 5. What defines the Borough Council? › bulleted list, item 3
charnwood-nw-leicestershire-compact--s5--b5-i3 = پلاننگ کی 1,900 درخواستیں نمٹاتی ہے۔
# context: 5. What defines the Borough Council? › bulleted list, item 4
charnwood-nw-leicestershire-compact--s5--b5-i4 = کرایہ وصول کرنے کے لیے گھروں کے 13,776 دورے اور رہائشی وارڈن کے 192,000 دورے کرتی ہے۔
# context: 5. What defines the Borough Council? › bulleted list, item 5
charnwood-nw-leicestershire-compact--s5--b5-i5 = کونسل ٹیکس اور ہاؤسنگ بینیفٹ کے 20,000 دعووں پر کارروائی کرتی ہے
# context: 5. What defines the Borough Council? › bulleted list, item 6
charnwood-nw-leicestershire-compact--s5--b5-i6 = بینیفٹس میں دھوکا دہی کے شبہے میں سال میں 300 افراد کی تحقیقات کرتی ہے
# context: 5. What defines the Borough Council? › bulleted list, item 7
charnwood-nw-leicestershire-compact--s5--b5-i7 = ہماری سیاحتی معلومات کی لائن پر 36,000 کالز اور { -council } کی سروس شاپ پر معلومات کی 78,000 درخواستیں نمٹاتی ہے؛ اور
# context: 5. What defines the Borough Council? › bulleted list, item 8
charnwood-nw-leicestershire-compact--s5--b5-i8 = انتخابات کے سال میں یقینی بناتی ہے کہ 63,000 سے زیادہ مکانات میں رہنے والے 123,000 رجسٹرڈ ووٹروں کو بورو کے 28 وارڈز اور 26 پیرشز میں سے کسی ایک کے پولنگ کارڈ مل جائیں۔
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b6 = 2003/4 میں { -council } کے عام اخراجات کا منصوبہ £21m ہے۔ اس میں سے £5.11m کونسل ٹیکس سے پورے ہوتے ہیں اور باقی سرکاری گرانٹس اور آمدنی کے دیگر ذرائع سے۔ اس کے علاوہ { -council } اپنے رہائشی مکانات کی دیکھ بھال پر تقریباً £23m خرچ کرے گی، جس میں سے £13.3m { -council } کے مکانات کے کرایوں سے پورے ہوتے ہیں اور باقی سرکاری سبسڈی اور رہائش سے متعلق آمدنی کے دیگر ذرائع سے۔
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b7 = Charnwood Borough Council کے بارے میں مزید معلومات، بشمول ہماری خدمات کی A سے Z تک مکمل فہرست، [www.charnwoodbc.gov.uk](http://www.charnwoodbc.gov.uk) پر دستیاب ہیں۔

## 6. What defines the District Council?

# context: 6. What defines the District Council? › section heading
charnwood-nw-leicestershire-compact--s6--title = ڈسٹرکٹ { -council } کسے کہتے ہیں؟
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b1 = North West Leicestershire District Council نے 1973 میں سابقہ شہری اور دیہی اضلاع کی جگہ لینے کے لیے اپنے پہلے انتخاب کے بعد سے بہت ترقی کی ہے۔
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b2 = بعد کے برسوں میں علاقے میں بڑی تبدیلیاں آئی ہیں، جن میں مقامی کانوں کی بندش شامل ہے جس کے نتیجے میں بحالی اور روزگار پیدا کرنے کے بڑے منصوبے شروع ہوئے؛ نئے نیشنل فارسٹ کی بنیاد رکھی گئی؛ A.42/M.42 کے ذریعے سڑکوں کے رابطے بہتر ہوئے؛ اور East Midlands Airport اور اس کے گردونواح کو مسافروں اور سامان کے ایک بڑے ٹرمینل کے طور پر وسعت دی گئی۔
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b3 = ڈسٹرکٹ { -council } بہت سی مقامی خدمات براہ راست، شراکت میں اور دوسری تنظیموں کے ذریعے فراہم کرتی ہے۔ ان خدمات میں جانوروں کی فلاح، فنون، بینیفٹس، کار پارک، انتخابات، ماحولیاتی صحت، رہائش، تفریحی مراکز، لائسنسنگ، پلاننگ اور بلڈنگ کنٹرول، کوڑا کرکٹ اور ری سائیکلنگ، سماجی شمولیت اور سیاحت کا فروغ شامل ہیں۔
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b4 = { -council } براہ راست 600 سے زیادہ افراد کو ملازمت دیتی ہے اور اس کا بجٹ £8.5 ملین سے زیادہ ہے۔ اس کے 38 کونسلر 20 وارڈز کی نمائندگی کرتے ہیں اور یہ "لیڈر اور کابینہ" کے ماڈل پر کام کرتی ہے۔ ایگزیکٹو بورڈ سمت اور قیادت فراہم کرتا ہے اور زیادہ تر فیصلوں کا ذمہ دار ہے۔ ایگزیکٹو بورڈ کے انفرادی اراکین کے پاس ان شعبوں کی ذمہ داریاں ہیں: اعلیٰ معیار کی اور مناسب قیمت پر مقامی خدمات؛ مضبوط اور محفوظ کمیونٹیز؛ صحت مند اور مطمئن آبادی؛ زیادہ منصفانہ ڈسٹرکٹ؛ مقامی خوشحالی اور روزگار؛ پرکشش اور پائیدار ماحول؛ اور کافی تعداد میں معیاری اور قابلِ استطاعت مکانات۔
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b5 = { -council } نے علاقے کی طویل مدتی خوشحالی اور بہبود کے لیے سال 2010 تک ڈسٹرکٹ کا ایک نصب العین (وژن) طے کیا ہے۔ اگلے تین سال میں اس کی توجہ "صاف ستھرا، سرسبز، محفوظ اور صحت مند" ہونے پر، مضبوط کمیونٹیز کے فروغ پر اور قصبوں کے مراکز میں نئی جان ڈالنے پر ہوگی۔
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b6 = North West Leicestershire District Council کے بارے میں مزید معلومات، بشمول ہماری خدمات کی A سے Z تک مکمل فہرست، [www.nwleicestershire.gov.uk](http://www.nwleicestershire.gov.uk) پر دستیاب ہیں۔

## 7. What defines the Primary Care Trust?

# context: 7. What defines the Primary Care Trust? › section heading
charnwood-nw-leicestershire-compact--s7--title = { -pct } کسے کہتے ہیں؟
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b1 = { -pct } مقامی کمیونٹی میں این ایچ ایس ہے۔ مختصراً، پی سی ٹی کا مقصد مقامی لوگوں کی صحت بہتر بنانا ہے، اور یہ کام انہیں اس بارے میں زیادہ اختیار دے کر کیا جاتا ہے کہ مقامی طور پر ان کا علاج کب اور کہاں ہو۔
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b2 = Charnwood and North West Leicestershire Primary Care Trust (پی سی ٹی) 1 اپریل 2002 کو قائم ہوا \*\*اس کا کام یہ یقینی بنانا ہے کہ پی سی ٹی کی حدود میں رہنے والے ہر شخص کو مؤثر طبی خدمات تک رسائی حاصل ہو؛ یہ حدود زیادہ تر چارن وُڈ بورو اور نارتھ ویسٹ لیسٹرشائر ڈسٹرکٹ کی حدود سے ملتی ہیں۔
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b3 = چونکہ یہ حدود شراکت دار تنظیموں کی حدود سے پوری طرح نہیں ملتیں، اس لیے پڑوسی { -pct(case: "plural-oblique") } کے ساتھ کام کے تعلقات قائم کیے جائیں گے، تاکہ لائحۂ عمل میں تمام کمیونٹیز کی ضروریات کی مناسب عکاسی ہو۔ (\*\*حدود کے بارے میں نوٹ صفحہ 2 پر دیکھیں)
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b4 = پی سی ٹی کے کام کے بہت سے پہلو ہیں۔ نیچے ان باتوں کی مثالیں دی گئی ہیں جو پی سی ٹی کے ہر کام کی بنیاد ہیں:
# context: 7. What defines the Primary Care Trust? › bulleted list, item 1
charnwood-nw-leicestershire-compact--s7--b5-i1 = اپنی آبادی کی صحت اور بہبود کو بہتر بنانا۔
# context: 7. What defines the Primary Care Trust? › bulleted list, item 2
charnwood-nw-leicestershire-compact--s7--b5-i2 = مریضوں کو مرکز بنا کر خدمات تیار کرنا۔
# context: 7. What defines the Primary Care Trust? › bulleted list, item 3
charnwood-nw-leicestershire-compact--s7--b5-i3 = پی سی ٹی کے اپنے ملازم عملے کے ذریعے کمیونٹی کی کچھ طبی خدمات فراہم کرنا
# context: 7. What defines the Primary Care Trust? › bulleted list, item 4
charnwood-nw-leicestershire-compact--s7--b5-i4 = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر کے لیے باقی تمام طبی خدمات کی منصوبہ بندی کرنا اور انہیں این ایچ ایس کے اداروں سے یا رضاکارانہ اور نجی شعبے کی تنظیموں سے خریدنا
# context: 7. What defines the Primary Care Trust? › bulleted list, item 5
charnwood-nw-leicestershire-compact--s7--b5-i5 = مقامی ڈینٹسٹ، آپٹیشن، فارماسسٹ اور جنرل پریکٹیشنرز (جی پی) کی فراہم کردہ طبی خدمات کو مربوط کرنا
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b6 = Charnwood and North West Leicestershire Primary Care Trust کے بارے میں مزید معلومات، بشمول ہماری خدمات کی A سے Z تک مکمل فہرست، [www.cnwlpct.co.uk](http://www.cnwlpct.co.uk) پر دستیاب ہیں۔

## 8. What type of relationship can the Voluntary and Community Sectors (VCS) have with its partners, which include the Councils and the Primary Care Trust?

# context: 8. What type of relationship can the Voluntary… › section heading
charnwood-nw-leicestershire-compact--s8--title = { -vcs(case: "oblique") } ({ -vcs-short }) کا اپنے شراکت داروں کے ساتھ، جن میں { -council(case: "plural") } اور { -pct } شامل ہیں، کس قسم کا تعلق ہو سکتا ہے؟
# context: 8. What type of relationship can the Voluntary… › paragraph 8.1.
charnwood-nw-leicestershire-compact--s8--b1 = رضاکارانہ اور کمیونٹی تنظیموں کا اس { -compact } میں اپنے شراکت داروں کے ساتھ درج ذیل طریقوں سے براہ راست تعلق ہو سکتا ہے:
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s8--b2-i1 = خدمات کی فراہمی اور فنڈنگ – گرانٹس/سروس لیول معاہدے/کنٹریکٹ/کمیشننگ معاہدے
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s8--b2-i2 = منصوبہ بندی اور کمیشننگ میں شمولیت
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s8--b2-i3 = گروپوں، رضاکاروں اور خدمات استعمال کرنے والوں کی شمولیت، شرکت اور مشاورت کے طریقے
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s8--b2-i4 = لابنگ/مہم چلانا - { -council(case: "plural-oblique") } کے ایجنڈوں، پالیسیوں اور طریقِ کار کی تشکیل پر اثر ڈالنا
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s8--b2-i5 = شراکت داریوں/فورمز/ورکنگ گروپوں میں حصہ ڈالنا، جیسے لوکل اسٹریٹجک پارٹنرشپس
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 6
charnwood-nw-leicestershire-compact--s8--b2-i6 = سرکاری فنڈ سے چلنے والی خدمات میں رضاکار
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 7
charnwood-nw-leicestershire-compact--s8--b2-i7 = جہاں مناسب ہو، پالیسی سازی میں ماہرانہ رائے دینا، یا جہاں رضاکارانہ تنظیم کوئی قانوناً لازمی خدمت فراہم کرتی ہو
# context: 8. What type of relationship can the Voluntary… › paragraph 8.2.
charnwood-nw-leicestershire-compact--s8--b3 = جہاں رضاکارانہ اور کمیونٹی گروپ یہ محسوس کرتے ہوں کہ ان کا نہ مقامی اتھارٹی سے کوئی تعلق ہے نہ پی سی ٹی سے، اور اس لیے { -compact } ان کے لیے اہم نہیں، وہاں درحقیقت درج ذیل میں سے ایک یا زیادہ طریقوں سے ان کا بالواسطہ تعلق ہو سکتا ہے:
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s8--b4-i1 = کسی ایسی { -cvs } کے الحاق شدہ رکن کے طور پر جس کا مقامی اتھارٹی یا پی سی ٹی کے ساتھ کمیشننگ معاہدہ ہو
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s8--b4-i2 = مقامی اتھارٹی یا پی سی ٹی کے فراہم کردہ کمیونٹی سنٹر یا دوسری خدمات کے استعمال کنندہ کے طور پر
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s8--b4-i3 = کسی ایسے فورم کے رکن کے طور پر جسے کسی خاص جغرافیائی علاقے میں، یا مشترکہ دلچسپی یا ضرورت رکھنے والی کسی کمیونٹی کے لیے، رابطے کا ذریعہ تسلیم کیا جاتا ہو۔
# context: 8. What type of relationship can the Voluntary… › paragraph
charnwood-nw-leicestershire-compact--s8--b5 = مزید یہ کہ ایسے مواقع بھی آ سکتے ہیں جب کسی { -vcs-short } گروپ کو مقامی اتھارٹی یا پی سی ٹی کے ساتھ تعلق قائم کرنے کی ضرورت پڑے، اور اسے شراکت دار تنظیموں اور ان کے طریقِ کار کے بارے میں مناسب معلومات کی بنیاد پر ایسا کرنے کے قابل ہونا چاہیے۔

## 9. The shared principles in the Charnwood and North West Leicestershire Compact

# context: 9. The shared principles in the Charnwood and… › section heading
charnwood-nw-leicestershire-compact--principles--title = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر { -compact } کے { -shared-principles }
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.1.
charnwood-nw-leicestershire-compact--principles--b1-i1 = رضاکارانہ عمل جمہوری معاشرے کا ایک لازمی جزو ہے۔
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.2.
charnwood-nw-leicestershire-compact--principles--b1-i2 = ایک آزاد اور متنوع { -vcs } معاشرے کی فلاح کی بنیاد ہے۔
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.3.
charnwood-nw-leicestershire-compact--principles--b1-i3 = عوامی پالیسی اور خدمات کی تیاری اور فراہمی میں پی سی ٹی، بورو { -council }، ڈسٹرکٹ { -council } اور { -vcs(case: "oblique") } کے کردار الگ الگ مگر ایک دوسرے کے تکمیلی ہیں۔
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.4.
charnwood-nw-leicestershire-compact--principles--b1-i4 = مشترکہ مقاصد اور اہداف کے لیے شراکت میں کام کرنے میں اضافی قدر ہے۔ مناسب شمولیت اور مشاورت تعلقات استوار کرتی ہے، پالیسی سازی کو بہتر بناتی ہے اور خدمات و پروگراموں کی منصوبہ بندی اور فراہمی کو بہتر کرتی ہے۔
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.5.
charnwood-nw-leicestershire-compact--principles--b1-i5 = پی سی ٹی، بورو { -council }، ڈسٹرکٹ { -council } اور { -vcs(case: "oblique") } کی جوابدہی کی صورتیں مختلف ہیں اور وہ مختلف فریقین کو جوابدہ ہیں۔ لیکن سب کے لیے دیانت، غیر جانبداری، جوابدہی، کھلا پن، ایمانداری اور قیادت یکساں ضروری ہیں۔
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.6.
charnwood-nw-leicestershire-compact--principles--b1-i6 = رضاکارانہ اور کمیونٹی تنظیموں کو اپنے مقاصد آگے بڑھانے کے لیے قانون کے دائرے میں مہم چلانے کا حق ہے۔
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.7.
charnwood-nw-leicestershire-compact--principles--b1-i7 = پی سی ٹی، بورو { -council } اور ڈسٹرکٹ { -council } دیگر باتوں کے علاوہ کچھ رضاکارانہ اور کمیونٹی تنظیموں کو فنڈ دینے والوں کے طور پر اہم کردار ادا کرتے ہیں۔ کچھ رضاکارانہ اور کمیونٹی تنظیمیں صحت اور سماجی نگہداشت کے لیے خاطر خواہ فنڈز جمع کرتی ہیں۔ فنڈنگ این ایچ ایس اور { -vcs(case: "oblique") } کے تعلق کا ایک اہم عنصر ہو سکتی ہے۔
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.8.
charnwood-nw-leicestershire-compact--principles--b1-i8 = پی سی ٹی، بورو { -council }، ڈسٹرکٹ { -council } اور { -vcs } نسل، عمر، معذوری، جنس، جنسی رجحان یا مذہب سے قطع نظر تمام لوگوں کے لیے مواقع کی برابری کو فروغ دینے کی اہمیت کو تسلیم کرتے ہیں۔
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.9.
charnwood-nw-leicestershire-compact--principles--b1-i9 = یہ { -compact } چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر میں نافذ کمیونٹی حکمت عملیوں اور لوکل اسٹریٹجک پارٹنرشپس کے مقاصد کی براہ راست حمایت کرتا ہے۔

## 10. Undertakings by partners of the Charnwood and North West Leicestershire Compact

# context: 10. Undertakings by partners of the Charnwood… › section heading
charnwood-nw-leicestershire-compact--undertakings--title = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر { -compact } کے شراکت داروں کے { -undertakings }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `councils`
charnwood-nw-leicestershire-compact--undertakings--b1-party-councils = { -council(case: "plural") }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `pct`
charnwood-nw-leicestershire-compact--undertakings--b1-party-pct = { -pct }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `vcs`
charnwood-nw-leicestershire-compact--undertakings--b1-party-vcs = { -vcs } ({ -vcs-short })
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-title = ہمارے ایک دوسرے کے تکمیلی کردار
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct and vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c1-i1 = مل کر کام کرنے کی قدر کو، اور ان مختلف خوبیوں کو تسلیم کرنا جو مقامی حکام، { -pct } اور { -vcs-short } اس تعلق میں لاتے ہیں۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i1 = { -vcs(case: "oblique") } کی آزادی کو تسلیم کرنا اور اس کی حمایت کرنا، جس میں قانون کے دائرے میں رہتے ہوئے اس کا یہ حق شامل ہے کہ وہ مہم چلائے، لابنگ کرے، این ایچ ایس / مقامی اتھارٹی کی پالیسی اور کارروائیوں پر رائے دے اور پالیسی اور کارروائیوں کو چیلنج کرے، چاہے فنڈنگ کا کوئی بھی تعلق موجود ہو، اور اپنے معاملات خود طے کرے اور چلائے۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i2 = { -vcs-short } کے ساتھ مل کر کام کرنا، تاکہ کمیونٹی کے لیے معلومات اور خدمات تک رسائی آسان ہو۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i3 = { -vcs-short } کے وسائل کی بنیاد کو مضبوط بنانے میں اس کی مدد کرنا، تاکہ وہ پالیسی سازی اور شراکتی سرگرمیوں میں مؤثر طور پر حصہ لے سکے
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i4 = مشترکہ مقاصد پورے کرنے والے بیرونی وسائل تک رسائی کی { -vcs-short } کی صلاحیت کو تسلیم کرنا اور اس کی حمایت کرنا
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i5 = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر کے لوگوں کا معیارِ زندگی بہتر بنانے کے لیے ایک اسٹریٹجک ڈھانچہ فراہم کرنا
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c3-i1 = یہ تسلیم کرنا کہ مقامی اتھارٹی اور { -pct } وسائل، ڈھانچے، جوابدہی، معلومات اور مہارت تک رسائی، اور معاونت فراہم کر کے { -vcs-short } کے کام کی تکمیل کرتے ہیں۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c3-i2 = بنیادی ڈھانچے کی تنظیموں کے ذریعے مقامی گروپوں، پالیسی سازی اور شراکت میں کام کی مدد کرنا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-title = اعتراف
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i1 = افراد اور کمیونٹی کی طرح طرح کی ضروریات کی نشاندہی کرنے اور انہیں بیان کرنے کی { -vcs-short } کی صلاحیت کو، اور لوگوں کو کمیونٹی کی زندگی میں شامل ہونے کی ترغیب دینے میں اس کی اہمیت کو تسلیم کرنا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i2 = کمیونٹی کو دی جانے والی خدمات کے معیار میں رضاکاروں کی شامل کی ہوئی اضافی قدر کو تسلیم کرنا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i3 = کمیونٹی اور رضاکارانہ شعبے میں موجود علم اور خیالات کی وسعت کو تسلیم کرنا، جو افراد اور کمیونٹیز کے ساتھ براہ راست کام کر کے حاصل ہوئے ہیں، اور پالیسی، حکمت عملی اور خدمات کی فراہمی تیار کرتے وقت اس وسیلے کی قدر کرنا
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i4 = مقامی خدمات کی تیاری میں ہر شراکت دار تنظیم کی الگ ذمہ داریوں اور کرداروں کو تسلیم کرنا۔ ان مختلف نقطہ ہائے نظر کو برابر اہمیت دینا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c2-i1 = رضاکارانہ اور کمیونٹی تنظیموں کو شامل کرنے، ان سے مشاورت کرنے، انہیں وسائل دینے اور ان کی مدد کرنے کے لیے مقامی اتھارٹی کے کیے ہوئے عہد کو تسلیم کرنا
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c2-i2 = رضاکارانہ اور کمیونٹی تنظیموں کو شامل کرنے، ان سے مشاورت کرنے، انہیں وسائل دینے اور ان کی مدد کرنے کے لیے پی سی ٹی کے کیے ہوئے عہد کو تسلیم کرنا
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-title = فنڈنگ اور جوابدہی
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i1 = { -vcs(case: "oblique") } سے مشاورت کر کے اچھے طریقِ کار کا ایک ضابطہ تیار کرنا، جس میں اچھی فنڈنگ کے اصول بیان ہوں، تاکہ چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر میں مقامی حکام اور پی سی ٹی کی رہنمائی ہو۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i2 = فنڈنگ کے ایسے اقدامات وضع کرنا جن سے یقینی ہو کہ وسائل طے شدہ ترجیحات کو پورا کریں اور مسلسل بہتری حاصل ہو۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i3 = رضاکارانہ اور کمیونٹی تنظیموں کو فنڈ دینے کے مربوط طریقے وضع کرنا، تاکہ عوامی پیسے کا زیادہ سے زیادہ مؤثر اور کفایت شعارانہ استعمال یقینی ہو۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i4 = فنڈنگ میں کھلا پن یقینی بنانے کے لیے ایک ڈھانچہ فراہم کرنا، اور نگرانی اور جوابدہی کے نظام فنڈنگ کی رقم اور مقصد کے تناسب سے لاگو کرنا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i5 = { -vcs(case: "oblique") } اور رضاکاری کے لیے بنیادی ڈھانچے کی اہمیت کو تسلیم کرنا، اور جہاں مناسب ہو، کاؤنٹی، ڈسٹرکٹ اور دیگر سطحوں پر اس کی ترقی میں مدد کرنا
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i1 = خدمات استعمال کرنے والوں کے فائدے کے لیے فنڈنگ کا زیادہ سے زیادہ مؤثر اور کفایت شعارانہ استعمال یقینی بنانا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i2 = قانونی معاملات کے سلسلے میں فنڈ دینے والے کے سامنے اور خدمات استعمال کرنے والوں کے سامنے جوابدہی کا ثبوت دینا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i3 = قانون کی، اور جہاں ضروری ہو Charity Commission کی متعلقہ رہنمائی کی، پابندی کرنا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 4
charnwood-nw-leicestershire-compact--undertakings--b1-t4-title = پالیسی سازی اور مشاورت
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i1 = پالیسیوں اور خدمات کی منصوبہ بندی اور تیاری میں { -vcs-short } کو بروقت اور مؤثر طریقوں سے، فعال طور پر اور مسلسل شامل کرنا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i2 = رضاکارانہ اور کمیونٹی تنظیموں کے ساتھ مل کر کام کرنا، تاکہ وہ محروم گروہوں کے ساتھ زیادہ مؤثر طور پر رابطہ کر سکیں اور ان کے مفادات کی نمائندگی کر سکیں۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i3 = { -vcs(case: "oblique") } کے ساتھ مل کر اچھے طریقِ کار کا ایک ضابطہ تیار کرنا، جس میں مشاورت، پالیسی کا جائزہ اور عمل درآمد شامل ہوں۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c2-i1 = مقامی حکام اور پی سی ٹی کے ساتھ مل کر کام کرنا، تاکہ مؤثر شمولیت اور مشاورت یقینی ہو۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c2-i2 = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر کی کمیونٹیز کو آواز دینا، تاکہ وہ خدمات کی فراہمی سے متعلق پالیسی پر اثر ڈال سکیں۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 5
charnwood-nw-leicestershire-compact--undertakings--b1-t5-title = اچھا طریقِ کار اور مل کر کام کرنا
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct and vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c1-i1 = ان ضابطہ ہائے عمل کو مدِنظر رکھنا جو اس { -compact } کی تکمیل کے لیے بنائے گئے ہیں۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct and vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c1-i2 = { -vcs(case: "oblique") } کے ساتھ مل کر ہر سال { -compact } اور اس سے متعلق ضابطہ ہائے عمل کے نفاذ کا مشترکہ جائزہ لینا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i1 = { -vcs-short } سے اس بارے میں رابطہ رکھنا کہ مقامی اتھارٹی اور پی سی ٹی کس طرح بہتر طور پر مل کر کام کر سکتے ہیں۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i2 = اس بات چیت کے ذریعے { -vcs-short } کی طرف سے اٹھائے گئے معاملات کا مناسب جواب دینا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i3 = { -vcs-short } کے ساتھ مل کر فنڈنگ، مشاورت، سیاہ فام اور اقلیتی نسلی گروہوں اور دیگر محروم گروہوں، رضاکاری اور کمیونٹی گروپوں سے متعلق مقامی ضابطہ ہائے عمل تیار کرنا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i4 = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر میں مقامی اتھارٹی / این ایچ ایس اور { -vcs(case: "oblique") } کے درمیان کام کے مؤثر تعلقات، یکساں طریقِ کار اور اچھے طریقوں کو فروغ دینا، خاص طور پر ان معاملات میں جو کئی محکموں اور کئی اداروں سے متعلق ہوں۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i5 = کھلی حکمرانی اور اچھے ضابطوں کے اصولوں کی پابندی کرنا، اور یہ یقینی بنانا کہ جہاں بھی ممکن ہو، فیصلے اور نتائج عوام کے سامنے لائے جائیں اور ان کی وضاحت کی جائے۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 6
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i6 = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر کے دوسرے سرکاری اداروں میں اس { -compact } میں شامل اصولوں کو فروغ دینا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i1 = { -council }، { -vcs-short } اور پی سی ٹی کے ساتھ، اور خاص طور پر کاؤنٹی کی پسماندہ سیاہ فام اور اقلیتی نسلی تنظیموں کے ساتھ، کام کے مفید تعلقات قائم کرنا اور انہیں فروغ دینا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i2 = سرگرمیوں اور خدمات کی تیاری اور انتظام میں خدمات استعمال کرنے والوں کو شامل کرنا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i3 = { -council }، پی سی ٹی اور دیگر رضاکارانہ اور کمیونٹی تنظیموں کے ساتھ تمام معاملات میں کھلا اور شفاف رہنا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i4 = { -compact } کے شراکت داروں کے ساتھ مل کر کام کرتے وقت یہ واضح کرنا کہ { -vcs-short } کس حد تک شامل ہونے کی گنجائش رکھتا ہے۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 6
charnwood-nw-leicestershire-compact--undertakings--b1-t6-title = ہم { -compact } سے اپنی وابستگی کیسے ظاہر کرتے ہیں
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c1-i1 = پوری مقامی اتھارٹی اور پی سی ٹی میں { -compact } کے عہد کی، اور ان پر عمل کے طریقے کی، سمجھ کو فروغ دینا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c2-i1 = لیسٹرشائر میں کام کرنے والی رضاکارانہ اور کمیونٹی تنظیموں میں { -compact } کو اپنانے کی ترغیب دینا۔
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c2-i2 = { -compact } کے اقدامات پر عمل درآمد اور اس کے منصوبوں کے جائزوں میں حصہ لینے کی حمایت کرنا، اور جہاں ممکن ہو اس کے لیے وقت اور وسائل وقف کرنا

## 11.

# context: 11. › bulleted list, item 1
charnwood-nw-leicestershire-compact--s11--b1-i1 = مل کر کام کرنا، تاکہ { -compact } کو وسیع پیمانے پر تسلیم کیا جائے، سمجھا جائے، اس پر عمل کیا جائے اور اسے ترقی دی جائے
# context: 11. › bulleted list, item 2
charnwood-nw-leicestershire-compact--s11--b1-i2 = نگرانی اور تشخیص کا طریقۂ کار تیار کرنا اور اس کی پابندی کرنا، تاکہ یقینی ہو کہ { -compact } چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر میں مشترکہ کام پر واضح اور مثبت اثر ڈالے
# context: 11. › bulleted list, item 3
charnwood-nw-leicestershire-compact--s11--b1-i3 = ایسی سرگرمیاں تیار کرنا اور انجام دینا جو شعبوں کے اندر بہتر سمجھ، تعاون اور بہترین طریقِ کار کے تبادلے کو آسان بنائیں اور ان کی حوصلہ افزائی کریں۔

## Other formats and languages

# context: Other formats and languages › section heading
charnwood-nw-leicestershire-compact--alternative-formats--title = دیگر فارمیٹ اور زبانیں
# context: Other formats and languages › how to ask for other formats
charnwood-nw-leicestershire-compact--alternative-formats--b1-text = اگر آپ کو اس کتابچے کی معلومات کسی اور صورت میں درکار ہوں، مثلاً بڑے حروف، بریل یا کوئی اور زبان، تو براہ کرم:
# context: Other formats and languages › other-formats contact, label
charnwood-nw-leicestershire-compact--alternative-formats--b1-contact-label = اس پتے پر لکھیں:
# context: Other formats and languages › other-formats contact, the contact's role
charnwood-nw-leicestershire-compact--alternative-formats--b1-contact-role = چیف ایگزیکٹو

## Appendix 1

# context: Appendix 1 › section heading
charnwood-nw-leicestershire-compact--appendix-1--title = ضمیمہ 1

## 1. Boundary issues

# context: 1. Boundary issues › section heading
charnwood-nw-leicestershire-compact--appendix-1--s1--title = حدود کے مسائل
# context: 1. Boundary issues › paragraph
charnwood-nw-leicestershire-compact--appendix-1--s1--b1 = (\* نوٹ: شراکت دار تنظیموں کی حدود ایک جیسی نہیں ہیں۔ سائسٹن، Charnwood Borough Council کی حدود میں آتا ہے لیکن Melton, Rutland and Harborough PCT کا حصہ ہے۔ مارک فیلڈ، Charnwood & North West Leicestershire PCT کے علاقے کا حصہ ہے لیکن نارتھ ویسٹ لیسٹرشائر کی ڈسٹرکٹ { -council } کی حدود میں نہیں آتا۔ اس { -compact } کے مقاصد کے لیے شراکت دار تنظیموں نے اتفاق کیا ہے کہ دونوں علاقوں کو معاہدے میں شامل کیا جائے۔ تکمیل کے لیے ہاربرو { -compact } اور ہنکلی اینڈ بوسورتھ { -compact } کی ذمہ دار پڑوسی تنظیموں کو بھی اسی طرح کے اقدامات کرنے ہوں گے۔

## 2. Harborough District Compact

# context: 2. Harborough District Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--harborough--title = ہاربرو ڈسٹرکٹ { -compact }
# context: 2. Harborough District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--harborough--b1 = ہاربرو ڈسٹرکٹ { -compact } کے بارے میں مزید معلومات کے لیے براہ کرم رابطہ کریں:

## 3. Hinckley & Bosworth Compact

# context: 3. Hinckley & Bosworth Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--hinckley-bosworth--title = ہنکلی اینڈ بوسورتھ { -compact }
# context: 3. Hinckley & Bosworth Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--hinckley-bosworth--b1 = ہنکلی اینڈ بوسورتھ { -compact } کے بارے میں مزید معلومات کے لیے براہ کرم رابطہ کریں:

## 4. Leicestershire County Compact

# context: 4. Leicestershire County Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--county-compact--title = لیسٹرشائر کاؤنٹی { -compact }
# context: 4. Leicestershire County Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--county-compact--b1 = لیسٹرشائر کاؤنٹی { -compact } کے بارے میں مزید معلومات کے لیے براہ کرم رابطہ کریں:

## 5. North West Leicestershire District Compact

# context: 5. North West Leicestershire District Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--title = نارتھ ویسٹ لیسٹرشائر ڈسٹرکٹ { -compact }
# context: 5. North West Leicestershire District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--b1 = North West Leicestershire District Council اور نارتھ ویسٹ لیسٹرشائر کے { -vcs(case: "oblique") } کے درمیان { -compact } کے بارے میں مزید معلومات کے لیے رابطہ کریں:
# context: 5. North West Leicestershire District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--b3 = یا

## Appendix 2

# context: Appendix 2 › section heading
charnwood-nw-leicestershire-compact--appendix-2--title = ضمیمہ 2

## Voluntary & Community Sector Definitions

# context: Voluntary & Community Sector Definitions › section heading
charnwood-nw-leicestershire-compact--appendix-2--definitions--title = { -vcs(case: "oblique") } کی تعریفیں
# context: Voluntary & Community Sector Definitions › definition 1, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i1-term = بورڈ آف ٹرسٹیز اور انتظامی کمیٹیاں
# context: Voluntary & Community Sector Definitions › definition 1, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i1-meaning = وہ افراد ہیں جو قانونی طور پر کسی خیراتی ادارے کے کنٹرول اور انتظام کے ذمہ دار ہوتے ہیں۔ ٹرسٹی ہونے سے کچھ مخصوص قانونی ذمہ داریاں عائد ہوتی ہیں۔
# context: Voluntary & Community Sector Definitions › definition 2, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i2-term = رضاکارانہ تنظیمیں
# context: Voluntary & Community Sector Definitions › definition 2, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i2-meaning = باقاعدہ ڈھانچہ رکھتی ہیں اور منافع کے لیے کام نہیں کرتیں؛ آزاد ہیں اور حکومت کا حصہ نہیں؛ ان کا انتظام بلا معاوضہ کام کرنے والی رضاکار انتظامی کمیٹیاں یا بورڈ آف ٹرسٹیز چلاتے ہیں؛ کچھ میں رضاکاروں کے ساتھ تنخواہ دار ملازمین بھی ہوتے ہیں؛ یہ رجسٹرڈ خیراتی ادارے اور/یا گارنٹی سے محدود کمپنیاں (companies limited by guarantee) اور/یا فرینڈلی سوسائٹیز (Friendly Societies) ہو سکتی ہیں۔
# context: Voluntary & Community Sector Definitions › definition 3, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i3-term = کمیونٹی تنظیمیں
# context: Voluntary & Community Sector Definitions › definition 3, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i3-meaning = مقامی کمیونٹی گروپ اور اپنی مدد آپ کے گروپ ہیں؛ زیادہ غیر رسمی ہوتے ہیں؛ اکثر صرف رضاکاروں پر مشتمل ہوتے ہیں؛ اگر کوئی عملہ ہو تو غالباً جز وقتی ہوتا ہے؛ آزاد ہوتے ہیں؛ ان کی کوئی باقاعدہ آمدنی یا فنڈنگ نہیں ہوتی۔ کمیونٹی گروپ اکثر کمیونٹی کی سرگرمیوں کا مرکز ہوتے ہیں اور کسی مقامی ضرورت کے جواب میں بنتے ہیں۔
# context: Voluntary & Community Sector Definitions › definition 4, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i4-term = رضاکاری
# context: Voluntary & Community Sector Definitions › definition 4, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i4-meaning = شہریت کا ایک اہم اظہار اور جمہوریت کے لیے ضروری ہے۔ یہ معاشرے اور کمیونٹی کے فائدے کے لیے وقت، مہارتیں اور توانائی وقف کرنا ہے، اور اس کی کئی صورتیں ہو سکتی ہیں۔ یہ کام مالی فائدے کی پروا کیے بغیر، آزادانہ اور اپنی مرضی سے کیا جاتا ہے۔
# context: Voluntary & Community Sector Definitions › definition 5, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i5-term = سماجی ادارے
# context: Voluntary & Community Sector Definitions › definition 5, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i5-meaning = ایسے کاروبار ہیں جو سماجی مقاصد پورے کرنے کے لیے بازار میں تجارت کرتے ہیں۔ یہ معاشی ترقی اور سماجی فائدے کے لیے لوگوں اور کمیونٹیز کو یکجا کرتے ہیں۔ خیراتی ادارے الگ کاروبار قائم کیے بغیر بھی سماجی کاروبار کا انداز اپنا سکتے ہیں اور اس طرح آمدنی پیدا کر سکتے ہیں (مثلاً فروخت سے)، جو خیراتی مقاصد کو آگے بڑھانے کے لیے استعمال ہوتی ہے۔
# context: Voluntary & Community Sector Definitions › definition 6, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i6-term = بنیادی ڈھانچے کی تنظیمیں
# context: Voluntary & Community Sector Definitions › definition 6, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i6-meaning = جنہیں بعض اوقات چھتری تنظیمیں بھی کہا جاتا ہے، { -vcs(case: "oblique") } میں ایک اہم قوت ہیں۔ یہ شعبہ فطری طور پر پروان چڑھا ہے اور اس کی منصوبہ بندی مرکزی طور پر نہیں کی گئی۔ چھتری تنظیمیں رضاکارانہ شعبے کی سرگرمیوں کی مختلف سطحوں اور اقسام کو آپس میں جوڑنے کی کوشش کرتی ہیں۔ یہ پانچ بنیادی کام انجام دیتی ہیں: ترقی، دوسری تنظیموں کو خدمات، رابطہ کاری، نمائندگی اور شراکت میں کام۔ تمام چھتری تنظیمیں یہ سارے کام انجام نہیں دیتیں۔ مقامی چھتری تنظیموں کی مثالیں یہ ہیں: Charnwood CVS، North West Leicestershire CVS، Shepshed and Syston Volunteer Centres، Castle Donington Volunteer Bureau اور Rural Community Council Leicestershire & Rutland۔
# context: Voluntary & Community Sector Definitions › paragraph
charnwood-nw-leicestershire-compact--appendix-2--definitions--b2 = (South Leicestershire CVS کے شکریے کے ساتھ تیار کیا گیا)

## Signatories

# context: Signatories › section heading
charnwood-nw-leicestershire-compact--signatories--title = دستخط کنندگان
# context: Signatories › signatories, the statement Andrew Clarke signed
charnwood-nw-leicestershire-compact--signatories--b1-i1 = میں، Andrew Clarke، CNWL PCT کی جانب سے، بذریعہ ہٰذا چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر { -compact } سے اتفاق کرتا ہوں۔
# context: Signatories › signatories, the statement Brian Hayes signed
charnwood-nw-leicestershire-compact--signatories--b1-i2 = میں، Brian Hayes، Charnwood Borough Council کی جانب سے، بذریعہ ہٰذا چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر { -compact } سے اتفاق کرتا ہوں۔
# context: Signatories › signatories, the statement Neil Lambert signed
charnwood-nw-leicestershire-compact--signatories--b1-i3 = میں، Neil Lambert، Charnwood CVS کی جانب سے، بذریعہ ہٰذا چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر { -compact } سے اتفاق کرتا ہوں۔
# context: Signatories › signatories, the statement Malcolm Diaper signed
charnwood-nw-leicestershire-compact--signatories--b1-i4 = میں، Malcolm Diaper، North West Leicestershire District Council کی جانب سے، بذریعہ ہٰذا چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر { -compact } سے اتفاق کرتا ہوں۔
# context: Signatories › signatories, the statement Martin Gage signed
charnwood-nw-leicestershire-compact--signatories--b1-i5 = میں، Martin Gage، North West Leicestershire CVS کی جانب سے، بذریعہ ہٰذا چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر { -compact } سے اتفاق کرتا ہوں۔
