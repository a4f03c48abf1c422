### Bengali (বাংলা) strings for the default theme.
### review-status: machine-assisted
### Written with machine assistance; not yet reviewed by a native speaker.
### CLDR: in Bengali 0 and 1 both take the [one] form.

# source: f696aa85
language-name = বাংলা

## Navigation

# source: a684a452
skip-link = মূল বিষয়বস্তুতে যান

# source: bbf5b506
nav-site = সাইট

# source: c4359e28
nav-home = হোম

# source: 3ecb0229
nav-accessibility = অ্যাক্সেসিবিলিটি বিবৃতি

# source: 94f909be
nav-languages = এই পৃষ্ঠাটি অন্য ভাষায় পড়ুন

# source: 685ac66a
nav-breadcrumb = আপনি এখানে আছেন

# source: 1746410e
nav-contents = সূচিপত্র

## Language chooser (the site's front page)

# source: 0b151508
choose-language = আপনার ভাষা বেছে নিন

# source: 171283ea
choose-language-prompt = { -compacts } বাংলায় পড়ুন

## Notices about translation

# source: e2d495d2
untranslated-notice =
    { $count ->
        [one] এই পৃষ্ঠার { $count }টি অংশ এখনও { $language } ভাষায় অনুবাদ করা হয়নি। এটি ইংরেজিতে দেখানো হয়েছে।
       *[other] এই পৃষ্ঠার { $count }টি অংশ এখনও { $language } ভাষায় অনুবাদ করা হয়নি। সেগুলি ইংরেজিতে দেখানো হয়েছে।
    }

# source: addf4c56
machine-translation-notice = এই অনুবাদটি যন্ত্রের সাহায্যে করা হয়েছে এবং এখনও কোনো মাতৃভাষী ব্যক্তি এটি যাচাই করেননি। কিছু অস্পষ্ট হলে অনুগ্রহ করে আমাদের সাথে যোগাযোগ করুন।

# source: cb75cd4f
stale-notice =
    { $count ->
        [one] এই পৃষ্ঠার { $count }টি অংশ ইংরেজির একটি আগের সংস্করণ থেকে অনুবাদ করা হয়েছে, তাই এটি হালনাগাদ না-ও হতে পারে।
       *[other] এই পৃষ্ঠার { $count }টি অংশ ইংরেজির একটি আগের সংস্করণ থেকে অনুবাদ করা হয়েছে, তাই সেগুলি হালনাগাদ না-ও হতে পারে।
    }

## Home page

# source: 2f2aea9d
publications-heading = প্রকাশনা

# source: d7162913
publication-count =
    { $count ->
        [one] { $count }টি প্রকাশনা
       *[other] { $count }টি প্রকাশনা
    }

## A publication

# source: b54461a6
status-draft = খসড়া

# source: f7d21cec
status-adopted = গৃহীত

# source: e49df8f6
status-label = অবস্থা

# source: 4845149d
date-label = তারিখ

# source: 17521a64
area-label = এলাকা

# source: 6fbddef1
reference-label = সূত্র নম্বর

# source: 1fef0feb
parties-heading = এই চুক্তির পক্ষসমূহ

# source: 21da0049
download-heading = অন্যান্য ফরম্যাট

# source: 1ac48b97
undertakings-theme = বিষয়

# source: 23d283b8
undertakings-caption = বিষয় অনুযায়ী প্রতিটি অংশীদারের { -undertakings }

# source: 8093a7f9
related-heading = সম্পর্কিত প্রকাশনা

# source: 0da2a00b
signup-print = এই পৃষ্ঠাটি প্রিন্ট করুন, ঘরগুলি পূরণ করুন এবং নিচের ঠিকানায় ডাকযোগে পাঠান, অথবা ই-মেইলে উত্তর দিন।

# source: efaa96cc
signup-email = ই-মেইলে উত্তর দিন

# source: ab2c94cd
signup-email-subject = { -compact }ে যোগদান

# source: 18337876
signup-date-hint = দিন/মাস/বছর, যেমন 25/12/2024

# source: b044303f
signatory-signed = স্বাক্ষর

# source: 48b1bc16
signatory-dated = তারিখ

# source: 9fa6b269
signatory-not-signed = এখনও স্বাক্ষর করা হয়নি

# source: 5d9d4a0e
contact-phone = ফোন

# source: 68f861b2
contact-fax = ফ্যাক্স

# source: 4df11957
contact-email = ই-মেইল

# source: bdce3d0f
contact-web = ওয়েবসাইট

# source: 88eb0e69
large-print = বড় হরফ

# source: d7d80270
download-large-print-html = বড় হরফের ওয়েব পৃষ্ঠা

