### Urdu (اردو) strings for the default theme.
### review-status: machine-assisted
### Written with machine assistance; not yet reviewed by a native speaker.
### CLDR: in Urdu only 1 takes the [one] form.

language-name = اردو

## Navigation
skip-link = مرکزی مواد پر جائیں
nav-site = سائٹ
nav-home = سرورق
nav-accessibility = رسائی کا بیان
nav-languages = یہ صفحہ کسی اور زبان میں پڑھیں
nav-breadcrumb = آپ یہاں ہیں
nav-contents = فہرست

## Language chooser
choose-language = اپنی زبان منتخب کریں
choose-language-prompt = کمپیکٹ اردو میں پڑھیں

## Notices about translation
untranslated-notice =
    { $count ->
        [one] اس صفحے کے ایک حصے کا ابھی { $language } میں ترجمہ نہیں ہوا۔ یہ انگریزی میں دکھایا گیا ہے۔
       *[other] اس صفحے کے { $count } حصوں کا ابھی { $language } میں ترجمہ نہیں ہوا۔ یہ انگریزی میں دکھائے گئے ہیں۔
    }
machine-translation-notice = یہ ترجمہ مشین کی مدد سے کیا گیا ہے اور ابھی کسی اہلِ زبان نے اس کی جانچ نہیں کی۔ اگر کوئی بات واضح نہ ہو تو براہ کرم ہم سے رابطہ کریں۔

## Home page
publications-heading = اشاعتیں
publication-count =
    { $count ->
        [one] ایک اشاعت
       *[other] { $count } اشاعتیں
    }

## A publication
status-draft = مسودہ
status-adopted = منظور شدہ
status-label = حیثیت
date-label = تاریخ
area-label = علاقہ
parties-heading = اس معاہدے کے فریق
download-heading = دیگر فارمیٹ
undertakings-theme = موضوع
undertakings-caption = موضوع کے لحاظ سے ہر شراکت دار کے وعدے
related-heading = متعلقہ اشاعتیں
signup-print = یہ صفحہ پرنٹ کریں، خانے پُر کریں اور نیچے دیے گئے پتے پر ڈاک سے بھیجیں، یا ای میل سے جواب دیں۔
signup-email = ای میل سے جواب دیں
signup-email-subject = کمپیکٹ میں شمولیت
signatory-signed = دستخط
signatory-dated = تاریخ
signatory-not-signed = ابھی دستخط نہیں ہوئے
contact-phone = فون
contact-fax = فیکس
contact-email = ای میل
contact-web = ویب سائٹ
large-print = بڑے حروف
download-large-print-html = بڑے حروف والا ویب صفحہ
download-large-print-pdf = بڑے حروف والی PDF ({ $language })، { $size }
download-plain-text = سادہ متن ({ $language })، { $size }

## The plain-text edition
text-untranslated = ابھی { $language } میں ترجمہ نہیں ہوا، اس لیے انگریزی میں دیا گیا ہے: { $parts }۔
text-untranslated-front = سرورق
text-untranslated-other = دیگر حصے

## Every page's footer
alt-formats-heading = دیگر فارمیٹ اور زبانیں
alt-formats-request = اگر آپ کو یہ معلومات بڑے حروف، بریل، آڈیو یا کسی اور زبان میں درکار ہوں تو براہ کرم { $phone } پر فون کریں۔
footer-published-by = ناشر

## Accessibility statement
a11y-title = رسائی کا بیان
a11y-intro = ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ یہ کمپیکٹ انگریزی میں اور ہمارے علاقے کی کمیونٹی زبانوں میں پڑھ سکیں۔
a11y-using-heading = اس ویب سائٹ کا استعمال
a11y-using = آپ اپنے براؤزر یا آلے کی ترتیبات سے رنگ، کنٹراسٹ اور فونٹ بدل سکتے ہیں، تحریر کو اسکرین سے باہر گئے بغیر 400% تک بڑا کر سکتے ہیں، صرف کی بورڈ یا آواز پہچاننے والے سافٹ ویئر سے پوری ویب سائٹ استعمال کر سکتے ہیں، اور اسکرین ریڈر سے ویب سائٹ سن سکتے ہیں۔ ہر صفحہ جاوا اسکرپٹ کے بغیر کام کرتا ہے، اور ہر زبان نشان زد ہے تاکہ اسکرین ریڈر درست آواز استعمال کرے۔
a11y-status-heading = تعمیل کی صورتحال
a11y-status = یہ ویب سائٹ ویب مواد تک رسائی کی ہدایات 2.2، سطح AA پر پورا اترنے کے لیے بنائی گئی ہے۔ شائع کرنے سے پہلے ہر صفحے کی Nu Html Checker اور axe سے خودکار جانچ کی جاتی ہے۔
a11y-limits-heading = وہ حصے جو مکمل طور پر قابلِ رسائی نہیں
a11y-limits = کچھ ترجمے مشین کی مدد سے کیے گئے ہیں اور ابھی کسی اہلِ زبان نے ان کی جانچ نہیں کی؛ ایسے صفحات پر یہ بتایا گیا ہے۔ جہاں صفحے کے کسی حصے کا ابھی ترجمہ نہیں ہوا، وہ انگریزی میں دکھایا جاتا ہے اور انگریزی کے طور پر نشان زد ہوتا ہے۔
a11y-formats-heading = دیگر فارمیٹ
a11y-formats = اگر آپ کو اس ویب سائٹ کی معلومات بڑے حروف، بریل، آڈیو یا کسی اور زبان میں درکار ہوں تو نیچے دی گئی تفصیلات پر ہم سے رابطہ کریں۔ ہم آپ کی درخواست پر غور کر کے 10 کاروباری دنوں میں جواب دیں گے۔
a11y-feedback-heading = مسائل کی اطلاع اور نفاذ
a11y-feedback = اگر آپ کو کوئی ایسا مسئلہ ملے جو اس صفحے پر درج نہیں تو براہ کرم ہم سے رابطہ کریں۔ اگر آپ ہمارے جواب سے مطمئن نہ ہوں تو Equality Advisory and Support Service (EASS) سے رابطہ کریں۔

## Page not found
not-found-title = صفحہ نہیں ملا
not-found-text = آپ نے جو صفحہ مانگا وہ یہاں نہیں ہے۔ ہو سکتا ہے اسے منتقل کر دیا گیا ہو۔
not-found-link = کمپیکٹ کی فہرست پر جائیں
