### Translations of content/site.yaml.


## The site

# context: the site's title, at the top of every page
site--title = مقامی { -compacts }
# context: the tagline under the title on each home page
site--tagline = { -council(case: "plural-oblique") }، این ایچ ایس اور { -vcs(case: "oblique") } کے درمیان معاہدے
# context: the publisher's contact, their role (in every page's footer)
site--publisher-role = پارٹنرشپ آفیسر

## The accessibility statement

# context: the accessibility statement: content that is not accessible, and why, item 1
site--non-accessible-1 = کچھ ترجمے مشین کی مدد سے کیے گئے ہیں اور ابھی کسی اہلِ زبان نے ان کی جانچ نہیں کی، اس لیے انہیں سمجھنا مشکل ہو سکتا ہے۔ جن صفحات پر ایسے ترجمے ہیں وہاں یہ بتایا گیا ہے۔
# context: the accessibility statement: content that is not accessible, and why, item 2
site--non-accessible-2 = اشاعتوں کے کچھ حصوں کا ابھی ہر کمیونٹی زبان میں ترجمہ نہیں ہوا۔ وہ انگریزی میں دکھائے جاتے ہیں اور انگریزی کے طور پر نشان زد ہوتے ہیں، تاکہ اسکرین ریڈر انہیں انگریزی آواز میں پڑھیں۔
# context: the accessibility statement: content that is not accessible, and why, item 3
site--non-accessible-3 = کمپیوٹر کی آواز میں پڑھی گئی آڈیو ریکارڈنگ اب تک صرف ایک اشاعت کے لیے شائع ہوئی ہے؛ کمپیوٹر کی آواز کچھ ناموں اور الفاظ کا غلط تلفظ کرتی ہے۔ آپ ہم سے درخواست کر سکتے ہیں کہ ہم کوئی بھی اشاعت آپ کو پڑھ کر سنائیں۔
# context: the accessibility statement: how the website was tested
site--tested-how = ہم نے ویب صفحات اور بڑے حروف والے صفحات کو ایک ویب براؤزر میں 320 پکسل کی چوڑائی پر (400% زوم کی طرح) اور خودکار رسائی جانچنے والے پروگراموں سے، اور بڑے حروف والی PDF فائلوں کو ایک PDF/UA جانچنے والے پروگرام سے جانچا۔ ہم نے ابھی تک انہیں اسکرین ریڈر سے نہیں جانچا۔
