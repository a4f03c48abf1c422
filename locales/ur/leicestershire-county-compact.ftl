### Urdu translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ leicestershire-county-compact.yaml.


## Title page

# context: title page, the label above the title
leicestershire-county-compact--label = { -compact }
# context: title page, title
leicestershire-county-compact--title = لیسٹرشائر کاؤنٹی { -compact }
# context: title page, subtitle
leicestershire-county-compact--subtitle = Leicestershire County Council اور لیسٹرشائر کے { -vcs(case: "oblique") } کے درمیان تعلقات کے بارے میں ایک رہنما
# context: title page, strapline
leicestershire-county-compact--strapline = "بات بہتر تعلقات کی ہے"
# context: summary, also shown on the home page
leicestershire-county-compact--summary = لیسٹرشائر کاؤنٹی { -compact } ہر اس شخص کے لیے ایک لازمی رہنما ہے جسے یہ جاننے کی ضرورت ہو کہ لیسٹرشائر میں Leicestershire County Council اور { -vcs } مل کر کیسے کام کرتے ہیں۔
# context: title page, area
leicestershire-county-compact--area = لیسٹرشائر
# context: title page, party 1
leicestershire-county-compact--party-1 = Leicestershire County Council (یعنی { -council })
# context: title page, party 2
leicestershire-county-compact--party-2 = لیسٹرشائر کا { -vcs } ({ -vcs-short })
# context: partners, heading
leicestershire-county-compact--partners = لیسٹرشائر کاؤنٹی { -compact } کے مسودے کی تیاری میں شامل شراکت دار
# context: partners, heading of group 1
leicestershire-county-compact--partners-1 = { -vcs(case: "oblique") } کی جانب سے
# context: partners, heading of group 2
leicestershire-county-compact--partners-2 = Leicestershire County Council کی جانب سے

## The Leicestershire County Compact

# context: The Leicestershire County Compact › section heading
leicestershire-county-compact--intro--title = لیسٹرشائر کاؤنٹی { -compact }
# context: The Leicestershire County Compact › paragraph
leicestershire-county-compact--intro--b1 = لیسٹرشائر کاؤنٹی { -compact } ہر اس شخص کے لیے ایک لازمی رہنما ہے جسے یہ جاننے کی ضرورت ہو کہ لیسٹرشائر میں Leicestershire County Council ({ -council }) اور { -vcs } ({ -vcs-short }) مل کر کس طرح کام کرتے ہیں۔

## 1. The Status of the Compact

# context: 1. The Status of the Compact › section heading
leicestershire-county-compact--s1--title = { -compact } کی حیثیت
# context: 1. The Status of the Compact › bulleted list, item 1
leicestershire-county-compact--s1--b1-i1 = یہ { -compact } ایک **تحریری معاہدہ** ہے جو اس بات کا **ڈھانچہ** فراہم کرتا ہے کہ لیسٹرشائر کی رضاکارانہ اور کمیونٹی تنظیمیں اور Leicestershire County Council کس طرح مل کر کام کریں۔ یہ کام کے ایسے مؤثر تعلقات کو فروغ دے گا جن سے مستعد اور مؤثر خدمات فراہم ہوں، اور جن کے ذریعے { -vcs-short } کو پالیسی سازی اور خدمات کی فراہمی میں شامل کیا جائے۔
# context: 1. The Status of the Compact › bulleted list, item 2
leicestershire-county-compact--s1--b1-i2 = لیسٹرشائر کاؤنٹی { -compact } لیسٹرشائر کی رضاکارانہ تنظیموں اور کمیونٹی گروپوں اور Leicestershire County Council کے درمیان طے کیا گیا ہے۔
# context: 1. The Status of the Compact › bulleted list, item 3
leicestershire-county-compact--s1--b1-i3 = { -compact } ان تنظیموں کا ایک **رضاکارانہ** عہد ہے کہ وہ باہمی طور پر طے شدہ معیارات کے مطابق مل کر کام کریں گی۔ یہ قانونی طور پر پابند نہیں ہے۔ تاہم { -compact } میں شامل ہونے والی **تمام** تنظیمیں اسے عملی طور پر کامیاب بنانے کی پابند ہیں۔

## 2. Why have a Compact?

