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
choose-language-prompt = কমপ্যাক্টগুলি বাংলায় পড়ুন

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
undertakings-caption = বিষয় অনুযায়ী প্রতিটি অংশীদারের অঙ্গীকার

# source: 8093a7f9
related-heading = সম্পর্কিত প্রকাশনা

# source: 0da2a00b
signup-print = এই পৃষ্ঠাটি প্রিন্ট করুন, ঘরগুলি পূরণ করুন এবং নিচের ঠিকানায় ডাকযোগে পাঠান, অথবা ই-মেইলে উত্তর দিন।

# source: efaa96cc
signup-email = ই-মেইলে উত্তর দিন

# source: ab2c94cd
signup-email-subject = কমপ্যাক্টে যোগদান

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

# source: 2f9e8420
a11y-intro = আমরা চাই যত বেশি সম্ভব মানুষ এই কমপ্যাক্টগুলি পড়তে পারুন, ইংরেজিতে এবং আমাদের এলাকার কমিউনিটির ভাষাগুলিতে।

# source: 6aa7aab4
a11y-using-heading = এই ওয়েবসাইট ব্যবহার করা

# source: 60383640
a11y-using = আপনি আপনার ব্রাউজার বা ডিভাইসের সেটিংস দিয়ে রং, কনট্রাস্ট ও ফন্ট বদলাতে পারবেন, লেখা স্ক্রিনের বাইরে না গিয়ে ৪০০% পর্যন্ত বড় করতে পারবেন, শুধু কিবোর্ড বা কণ্ঠস্বর শনাক্তকরণ সফটওয়্যার দিয়ে পুরো ওয়েবসাইট ব্যবহার করতে পারবেন, এবং স্ক্রিন রিডার দিয়ে ওয়েবসাইটটি শুনতে পারবেন। প্রতিটি পৃষ্ঠা জাভাস্ক্রিপ্ট ছাড়াই কাজ করে, এবং প্রতিটি ভাষা চিহ্নিত করা আছে যাতে স্ক্রিন রিডার সঠিক কণ্ঠ ব্যবহার করে।

# source: 37e188a9
a11y-status-heading = সম্মতির অবস্থা

# source: b045fb2e
a11y-status = এই ওয়েবসাইটটি ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি নির্দেশিকা ২.২, লেভেল AA পূরণের জন্য তৈরি। প্রকাশের আগে প্রতিটি পৃষ্ঠা Nu Html Checker ও axe দিয়ে স্বয়ংক্রিয়ভাবে পরীক্ষা করা হয়।

# source: b5314243
a11y-limits-heading = যে অংশগুলি পুরোপুরি অ্যাক্সেসযোগ্য নয়

# source: 04b24dc9
a11y-limits = কিছু অনুবাদ যন্ত্রের সাহায্যে করা হয়েছে এবং এখনও কোনো মাতৃভাষী ব্যক্তি যাচাই করেননি; সেই পৃষ্ঠাগুলিতে তা বলা আছে। পৃষ্ঠার কোনো অংশ এখনও অনুবাদ না হলে তা ইংরেজিতে দেখানো হয় এবং ইংরেজি হিসেবে চিহ্নিত থাকে।

# source: 21da0049
a11y-formats-heading = অন্যান্য ফরম্যাট

# source: e0168028
a11y-formats = এই ওয়েবসাইটের তথ্য বড় হরফে, ব্রেইলে, অডিওতে বা অন্য ভাষায় প্রয়োজন হলে নিচের ঠিকানায় আমাদের সাথে যোগাযোগ করুন। আমরা আপনার অনুরোধ বিবেচনা করে ১০ কার্যদিবসের মধ্যে উত্তর দেব।

# source: 23022412
a11y-feedback-heading = সমস্যা জানানো ও প্রয়োগ

# source: 6c534fe7
a11y-feedback = এই পৃষ্ঠায় তালিকাভুক্ত নয় এমন কোনো সমস্যা পেলে অনুগ্রহ করে আমাদের জানান। আমাদের উত্তরে সন্তুষ্ট না হলে Equality Advisory and Support Service (EASS)-এর সাথে যোগাযোগ করুন।

## Page not found

# source: 0514d853
not-found-title = পৃষ্ঠাটি পাওয়া যায়নি

# source: 2b58808f
not-found-text = আপনি যে পৃষ্ঠাটি চেয়েছেন তা এখানে নেই। এটি সরানো হয়ে থাকতে পারে।

# source: d1b9701e
not-found-link = কমপ্যাক্টের তালিকায় যান
