### Bengali (বাংলা) strings for the default theme.
### Written with machine assistance; not yet reviewed by a native speaker.
### CLDR: in Bengali 0 and 1 both take the [one] form.

language-name = বাংলা

## Navigation

skip-link = মূল বিষয়বস্তুতে যান
nav-site = সাইট
nav-home = হোম
nav-accessibility = অ্যাক্সেসিবিলিটি বিবৃতি
nav-languages = এই পৃষ্ঠাটি অন্য ভাষায় পড়ুন
nav-breadcrumb = আপনি এখানে আছেন
nav-contents = সূচিপত্র

## Language chooser (the site's front page)

choose-language = আপনার ভাষা বেছে নিন
choose-language-prompt = { -compacts } বাংলায় পড়ুন

## Notices about translation

untranslated-notice =
    { $count ->
        [one] এই পৃষ্ঠার { $count }টি অংশ এখনও { $language } ভাষায় অনুবাদ করা হয়নি। এটি ইংরেজিতে দেখানো হয়েছে।
       *[other] এই পৃষ্ঠার { $count }টি অংশ এখনও { $language } ভাষায় অনুবাদ করা হয়নি। সেগুলি ইংরেজিতে দেখানো হয়েছে।
    }
machine-translation-notice = এই অনুবাদটি যন্ত্রের সাহায্যে করা হয়েছে এবং এখনও কোনো মাতৃভাষী ব্যক্তি এটি যাচাই করেননি। কিছু অস্পষ্ট হলে অনুগ্রহ করে আমাদের সাথে যোগাযোগ করুন।
stale-notice =
    { $count ->
        [one] এই পৃষ্ঠার { $count }টি অংশ ইংরেজির একটি আগের সংস্করণ থেকে অনুবাদ করা হয়েছে, তাই এটি হালনাগাদ না-ও হতে পারে।
       *[other] এই পৃষ্ঠার { $count }টি অংশ ইংরেজির একটি আগের সংস্করণ থেকে অনুবাদ করা হয়েছে, তাই সেগুলি হালনাগাদ না-ও হতে পারে।
    }

## Home page

publications-heading = প্রকাশনা
publication-count =
    { $count ->
        [one] { $count }টি প্রকাশনা
       *[other] { $count }টি প্রকাশনা
    }
# The home page's heading over the featured and newest publications.
latest-heading = নির্বাচিত ও সাম্প্রতিক প্রকাশনা
# The home page's heading over the links to each kind's list.
listings-heading = সব প্রকাশনা

## Lists of publications, newest first, in pages

listing-compacts = { -compacts }
listing-action-reports = কর্ম প্রতিবেদন
listing-news = সংবাদ
# Where a reader is in a list of several pages, e.g. "Page 2 of 20".
listing-page-of = মোট { $pages } পৃষ্ঠার মধ্যে { $page } নম্বর পৃষ্ঠা
# The name of the links to a list's other pages.
pagination-label = পৃষ্ঠাসমূহ
pagination-previous = আগের পৃষ্ঠা
pagination-next = পরের পৃষ্ঠা
# A page number's link, read out by screen readers, e.g. "Page 2".
pagination-page = পৃষ্ঠা { $page }

## News feed (Atom), for news reader apps

# Under the site's name in a news reader.
feed-subtitle = নতুন ও হালনাগাদ করা প্রকাশনা
# A link on the home page to the feed.
feed-link = খবর পড়ার অ্যাপে নতুন প্রকাশনাগুলি অনুসরণ করুন (Atom ফিড)

## A publication