# context: 2. Why have a Compact? › section heading
leicestershire-county-compact--s2--title = { -compact } کی ضرورت کیوں ہے؟
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b1 = { -vcs-short } اپنی فطرت میں وسیع اور متنوع ہے۔ زیادہ تر تنظیمیں اور گروپ کسی جغرافیائی علاقے کی، یا مشترکہ دلچسپی یا ضرورت رکھنے والی کسی کمیونٹی کی ضروریات کے جواب میں وجود میں آئے ہیں۔ اسی لیے رضاکارانہ تنظیموں کا اپنا الگ مزاج اور کام کرنے کا طریقہ ہوتا ہے۔ **جب تک بہتر سمجھ پیدا نہ ہو جائے، رضاکارانہ اور سرکاری شعبوں کے طریقِ کار کا فرق شروع میں مل کر کام کرنا مشکل بنا سکتا ہے۔**
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b2 = تاہم رضاکارانہ اور کمیونٹی تنظیموں کی **اپنی نمایاں خوبیاں** ہیں، اور اسی وجہ سے **حکومت رضاکارانہ اور سرکاری شعبوں کے درمیان شراکت میں زیادہ کام کی حوصلہ افزائی کر رہی ہے**۔ مثال کے طور پر بہت سی رضاکارانہ تنظیمیں:
# context: 2. Why have a Compact? › bulleted list, item 1
leicestershire-county-compact--s2--b3-i1 = **مشترکہ دلچسپی رکھنے والی کمیونٹیز اور کسی ایک جگہ کی کمیونٹیز کی آراء سامنے لانے کا ذریعہ بن سکتی ہیں** – سرکاری خدمات کے مقابلے میں وہ محروم گروہوں تک پہنچنے کی زیادہ صلاحیت رکھتی ہیں؛
# context: 2. Why have a Compact? › bulleted list, item 2
leicestershire-county-compact--s2--b3-i2 = **نئی ضروریات کی، اور انہیں پورا کرنے کے نئے طریقوں کی نشاندہی کر سکتی ہیں** – ماضی میں کئی مواقع پر اس شعبے کے وضع کردہ طریقے سرکاری خدمات نے اپنائے ہیں؛
# context: 2. Why have a Compact? › bulleted list, item 3
leicestershire-county-compact--s2--b3-i3 = **غربت اور سماجی محرومی کا مقابلہ کر سکتی ہیں** – کمیونٹیز سے جنم لینے والے یا کمیونٹیز کے قریب رہ کر کام کرنے والے { -vcs-short } گروپ مناسب حل تیار کرنے میں مہارت رکھتے ہیں؛
# context: 2. Why have a Compact? › bulleted list, item 4
leicestershire-county-compact--s2--b3-i4 = **لوگوں کو اپنی کمیونٹیز میں سرگرم ہونے کی ترغیب اور مدد دے سکتی ہیں** – رضاکارانہ کام کر کے، ٹرسٹی یا انتظامی کمیٹی کے رکن بن کر، یا اپنی مدد آپ کے گروپ بنا کر۔
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b4 = شراکت میں کام کے اس دور میں **{ -compact }** { -vcs-short } کے ساتھ مل کر کام کرنے کا ایک مؤثر طریقہ ہے۔ یہ ایک **شراکتی معاہدہ اور ایک عمل** ہے جس کی توثیق مرکزی حکومت نے ***قومی { -compact }؛ Getting it Right Together (1998)*** میں کی ہے۔ اب مقامی { -compacts(case: "oblique") } کی حوصلہ افزائی کی جا رہی ہے، کیونکہ زیادہ تر رضاکارانہ اور کمیونٹی گروپوں کا اپنی کاؤنٹی، ڈسٹرکٹ یا یونٹری { -council } سے تعلق مقامی سطح پر ہی ہوتا ہے۔

## The Development of the Leicestershire County Compact

# context: The Development of the Leicestershire County… › section heading
leicestershire-county-compact--s2--development--title = لیسٹرشائر کاؤنٹی { -compact } کی تیاری
# context: The Development of the Leicestershire County… › paragraph
leicestershire-county-compact--s2--development--b1 = 2000 اور 2001 کے شروع میں { -vcs-short } کے ساتھیوں اور { -council } کے افسران نے غیر رسمی طور پر بات چیت کی کہ ایک مقامی { -compact } کس طرح بہترین انداز میں تیار کیا جائے۔ اگست 2001 میں { -vcs-short } نے اپنا { -compact } اسٹیئرنگ گروپ بنایا، اور فروری 2002 میں { -council } کی کابینہ نے ایک مقامی { -compact } کی تیاری پر غور کے لیے اس گروپ کے ساتھ مل کر کام کرنے پر اتفاق کیا۔ 2002 میں { -vcs-short } اسٹیئرنگ گروپ نے شعبے کے اندر مشاورتی ورکشاپس کے ایک سلسلے کے ذریعے کام کی ایک دستاویز تیار کی۔ جولائی میں تمام شراکت داروں کی ایک مشترکہ ورکشاپ میں { -shared-principles } سامنے آئے، لیکن ساتھ ہی کئی ایسی رکاوٹیں بھی جو اس وقت ہمیں بہترین انداز میں مل کر کام کرنے سے روکتی ہیں۔
# context: The Development of the Leicestershire County… › paragraph
leicestershire-county-compact--s2--development--b2 = { -vcs-short } { -compact } اسٹیئرنگ گروپ کے نمائندوں اور { -council } کے افسران نے کاؤنٹی { -compact } کا مسودہ تیار کرنے کے لیے ایک ورکنگ گروپ بنایا۔ ورکشاپ کی سفارشات اور مسودے پر موصول ہونے والے تبصروں کا اس منظور شدہ { -compact } پر اثر پڑا ہے۔ اگلے مرحلے میں ایک لائحۂ عمل تیار کیا جائے گا۔

## 3. What defines the voluntary and community sector?

