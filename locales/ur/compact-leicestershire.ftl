### Urdu translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ compact-leicestershire.yaml.


## Title page

# context: title page, the label above the title
compact-leicestershire--label = ضمیمہ 2
# context: title page, title
compact-leicestershire--title = { -compact } لیسٹرشائر
# context: title page, subtitle
compact-leicestershire--subtitle = { -compact } لیسٹرشائر، لیسٹرشائر ٹوگیدر پبلک سیکٹر پارٹنرز اور لیسٹرشائر کے { -vcs(case: "oblique") } کے درمیان تعلقات کے بارے میں ایک رہنما ہے
# context: summary, also shown on the home page
compact-leicestershire--summary = { -compact } لیسٹرشائر کے { -shared-principles }، اور تنظیموں کے لیے ان میں شامل ہونے کا ایک فارم۔
# context: title page, area
compact-leicestershire--area = لیسٹرشائر
# context: title page, party 1
compact-leicestershire--party-1 = لیسٹرشائر ٹوگیدر پبلک سیکٹر پارٹنرز (LTPS)
# context: title page, party 2
compact-leicestershire--party-2 = لیسٹرشائر کا { -vcs } ({ -vcs-short })

## Shared principles

# context: Shared principles › section heading
compact-leicestershire--principles--title = { -shared-principles }
# context: Shared principles › paragraph
compact-leicestershire--principles--b1 = ہم نے درج ذیل { -shared-principles(case: "oblique") } کی نشاندہی کی ہے:
# context: Shared principles › shared principles, item 1
compact-leicestershire--principles--b2-i1 = رضاکارانہ اور کمیونٹی عمل ایک جمہوری معاشرے کے لیے ضروری ہے
# context: Shared principles › shared principles, item 2
compact-leicestershire--principles--b2-i2 = ایک آزاد اور متنوع { -vcs } ({ -vcs-short }) معاشرے کی فلاح کی بنیاد ہے۔
# context: Shared principles › shared principles, item 3
compact-leicestershire--principles--b2-i3 = لیسٹرشائر ٹوگیدر پبلک سیکٹر شراکت دار (LTPS) اور { -vcs-short } دونوں نسل، عمر، معذوری، جنس، جنسی رجحان، مذہب، نسلی یا قومی پس منظر، ازدواجی حیثیت یا طبی حالت سے قطع نظر تمام لوگوں کے لیے مواقع کی برابری کو فروغ دینے کی اہمیت کو تسلیم کرتے ہیں۔
# context: Shared principles › shared principles, item 4
compact-leicestershire--principles--b2-i4 = عوامی پالیسی اور خدمات کی تیاری اور فراہمی میں LTPS شراکت داروں اور { -vcs-short } کے کردار الگ الگ مگر ایک دوسرے کے تکمیلی ہیں۔
# context: Shared principles › shared principles, item 5
compact-leicestershire--principles--b2-i5 = مشترکہ مقاصد اور اہداف کے لیے مل کر کام کرنے میں اضافی قدر ہے۔ مناسب رابطہ تعلقات استوار کرتا ہے، پالیسی سازی کو بہتر بناتا ہے اور خدمات و پروگراموں کی منصوبہ بندی اور فراہمی کو بہتر کرتا ہے۔
# context: Shared principles › shared principles, item 6
compact-leicestershire--principles--b2-i6 = LTPS شراکت داروں اور { -vcs-short } کی جوابدہی کی صورتیں مختلف ہیں اور وہ مختلف لوگوں اور تنظیموں کو جوابدہ ہو سکتے ہیں۔ لیکن دونوں کے لیے بے غرضی، دیانت، غیر جانبداری، جوابدہی، شفافیت، ایمانداری، پیسے کا درست استعمال اور قیادت یکساں ضروری ہیں۔
# context: Shared principles › shared principles, item 7
compact-leicestershire--principles--b2-i7 = فنڈنگ، کمیشننگ اینڈ پروکیورمنٹ کوڈ آف گُڈ پریکٹس میں بیان کردہ اصولوں اور موجودہ و آئندہ متفقہ { -compact } لیسٹرشائر ضابطوں اور رہنمائی کی پابندی { -vcs-short } اور ان ضابطوں اور رہنمائی پر دستخط کرنے والا پبلک سیکٹر دونوں کریں گے۔
# context: Shared principles › shared principles, item 8
compact-leicestershire--principles--b2-i8 = رضاکارانہ اور کمیونٹی تنظیموں کو اپنے مقاصد آگے بڑھانے کے لیے قانون کے دائرے میں مہم چلانے کا حق ہے۔
# context: Shared principles › shared principles, item 9
compact-leicestershire--principles--b2-i9 = LTPS شراکت دار اور { -vcs-short } تسلیم کرتے ہیں کہ جہاں خدمات کمیشن کی جانی ہوں یا گرانٹ سے چلائی جانی ہوں، وہاں پبلک سیکٹر شراکت داروں کو رضاکارانہ اور کمیونٹی تنظیموں کے لیے وسائل مختص کرنے کی ضرورت ہے۔ ان وسائل میں فنڈز، مشورہ اور رضاکاری سمیت دیگر معاونت شامل ہے، اور یہ تعلق کے اہم عناصر ہیں
# context: Shared principles › shared principles, item 10
compact-leicestershire--principles--b2-i10 = یہ تسلیم کیا جاتا ہے (اور اس کی تائید کی جاتی ہے) کہ پبلک سیکٹر کے ساتھ ٹینڈر اور معاہدے کرتے وقت { -vcs-short } (اور سماجی ادارے) فُل کاسٹ ریکوری کے طریقے پر عمل کریں گے۔
# context: Shared principles › shared principles, item 11
compact-leicestershire--principles--b2-i11 = موجودہ، جاری یا دیے گئے معاہدوں، گرانٹس، سمجھوتوں یا معاونت (بشمول رہائشی اثاثوں) میں کسی بھی تبدیلی، خاتمے یا جائزے سے متاثر ہونے والی تمام { -vcs-short } تنظیموں کو پبلک سیکٹر کا ادارہ کم از کم تین ماہ کا متفقہ پیشگی نوٹس دے گا؛ اس کا اطلاق وہاں نہیں ہوتا جہاں پہلے سے طے شدہ اور متفقہ اختتامی تاریخ موجود ہو۔
# context: Shared principles › shared principles, item 12
compact-leicestershire--principles--b2-i12 = نیشنل سروے آف چیریٹیز اینڈ سوشل انٹرپرائزز کے ذریعے ایک متحرک، متنوع اور آزاد { -vcs-short } شعبہ { -compact } لیسٹرشائر کی کامیابی کا ایک پیمانہ ہے۔ مقامی پیمانے بھی تیار کیے جائیں گے۔
# context: Shared principles › shared principles, item 13
compact-leicestershire--principles--b2-i13 = { -compact } لیسٹرشائر کے کسی بھی دستخط کنندہ کو تعمیل میں (حقیقی یا سمجھی گئی) ناکامی کو چیلنج کیے جانے پر نہ ڈرنا چاہیے اور نہ ہی سزا کا سامنا کرنا چاہیے۔
# context: Shared principles › shared principles, item 14
compact-leicestershire--principles--b2-i14 = سمجھوتوں، معاہدوں اور گرانٹس تک پہنچتے وقت تمام فریقوں (پبلک سیکٹر، { -vcs-short } اور پرائیویٹ سیکٹر) کے کردار، ذمہ داریوں اور فرائض کو واضح کرنا۔
# context: Shared principles › shared principles, item 15
compact-leicestershire--principles--b2-i15 = اوپر بیان کردہ { -compact } لیسٹرشائر کے اصول { -vcs-short } کے ساتھ معاہدوں میں تحریر کیے جائیں گے۔