# source: fc1dc13b
download-large-print-pdf = বড় হরফের PDF ({ $language }), { $size }

# source: 9952e5e5
download-plain-text = সাধারণ টেক্সট ({ $language }), { $size }

# source: c38db4c3
download-braille-pef =
    ব্রেইল প্রিন্টারের জন্য ব্রেইল, PEF ({ $code ->
        [ueb] ইউনিফায়েড ইংলিশ ব্রেইল গ্রেড ২
        [urdu] উর্দু ব্রেইল
       *[bharati] ভারতী ব্রেইল
    }, { $language }), { $size }

# source: 029cfcf7
download-braille-brf =
    ব্রেইল ডিসপ্লের জন্য ব্রেইল, BRF ({ $code ->
        [ueb] ইউনিফায়েড ইংলিশ ব্রেইল গ্রেড ২
        [urdu] উর্দু ব্রেইল
       *[bharati] ভারতী ব্রেইল
    }, { $language }), { $size }

# source: bd743a52
download-audio-daisy = অডিও, DAISY টকিং বুক ({ $language }), { $duration }, { $size }

# source: 472e5a79
download-audio-mp3 = অডিও, ক্রমানুসারে বাজানোর জন্য MP3 ফাইল ({ $language }), { $duration }, { $size }

# source: d97a7e0c
audio-duration =
    { $hours ->
        [0] { $minutes } মিনিট
       *[other] { $hours } ঘণ্টা { $minutes } মিনিট
    }

## The audio edition: spoken at its start and end, and its tracks' names

# source: b789ac5e
audio-computer-voice = এই রেকর্ডিংটি কোনো মানুষের কণ্ঠে নয়, কম্পিউটারের কণ্ঠে পড়া হয়েছে।

# source: 7d90c03f
audio-reads = এতে পড়া হয়েছে { $title }, প্রকাশ করেছে { $publisher }, তারিখ { $date }।

# source: cd45ae48
audio-reads-undated = এতে পড়া হয়েছে { $title }, প্রকাশ করেছে { $publisher }।

# source: 781f0e07
audio-opening = শিরোনাম ও ভূমিকা

# source: 8c3502da
audio-end = { $title } এখানে শেষ হলো।

## The EPUB e-book: its link, the names of its guide, and the summary of its accessibility that e-book apps show

# source: c60bb881
download-epub = EPUB ই-বুক ({ $language }), { $size }

# source: 0d8ca933
epub-title-page = শিরোনাম পৃষ্ঠা

# source: d513f577
epub-guide = এই ই-বুকের নির্দেশিকা

# source: ed282714
epub-start = প্রকাশনার শুরু

# source: 8f811675
epub-summary = এই ই-বুকে প্রকাশনাটির অনুসারে সাজানো শিরোনাম, সূচিপত্র ও পড়ার ক্রম রয়েছে। আপনার পড়ার অ্যাপে এই ই-বুকের লেখার আকার, ফন্ট, ব্যবধান ও রং বদলাতে পারবেন। এটি WCAG 2.2-এর AA স্তরে EPUB Accessibility 1.1 মান মেনে চলে।

# source: b0d11690
epub-summary-audio = পুরো লেখাটি কম্পিউটারের কণ্ঠে জোরে পড়ে শোনানো হয়, এবং প্রতিটি বাক্য পড়ার সময় সেটি হাইলাইট করা হয়।

## The plain-text edition

# source: 463371f1
text-untranslated = এখনও { $language } ভাষায় অনুবাদ করা হয়নি, তাই ইংরেজিতে দেওয়া হয়েছে: { $parts }।

# source: 8395efe8
text-untranslated-front = শিরোনাম পৃষ্ঠা

# source: 135067ab
text-untranslated-other = অন্যান্য অংশ

# source: db1d550d
text-stale = অনুবাদের পরে ইংরেজি বদলে গেছে, তাই এই অংশগুলি হালনাগাদ না-ও হতে পারে: { $parts }।

## Every page's footer

# source: 4707668c
alt-formats-heading = অন্যান্য ফরম্যাট ও ভাষা

# source: 5e47288a
alt-formats-request = এই তথ্য বড় হরফে, ব্রেইলে, অডিওতে বা অন্য কোনো ভাষায় প্রয়োজন হলে অনুগ্রহ করে { $phone } নম্বরে ফোন করুন।

# source: 1522a2a9
footer-published-by = প্রকাশক

## Accessibility statement

# source: 3ecb0229
a11y-title = অ্যাক্সেসিবিলিটি বিবৃতি

# source: 132875fb
a11y-applies = এই অ্যাক্সেসিবিলিটি বিবৃতিটি { $website } ওয়েবসাইটের জন্য প্রযোজ্য।