# context: 3. What defines the voluntary and community… › section heading
leicestershire-county-compact--s3--title = { -vcs } کسے کہتے ہیں؟
# context: 3. What defines the voluntary and community… › paragraph
leicestershire-county-compact--s3--b1 = درج ذیل { -vcs-short } کی حتمی اور قطعی تعریفیں نہیں ہیں، بلکہ ان کا مقصد یہ اندازہ دینا ہے کہ { -vcs-short } کے دائرے میں کس قسم کے ڈھانچے اور سرگرمیاں آتی ہیں:
# context: 3. What defines the voluntary and community… › definition 1, the term
leicestershire-county-compact--s3--b2-i1-term = رضاکارانہ تنظیمیں
# context: 3. What defines the voluntary and community… › definition 1, its meaning
leicestershire-county-compact--s3--b2-i1-meaning = باقاعدہ ڈھانچہ رکھتی ہیں اور منافع کے لیے کام نہیں کرتیں؛ آزاد ہیں اور حکومت کا حصہ نہیں؛ ان کا انتظام بلا معاوضہ کام کرنے والی رضاکار انتظامی کمیٹیاں یا بورڈ آف ٹرسٹیز چلاتے ہیں؛ ان میں تنخواہ دار ملازمین بھی ہوتے ہیں اور رضاکار بھی؛ یہ رجسٹرڈ خیراتی ادارے اور/یا گارنٹی سے محدود کمپنیاں (companies limited by guarantee) اور/یا فرینڈلی سوسائٹیز (Friendly Societies) ہو سکتی ہیں۔
# context: 3. What defines the voluntary and community… › definition 2, the term
leicestershire-county-compact--s3--b2-i2-term = کمیونٹی تنظیمیں
# context: 3. What defines the voluntary and community… › definition 2, its meaning
leicestershire-county-compact--s3--b2-i2-meaning = مقامی کمیونٹی گروپ اور اپنی مدد آپ کے گروپ ہیں؛ زیادہ غیر رسمی ہوتے ہیں؛ اکثر صرف رضاکاروں پر مشتمل ہوتے ہیں؛ اگر کوئی عملہ ہو تو غالباً جز وقتی ہوتا ہے؛ آزاد ہوتے ہیں؛ ان کی کوئی باقاعدہ آمدنی یا فنڈنگ نہیں ہوتی۔ کمیونٹی گروپ اکثر کمیونٹی کی سرگرمیوں کا مرکز ہوتے ہیں اور کسی مقامی ضرورت کے جواب میں بنتے ہیں۔
# context: 3. What defines the voluntary and community… › definition 3, the term
leicestershire-county-compact--s3--b2-i3-term = رضاکاری
# context: 3. What defines the voluntary and community… › definition 3, its meaning
leicestershire-county-compact--s3--b2-i3-meaning = شہریت کا ایک اہم اظہار اور جمہوریت کے لیے ضروری ہے۔ یہ معاشرے اور کمیونٹی کے فائدے کے لیے وقت اور توانائی وقف کرنا ہے، اور اس کی کئی صورتیں ہو سکتی ہیں۔ یہ کام مالی فائدے کی پروا کیے بغیر، آزادانہ اور اپنی مرضی سے کیا جاتا ہے۔
# context: 3. What defines the voluntary and community… › definition 4, the term
leicestershire-county-compact--s3--b2-i4-term = سماجی ادارے
# context: 3. What defines the voluntary and community… › definition 4, its meaning
leicestershire-county-compact--s3--b2-i4-meaning = ایسے کاروبار ہیں جو سماجی مقاصد پورے کرنے کے لیے بازار میں تجارت کرتے ہیں۔ یہ معاشی ترقی اور سماجی فائدے کے لیے لوگوں اور کمیونٹیز کو یکجا کرتے ہیں۔
# context: 3. What defines the voluntary and community… › definition 5, the term
leicestershire-county-compact--s3--b2-i5-term = چھتری تنظیمیں
# context: 3. What defines the voluntary and community… › definition 5, its meaning
leicestershire-county-compact--s3--b2-i5-meaning = جنہیں بعض اوقات بنیادی ڈھانچے کی تنظیمیں بھی کہا جاتا ہے – { -vcs-short } میں ایک اہم قوت ہیں۔ { -vcs-short } فطری طور پر پروان چڑھا ہے؛ اس کی منصوبہ بندی مرکزی طور پر نہیں کی گئی۔ چھتری تنظیمیں رضاکارانہ شعبے کی سرگرمیوں کی مختلف سطحوں اور اقسام کو آپس میں جوڑنے کی کوشش کرتی ہیں۔ یہ چار بنیادی کام انجام دیتی ہیں: ترقی، دوسری تنظیموں کو خدمات، رابطہ کاری اور نمائندگی۔ تاہم یہ بھی تسلیم کیا جاتا ہے کہ تمام چھتری تنظیمیں یہ سارے کام انجام نہیں دیتیں (Deakin Commission 1996)۔ لیسٹرشائر میں چھتری تنظیموں کی مثالیں یہ ہیں: CVS Community Partnership (CCP)، { -cvs(case: "plural") } (CVS)، Council for Voluntary Youth Services (CVYS)، Rural Community Council (RCC)، Racial Equality Council (REC) اور Volunteer Bureaux (VBx)۔
# context: 3. What defines the voluntary and community… › definition 6, the term
leicestershire-county-compact--s3--b2-i6-term = ٹرسٹیز اور انتظامی کمیٹیاں
# context: 3. What defines the voluntary and community… › definition 6, its meaning
leicestershire-county-compact--s3--b2-i6-meaning = وہ افراد ہیں جو قانونی طور پر کسی خیراتی ادارے کے کنٹرول اور انتظام کے ذمہ دار ہوتے ہیں، جن میں کسی خیراتی انجمن کی انتظامی کمیٹی کے اراکین اور خیراتی کمپنیوں کے ڈائریکٹر شامل ہیں۔ ٹرسٹی ہونے سے کچھ مخصوص قانونی ذمہ داریاں عائد ہوتی ہیں۔

## 4. What defines the County Council?

