### Urdu (اردو) strings for the default theme.
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

## Language chooser (the site's front page)

choose-language = اپنی زبان منتخب کریں
choose-language-prompt = { -compacts } اردو میں پڑھیں

## Notices about translation

untranslated-notice =
    { $count ->
        [one] اس صفحے کے ایک حصے کا ابھی { $language } میں ترجمہ نہیں ہوا۔ یہ انگریزی میں دکھایا گیا ہے۔
       *[other] اس صفحے کے { $count } حصوں کا ابھی { $language } میں ترجمہ نہیں ہوا۔ یہ انگریزی میں دکھائے گئے ہیں۔
    }
machine-translation-notice = یہ ترجمہ مشین کی مدد سے کیا گیا ہے اور ابھی کسی اہلِ زبان نے اس کی جانچ نہیں کی۔ اگر کوئی بات واضح نہ ہو تو براہ کرم ہم سے رابطہ کریں۔
stale-notice =
    { $count ->
        [one] اس صفحے کا { $count } حصہ انگریزی کے پرانے نسخے سے ترجمہ کیا گیا ہے، اس لیے ہو سکتا ہے کہ یہ تازہ ترین نہ ہو۔
       *[other] اس صفحے کے { $count } حصے انگریزی کے پرانے نسخے سے ترجمہ کیے گئے ہیں، اس لیے ہو سکتا ہے کہ یہ تازہ ترین نہ ہوں۔
    }

## Home page

publications-heading = اشاعتیں
publication-count =
    { $count ->
        [one] ایک اشاعت
       *[other] { $count } اشاعتیں
    }
# The home page's heading over the featured and newest publications.
latest-heading = نمایاں اور تازہ ترین اشاعتیں
# The home page's heading over the links to each kind's list.
listings-heading = تمام اشاعتیں

## Lists of publications, newest first, in pages

listing-compacts = { -compacts }
listing-action-reports = کارروائی رپورٹیں
listing-news = خبریں
# Where a reader is in a list of several pages, e.g. "Page 2 of 20".
listing-page-of = { $pages } میں سے صفحہ { $page }
# The name of the links to a list's other pages.
pagination-label = صفحات
pagination-previous = پچھلا صفحہ
pagination-next = اگلا صفحہ
# A page number's link, read out by screen readers, e.g. "Page 2".
pagination-page = صفحہ { $page }

## News feed (Atom), for news reader apps

# Under the site's name in a news reader.
feed-subtitle = نئی اور تازہ کی گئی اشاعتیں
# A link on the home page to the feed.
feed-link = خبریں پڑھنے والی ایپ میں نئی اشاعتوں سے باخبر رہیں (Atom فیڈ)

## A publication

status-draft = مسودہ
status-adopted = منظور شدہ
status-label = حیثیت
date-label = تاریخ
area-label = علاقہ
reference-label = حوالہ نمبر
parties-heading = اس معاہدے کے فریق
download-heading = دیگر فارمیٹ
undertakings-theme = موضوع
undertakings-caption = موضوع کے لحاظ سے ہر شراکت دار کے { -undertakings }
related-heading = متعلقہ اشاعتیں
signup-print = یہ صفحہ پرنٹ کریں، خانے پُر کریں اور نیچے دیے گئے پتے پر ڈاک سے بھیجیں، یا ای میل سے جواب دیں۔
signup-email = ای میل سے جواب دیں
signup-email-subject = { -compact } میں شمولیت
signup-date-hint = دن/مہینہ/سال، مثلاً 25/12/2024
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
download-braille-pef =
    بریل پرنٹر کے لیے بریل، PEF ({ $code ->
        [ueb] یونیفائیڈ انگلش بریل گریڈ 2
        [urdu] اردو بریل
       *[bharati] بھارتی بریل
    }، { $language })، { $size }
download-braille-brf =
    بریل ڈسپلے کے لیے بریل، BRF ({ $code ->
        [ueb] یونیفائیڈ انگلش بریل گریڈ 2
        [urdu] اردو بریل
       *[bharati] بھارتی بریل
    }، { $language })، { $size }
download-audio-daisy = آڈیو، DAISY بولتی کتاب ({ $language })، { $duration }، { $size }
download-audio-mp3 = آڈیو، ترتیب سے چلانے کے لیے MP3 فائلیں ({ $language })، { $duration }، { $size }
audio-duration =
    { $hours ->
        [0] { $minutes } منٹ
        [one] { $hours } گھنٹہ { $minutes } منٹ
       *[other] { $hours } گھنٹے { $minutes } منٹ
    }

## The audio edition: spoken at its start and end, and its tracks' names