# source: bdb0a098
a11y-run-by = এই ওয়েবসাইটটি পরিচালনা করে { $publisher }।

# source: 2f9e8420
a11y-intro = আমরা চাই যত বেশি সম্ভব মানুষ এই { -compacts } পড়তে পারুন, ইংরেজিতে এবং আমাদের এলাকার কমিউনিটির ভাষাগুলিতে।

# source: 6aa7aab4
a11y-using-heading = এই ওয়েবসাইট ব্যবহার করা

# source: c5ad22e6
a11y-using = লেখা স্ক্রিনের বাইরে না গিয়ে আপনি ৪০০% পর্যন্ত বড় করে দেখতে পারবেন, এবং জাভাস্ক্রিপ্ট ছাড়াই প্রতিটি পৃষ্ঠা পড়তে পারবেন। প্রতিটি পৃষ্ঠা, এবং পৃষ্ঠার অন্য ভাষার প্রতিটি অংশ, তার ভাষা দিয়ে চিহ্নিত করা আছে, যাতে স্ক্রিন রিডার সঠিক কণ্ঠ ব্যবহার করে। যে অংশ এখনও অনুবাদ হয়নি তা ইংরেজিতে দেখানো হয় এবং ইংরেজি হিসেবে চিহ্নিত থাকে।

# source: 81dffc54
a11y-offered-heading = ফরম্যাট ও ভাষা

# source: c4de2ceb
a11y-offered-formats = এই ওয়েবসাইটের প্রতিটি প্রকাশনা যেভাবে প্রকাশিত হয়:

# source: a32e21c8
a11y-format-web-page = ওয়েব পৃষ্ঠা

# source: 243c84b3
a11y-format-large-print-page = বড় হরফের ওয়েব পৃষ্ঠা

# source: 8d8d36dd
a11y-format-large-print-pdf = বড় হরফের PDF নথি (A4)

# source: 59e4fd87
a11y-format-plain-text = সাধারণ টেক্সট ফাইল

# source: f46597f9
a11y-format-braille = ব্রেইল ফাইল (ব্রেইল প্রিন্টারের জন্য PEF, ব্রেইল ডিসপ্লের জন্য BRF)

# source: dde0ad59
a11y-format-audio = কম্পিউটারের কণ্ঠে পড়া অডিও (DAISY টকিং বুক ও MP3 ফাইল)

# source: 3ea839fa
a11y-format-epub = ই-বুক অ্যাপ ও পড়ার ডিভাইসের জন্য অ্যাক্সেসযোগ্য EPUB ই-বুক

# source: f64b3e4d
a11y-format-some = { $format }, এখন পর্যন্ত { $total }টি প্রকাশনার মধ্যে { $count }টির জন্য

# source: 4e0e2aa6
a11y-offered-languages = এই ওয়েবসাইট এই ভাষাগুলিতে প্রকাশিত হয়:

# source: 32daacb6
a11y-formats-heading = মতামত ও যোগাযোগের তথ্য

# source: f206df21
a11y-formats = এই ওয়েবসাইটের তথ্য অন্য কোনো ফরম্যাটে, যেমন বড় হরফে, ব্রেইলে, অডিওতে বা অন্য ভাষায় প্রয়োজন হলে নিচের ঠিকানায় আমাদের সাথে যোগাযোগ করুন।

# source: 4030b2b0
a11y-reply-days =
    { $days ->
        [one] আমরা আপনার অনুরোধ বিবেচনা করে { $days } কার্যদিবসের মধ্যে উত্তর দেব।
       *[other] আমরা আপনার অনুরোধ বিবেচনা করে { $days } কার্যদিবসের মধ্যে উত্তর দেব।
    }

# source: 725e4124
a11y-feedback-heading = এই ওয়েবসাইটের অ্যাক্সেসিবিলিটি সমস্যা জানানো

# source: 45cf2b08
a11y-feedback = আমরা সবসময় এই ওয়েবসাইটের অ্যাক্সেসিবিলিটি উন্নত করার চেষ্টা করি। এই পৃষ্ঠায় তালিকাভুক্ত নয় এমন কোনো সমস্যা পেলে, বা আপনার মনে হলে যে আমরা অ্যাক্সেসিবিলিটির শর্তগুলি পূরণ করছি না, উপরের ঠিকানায় আমাদের সাথে যোগাযোগ করুন।

# source: b6005853
a11y-enforcement-heading = প্রয়োগ পদ্ধতি