# context: 4. What defines the County Council? › section heading
leicestershire-county-compact--s4--title = کاؤنٹی { -council } کسے کہتے ہیں؟
# context: 4. What defines the County Council? › paragraph
leicestershire-county-compact--s4--b1 = Leicestershire County Council کاؤنٹی کی سب سے بڑی مقامی اتھارٹی ہے اور مقامی لوگوں کو براہ راست، یا اپنی جانب سے کام کرنے والی دوسری تنظیموں کے ذریعے، بہت سی خدمات فراہم کرتی ہے۔ ان خدمات میں تعلیم، سماجی نگہداشت، کوڑا کرکٹ ٹھکانے لگانا، سڑکوں کی دیکھ بھال، لائبریریاں، عجائب گھر اور صارفین کا تحفظ شامل ہیں۔ ان خدمات کی فراہمی کے لیے 18,500 افراد براہ راست ملازم ہیں اور ان پر £500 ملین سے زیادہ خرچ ہوتا ہے۔
# context: 4. What defines the County Council? › paragraph
leicestershire-county-compact--s4--b2 = کاؤنٹی { -council } 54 کاؤنٹی کونسلروں پر مشتمل ہے، جن میں سے ہر ایک ہر چار سال بعد اپنے انتخابی حلقے کے رہنے والوں کی نمائندگی کے لیے منتخب ہوتا ہے۔ یہ کونسلر ہر دو ماہ بعد { -council } کے طور پر اجلاس کرتے ہیں اور ہر سال ایک لیڈر اور ایک کابینہ منتخب کرتے ہیں۔ کابینہ { -council } کو سمت اور قیادت فراہم کرنے اور زیادہ تر فیصلوں کی ذمہ دار ہے۔

## 5. What type of relationship can the VCS have with the Council?

# context: 5. What type of relationship can the VCS have… › section heading
leicestershire-county-compact--s5--title = { -vcs-short } کا { -council } کے ساتھ کس قسم کا تعلق ہو سکتا ہے؟
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b1 = رضاکارانہ اور کمیونٹی تنظیموں کا { -council } کے ساتھ درج ذیل طریقوں سے براہ راست تعلق ہو سکتا ہے:
# context: 5. What type of relationship can the VCS have… › bulleted list, item 1
leicestershire-county-compact--s5--b2-i1 = خدمات کی فراہمی اور فنڈنگ – گرانٹس/سروس لیول معاہدے/کنٹریکٹ/کمیشننگ معاہدے
# context: 5. What type of relationship can the VCS have… › bulleted list, item 2
leicestershire-county-compact--s5--b2-i2 = مشاورت – گروپ/رضاکار/خدمات استعمال کرنے والے
# context: 5. What type of relationship can the VCS have… › bulleted list, item 3
leicestershire-county-compact--s5--b2-i3 = لابنگ/مہم چلانا – { -council } کے ایجنڈے، پالیسیوں اور طریقِ کار کی تشکیل پر اثر ڈالنا
# context: 5. What type of relationship can the VCS have… › bulleted list, item 4
leicestershire-county-compact--s5--b2-i4 = شراکت داریوں/فورمز/ورکنگ گروپوں میں حصہ ڈالنا، جیسے لوکل اسٹریٹجک پارٹنرشپ
# context: 5. What type of relationship can the VCS have… › bulleted list, item 5
leicestershire-county-compact--s5--b2-i5 = { -council } کی فنڈ کردہ خدمات میں رضاکار، جیسے نوجوانوں اور کمیونٹی کی تعلیم (Youth and Community Education) یا اسی طرح کی کوئی خدمت
# context: 5. What type of relationship can the VCS have… › bulleted list, item 6
leicestershire-county-compact--s5--b2-i6 = جہاں مناسب ہو، { -council } کی پالیسی سازی میں ماہرانہ رائے دینا، یا جہاں رضاکارانہ تنظیم { -council } کی جانب سے کوئی قانوناً لازمی خدمت فراہم کرتی ہو
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b3 = جہاں رضاکارانہ اور کمیونٹی گروپ یہ محسوس کرتے ہوں کہ ان کا { -council } سے کوئی تعلق نہیں اور اس لیے { -compact } ان کے لیے اہم نہیں، وہاں درحقیقت درج ذیل میں سے ایک یا زیادہ طریقوں سے ان کا بالواسطہ تعلق ہو سکتا ہے:
# context: 5. What type of relationship can the VCS have… › bulleted list, item 1
leicestershire-county-compact--s5--b4-i1 = کسی ایسی { -cvs } کے الحاق شدہ رکن کے طور پر جس کا { -council } کے ساتھ کمیشننگ معاہدہ ہو
# context: 5. What type of relationship can the VCS have… › bulleted list, item 2
leicestershire-county-compact--s5--b4-i2 = { -council } کے فراہم کردہ کمیونٹی سنٹر یا دوسری خدمات کے استعمال کنندہ کے طور پر
# context: 5. What type of relationship can the VCS have… › bulleted list, item 3
leicestershire-county-compact--s5--b4-i3 = کسی ایسے فورم کے رکن کے طور پر جسے کسی خاص جغرافیائی علاقے میں، یا مشترکہ دلچسپی یا ضرورت رکھنے والی کسی کمیونٹی کے لیے، رابطے کا ذریعہ تسلیم کیا جاتا ہو۔
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b5 = مزید یہ کہ ایسے مواقع بھی آ سکتے ہیں جب کسی { -vcs-short } گروپ کو { -council } کے ساتھ تعلق قائم کرنے کی ضرورت پڑے، اور اسے { -council } اور اس کے طریقِ کار کے بارے میں مناسب معلومات کی بنیاد پر ایسا کرنے کے قابل ہونا چاہیے۔