status-draft = খসড়া
status-adopted = গৃহীত
status-label = অবস্থা
date-label = তারিখ
area-label = এলাকা
reference-label = সূত্র নম্বর
parties-heading = এই চুক্তির পক্ষসমূহ
download-heading = অন্যান্য ফরম্যাট
undertakings-theme = বিষয়
undertakings-caption = বিষয় অনুযায়ী প্রতিটি অংশীদারের { -undertakings }
related-heading = সম্পর্কিত প্রকাশনা
signup-print = এই পৃষ্ঠাটি প্রিন্ট করুন, ঘরগুলি পূরণ করুন এবং নিচের ঠিকানায় ডাকযোগে পাঠান, অথবা ই-মেইলে উত্তর দিন।
signup-email = ই-মেইলে উত্তর দিন
signup-email-subject = { -compact }ে যোগদান
signup-date-hint = দিন/মাস/বছর, যেমন 25/12/2024
signatory-signed = স্বাক্ষর
signatory-dated = তারিখ
signatory-not-signed = এখনও স্বাক্ষর করা হয়নি
contact-phone = ফোন
contact-fax = ফ্যাক্স
contact-email = ই-মেইল
contact-web = ওয়েবসাইট
large-print = বড় হরফ
download-large-print-html = বড় হরফের ওয়েব পৃষ্ঠা
download-large-print-pdf = বড় হরফের PDF ({ $language }), { $size }
download-plain-text = সাধারণ টেক্সট ({ $language }), { $size }
download-braille-pef =
    ব্রেইল প্রিন্টারের জন্য ব্রেইল, PEF ({ $code ->
        [ueb] ইউনিফায়েড ইংলিশ ব্রেইল গ্রেড ২
        [urdu] উর্দু ব্রেইল
       *[bharati] ভারতী ব্রেইল
    }, { $language }), { $size }
download-braille-brf =
    ব্রেইল ডিসপ্লের জন্য ব্রেইল, BRF ({ $code ->
        [ueb] ইউনিফায়েড ইংলিশ ব্রেইল গ্রেড ২
        [urdu] উর্দু ব্রেইল
       *[bharati] ভারতী ব্রেইল
    }, { $language }), { $size }
download-audio-daisy = অডিও, DAISY টকিং বুক ({ $language }), { $duration }, { $size }
download-audio-mp3 = অডিও, ক্রমানুসারে বাজানোর জন্য MP3 ফাইল ({ $language }), { $duration }, { $size }
audio-duration =
    { $hours ->
        [0] { $minutes } মিনিট
       *[other] { $hours } ঘণ্টা { $minutes } মিনিট
    }

## The audio edition: spoken at its start and end, and its tracks' names

audio-computer-voice = এই রেকর্ডিংটি কোনো মানুষের কণ্ঠে নয়, কম্পিউটারের কণ্ঠে পড়া হয়েছে।
audio-reads = এতে পড়া হয়েছে { $title }, প্রকাশ করেছে { $publisher }, তারিখ { $date }।
audio-reads-undated = এতে পড়া হয়েছে { $title }, প্রকাশ করেছে { $publisher }।
audio-opening = শিরোনাম ও ভূমিকা
audio-end = { $title } এখানে শেষ হলো।

## The EPUB e-book: its link, the names of its guide, and the summary of its accessibility that e-book apps show

download-epub = EPUB ই-বুক ({ $language }), { $size }
epub-title-page = শিরোনাম পৃষ্ঠা
epub-guide = এই ই-বুকের নির্দেশিকা
epub-start = প্রকাশনার শুরু
epub-summary = এই ই-বুকে প্রকাশনাটির অনুসারে সাজানো শিরোনাম, সূচিপত্র ও পড়ার ক্রম রয়েছে। আপনার পড়ার অ্যাপে এই ই-বুকের লেখার আকার, ফন্ট, ব্যবধান ও রং বদলাতে পারবেন। এটি WCAG 2.2-এর AA স্তরে EPUB Accessibility 1.1 মান মেনে চলে।
epub-summary-audio = পুরো লেখাটি কম্পিউটারের কণ্ঠে জোরে পড়ে শোনানো হয়, এবং প্রতিটি বাক্য পড়ার সময় সেটি হাইলাইট করা হয়।

## The plain-text edition

text-untranslated = এখনও { $language } ভাষায় অনুবাদ করা হয়নি, তাই ইংরেজিতে দেওয়া হয়েছে: { $parts }।
text-untranslated-front = শিরোনাম পৃষ্ঠা
text-untranslated-other = অন্যান্য অংশ
text-stale = অনুবাদের পরে ইংরেজি বদলে গেছে, তাই এই অংশগুলি হালনাগাদ না-ও হতে পারে: { $parts }।

## Every page's footer

alt-formats-heading = অন্যান্য ফরম্যাট ও ভাষা
alt-formats-request = এই তথ্য বড় হরফে, ব্রেইলে, অডিওতে বা অন্য কোনো ভাষায় প্রয়োজন হলে অনুগ্রহ করে { $phone } নম্বরে ফোন করুন।
footer-published-by = প্রকাশক

