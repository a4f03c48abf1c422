### Urdu (اردو) strings for the default theme.
### review-status: machine-assisted
### Written with machine assistance; not yet reviewed by a native speaker.
### CLDR: in Urdu only 1 takes the [one] form.

# source: f696aa85
language-name = اردو

## Navigation

# source: a684a452
skip-link = مرکزی مواد پر جائیں

# source: bbf5b506
nav-site = سائٹ

# source: c4359e28
nav-home = سرورق

# source: 3ecb0229
nav-accessibility = رسائی کا بیان

# source: 94f909be
nav-languages = یہ صفحہ کسی اور زبان میں پڑھیں

# source: 685ac66a
nav-breadcrumb = آپ یہاں ہیں

# source: 1746410e
nav-contents = فہرست

## Language chooser (the site's front page)

# source: 0b151508
choose-language = اپنی زبان منتخب کریں

# source: 171283ea
choose-language-prompt = کمپیکٹ اردو میں پڑھیں

## Notices about translation

# source: e2d495d2
untranslated-notice =
    { $count ->
        [one] اس صفحے کے ایک حصے کا ابھی { $language } میں ترجمہ نہیں ہوا۔ یہ انگریزی میں دکھایا گیا ہے۔
       *[other] اس صفحے کے { $count } حصوں کا ابھی { $language } میں ترجمہ نہیں ہوا۔ یہ انگریزی میں دکھائے گئے ہیں۔
    }

# source: addf4c56
machine-translation-notice = یہ ترجمہ مشین کی مدد سے کیا گیا ہے اور ابھی کسی اہلِ زبان نے اس کی جانچ نہیں کی۔ اگر کوئی بات واضح نہ ہو تو براہ کرم ہم سے رابطہ کریں۔

# source: cb75cd4f
stale-notice =
    { $count ->
        [one] اس صفحے کا { $count } حصہ انگریزی کے پرانے نسخے سے ترجمہ کیا گیا ہے، اس لیے ہو سکتا ہے کہ یہ تازہ ترین نہ ہو۔
       *[other] اس صفحے کے { $count } حصے انگریزی کے پرانے نسخے سے ترجمہ کیے گئے ہیں، اس لیے ہو سکتا ہے کہ یہ تازہ ترین نہ ہوں۔
    }

## Home page

# source: 2f2aea9d
publications-heading = اشاعتیں

# source: d7162913
publication-count =
    { $count ->
        [one] ایک اشاعت
       *[other] { $count } اشاعتیں
    }

## A publication

# source: b54461a6
status-draft = مسودہ

# source: f7d21cec
status-adopted = منظور شدہ

# source: e49df8f6
status-label = حیثیت

# source: 4845149d
date-label = تاریخ

# source: 17521a64
area-label = علاقہ

# source: 6fbddef1
reference-label = حوالہ نمبر

# source: 1fef0feb
parties-heading = اس معاہدے کے فریق

# source: 21da0049
download-heading = دیگر فارمیٹ

# source: 1ac48b97
undertakings-theme = موضوع

# source: 23d283b8
undertakings-caption = موضوع کے لحاظ سے ہر شراکت دار کے وعدے

# source: 8093a7f9
related-heading = متعلقہ اشاعتیں

# source: 0da2a00b
signup-print = یہ صفحہ پرنٹ کریں، خانے پُر کریں اور نیچے دیے گئے پتے پر ڈاک سے بھیجیں، یا ای میل سے جواب دیں۔

# source: efaa96cc
signup-email = ای میل سے جواب دیں

# source: ab2c94cd
signup-email-subject = کمپیکٹ میں شمولیت

# source: 18337876
signup-date-hint = دن/مہینہ/سال، مثلاً 25/12/2024

# source: b044303f
signatory-signed = دستخط

# source: 48b1bc16
signatory-dated = تاریخ

# source: 9fa6b269
signatory-not-signed = ابھی دستخط نہیں ہوئے

# source: 5d9d4a0e
contact-phone = فون

# source: 68f861b2
contact-fax = فیکس

# source: 4df11957
contact-email = ای میل

# source: bdce3d0f
contact-web = ویب سائٹ

# source: 88eb0e69
large-print = بڑے حروف

# source: d7d80270
download-large-print-html = بڑے حروف والا ویب صفحہ

# source: fc1dc13b
download-large-print-pdf = بڑے حروف والی PDF ({ $language })، { $size }

# source: 9952e5e5
download-plain-text = سادہ متن ({ $language })، { $size }