audio-computer-voice = یہ ریکارڈنگ کسی انسان نے نہیں، بلکہ کمپیوٹر کی آواز نے پڑھی ہے۔
audio-reads = اس ریکارڈنگ میں آپ { $title } سنیں گے، جسے { $publisher } نے شائع کیا ہے اور جس کی تاریخ { $date } ہے۔
audio-reads-undated = اس ریکارڈنگ میں آپ { $title } سنیں گے، جسے { $publisher } نے شائع کیا ہے۔
audio-opening = عنوان اور تعارف
audio-end = یہ { $title } کا اختتام ہے۔

## The EPUB e-book: its link, the names of its guide, and the summary of its accessibility that e-book apps show

download-epub = EPUB ای بک ({ $language })، { $size }
epub-title-page = سرورق
epub-guide = اس ای بک کی رہنمائی
epub-start = اشاعت کا آغاز
epub-summary = اس ای بک میں اشاعت کے مطابق سرخیاں، فہرستِ مضامین اور پڑھنے کی ترتیب موجود ہیں۔ آپ کی پڑھنے کی ایپ اس کے متن کا سائز، فونٹ، فاصلہ اور رنگ بدل سکتی ہے۔ یہ ای بک WCAG 2.2 کے AA معیار پر EPUB Accessibility 1.1 کے تقاضے پورے کرتی ہے۔
epub-summary-audio = کمپیوٹر کی آواز پورا متن پڑھ کر سناتی ہے، اور جو جملہ پڑھا جا رہا ہو وہ نمایاں ہو جاتا ہے۔

## The plain-text edition

text-untranslated = ابھی { $language } میں ترجمہ نہیں ہوا، اس لیے انگریزی میں دیا گیا ہے: { $parts }۔
text-untranslated-front = سرورق
text-untranslated-other = دیگر حصے
text-stale = ترجمے کے بعد انگریزی بدل گئی ہے، اس لیے یہ حصے شاید تازہ ترین نہیں ہیں: { $parts }۔

## Every page's footer

alt-formats-heading = دیگر فارمیٹ اور زبانیں
alt-formats-request = اگر آپ کو یہ معلومات بڑے حروف، بریل، آڈیو یا کسی اور زبان میں درکار ہوں تو براہ کرم { $phone } پر فون کریں۔
footer-published-by = ناشر

## Accessibility statement

a11y-title = رسائی کا بیان
a11y-applies = رسائی کا یہ بیان { $website } ویب سائٹ پر لاگو ہوتا ہے۔
a11y-run-by = یہ ویب سائٹ { $publisher } چلاتی ہے۔
a11y-intro = ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ یہ { -compacts } انگریزی میں اور ہمارے علاقے کی کمیونٹی زبانوں میں پڑھ سکیں۔
a11y-using-heading = اس ویب سائٹ کا استعمال
a11y-using = آپ تحریر کو اسکرین سے باہر گئے بغیر 400% تک بڑا کر سکتے ہیں، اور ہر صفحہ جاوا اسکرپٹ کے بغیر پڑھ سکتے ہیں۔ ہر صفحہ، اور صفحے کا کسی اور زبان والا ہر حصہ، اپنی زبان کے ساتھ نشان زد ہے، تاکہ اسکرین ریڈر درست آواز استعمال کرے۔ جس حصے کا ابھی ترجمہ نہیں ہوا، وہ انگریزی میں دکھایا جاتا ہے اور انگریزی کے طور پر نشان زد ہوتا ہے۔
a11y-offered-heading = فارمیٹ اور زبانیں
a11y-offered-formats = اس ویب سائٹ کی ہر اشاعت ان صورتوں میں شائع ہوتی ہے:
a11y-format-web-page = ویب صفحہ
a11y-format-large-print-page = بڑے حروف والا ویب صفحہ
a11y-format-large-print-pdf = بڑے حروف والی PDF دستاویز (A4)
a11y-format-plain-text = سادہ متن کی فائل
a11y-format-braille = بریل فائلیں (بریل پرنٹر کے لیے PEF، بریل ڈسپلے کے لیے BRF)
a11y-format-audio = کمپیوٹر کی آواز میں پڑھی گئی آڈیو ریکارڈنگ (DAISY بولتی کتاب اور MP3 فائلیں)
a11y-format-epub = ای بک ایپس اور پڑھنے کے آلات کے لیے قابلِ رسائی EPUB ای بک
a11y-format-some = { $format }، اب تک { $total } اشاعتوں میں سے { $count } کے لیے
a11y-offered-languages = یہ ویب سائٹ ان زبانوں میں شائع ہوتی ہے:
a11y-formats-heading = رائے اور رابطے کی معلومات
a11y-formats = اگر آپ کو اس ویب سائٹ کی معلومات کسی اور فارمیٹ میں درکار ہوں، جیسے بڑے حروف، بریل، آڈیو یا کوئی اور زبان، تو نیچے دی گئی تفصیلات پر ہم سے رابطہ کریں۔
a11y-reply-days =
    { $days ->
        [one] ہم آپ کی درخواست پر غور کر کے { $days } کاروباری دن میں جواب دیں گے۔
       *[other] ہم آپ کی درخواست پر غور کر کے { $days } کاروباری دنوں میں جواب دیں گے۔
    }