## Accessibility statement

a11y-title = অ্যাক্সেসিবিলিটি বিবৃতি
a11y-applies = এই অ্যাক্সেসিবিলিটি বিবৃতিটি { $website } ওয়েবসাইটের জন্য প্রযোজ্য।
a11y-run-by = এই ওয়েবসাইটটি পরিচালনা করে { $publisher }।
a11y-intro = আমরা চাই যত বেশি সম্ভব মানুষ এই { -compacts } পড়তে পারুন, ইংরেজিতে এবং আমাদের এলাকার কমিউনিটির ভাষাগুলিতে।
a11y-using-heading = এই ওয়েবসাইট ব্যবহার করা
a11y-using = লেখা স্ক্রিনের বাইরে না গিয়ে আপনি ৪০০% পর্যন্ত বড় করে দেখতে পারবেন, এবং জাভাস্ক্রিপ্ট ছাড়াই প্রতিটি পৃষ্ঠা পড়তে পারবেন। প্রতিটি পৃষ্ঠা, এবং পৃষ্ঠার অন্য ভাষার প্রতিটি অংশ, তার ভাষা দিয়ে চিহ্নিত করা আছে, যাতে স্ক্রিন রিডার সঠিক কণ্ঠ ব্যবহার করে। যে অংশ এখনও অনুবাদ হয়নি তা ইংরেজিতে দেখানো হয় এবং ইংরেজি হিসেবে চিহ্নিত থাকে।
a11y-offered-heading = ফরম্যাট ও ভাষা
a11y-offered-formats = এই ওয়েবসাইটের প্রতিটি প্রকাশনা যেভাবে প্রকাশিত হয়:
a11y-format-web-page = ওয়েব পৃষ্ঠা
a11y-format-large-print-page = বড় হরফের ওয়েব পৃষ্ঠা
a11y-format-large-print-pdf = বড় হরফের PDF নথি (A4)
a11y-format-plain-text = সাধারণ টেক্সট ফাইল
a11y-format-braille = ব্রেইল ফাইল (ব্রেইল প্রিন্টারের জন্য PEF, ব্রেইল ডিসপ্লের জন্য BRF)
a11y-format-audio = কম্পিউটারের কণ্ঠে পড়া অডিও (DAISY টকিং বুক ও MP3 ফাইল)
a11y-format-epub = ই-বুক অ্যাপ ও পড়ার ডিভাইসের জন্য অ্যাক্সেসযোগ্য EPUB ই-বুক
a11y-format-some = { $format }, এখন পর্যন্ত { $total }টি প্রকাশনার মধ্যে { $count }টির জন্য
a11y-offered-languages = এই ওয়েবসাইট এই ভাষাগুলিতে প্রকাশিত হয়:
a11y-formats-heading = মতামত ও যোগাযোগের তথ্য
a11y-formats = এই ওয়েবসাইটের তথ্য অন্য কোনো ফরম্যাটে, যেমন বড় হরফে, ব্রেইলে, অডিওতে বা অন্য ভাষায় প্রয়োজন হলে নিচের ঠিকানায় আমাদের সাথে যোগাযোগ করুন।
a11y-reply-days =
    { $days ->
        [one] আমরা আপনার অনুরোধ বিবেচনা করে { $days } কার্যদিবসের মধ্যে উত্তর দেব।
       *[other] আমরা আপনার অনুরোধ বিবেচনা করে { $days } কার্যদিবসের মধ্যে উত্তর দেব।
    }