## 6. The 8 Shared Principles in the Leicestershire County Compact

# context: 6. The 8 Shared Principles in the Leicestershire… › section heading
leicestershire-county-compact--principles--title = لیسٹرشائر کاؤنٹی { -compact } کے 8 { -shared-principles }
# context: 6. The 8 Shared Principles in the Leicestershire… › paragraph
leicestershire-county-compact--principles--b1 = کاؤنٹی { -compact } کے تمام شراکت دار درج ذیل اصولوں سے متفق ہیں:
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (a)
leicestershire-county-compact--principles--b2-i1 = **رضاکارانہ اور کمیونٹی عمل** ایک جمہوری معاشرے کے لیے ضروری ہے۔
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (b)
leicestershire-county-compact--principles--b2-i2 = ایک **آزاد اور متنوع { -vcs }** معاشرے کی فلاح کی بنیاد ہے۔
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (c)
leicestershire-county-compact--principles--b2-i3 = { -council } اور { -vcs-short } دونوں نسل، عمر، معذوری، جنس، جنسی رجحان، مذہب، نسلی یا قومی پس منظر، ازدواجی حیثیت یا طبی حالت سے قطع نظر تمام لوگوں کے لیے **مواقع کی برابری** کو فروغ دینے کی اہمیت کو تسلیم کرتے ہیں۔
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (d)
leicestershire-county-compact--principles--b2-i4 = عوامی پالیسی اور خدمات کی تیاری اور فراہمی میں { -council } اور { -vcs-short } کے کردار الگ الگ مگر **ایک دوسرے کے تکمیلی** ہیں۔
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (e)
leicestershire-county-compact--principles--b2-i5 = مشترکہ مقاصد اور اہداف کے لیے **مل کر کام کرنے میں اضافی قدر** ہے۔ **مناسب** رابطہ تعلقات استوار کرتا ہے، پالیسی سازی کو بہتر بناتا ہے اور خدمات و پروگراموں کی منصوبہ بندی اور فراہمی کو بہتر کرتا ہے۔
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (f)
leicestershire-county-compact--principles--b2-i6 = { -council } اور { -vcs-short } کی **جوابدہی کی صورتیں مختلف ہیں اور وہ مختلف لوگوں اور تنظیموں کو جوابدہ ہو سکتے ہیں**۔ لیکن دونوں کے لیے بے غرضی، دیانت، غیر جانبداری، جوابدہی، کھلا پن، ایمانداری اور قیادت یکساں ضروری ہیں۔
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (g)
leicestershire-county-compact--principles--b2-i7 = رضاکارانہ اور کمیونٹی تنظیموں کو اپنے مقاصد آگے بڑھانے کے لیے قانون کے دائرے میں **مہم چلانے کا حق** ہے۔
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (h)
leicestershire-county-compact--principles--b2-i8 = { -council } اور { -vcs-short } تسلیم کرتے ہیں کہ { -council } کو رضاکارانہ اور کمیونٹی تنظیموں کے لیے وسائل مختص کرنے کی ضرورت ہے۔ ان وسائل میں **فنڈز، مشورہ اور دیگر معاونت** شامل ہے اور یہ تعلق کے اہم عناصر ہیں۔

## 7. Undertakings by partners of the Leicestershire County Compact

