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
choose-language-prompt = { -compacts } اردو میں پڑھیں

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
undertakings-caption = موضوع کے لحاظ سے ہر شراکت دار کے { -undertakings }

# source: 8093a7f9
related-heading = متعلقہ اشاعتیں

# source: 0da2a00b
signup-print = یہ صفحہ پرنٹ کریں، خانے پُر کریں اور نیچے دیے گئے پتے پر ڈاک سے بھیجیں، یا ای میل سے جواب دیں۔

# source: efaa96cc
signup-email = ای میل سے جواب دیں

# source: ab2c94cd
signup-email-subject = { -compact } میں شمولیت

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

# source: c38db4c3
download-braille-pef =
    بریل پرنٹر کے لیے بریل، PEF ({ $code ->
        [ueb] یونیفائیڈ انگلش بریل گریڈ 2
        [urdu] اردو بریل
       *[bharati] بھارتی بریل
    }، { $language })، { $size }

# source: 029cfcf7
download-braille-brf =
    بریل ڈسپلے کے لیے بریل، BRF ({ $code ->
        [ueb] یونیفائیڈ انگلش بریل گریڈ 2
        [urdu] اردو بریل
       *[bharati] بھارتی بریل
    }، { $language })، { $size }

# source: bd743a52
download-audio-daisy = آڈیو، DAISY بولتی کتاب ({ $language })، { $duration }، { $size }

# source: 472e5a79
download-audio-mp3 = آڈیو، ترتیب سے چلانے کے لیے MP3 فائلیں ({ $language })، { $duration }، { $size }

# source: d97a7e0c
audio-duration =
    { $hours ->
        [0] { $minutes } منٹ
        [one] { $hours } گھنٹہ { $minutes } منٹ
       *[other] { $hours } گھنٹے { $minutes } منٹ
    }

## The audio edition: spoken at its start and end, and its tracks' names

# source: b789ac5e
audio-computer-voice = یہ ریکارڈنگ کسی انسان نے نہیں، بلکہ کمپیوٹر کی آواز نے پڑھی ہے۔

# source: 7d90c03f
audio-reads = اس ریکارڈنگ میں آپ { $title } سنیں گے، جسے { $publisher } نے شائع کیا ہے اور جس کی تاریخ { $date } ہے۔

# source: cd45ae48
audio-reads-undated = اس ریکارڈنگ میں آپ { $title } سنیں گے، جسے { $publisher } نے شائع کیا ہے۔

# source: 781f0e07
audio-opening = عنوان اور تعارف

# source: 8c3502da
audio-end = یہ { $title } کا اختتام ہے۔

## The EPUB e-book: its link, the names of its guide, and the summary of its accessibility that e-book apps show

# source: c60bb881
download-epub = EPUB ای بک ({ $language })، { $size }

# source: 0d8ca933
epub-title-page = سرورق

# source: d513f577
epub-guide = اس ای بک کی رہنمائی

# source: ed282714
epub-start = اشاعت کا آغاز

# source: 8f811675
epub-summary = اس ای بک میں اشاعت کے مطابق سرخیاں، فہرستِ مضامین اور پڑھنے کی ترتیب موجود ہیں۔ آپ کی پڑھنے کی ایپ اس کے متن کا سائز، فونٹ، فاصلہ اور رنگ بدل سکتی ہے۔ یہ ای بک WCAG 2.2 کے AA معیار پر EPUB Accessibility 1.1 کے تقاضے پورے کرتی ہے۔

# source: b0d11690
epub-summary-audio = کمپیوٹر کی آواز پورا متن پڑھ کر سناتی ہے، اور جو جملہ پڑھا جا رہا ہو وہ نمایاں ہو جاتا ہے۔

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

# source: 132875fb
a11y-applies = رسائی کا یہ بیان { $website } ویب سائٹ پر لاگو ہوتا ہے۔

# source: bdb0a098
a11y-run-by = یہ ویب سائٹ { $publisher } چلاتی ہے۔

