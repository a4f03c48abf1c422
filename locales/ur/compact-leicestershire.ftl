### review-status: machine-assisted
### Urdu translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ compact-leicestershire.yaml.

compact-leicestershire--label = ضمیمہ 2
compact-leicestershire--title = کمپیکٹ لیسٹرشائر
compact-leicestershire--subtitle = کمپیکٹ لیسٹرشائر، لیسٹرشائر ٹوگیدر پبلک سیکٹر پارٹنرز اور لیسٹرشائر کے رضاکارانہ و کمیونٹی شعبے کے درمیان تعلقات کے بارے میں ایک رہنما ہے
compact-leicestershire--summary = کمپیکٹ لیسٹرشائر کے مشترکہ اصول، اور تنظیموں کے لیے ان میں شامل ہونے کا ایک فارم۔
compact-leicestershire--area = لیسٹرشائر
compact-leicestershire--party-1 = لیسٹرشائر ٹوگیدر پبلک سیکٹر پارٹنرز (LTPS)
compact-leicestershire--party-2 = لیسٹرشائر کا رضاکارانہ و کمیونٹی شعبہ (VCS)
compact-leicestershire--principles--title = مشترکہ اصول
compact-leicestershire--principles--b1 = ہم نے درج ذیل مشترکہ اصولوں کی نشاندہی کی ہے:
compact-leicestershire--principles--b2-i1 = رضاکارانہ اور کمیونٹی عمل ایک جمہوری معاشرے کے لیے ضروری ہے
compact-leicestershire--principles--b2-i2 = ایک آزاد اور متنوع رضاکارانہ و کمیونٹی شعبہ (VCS) معاشرے کی فلاح کی بنیاد ہے۔
compact-leicestershire--principles--b2-i3 = لیسٹرشائر ٹوگیدر پبلک سیکٹر شراکت دار (LTPS) اور VCS دونوں نسل، عمر، معذوری، جنس، جنسی رجحان، مذہب، نسلی یا قومی پس منظر، ازدواجی حیثیت یا طبی حالت سے قطع نظر تمام لوگوں کے لیے مواقع کی برابری کو فروغ دینے کی اہمیت کو تسلیم کرتے ہیں۔
compact-leicestershire--principles--b2-i4 = عوامی پالیسی اور خدمات کی تیاری اور فراہمی میں LTPS شراکت داروں اور VCS کے کردار الگ الگ مگر ایک دوسرے کے تکمیلی ہیں۔
compact-leicestershire--principles--b2-i5 = مشترکہ مقاصد اور اہداف کے لیے مل کر کام کرنے میں اضافی قدر ہے۔ مناسب رابطہ تعلقات استوار کرتا ہے، پالیسی سازی کو بہتر بناتا ہے اور خدمات و پروگراموں کی منصوبہ بندی اور فراہمی کو بہتر کرتا ہے۔
compact-leicestershire--principles--b2-i6 = LTPS شراکت داروں اور VCS کی جوابدہی کی صورتیں مختلف ہیں اور وہ مختلف لوگوں اور تنظیموں کو جوابدہ ہو سکتے ہیں۔ لیکن دونوں کے لیے بے غرضی، دیانت، غیر جانبداری، جوابدہی، شفافیت، ایمانداری، پیسے کا درست استعمال اور قیادت یکساں ضروری ہیں۔
compact-leicestershire--principles--b2-i7 = فنڈنگ، کمیشننگ اینڈ پروکیورمنٹ کوڈ آف گُڈ پریکٹس میں بیان کردہ اصولوں اور موجودہ و آئندہ متفقہ کمپیکٹ لیسٹرشائر ضابطوں اور رہنمائی کی پابندی VCS اور ان ضابطوں اور رہنمائی پر دستخط کرنے والا پبلک سیکٹر دونوں کریں گے۔
compact-leicestershire--principles--b2-i8 = رضاکارانہ اور کمیونٹی تنظیموں کو اپنے مقاصد آگے بڑھانے کے لیے قانون کے دائرے میں مہم چلانے کا حق ہے۔
compact-leicestershire--principles--b2-i9 = LTPS شراکت دار اور VCS تسلیم کرتے ہیں کہ جہاں خدمات کمیشن کی جانی ہوں یا گرانٹ سے چلائی جانی ہوں، وہاں پبلک سیکٹر شراکت داروں کو رضاکارانہ اور کمیونٹی تنظیموں کے لیے وسائل مختص کرنے کی ضرورت ہے۔ ان وسائل میں فنڈز، مشورہ اور رضاکاری سمیت دیگر معاونت شامل ہے، اور یہ تعلق کے اہم عناصر ہیں
compact-leicestershire--principles--b2-i10 = یہ تسلیم کیا جاتا ہے (اور اس کی تائید کی جاتی ہے) کہ پبلک سیکٹر کے ساتھ ٹینڈر اور معاہدے کرتے وقت VCS (اور سماجی ادارے) فُل کاسٹ ریکوری کے طریقے پر عمل کریں گے۔
compact-leicestershire--principles--b2-i11 = موجودہ، جاری یا دیے گئے معاہدوں، گرانٹس، سمجھوتوں یا معاونت (بشمول رہائشی اثاثوں) میں کسی بھی تبدیلی، خاتمے یا جائزے سے متاثر ہونے والی تمام VCS تنظیموں کو پبلک سیکٹر کا ادارہ کم از کم تین ماہ کا متفقہ پیشگی نوٹس دے گا؛ اس کا اطلاق وہاں نہیں ہوتا جہاں پہلے سے طے شدہ اور متفقہ اختتامی تاریخ موجود ہو۔
compact-leicestershire--principles--b2-i12 = نیشنل سروے آف چیریٹیز اینڈ سوشل انٹرپرائزز کے ذریعے ایک متحرک، متنوع اور آزاد VCS شعبہ کمپیکٹ لیسٹرشائر کی کامیابی کا ایک پیمانہ ہے۔ مقامی پیمانے بھی تیار کیے جائیں گے۔
compact-leicestershire--principles--b2-i13 = کمپیکٹ لیسٹرشائر کے کسی بھی دستخط کنندہ کو تعمیل میں (حقیقی یا سمجھی گئی) ناکامی کو چیلنج کیے جانے پر نہ ڈرنا چاہیے اور نہ ہی سزا کا سامنا کرنا چاہیے۔
compact-leicestershire--principles--b2-i14 = سمجھوتوں، معاہدوں اور گرانٹس تک پہنچتے وقت تمام فریقوں (پبلک سیکٹر، VCS اور پرائیویٹ سیکٹر) کے کردار، ذمہ داریوں اور فرائض کو واضح کرنا۔
compact-leicestershire--principles--b2-i15 = اوپر بیان کردہ کمپیکٹ لیسٹرشائر کے اصول VCS کے ساتھ معاہدوں میں تحریر کیے جائیں گے۔
compact-leicestershire--commitment--title = آپ کا عہد:
compact-leicestershire--commitment--b1-pledge = ہم کمپیکٹ لیسٹرشائر کے اصولوں سے متفق ہیں اور کمپیکٹ کی روح کے مطابق اپنے شراکت داروں کے ساتھ کام کریں گے:
compact-leicestershire--commitment--b1-field1 = نام:
compact-leicestershire--commitment--b1-field2 = تاریخ:
compact-leicestershire--commitment--b1-field3 = جس تنظیم کی جانب سے
compact-leicestershire--commitment--b1-field4 = پتہ:
compact-leicestershire--commitment--b1-field5 = فون:
compact-leicestershire--commitment--b1-field6 = ای میل:
compact-leicestershire--commitment--b1-return = براہ کرم یہاں واپس بھیجیں:
compact-leicestershire--commitment--b1-return-email = یا ای میل کریں