## The plain-text edition

# source: 463371f1
text-untranslated = ابھی { $language } میں ترجمہ نہیں ہوا، اس لیے انگریزی میں دیا گیا ہے: { $parts }۔

# source: 8395efe8
text-untranslated-front = سرورق

# source: 135067ab
text-untranslated-other = دیگر حصے

# source: db1d550d
text-stale = ترجمے کے بعد انگریزی بدل گئی ہے، اس لیے یہ حصے شاید تازہ ترین نہیں ہیں: { $parts }۔

## Every page's footer

# source: 4707668c
alt-formats-heading = دیگر فارمیٹ اور زبانیں

# source: 5e47288a
alt-formats-request = اگر آپ کو یہ معلومات بڑے حروف، بریل، آڈیو یا کسی اور زبان میں درکار ہوں تو براہ کرم { $phone } پر فون کریں۔

# source: 1522a2a9
footer-published-by = ناشر

## Accessibility statement

# source: 3ecb0229
a11y-title = رسائی کا بیان

# source: 2f9e8420
a11y-intro = ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ یہ کمپیکٹ انگریزی میں اور ہمارے علاقے کی کمیونٹی زبانوں میں پڑھ سکیں۔

# source: 6aa7aab4
a11y-using-heading = اس ویب سائٹ کا استعمال

# source: 60383640
a11y-using = آپ اپنے براؤزر یا آلے کی ترتیبات سے رنگ، کنٹراسٹ اور فونٹ بدل سکتے ہیں، تحریر کو اسکرین سے باہر گئے بغیر 400% تک بڑا کر سکتے ہیں، صرف کی بورڈ یا آواز پہچاننے والے سافٹ ویئر سے پوری ویب سائٹ استعمال کر سکتے ہیں، اور اسکرین ریڈر سے ویب سائٹ سن سکتے ہیں۔ ہر صفحہ جاوا اسکرپٹ کے بغیر کام کرتا ہے، اور ہر زبان نشان زد ہے تاکہ اسکرین ریڈر درست آواز استعمال کرے۔

# source: 37e188a9
a11y-status-heading = تعمیل کی صورتحال

# source: b045fb2e
a11y-status = یہ ویب سائٹ ویب مواد تک رسائی کی ہدایات 2.2، سطح AA پر پورا اترنے کے لیے بنائی گئی ہے۔ شائع کرنے سے پہلے ہر صفحے کی Nu Html Checker اور axe سے خودکار جانچ کی جاتی ہے۔

# source: b5314243
a11y-limits-heading = وہ حصے جو مکمل طور پر قابلِ رسائی نہیں

# source: 04b24dc9
a11y-limits = کچھ ترجمے مشین کی مدد سے کیے گئے ہیں اور ابھی کسی اہلِ زبان نے ان کی جانچ نہیں کی؛ ایسے صفحات پر یہ بتایا گیا ہے۔ جہاں صفحے کے کسی حصے کا ابھی ترجمہ نہیں ہوا، وہ انگریزی میں دکھایا جاتا ہے اور انگریزی کے طور پر نشان زد ہوتا ہے۔

# source: 21da0049
a11y-formats-heading = دیگر فارمیٹ

# source: e0168028
a11y-formats = اگر آپ کو اس ویب سائٹ کی معلومات بڑے حروف، بریل، آڈیو یا کسی اور زبان میں درکار ہوں تو نیچے دی گئی تفصیلات پر ہم سے رابطہ کریں۔ ہم آپ کی درخواست پر غور کر کے 10 کاروباری دنوں میں جواب دیں گے۔

# source: 23022412
a11y-feedback-heading = مسائل کی اطلاع اور نفاذ

# source: 6c534fe7
a11y-feedback = اگر آپ کو کوئی ایسا مسئلہ ملے جو اس صفحے پر درج نہیں تو براہ کرم ہم سے رابطہ کریں۔ اگر آپ ہمارے جواب سے مطمئن نہ ہوں تو Equality Advisory and Support Service (EASS) سے رابطہ کریں۔

## Page not found

# source: 0514d853
not-found-title = صفحہ نہیں ملا

# source: 2b58808f
not-found-text = آپ نے جو صفحہ مانگا وہ یہاں نہیں ہے۔ ہو سکتا ہے اسے منتقل کر دیا گیا ہو۔

# source: d1b9701e
not-found-link = کمپیکٹ کی فہرست پر جائیں