## Your commitment:

# context: Your commitment: › section heading
compact-leicestershire--commitment--title = آپ کا عہد:
# context: Your commitment: › sign-up form, the pledge
compact-leicestershire--commitment--b1-pledge = ہم { -compact } لیسٹرشائر کے اصولوں سے متفق ہیں اور { -compact } کی روح کے مطابق اپنے شراکت داروں کے ساتھ کام کریں گے:
# context: Your commitment: › sign-up form, label of box 1
compact-leicestershire--commitment--b1-field1 = نام:
# context: Your commitment: › sign-up form, label of box 2
compact-leicestershire--commitment--b1-field2 = تاریخ:
# context: Your commitment: › sign-up form, label of box 3
compact-leicestershire--commitment--b1-field3 = جس تنظیم کی جانب سے
# context: Your commitment: › sign-up form, label of box 4
compact-leicestershire--commitment--b1-field4 = پتہ:
# context: Your commitment: › sign-up form, label of box 5
compact-leicestershire--commitment--b1-field5 = فون:
# context: Your commitment: › sign-up form, label of box 6
compact-leicestershire--commitment--b1-field6 = ای میل:
# context: Your commitment: › sign-up form, where to send it
compact-leicestershire--commitment--b1-return = براہ کرم یہاں واپس بھیجیں:
# context: Your commitment: › sign-up form, before the e-mail address
compact-leicestershire--commitment--b1-return-email = یا ای میل کریں