# context: 7. Undertakings by partners of the… › section heading
leicestershire-county-compact--undertakings--title = لیسٹرشائر کاؤنٹی { -compact } کے شراکت داروں کے { -undertakings }
# context: 7. Undertakings by partners of the… › paragraph
leicestershire-county-compact--undertakings--b1 = لیسٹرشائر کاؤنٹی { -compact } کے تمام شراکت دار نیچے دیے گئے متعلقہ { -undertakings(case: "oblique") } کے مطابق کام کرنے پر متفق ہیں
# context: 7. Undertakings by partners of the… › undertakings, name of the party `council`
leicestershire-county-compact--undertakings--b2-party-council = لیسٹرشائر کاؤنٹی { -council } (Leicestershire County Council)
# context: 7. Undertakings by partners of the… › undertakings, name of the party `vcs`
leicestershire-county-compact--undertakings--b2-party-vcs = رضاکارانہ اور کمیونٹی تنظیمیں
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 1
leicestershire-county-compact--undertakings--b2-t1-title = ہمارے ایک دوسرے کے تکمیلی کردار
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 1
leicestershire-county-compact--undertakings--b2-t1-c1-i1 = کاؤنٹی { -council } کے کمیونٹی لیڈر کے کردار کو فروغ دینا، تاکہ لیسٹرشائر کے لوگوں کا معیارِ زندگی بہتر بنانے کے لیے ایک اسٹریٹجک ڈھانچہ فراہم کیا جا سکے۔
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 2
leicestershire-county-compact--undertakings--b2-t1-c1-i2 = { -vcs-short } کے ساتھ مل کر کام کرنا، تاکہ کمیونٹی کے لیے معلومات اور خدمات تک رسائی آسان ہو۔
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 3
leicestershire-county-compact--undertakings--b2-t1-c1-i3 = مشترکہ مقاصد پورے کرنے والے بیرونی وسائل تک رسائی کی { -vcs-short } کی صلاحیت کو تسلیم کرنا اور اس کی حمایت کرنا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 4
leicestershire-county-compact--undertakings--b2-t1-c1-i4 = { -vcs-short } کے وسائل کی بنیاد کو مضبوط بنانے میں اس کی مدد کرنا، تاکہ وہ پالیسی سازی اور شراکتی سرگرمیوں میں مؤثر طور پر حصہ لے سکے۔
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t1-c2-i1 = مل کر کام کرنے کی قدر کو، اور ان مختلف خوبیوں کو تسلیم کرنا جو { -council } اور { -vcs-short } اس تعلق میں لاتے ہیں۔
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t1-c2-i2 = یہ تسلیم کرنا کہ { -council } وسائل، ڈھانچے، جوابدہی، معلومات اور مہارت تک رسائی، اور معاونت فراہم کر کے { -vcs-short } کے کام کی تکمیل کرتی ہے۔
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t1-c2-i3 = چھتری تنظیموں کے ذریعے مقامی گروپوں، پالیسی سازی اور شراکت میں کام کی مدد کرنا۔
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 2
leicestershire-county-compact--undertakings--b2-t2-title = اعتراف
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by council, item 1
leicestershire-county-compact--undertakings--b2-t2-c1-i1 = افراد اور کمیونٹی کی طرح طرح کی ضروریات کی نشاندہی کرنے اور انہیں بیان کرنے کی { -vcs-short } کی صلاحیت کو، اور لوگوں کو کمیونٹی کی زندگی میں شامل ہونے کی ترغیب دینے میں اس کی اہمیت کو تسلیم کرنا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by council, item 2
leicestershire-county-compact--undertakings--b2-t2-c1-i2 = کمیونٹی کو دی جانے والی خدمات کے معیار میں رضاکاروں کی شامل کی ہوئی اضافی قدر کو تسلیم کرنا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t2-c2-i1 = رضاکارانہ اور کمیونٹی تنظیموں کو شامل کرنے، ان سے مشاورت کرنے، انہیں وسائل دینے اور ان کی مدد کرنے کے لیے { -council } کے کیے ہوئے عہد کو تسلیم کرنا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t2-c2-i2 = یہ تسلیم کرنا کہ { -council } کا بنیادی کردار لیسٹرشائر میں کمیونٹی کی قیادت کرنا ہے۔
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 3
leicestershire-county-compact--undertakings--b2-t3-title = فنڈنگ اور جوابدہی
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 1
leicestershire-county-compact--undertakings--b2-t3-c1-i1 = فنڈنگ کے ایسے اقدامات وضع کرنا جن سے یقینی ہو کہ وسائل طے شدہ ترجیحات کو پورا کریں اور مسلسل بہتری حاصل ہو۔
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 2
leicestershire-county-compact--undertakings--b2-t3-c1-i2 = { -council } کے اندر، اور بیرونی فنڈ دینے والوں کے ساتھ مل کر، رضاکارانہ اور کمیونٹی تنظیموں کو فنڈ دینے کے مربوط طریقے وضع کرنا، تاکہ عوامی پیسے کا زیادہ سے زیادہ مؤثر اور کفایت شعارانہ استعمال یقینی ہو۔
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 3
leicestershire-county-compact--undertakings--b2-t3-c1-i3 = فنڈنگ میں کھلا پن یقینی بنانے کے لیے ایک ڈھانچہ فراہم کرنا، اور نگرانی اور جوابدہی کے نظام فنڈنگ کی رقم اور مقصد کے تناسب سے لاگو کرنا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t3-c2-i1 = خدمات استعمال کرنے والوں کے فائدے کے لیے فنڈنگ کا زیادہ سے زیادہ مؤثر اور کفایت شعارانہ استعمال یقینی بنانا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t3-c2-i2 = { -council } سے ملنے والی فنڈنگ کے سلسلے میں { -council } کے سامنے اور خدمات استعمال کرنے والوں کے سامنے جوابدہی کا ثبوت دینا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t3-c2-i3 = قانون کی، اور جہاں ضروری ہو Charity Commission کی متعلقہ رہنمائی کی، پابندی کرنا۔
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 4
leicestershire-county-compact--undertakings--b2-t4-title = پالیسی سازی اور مشاورت
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by council, item 1
leicestershire-county-compact--undertakings--b2-t4-c1-i1 = پالیسیوں اور خدمات کی منصوبہ بندی اور تیاری میں { -vcs-short } کو بروقت اور مؤثر طریقوں سے، فعال طور پر اور مسلسل شامل کرنا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by council, item 2
leicestershire-county-compact--undertakings--b2-t4-c1-i2 = رضاکارانہ اور کمیونٹی تنظیموں کے ساتھ مل کر کام کرنا، تاکہ وہ محروم گروہوں کے ساتھ زیادہ مؤثر طور پر رابطہ کر سکیں اور ان کے مفادات کی نمائندگی کر سکیں۔
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t4-c2-i1 = { -council } کے ساتھ مل کر کام کرنا، تاکہ مؤثر مشاورت یقینی ہو۔
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t4-c2-i2 = لیسٹرشائر کی کمیونٹیز کو آواز دینا، تاکہ وہ خدمات کی فراہمی سے متعلق پالیسی پر اثر ڈال سکیں۔
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 5
leicestershire-county-compact--undertakings--b2-t5-title = مل کر کام کرتے وقت اچھا طریقِ کار
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 1
leicestershire-county-compact--undertakings--b2-t5-c1-i1 = { -vcs-short } سے اس بارے میں رابطہ رکھنا کہ ہم کس طرح بہتر طور پر مل کر کام کر سکتے ہیں۔
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 2
leicestershire-county-compact--undertakings--b2-t5-c1-i2 = اس بات چیت کے ذریعے { -vcs-short } کی طرف سے اٹھائے گئے معاملات کا مناسب جواب دینا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 3
leicestershire-county-compact--undertakings--b2-t5-c1-i3 = { -vcs-short } کے ساتھ مل کر فنڈنگ، مشاورت، سیاہ فام اور اقلیتی نسلی گروہوں اور دیگر محروم گروہوں، رضاکاری اور کمیونٹی گروپوں سے متعلق مقامی ضابطہ ہائے عمل تیار کرنا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t5-c2-i1 = { -council } کے ساتھ، { -vcs-short } کے اندر، اور خاص طور پر کاؤنٹی کی پسماندہ سیاہ فام اور اقلیتی نسلی تنظیموں کے ساتھ کام کے مفید تعلقات قائم کرنا اور انہیں فروغ دینا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t5-c2-i2 = سرگرمیوں اور خدمات کی تیاری اور انتظام میں خدمات استعمال کرنے والوں کو شامل کرنا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t5-c2-i3 = { -council } اور دیگر رضاکارانہ اور کمیونٹی تنظیموں کے ساتھ تمام معاملات میں کھلا اور شفاف رہنا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 4
leicestershire-county-compact--undertakings--b2-t5-c2-i4 = { -council } کے ساتھ مل کر کام کرتے وقت یہ واضح کرنا کہ { -vcs-short } کس حد تک شامل ہونے کی گنجائش رکھتا ہے۔
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 6
leicestershire-county-compact--undertakings--b2-t6-title = ہم { -compact } سے اپنی وابستگی کیسے ظاہر کرتے ہیں
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by council, item 1
leicestershire-county-compact--undertakings--b2-t6-c1-i1 = { -compact } میں کیے گئے عہد پر عمل کرنے کے لیے کام کے نئے انتظامات قائم کرنا اور مناسب وسائل مختص کرنا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by council, item 2
leicestershire-county-compact--undertakings--b2-t6-c1-i2 = پوری { -council } میں { -compact } کے عہد کی، اور ان پر عمل کے طریقے کی، سمجھ کو فروغ دینا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t6-c2-i1 = { -compact } کے اقدامات پر عمل درآمد اور اس کے طے شدہ جائزوں میں حصہ لینے کی حمایت کرنا، اور جہاں ممکن ہو اس کے لیے وقت اور وسائل وقف کرنا۔
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t6-c2-i2 = لیسٹرشائر میں کام کرنے والی رضاکارانہ اور کمیونٹی تنظیموں میں { -compact } کو اپنانے کی ترغیب دینا۔