# source: 27bc7cb6
a11y-enforcement = সমতা ও মানবাধিকার কমিশন (EHRC) পাবলিক সেক্টর বডিজ (ওয়েবসাইট ও মোবাইল অ্যাপ্লিকেশন) (নং ২) অ্যাক্সেসিবিলিটি রেগুলেশনস ২০১৮ (‘অ্যাক্সেসিবিলিটি রেগুলেশনস’) প্রয়োগের দায়িত্বে রয়েছে। আপনার অভিযোগের বিষয়ে আমাদের উত্তরে সন্তুষ্ট না হলে [সমতা পরামর্শ ও সহায়তা পরিষেবা (EASS)-এর সাথে যোগাযোগ করুন](https://www.equalityadvisoryservice.com/)।

# source: 19bc185a
a11y-enforcement-ni = আপনি উত্তর আয়ারল্যান্ডে থাকলে এবং আপনার অভিযোগের বিষয়ে আমাদের উত্তরে সন্তুষ্ট না হলে [উত্তর আয়ারল্যান্ডের সমতা কমিশনের](https://www.equalityni.org/) সাথে যোগাযোগ করতে পারেন, যারা উত্তর আয়ারল্যান্ডে অ্যাক্সেসিবিলিটি রেগুলেশনস প্রয়োগের দায়িত্বে রয়েছে।

# source: edc26fe6
a11y-technical-heading = এই ওয়েবসাইটের অ্যাক্সেসিবিলিটি সম্পর্কে প্রযুক্তিগত তথ্য

# source: 2fe9eee7
a11y-committed = { $publisher } [পাবলিক সেক্টর বডিজ (ওয়েবসাইট ও মোবাইল অ্যাপ্লিকেশন) (নং ২) অ্যাক্সেসিবিলিটি রেগুলেশনস ২০১৮](https://www.legislation.gov.uk/uksi/2018/952/contents/made) অনুযায়ী তার ওয়েবসাইট অ্যাক্সেসযোগ্য করতে প্রতিশ্রুতিবদ্ধ।

# source: 37e188a9
a11y-status-heading = সম্মতির অবস্থা

# source: 9b8c0ad1
a11y-compliance-full = এই ওয়েবসাইটটি [ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি নির্দেশিকা (WCAG) সংস্করণ ২.২](https://www.w3.org/TR/WCAG22/)-এর AA মান সম্পূর্ণভাবে মেনে চলে।

# source: 68bad472
a11y-compliance-partial = নিচে তালিকাভুক্ত অসম্মতিগুলির কারণে এই ওয়েবসাইটটি [ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি নির্দেশিকা (WCAG) সংস্করণ ২.২](https://www.w3.org/TR/WCAG22/)-এর AA মান আংশিকভাবে মেনে চলে।

# source: 1bce925f
a11y-compliance-not = এই ওয়েবসাইটটি [ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি নির্দেশিকা (WCAG) সংস্করণ ২.২](https://www.w3.org/TR/WCAG22/)-এর AA মান মেনে চলে না। অসম্মতিগুলি নিচে তালিকাভুক্ত করা হয়েছে।

# source: 818ab907
a11y-compliance-unassessed = এই ওয়েবসাইটের প্রকাশক এখনও [ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি নির্দেশিকা (WCAG) সংস্করণ ২.২](https://www.w3.org/TR/WCAG22/)-এর AA মানের সাথে এটি মূল্যায়ন করেননি, তাই এই বিবৃতি বলে না যে এটি সেই মান মেনে চলে।

# source: f5be9fca
a11y-non-accessible-heading = অ্যাক্সেসযোগ্য নয় এমন বিষয়বস্তু

# source: e7518a64
a11y-non-accessible-intro = নিচে তালিকাভুক্ত বিষয়বস্তু নিম্নলিখিত কারণে অ্যাক্সেসযোগ্য নয়।

# source: 5dd1be5f
a11y-preparation-heading = এই অ্যাক্সেসিবিলিটি বিবৃতির প্রস্তুতি

# source: 237952e1
a11y-prepared = এই বিবৃতিটি { $date } তারিখে প্রস্তুত করা হয়েছে।

# source: be88ceea
a11y-reviewed = এটি সর্বশেষ { $date } তারিখে পর্যালোচনা করা হয়েছে।

# source: 41f44cb8
a11y-tested = এই ওয়েবসাইটটি সর্বশেষ { $date } তারিখে পরীক্ষা করা হয়েছে। পরীক্ষাটি করেছে { $by }।

## Page not found

# source: 0514d853
not-found-title = পৃষ্ঠাটি পাওয়া যায়নি

# source: 2b58808f
not-found-text = আপনি যে পৃষ্ঠাটি চেয়েছেন তা এখানে নেই। এটি সরানো হয়ে থাকতে পারে।

# source: d1b9701e
not-found-link = { -compacts }ের তালিকায় যান
