### review-status: machine-assisted
### Urdu translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ charnwood-nw-leicestershire-compact.yaml.

charnwood-nw-leicestershire-compact--label = کمپیکٹ
charnwood-nw-leicestershire-compact--title = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر کمپیکٹ
charnwood-nw-leicestershire-compact--summary = یہ کمپیکٹ چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر میں رضاکارانہ و کمیونٹی شعبے کی تنظیموں، مقامی حکام اور پرائمری کیئر ٹرسٹ (PCT) کے درمیان کام کے تعلقات کا ایک باضابطہ ڈھانچہ طے کرتا ہے۔
charnwood-nw-leicestershire-compact--principles--title = چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر کمپیکٹ کے مشترکہ اصول
charnwood-nw-leicestershire-compact--principles--b1-i1 = رضاکارانہ عمل جمہوری معاشرے کا ایک لازمی جزو ہے۔
charnwood-nw-leicestershire-compact--principles--b1-i2 = ایک آزاد اور متنوع رضاکارانہ و کمیونٹی شعبہ معاشرے کی فلاح کی بنیاد ہے۔
charnwood-nw-leicestershire-compact--principles--b1-i3 = عوامی پالیسی اور خدمات کی تیاری اور فراہمی میں PCT، بورو کونسل، ڈسٹرکٹ کونسل اور رضاکارانہ و کمیونٹی شعبے کے کردار الگ الگ مگر ایک دوسرے کے تکمیلی ہیں۔
charnwood-nw-leicestershire-compact--principles--b1-i4 = مشترکہ مقاصد اور اہداف کے لیے شراکت میں کام کرنے میں اضافی قدر ہے۔ مناسب شمولیت اور مشاورت تعلقات استوار کرتی ہے، پالیسی سازی کو بہتر بناتی ہے اور خدمات و پروگراموں کی منصوبہ بندی اور فراہمی کو بہتر کرتی ہے۔
charnwood-nw-leicestershire-compact--principles--b1-i5 = PCT، بورو کونسل، ڈسٹرکٹ کونسل اور رضاکارانہ و کمیونٹی شعبے کی جوابدہی کی صورتیں مختلف ہیں اور وہ مختلف فریقین کو جوابدہ ہیں۔ لیکن سب کے لیے دیانت، غیر جانبداری، جوابدہی، کھلا پن، ایمانداری اور قیادت یکساں ضروری ہیں۔
charnwood-nw-leicestershire-compact--principles--b1-i6 = رضاکارانہ اور کمیونٹی تنظیموں کو اپنے مقاصد آگے بڑھانے کے لیے قانون کے دائرے میں مہم چلانے کا حق ہے۔
charnwood-nw-leicestershire-compact--principles--b1-i7 = PCT، بورو کونسل اور ڈسٹرکٹ کونسل دیگر باتوں کے علاوہ کچھ رضاکارانہ اور کمیونٹی تنظیموں کو فنڈ دینے والوں کے طور پر اہم کردار ادا کرتے ہیں۔ کچھ رضاکارانہ اور کمیونٹی تنظیمیں صحت اور سماجی نگہداشت کے لیے خاطر خواہ فنڈز جمع کرتی ہیں۔ فنڈنگ این ایچ ایس اور رضاکارانہ و کمیونٹی شعبے کے تعلق کا ایک اہم عنصر ہو سکتی ہے۔
charnwood-nw-leicestershire-compact--principles--b1-i8 = PCT، بورو کونسل، ڈسٹرکٹ کونسل اور رضاکارانہ و کمیونٹی شعبہ نسل، عمر، معذوری، جنس، جنسی رجحان یا مذہب سے قطع نظر تمام لوگوں کے لیے مواقع کی برابری کو فروغ دینے کی اہمیت کو تسلیم کرتے ہیں۔
charnwood-nw-leicestershire-compact--principles--b1-i9 = یہ کمپیکٹ چارن وُڈ اور نارتھ ویسٹ لیسٹرشائر میں نافذ کمیونٹی حکمت عملیوں اور لوکل اسٹریٹجک پارٹنرشپس کے مقاصد کی براہ راست حمایت کرتا ہے۔