## 8. How will we know if the Compact is working?

# context: 8. How will we know if the Compact is working? › section heading
leicestershire-county-compact--s8--title = ہمیں کیسے معلوم ہوگا کہ { -compact } کارگر ہے؟
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b1 = اس { -compact } کی تیاری میں شامل تمام شراکت دار { -vcs-short } اور { -council } کے درمیان درج ذیل نتائج دیکھنا چاہتے ہیں:
# context: 8. How will we know if the Compact is working? › outcomes, item 1
leicestershire-county-compact--s8--b2-i1 = **سمجھ بوجھ** میں اضافہ
# context: 8. How will we know if the Compact is working? › outcomes, item 2
leicestershire-county-compact--s8--b2-i2 = بہتر **رابطہ**؛
# context: 8. How will we know if the Compact is working? › outcomes, item 3
leicestershire-county-compact--s8--b2-i3 = **مشاورت** کے بہتر عمل اور طریقِ کار؛
# context: 8. How will we know if the Compact is working? › outcomes, item 4
leicestershire-county-compact--s8--b2-i4 = مشترکہ **منصوبہ بندی اور پالیسی** کے اقدامات میں اضافہ؛
# context: 8. How will we know if the Compact is working? › outcomes, item 5
leicestershire-county-compact--s8--b2-i5 = **فنڈنگ** کے انتظامات اور طریقِ کار کا جائزہ
# context: 8. How will we know if the Compact is working? › outcomes, item 6
leicestershire-county-compact--s8--b2-i6 = **معلومات** کی مؤثر ترسیل
# context: 8. How will we know if the Compact is working? › outcomes, item 7
leicestershire-county-compact--s8--b2-i7 = **خدمات کی فراہمی** میں بہتری
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b3 = یہ نتائج حاصل کرنے کے لیے ایک لائحۂ عمل تیار کیا جائے گا۔ یہ لائحۂ عمل:
# context: 8. How will we know if the Compact is working? › lettered list, item (a)
leicestershire-county-compact--s8--b4-i1 = فنڈنگ، مشاورت، سیاہ فام اور اقلیتی نسلی گروہوں، رضاکاری اور کمیونٹی گروپوں سے متعلق قومی ضابطۂ عمل کو مقامی حالات کے مطابق ڈھالے گا؛
# context: 8. How will we know if the Compact is working? › lettered list, item (b)
leicestershire-county-compact--s8--b4-i2 = { -compact } کے اثرات کا جائزہ لینے اور ان کی نگرانی کا طریقۂ کار قائم کرے گا؛
# context: 8. How will we know if the Compact is working? › lettered list, item (c)
leicestershire-county-compact--s8--b4-i3 = ثالثی اور مصالحت کا ایک طریقۂ کار طے کرے گا۔
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b5 = لائحۂ عمل کا ہر سال جائزہ لیا جائے گا۔
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b6 = لائحۂ عمل میں ان تمام شریک گروپوں اور تنظیموں کی فہرست شامل ہوگی جو کاؤنٹی { -compact } میں شامل ہوں، اور اس طرح { -compact } کے شراکت داروں کے ساتھ منصفانہ اور مساوی انداز میں کام کرنے کی پابند ہوں۔