a11y-feedback-heading = এই ওয়েবসাইটের অ্যাক্সেসিবিলিটি সমস্যা জানানো
a11y-feedback = আমরা সবসময় এই ওয়েবসাইটের অ্যাক্সেসিবিলিটি উন্নত করার চেষ্টা করি। এই পৃষ্ঠায় তালিকাভুক্ত নয় এমন কোনো সমস্যা পেলে, বা আপনার মনে হলে যে আমরা অ্যাক্সেসিবিলিটির শর্তগুলি পূরণ করছি না, উপরের ঠিকানায় আমাদের সাথে যোগাযোগ করুন।
a11y-enforcement-heading = প্রয়োগ পদ্ধতি
a11y-enforcement = সমতা ও মানবাধিকার কমিশন (EHRC) পাবলিক সেক্টর বডিজ (ওয়েবসাইট ও মোবাইল অ্যাপ্লিকেশন) (নং ২) অ্যাক্সেসিবিলিটি রেগুলেশনস ২০১৮ (‘অ্যাক্সেসিবিলিটি রেগুলেশনস’) প্রয়োগের দায়িত্বে রয়েছে। আপনার অভিযোগের বিষয়ে আমাদের উত্তরে সন্তুষ্ট না হলে [সমতা পরামর্শ ও সহায়তা পরিষেবা (EASS)-এর সাথে যোগাযোগ করুন](https://www.equalityadvisoryservice.com/)।
a11y-enforcement-ni = আপনি উত্তর আয়ারল্যান্ডে থাকলে এবং আপনার অভিযোগের বিষয়ে আমাদের উত্তরে সন্তুষ্ট না হলে [উত্তর আয়ারল্যান্ডের সমতা কমিশনের](https://www.equalityni.org/) সাথে যোগাযোগ করতে পারেন, যারা উত্তর আয়ারল্যান্ডে অ্যাক্সেসিবিলিটি রেগুলেশনস প্রয়োগের দায়িত্বে রয়েছে।
a11y-technical-heading = এই ওয়েবসাইটের অ্যাক্সেসিবিলিটি সম্পর্কে প্রযুক্তিগত তথ্য
a11y-committed = { $publisher } [পাবলিক সেক্টর বডিজ (ওয়েবসাইট ও মোবাইল অ্যাপ্লিকেশন) (নং ২) অ্যাক্সেসিবিলিটি রেগুলেশনস ২০১৮](https://www.legislation.gov.uk/uksi/2018/952/contents/made) অনুযায়ী তার ওয়েবসাইট অ্যাক্সেসযোগ্য করতে প্রতিশ্রুতিবদ্ধ।
a11y-status-heading = সম্মতির অবস্থা
a11y-compliance-full = এই ওয়েবসাইটটি [ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি নির্দেশিকা (WCAG) সংস্করণ ২.২](https://www.w3.org/TR/WCAG22/)-এর AA মান সম্পূর্ণভাবে মেনে চলে।
a11y-compliance-partial = নিচে তালিকাভুক্ত অসম্মতিগুলির কারণে এই ওয়েবসাইটটি [ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি নির্দেশিকা (WCAG) সংস্করণ ২.২](https://www.w3.org/TR/WCAG22/)-এর AA মান আংশিকভাবে মেনে চলে।
a11y-compliance-not = এই ওয়েবসাইটটি [ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি নির্দেশিকা (WCAG) সংস্করণ ২.২](https://www.w3.org/TR/WCAG22/)-এর AA মান মেনে চলে না। অসম্মতিগুলি নিচে তালিকাভুক্ত করা হয়েছে।
a11y-compliance-unassessed = এই ওয়েবসাইটের প্রকাশক এখনও [ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি নির্দেশিকা (WCAG) সংস্করণ ২.২](https://www.w3.org/TR/WCAG22/)-এর AA মানের সাথে এটি মূল্যায়ন করেননি, তাই এই বিবৃতি বলে না যে এটি সেই মান মেনে চলে।
a11y-non-accessible-heading = অ্যাক্সেসযোগ্য নয় এমন বিষয়বস্তু
a11y-non-accessible-intro = নিচে তালিকাভুক্ত বিষয়বস্তু নিম্নলিখিত কারণে অ্যাক্সেসযোগ্য নয়।
a11y-preparation-heading = এই অ্যাক্সেসিবিলিটি বিবৃতির প্রস্তুতি
a11y-prepared = এই বিবৃতিটি { $date } তারিখে প্রস্তুত করা হয়েছে।
a11y-reviewed = এটি সর্বশেষ { $date } তারিখে পর্যালোচনা করা হয়েছে।
a11y-tested = এই ওয়েবসাইটটি সর্বশেষ { $date } তারিখে পরীক্ষা করা হয়েছে। পরীক্ষাটি করেছে { $by }।

## Page not found

not-found-title = পৃষ্ঠাটি পাওয়া যায়নি
not-found-text = আপনি যে পৃষ্ঠাটি চেয়েছেন তা এখানে নেই। এটি সরানো হয়ে থাকতে পারে।
not-found-link = { -compacts }ের তালিকায় যান
