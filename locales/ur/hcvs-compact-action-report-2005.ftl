### Urdu translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ hcvs-compact-action-report-2005.yaml.


## Title page

# context: title page, the label above the title
hcvs-compact-action-report-2005--label = کارروائی رپورٹ
# context: title page, title
hcvs-compact-action-report-2005--title = HCVS اسٹریٹجک قیادت: { -compact } کارروائی رپورٹ
# context: summary, also shown on the home page
hcvs-compact-action-report-2005--summary = { -compact } کے بارے میں آگاہی پھیلانے اور اس کے ضابطہ ہائے عمل کی حمایت میں ہرٹفورڈشائر کے ہر ضلع کی پیش رفت، جیسا کہ 8 ستمبر 2005 کو بتایا گیا۔
# context: title page, area
hcvs-compact-action-report-2005--area = ہرٹفورڈشائر

## A part without a heading (report)

# context: A part without a heading (report) › table caption
hcvs-compact-action-report-2005--report--b1-caption = HCVS اسٹریٹجک قیادت: { -compact } کارروائی رپورٹ، سال 8.9.05
# context: A part without a heading (report) › table header, column 1
hcvs-compact-action-report-2005--report--b1-h1 = مقصد
# context: A part without a heading (report) › table header, column 2
hcvs-compact-action-report-2005--report--b1-h2 = کارروائی
# context: A part without a heading (report) › table header, column 3
hcvs-compact-action-report-2005--report--b1-h3 = طریقہ
# context: A part without a heading (report) › table header, column 4
hcvs-compact-action-report-2005--report--b1-h4 = اب تک کی کارروائی
# context: A part without a heading (report) › table row 1, column 1, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c1p1 = { -compact } کو کام کرنے کے ایک طریقے کے طور پر متعارف کرانا
# context: A part without a heading (report) › table row 1, column 2, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c2p1 = مقامی سطح پر { -compact } کے بارے میں آگاہی پیدا کرنا
# context: A part without a heading (report) › table row 1, column 3, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c3p1 = سرکاری اداروں کے افسران کے لیے تربیتی نشستیں، اور جہاں { -compact } ابھی تیار ہو رہا ہے وہاں { -compact } سے متعلق مقامی تقریبات۔
# context: A part without a heading (report) › table row 1, column 4, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c4p1 = **ہرٹسمیئر:**
# context: A part without a heading (report) › table row 1, column 4, paragraph 2
hcvs-compact-action-report-2005--report--b1-r1c4p2 = LSP نے مقامی { -compact } گروپ سے کہا ہے کہ وہ LSP کے ایک روزہ خصوصی اجلاس (Away-day) کے نتیجے میں کمیونٹی حکمت عملی (Community Strategy) پر نظرِ ثانی کا کام کرے۔
# context: A part without a heading (report) › table row 1, column 4, paragraph 3
hcvs-compact-action-report-2005--report--b1-r1c4p3 = اس کے نتیجے میں کمیونٹی حکمت عملی کے عہد کے ساتھ ساتھ وسائل کے سوال پر بھی غور ہونا چاہیے، یعنی کون کیا کرے گا اور اس کا خرچ کون اٹھائے گا۔ یہ ان { -vcs-short } گروپوں کے لیے بہت مفید ہونا چاہیے جن کے ذمے کمیونٹی حکمت عملی کے عہد ہیں۔
# context: A part without a heading (report) › table row 1, column 4, paragraph 4
hcvs-compact-action-report-2005--report--b1-r1c4p4 = براکسبورن اس سال نومبر میں اپنا { -compact } شائع کرنے والے ہیں۔ اس مرحلے پر کسی تقریب کا منصوبہ نہیں، لیکن یہ بدل سکتا ہے کیونکہ اگلے سال فنڈنگ سے متعلق پہلا ضابطہ تیار کرنے کا منصوبہ ہے، اس لیے وہ مشاورت کے عمل کی طرف بڑھنے کا ارادہ رکھتے ہیں۔ تفصیلی منصوبہ منسلک ہے۔
# context: A part without a heading (report) › table row 1, column 4, paragraph 5
hcvs-compact-action-report-2005--report--b1-r1c4p5 = Stevenage LSP نے ملک کے دوسرے حصوں میں Single Communities فنڈنگ اچانک واپس لینے کے معاملے میں { -compact } کو نظر انداز کرنے پر ODPM کو ایک مذمتی خط بھیجا۔ LSP نے یہ بھی طے کیا کہ وہ اپنے سرکاری اور { -vcs-short } اراکین کا ایک { -compact } سروے کرے گا، تاکہ { -compact } کے بارے میں آگاہی/سمجھ کا اندازہ لگایا جا سکے اور اس سے { -compact } کے اہم شراکت داروں، SBC اور پی سی ٹی، میں { -compact } سے آگاہی کی تربیت کے آئندہ پروگرام کی رہنمائی ہو۔ سوالنامہ ستمبر میں تیار کیا جائے گا۔
# context: A part without a heading (report) › table row 1, column 4, paragraph 6
hcvs-compact-action-report-2005--report--b1-r1c4p6 = سینٹ البنز { -compact } کو مسودے کی شکل میں مشاورت کے لیے پیش کیا گیا، اور 21 جون کو اس کی ایک کامیاب پیشکش اور افتتاحی تقریب ہوئی جس میں بڑی تعداد میں لوگ شریک ہوئے۔ اسٹیئرنگ گروپ کا ستمبر کے شروع میں دوبارہ اجلاس طے ہے، جس میں جوابات کا جائزہ لیا جائے گا اور اکتوبر کے آخر سے پہلے منظوری اور اشاعت کی منصوبہ بندی کی جائے گی۔ { -vcs-short } گروپوں کے لیے ضرورت کے مطابق دوپہر کے وقفے میں معلوماتی نشستیں منعقد کی جائیں گی۔
# context: A part without a heading (report) › table row 1, column 4, paragraph 7
hcvs-compact-action-report-2005--report--b1-r1c4p7 = ایسٹ ہرٹس میں { -compact } سے متعلق سرگرمی سست پڑ گئی ہے، لیکن حال ہی میں قائم ہونے والے VOCAL منصوبے کے پیچھے اصل محرک ایسٹ ہرٹس { -compact } گروپ ہی تھا
# context: A part without a heading (report) › table row 2, column 1, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c1p1 = ضابطوں کی حمایت:
# context: A part without a heading (report) › table row 2, column 1, paragraph 2
hcvs-compact-action-report-2005--report--b1-r2c1p2 = مشاورت اور پالیسی کا جائزہ، رضاکاری اور فنڈنگ
# context: A part without a heading (report) › table row 2, column 2, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c2p1 = ضابطوں کے بارے میں، اور ان کے جائزے اور تشخیص کے بارے میں معلومات پھیلانا
# context: A part without a heading (report) › table row 2, column 3, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c3p1 = خبرناموں میں اور ویب سائٹ پر معلومات شائع کرنا
# context: A part without a heading (report) › table row 2, column 4, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c4p1 = اسٹیونیج کے ضابطہ ہائے عمل مارچ کی کانفرنس میں جاری کیے گئے اور مئی 05 میں شعبے کو ڈاک سے بھیجے گئے۔ سیاہ فام اور اقلیتی نسلی (BME) گروہوں سے متعلق ضابطے پر مئی میں مشاورت ہوئی لیکن تحریری جوابات کم آئے۔ Stevenage World Forum ستمبر/اکتوبر میں زیادہ منتخب اور مخصوص طریقے سے یہ ضابطہ اپنے رکن گروپوں تک لے جائے گا۔ { -compact } کا ایگزیکٹو گروپ اگلے اقدامات طے کرنے کے لیے اکتوبر میں اجلاس کرے گا۔
# context: A part without a heading (report) › table row 2, column 4, paragraph 2
hcvs-compact-action-report-2005--report--b1-r2c4p2 = براکسبورن اگلے سال فنڈنگ سے متعلق ایک ضابطہ تیار کرنے کا منصوبہ رکھتے ہیں۔
# context: A part without a heading (report) › table row 2, column 4, paragraph 3
hcvs-compact-action-report-2005--report--b1-r2c4p3 = Dacorum CVS اور Dacorum Borough Council نے مشاورت سے متعلق ضابطۂ عمل پر ایک مشاورت کی قیادت کی، جو مارچ میں شروع ہو کر جون تک جاری رہی۔ جوابات کا تجزیہ کر کے دستاویز میں ترامیم کی گئی ہیں۔ ان ترامیم سے متن کا مطلب نہیں بدلا بلکہ الفاظ آسان ہوئے ہیں؛ یہ متن قومی نمونے پر مبنی ہے۔ مشاورت سے متعلق ضابطہ 28 ستمبر 2005 کو جاری کیا جائے گا۔
# context: A part without a heading (report) › table row 2, column 4, paragraph 4
hcvs-compact-action-report-2005--report--b1-r2c4p4 = واٹفورڈ میں مئی 2005 میں منصوبہ بندی پر ایک سیمینار ہوا۔ اس تقریب نے سرکاری شعبے اور { -vcs(case: "oblique") } دونوں کو فعال شرکت کا موقع دیا، تاکہ وہ مل کر فنڈنگ، مشاورت اور پالیسی کے جائزے، اور رضاکاری سے متعلق 3 ضابطہ ہائے عمل کی منظوری دیں۔
# context: A part without a heading (report) › table row 2, column 4, paragraph 5
hcvs-compact-action-report-2005--report--b1-r2c4p5 = ضابطہ ہائے عمل چھاپے اور شائع کیے جائیں گے۔
# context: A part without a heading (report) › table row 2, column 4, paragraph 6
hcvs-compact-action-report-2005--report--b1-r2c4p6 = سیمینار میں اٹھائے گئے کچھ نکات میں یہ بات شامل تھی کہ منصوبہ بندی اور فیصلہ سازی میں کمیونٹی کی مؤثر شرکت یقینی بنانے میں { -vcs(case: "oblique") } کی اہمیت کو تسلیم کیا جائے۔ اسٹیئرنگ گروپ مل کر تقسیم کے لیے ایک سالانہ منصوبہ تیار کرے گا۔ سیمینار میں یہ بات بھی سامنے آئی کہ سب چاہتے تھے کہ اس کام میں { -cvs } قیادت کرے۔