## 9. Accessibility of the Compact document

# context: 9. Accessibility of the Compact document › section heading
leicestershire-county-compact--s9--title = { -compact } کی دستاویز تک رسائی
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b1 = درخواست پر کاؤنٹی { -compact } مختلف کمیونٹی زبانوں اور مختلف فارمیٹس میں دستیاب ہے۔
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b2 = اس کے ساتھ آپ کو ایک پوسٹر ملے گا جس میں { -compact } کے { -shared-principles } مختصراً بیان کیے گئے ہیں، اور اس میں ایک حصہ ہے جس پر گروپ اور تنظیمیں دستخط کر کے { -compact } کی روح کے مطابق کام کرنے کے اپنے عہد کا اعلان کر سکتی ہیں۔ پوسٹر کا مقصد عملے، رضاکاروں، خدمات استعمال کرنے والوں اور آپ کی جگہ پر آنے والے دیگر گروپوں اور تنظیموں میں کاؤنٹی { -compact } کے بارے میں آگاہی پیدا کرنا ہے۔
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b3 = کاؤنٹی { -compact } کے ساتھ شمولیت کا ایک فارم بھی ہے، جسے کاؤنٹی { -compact } میں شامل ہونے کے خواہشمند گروپ اور تنظیمیں پُر کر کے واپس بھیجتی ہیں۔ "شامل ہونے" کا مطلب یہ ہے کہ گروپ اور تنظیمیں { -compact } معاہدے کی روح کے مطابق { -council } اور { -vcs-short } کے شراکت داروں کے ساتھ کام کرنے پر متفق ہیں۔

## 10. Joining up the tiers

# context: 10. Joining up the tiers › section heading
leicestershire-county-compact--s10--title = مختلف سطحوں کو آپس میں جوڑنا
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b1 = لیسٹرشائر میں ہمیں ایک دوسرے سے مربوط مقامی { -compacts } تیار کرنے کا چیلنج درپیش ہے۔ لیسٹرشائر کی ہر { -cvs } متعلقہ ڈسٹرکٹ { -council } اور { -pct } کے ساتھ مل کر اپنے علاقے کے لیے مقامی { -compacts } تیار کر رہی ہے یا تیار کرنے کا منصوبہ رکھتی ہے۔ کاؤنٹی اور شہر کے { -vcs-short } اور Leicestershire Learning and Skills Council کے درمیان ایک لرننگ { -compact } تیار کرنے کا منصوبہ بھی ہے۔ Leicestershire Local Strategic Partnership نے اتفاق کیا ہے کہ لیسٹرشائر کاؤنٹی { -compact } عمومی طور پر لیسٹرشائر میں مقامی { -compacts(case: "oblique") } کی تیاری کے لیے ایک نمونہ ہے۔ اس لیے اگرچہ دوسرے مقامی { -compacts(case: "oblique") } میں { -shared-principles } اور شعبوں کے { -undertakings } زیادہ تر یکساں رہیں گے، لیکن ان سے بننے والے لائحۂ عمل { -vcs-short } اور مقامی اداروں کے تعلقات میں مقامی ضروریات اور ترجیحات کی عکاسی کریں گے۔
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b2 = لیسٹرشائر میں تیار کیے جا رہے مقامی { -compacts }:
# context: 10. Joining up the tiers › bulleted list, item 1
leicestershire-county-compact--s10--b3-i1 = **بلیبی ڈسٹرکٹ { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 2
leicestershire-county-compact--s10--b3-i2 = **ہنکلی اینڈ بوسورتھ ایریا { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 3
leicestershire-county-compact--s10--b3-i3 = **میلٹن بورو { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 4
leicestershire-county-compact--s10--b3-i4 = **چارن وُڈ { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 5
leicestershire-county-compact--s10--b3-i5 = **اوڈبی اینڈ وگسٹن { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 6
leicestershire-county-compact--s10--b3-i6 = **نارتھ ویسٹ لیسٹرشائر { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 7
leicestershire-county-compact--s10--b3-i7 = **ساؤتھ لیسٹرشائر { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 8
leicestershire-county-compact--s10--b3-i8 = **Leicestershire Learning and Skills Council کے ساتھ لرننگ { -compact } (کاؤنٹی اور شہر)**
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b5 = مزید معلومات کے لیے CVS Community Partnership میں پارٹنرشپ آفیسر سے رابطہ کریں۔
# context: 10. Joining up the tiers › contact card, the contact's role
leicestershire-county-compact--s10--b6-role = پارٹنرشپ آفیسر

## Other formats and languages

# context: Other formats and languages › section heading
leicestershire-county-compact--alternative-formats--title = دیگر فارمیٹ اور زبانیں
# context: Other formats and languages › how to ask for other formats
leicestershire-county-compact--alternative-formats--b1-text = اگر آپ کو اس کتابچے کی معلومات کسی اور صورت میں درکار ہوں، مثلاً بڑے حروف، بریل، ٹیپ یا کوئی اور زبان، تو براہ کرم:
