### Urdu translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ learning-compact-launch.yaml.


## Title page

# context: title page, the label above the title
learning-compact-launch--label = خبر
# context: title page, title
learning-compact-launch--title = لرننگ اینڈ اسکلز { -compact }
# context: summary, also shown on the home page
learning-compact-launch--summary = لیسٹرشائر میں اب مقامی { -vcs(case: "oblique") } اور مقامی لرننگ اینڈ اسکلز کونسل کے درمیان ایک { -compact } موجود ہے۔ تفصیلات Mick O'Hara بتا رہے ہیں۔
# context: title page, area
learning-compact-launch--area = لیسٹر اور لیسٹرشائر

## A part without a heading (story)

# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b1 = لیسٹر شہر اور لیسٹرشائر کا { -vcs } ({ -vcs-short }) ملک بھر میں وہ پہلا شعبہ ہے جس نے اپنی مقامی Leicestershire Learning and Skills Council (LLSC) کے ساتھ ایک معاہدہ، یعنی { -compact }، تیار کیا ہے۔
# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b2 = { -compact } کے ذریعے { -vcs-short } اور LLSC ایک دوسرے کی مدد کر سکیں گے، تاکہ لیسٹرشائر میں سیکھنے والے معاشرے کا ان کا مشترکہ تصور حقیقت بن سکے: "ایک ایسا معاشرہ جس میں ہر شخص کو یہ موقع ملے کہ وہ اپنی صلاحیتوں اور محنت کے بل پر جہاں تک جا سکتا ہے جائے، سیکھنے کے مواقع سے فائدہ اٹھائے اور پوری طرح شریک ہو"۔
# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b3 = 27 جولائی کو جاری کیے گئے اس { -compact } پر Leicestershire VCS Learning & Skills Consortium کے چیئر Neil Lambert اور Leicestershire LSC کے ایگزیکٹو ڈائریکٹر David Nelson نے باضابطہ دستخط کیے، اور رضاکارانہ شعبے کے نمائندے اور LLSC کے اراکین اس کے گواہ بنے۔

## Shared aims

# context: Shared aims › section heading
learning-compact-launch--shared-aims--title = مشترکہ مقاصد
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b1 = لیسٹرشائر میں { -vcs-short } کی تنظیموں اور گروپوں اور LLSC کے درمیان تیار کیا گیا یہ { -compact } ایک ایسا ڈھانچہ فراہم کرتا ہے جس کے تحت تنظیمیں باہمی طور پر طے شدہ معیارات کے مطابق مل کر کام کر سکتی ہیں۔ اگرچہ یہ قانونی طور پر پابند نہیں ہے، تمام رکن تنظیمیں مل کر ایسے اسٹریٹجک مقاصد حاصل کرنے پر متفق ہیں جو درج ذیل کو فروغ دیں:
# context: Shared aims › bulleted list, item 1
learning-compact-launch--shared-aims--b2-i1 = شرکت کو وسعت دینا
# context: Shared aims › bulleted list, item 2
learning-compact-launch--shared-aims--b2-i2 = رضاکارانہ شعبے کی تنظیموں کے عملے کو ترقی دینا
# context: Shared aims › bulleted list, item 3
learning-compact-launch--shared-aims--b2-i3 = فراہمی کے معیار کو بہتر بنانا اور اسے ضروریات کے مطابق زیادہ مؤثر بنانا۔
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b3 = { -compact } کی تیاری اور پیش رفت کی ذمہ داری { -compact } کی ترقی و جائزے کے گروپ (Compact Development and Evaluation Group) کو سونپی گئی ہے، جس میں مقامی { -vcs(case: "oblique") } اور Leicestershire LSC کے نمائندے شامل ہیں۔ اس گروپ کا پہلا کام ایک ابتدائی لائحۂ عمل تیار کرنا تھا، تاکہ پہلے چھ ماہ کے دوران اور اس کے بعد ہر سال { -compact } کی پیش رفت اور ترقی کا جائزہ لیا جاتا رہے۔
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b4 = ہر سال ایک مختصر رپورٹ تیار کی جائے گی جس میں پیش رفت بیان کی جائے گی اور، جہاں ضروری ہو، لائحۂ عمل کو تازہ کیا جائے گا۔

## Looking for success

# context: Looking for success › section heading
learning-compact-launch--looking-for-success--title = کامیابی کی پہچان
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b1 = { -compact } کی کامیابی کو بڑی حد تک اس بات سے پرکھا جائے گا کہ یہ کس حد تک درج ذیل کو ممکن بنا پاتا ہے:
# context: Looking for success › bulleted list, item 1
learning-compact-launch--looking-for-success--b2-i1 = تعلیم و ہنر کی فراہمی کی تشکیل میں، اور کمیونٹیز میں اور خود رضاکارانہ و کمیونٹی تنظیموں میں سیکھنے کی طلب بڑھانے میں، رضاکارانہ اور کمیونٹی تنظیموں (وی سی اوز) کی زیادہ شرکت (مقامی شراکت داریوں، اسٹریٹجک ایریا ریویوز، لرننگ کنسورشیم وغیرہ کے ذریعے)
# context: Looking for success › bulleted list, item 2
learning-compact-launch--looking-for-success--b2-i2 = LLSC سے فنڈ پانے والے ایسے مزید اداروں کی تعداد جو { -compact } میں شامل ہونے پر رضامند ہوں۔ اس وقت 24 ادارے شامل ہو چکے ہیں۔ مقصد یہ ہے کہ جولائی 2006 میں { -compact } کی پہلی سالگرہ تک { -vcs(case: "oblique") } کے تعلیم و ہنر فراہم کرنے والے تمام ادارے اس میں شامل ہو جائیں۔
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b3 = { -compact } [http://digbig.com/4erqp](http://digbig.com/4erqp) یا [www.ccp.org.uk](http://www.ccp.org.uk) پر دیکھا جا سکتا ہے (اور مقامی تنظیمیں وہیں { -compact } میں شامل ہو سکتی ہیں)۔
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b4 = { -compact } کے بارے میں مزید معلومات کے لیے رابطہ کریں:
# context: Looking for success › contact card, the contact's role
learning-compact-launch--looking-for-success--b5-role = SOL لرننگ اینڈ اسکلز کوآرڈینیٹر