# source: 2f9e8420
a11y-intro = ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ یہ { -compacts } انگریزی میں اور ہمارے علاقے کی کمیونٹی زبانوں میں پڑھ سکیں۔

# source: 6aa7aab4
a11y-using-heading = اس ویب سائٹ کا استعمال

# source: c5ad22e6
a11y-using = آپ تحریر کو اسکرین سے باہر گئے بغیر 400% تک بڑا کر سکتے ہیں، اور ہر صفحہ جاوا اسکرپٹ کے بغیر پڑھ سکتے ہیں۔ ہر صفحہ، اور صفحے کا کسی اور زبان والا ہر حصہ، اپنی زبان کے ساتھ نشان زد ہے، تاکہ اسکرین ریڈر درست آواز استعمال کرے۔ جس حصے کا ابھی ترجمہ نہیں ہوا، وہ انگریزی میں دکھایا جاتا ہے اور انگریزی کے طور پر نشان زد ہوتا ہے۔

# source: 81dffc54
a11y-offered-heading = فارمیٹ اور زبانیں

# source: c4de2ceb
a11y-offered-formats = اس ویب سائٹ کی ہر اشاعت ان صورتوں میں شائع ہوتی ہے:

# source: a32e21c8
a11y-format-web-page = ویب صفحہ

# source: 243c84b3
a11y-format-large-print-page = بڑے حروف والا ویب صفحہ

# source: 8d8d36dd
a11y-format-large-print-pdf = بڑے حروف والی PDF دستاویز (A4)

# source: 59e4fd87
a11y-format-plain-text = سادہ متن کی فائل

# source: f46597f9
a11y-format-braille = بریل فائلیں (بریل پرنٹر کے لیے PEF، بریل ڈسپلے کے لیے BRF)

# source: dde0ad59
a11y-format-audio = کمپیوٹر کی آواز میں پڑھی گئی آڈیو ریکارڈنگ (DAISY بولتی کتاب اور MP3 فائلیں)

# source: 3ea839fa
a11y-format-epub = ای بک ایپس اور پڑھنے کے آلات کے لیے قابلِ رسائی EPUB ای بک

# source: f64b3e4d
a11y-format-some = { $format }، اب تک { $total } اشاعتوں میں سے { $count } کے لیے

# source: 4e0e2aa6
a11y-offered-languages = یہ ویب سائٹ ان زبانوں میں شائع ہوتی ہے:

# source: 32daacb6
a11y-formats-heading = رائے اور رابطے کی معلومات

# source: f206df21
a11y-formats = اگر آپ کو اس ویب سائٹ کی معلومات کسی اور فارمیٹ میں درکار ہوں، جیسے بڑے حروف، بریل، آڈیو یا کوئی اور زبان، تو نیچے دی گئی تفصیلات پر ہم سے رابطہ کریں۔

# source: 4030b2b0
a11y-reply-days =
    { $days ->
        [one] ہم آپ کی درخواست پر غور کر کے { $days } کاروباری دن میں جواب دیں گے۔
       *[other] ہم آپ کی درخواست پر غور کر کے { $days } کاروباری دنوں میں جواب دیں گے۔
    }

# source: 725e4124
a11y-feedback-heading = اس ویب سائٹ پر رسائی کے مسائل کی اطلاع دینا

# source: 45cf2b08
a11y-feedback = ہم ہمیشہ اس ویب سائٹ تک رسائی بہتر بنانے کی کوشش کرتے ہیں۔ اگر آپ کو کوئی ایسا مسئلہ ملے جو اس صفحے پر درج نہیں، یا آپ کو لگے کہ ہم رسائی کے تقاضے پورے نہیں کر رہے، تو اوپر دی گئی تفصیلات پر ہم سے رابطہ کریں۔

# source: b6005853
a11y-enforcement-heading = نفاذ کا طریقۂ کار