a11y-feedback-heading = اس ویب سائٹ پر رسائی کے مسائل کی اطلاع دینا
a11y-feedback = ہم ہمیشہ اس ویب سائٹ تک رسائی بہتر بنانے کی کوشش کرتے ہیں۔ اگر آپ کو کوئی ایسا مسئلہ ملے جو اس صفحے پر درج نہیں، یا آپ کو لگے کہ ہم رسائی کے تقاضے پورے نہیں کر رہے، تو اوپر دی گئی تفصیلات پر ہم سے رابطہ کریں۔
a11y-enforcement-heading = نفاذ کا طریقۂ کار
a11y-enforcement = مساوات اور انسانی حقوق کمیشن (EHRC) پبلک سیکٹر باڈیز (ویب سائٹس اور موبائل ایپلیکیشنز) (نمبر 2) رسائی کے ضوابط 2018 (رسائی کے ضوابط) کے نفاذ کا ذمہ دار ہے۔ اگر آپ اپنی شکایت پر ہمارے جواب سے مطمئن نہ ہوں تو [مساوات کی مشاورتی اور معاون سروس (EASS) سے رابطہ کریں](https://www.equalityadvisoryservice.com/)۔
a11y-enforcement-ni = اگر آپ شمالی آئرلینڈ میں ہیں اور اپنی شکایت پر ہمارے جواب سے مطمئن نہیں، تو آپ [شمالی آئرلینڈ کے مساوات کمیشن](https://www.equalityni.org/) سے رابطہ کر سکتے ہیں، جو شمالی آئرلینڈ میں رسائی کے ضوابط کے نفاذ کا ذمہ دار ہے۔
a11y-technical-heading = اس ویب سائٹ تک رسائی کے بارے میں تکنیکی معلومات
a11y-committed = { $publisher } [پبلک سیکٹر باڈیز (ویب سائٹس اور موبائل ایپلیکیشنز) (نمبر 2) رسائی کے ضوابط 2018](https://www.legislation.gov.uk/uksi/2018/952/contents/made) کے مطابق اپنی ویب سائٹ کو قابلِ رسائی بنانے کے لیے پرعزم ہے۔
a11y-status-heading = تعمیل کی صورتحال
a11y-compliance-full = یہ ویب سائٹ [ویب مواد تک رسائی کی ہدایات (WCAG) ورژن 2.2](https://www.w3.org/TR/WCAG22/) کے AA معیار کی مکمل تعمیل کرتی ہے۔
a11y-compliance-partial = نیچے درج عدم تعمیل کی وجہ سے یہ ویب سائٹ [ویب مواد تک رسائی کی ہدایات (WCAG) ورژن 2.2](https://www.w3.org/TR/WCAG22/) کے AA معیار کی جزوی تعمیل کرتی ہے۔
a11y-compliance-not = یہ ویب سائٹ [ویب مواد تک رسائی کی ہدایات (WCAG) ورژن 2.2](https://www.w3.org/TR/WCAG22/) کے AA معیار کی تعمیل نہیں کرتی۔ عدم تعمیل کی تفصیل نیچے درج ہے۔
a11y-compliance-unassessed = اس ویب سائٹ کے ناشر نے ابھی تک اسے [ویب مواد تک رسائی کی ہدایات (WCAG) ورژن 2.2](https://www.w3.org/TR/WCAG22/) کے AA معیار پر نہیں جانچا، اس لیے یہ بیان یہ نہیں کہتا کہ یہ اس کی تعمیل کرتی ہے۔
a11y-non-accessible-heading = وہ مواد جو قابلِ رسائی نہیں
a11y-non-accessible-intro = نیچے درج مواد درج ذیل وجوہات کی بنا پر قابلِ رسائی نہیں ہے۔
a11y-preparation-heading = رسائی کے اس بیان کی تیاری
a11y-prepared = یہ بیان { $date } کو تیار کیا گیا تھا۔
a11y-reviewed = اس کا آخری جائزہ { $date } کو لیا گیا تھا۔
a11y-tested = اس ویب سائٹ کی آخری جانچ { $date } کو کی گئی تھی۔ یہ جانچ { $by } نے کی تھی۔

## Page not found

not-found-title = صفحہ نہیں ملا
not-found-text = آپ نے جو صفحہ مانگا وہ یہاں نہیں ہے۔ ہو سکتا ہے اسے منتقل کر دیا گیا ہو۔
not-found-link = { -compacts(case: "oblique") } کی فہرست پر جائیں