# source: 27bc7cb6
a11y-enforcement = مساوات اور انسانی حقوق کمیشن (EHRC) پبلک سیکٹر باڈیز (ویب سائٹس اور موبائل ایپلیکیشنز) (نمبر 2) رسائی کے ضوابط 2018 (رسائی کے ضوابط) کے نفاذ کا ذمہ دار ہے۔ اگر آپ اپنی شکایت پر ہمارے جواب سے مطمئن نہ ہوں تو [مساوات کی مشاورتی اور معاون سروس (EASS) سے رابطہ کریں](https://www.equalityadvisoryservice.com/)۔

# source: 19bc185a
a11y-enforcement-ni = اگر آپ شمالی آئرلینڈ میں ہیں اور اپنی شکایت پر ہمارے جواب سے مطمئن نہیں، تو آپ [شمالی آئرلینڈ کے مساوات کمیشن](https://www.equalityni.org/) سے رابطہ کر سکتے ہیں، جو شمالی آئرلینڈ میں رسائی کے ضوابط کے نفاذ کا ذمہ دار ہے۔

# source: edc26fe6
a11y-technical-heading = اس ویب سائٹ تک رسائی کے بارے میں تکنیکی معلومات

# source: 2fe9eee7
a11y-committed = { $publisher } [پبلک سیکٹر باڈیز (ویب سائٹس اور موبائل ایپلیکیشنز) (نمبر 2) رسائی کے ضوابط 2018](https://www.legislation.gov.uk/uksi/2018/952/contents/made) کے مطابق اپنی ویب سائٹ کو قابلِ رسائی بنانے کے لیے پرعزم ہے۔

# source: 37e188a9
a11y-status-heading = تعمیل کی صورتحال

# source: 9b8c0ad1
a11y-compliance-full = یہ ویب سائٹ [ویب مواد تک رسائی کی ہدایات (WCAG) ورژن 2.2](https://www.w3.org/TR/WCAG22/) کے AA معیار کی مکمل تعمیل کرتی ہے۔

# source: 68bad472
a11y-compliance-partial = نیچے درج عدم تعمیل کی وجہ سے یہ ویب سائٹ [ویب مواد تک رسائی کی ہدایات (WCAG) ورژن 2.2](https://www.w3.org/TR/WCAG22/) کے AA معیار کی جزوی تعمیل کرتی ہے۔

# source: 1bce925f
a11y-compliance-not = یہ ویب سائٹ [ویب مواد تک رسائی کی ہدایات (WCAG) ورژن 2.2](https://www.w3.org/TR/WCAG22/) کے AA معیار کی تعمیل نہیں کرتی۔ عدم تعمیل کی تفصیل نیچے درج ہے۔

# source: 818ab907
a11y-compliance-unassessed = اس ویب سائٹ کے ناشر نے ابھی تک اسے [ویب مواد تک رسائی کی ہدایات (WCAG) ورژن 2.2](https://www.w3.org/TR/WCAG22/) کے AA معیار پر نہیں جانچا، اس لیے یہ بیان یہ نہیں کہتا کہ یہ اس کی تعمیل کرتی ہے۔

# source: f5be9fca
a11y-non-accessible-heading = وہ مواد جو قابلِ رسائی نہیں

# source: e7518a64
a11y-non-accessible-intro = نیچے درج مواد درج ذیل وجوہات کی بنا پر قابلِ رسائی نہیں ہے۔

# source: 5dd1be5f
a11y-preparation-heading = رسائی کے اس بیان کی تیاری

# source: 237952e1
a11y-prepared = یہ بیان { $date } کو تیار کیا گیا تھا۔

# source: be88ceea
a11y-reviewed = اس کا آخری جائزہ { $date } کو لیا گیا تھا۔

# source: 41f44cb8
a11y-tested = اس ویب سائٹ کی آخری جانچ { $date } کو کی گئی تھی۔ یہ جانچ { $by } نے کی تھی۔

## Page not found

# source: 0514d853
not-found-title = صفحہ نہیں ملا

# source: 2b58808f
not-found-text = آپ نے جو صفحہ مانگا وہ یہاں نہیں ہے۔ ہو سکتا ہے اسے منتقل کر دیا گیا ہو۔

# source: d1b9701e
not-found-link = { -compacts(case: "oblique") } کی فہرست پر جائیں
