### Bengali (বাংলা) strings for the default theme.
### review-status: machine-assisted
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

## Language chooser
choose-language = আপনার ভাষা বেছে নিন
choose-language-prompt = কমপ্যাক্টগুলি বাংলায় পড়ুন

## Notices about translation
untranslated-notice =
    { $count ->
        [one] এই পৃষ্ঠার { $count }টি অংশ এখনও { $language } ভাষায় অনুবাদ করা হয়নি। এটি ইংরেজিতে দেখানো হয়েছে।
       *[other] এই পৃষ্ঠার { $count }টি অংশ এখনও { $language } ভাষায় অনুবাদ করা হয়নি। সেগুলি ইংরেজিতে দেখানো হয়েছে।
    }
machine-translation-notice = এই অনুবাদটি যন্ত্রের সাহায্যে করা হয়েছে এবং এখনও কোনো মাতৃভাষী ব্যক্তি এটি যাচাই করেননি। কিছু অস্পষ্ট হলে অনুগ্রহ করে আমাদের সাথে যোগাযোগ করুন।

## Home page
publications-heading = প্রকাশনা
publication-count =
    { $count ->
        [one] { $count }টি প্রকাশনা
       *[other] { $count }টি প্রকাশনা
    }

## A publication
status-draft = খসড়া
status-adopted = গৃহীত
status-label = অবস্থা
date-label = তারিখ
area-label = এলাকা
parties-heading = এই চুক্তির পক্ষসমূহ
download-heading = অন্যান্য ফরম্যাট
undertakings-theme = বিষয়
undertakings-caption = বিষয় অনুযায়ী প্রতিটি অংশীদারের অঙ্গীকার
related-heading = সম্পর্কিত প্রকাশনা
signup-print = এই পৃষ্ঠাটি প্রিন্ট করুন, ঘরগুলি পূরণ করুন এবং নিচের ঠিকানায় ডাকযোগে পাঠান, অথবা ই-মেইলে উত্তর দিন।
signup-email = ই-মেইলে উত্তর দিন
signup-email-subject = কমপ্যাক্টে যোগদান
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

## The plain-text edition
text-untranslated = এখনও { $language } ভাষায় অনুবাদ করা হয়নি, তাই ইংরেজিতে দেওয়া হয়েছে: { $parts }।
text-untranslated-front = শিরোনাম পৃষ্ঠা
text-untranslated-other = অন্যান্য অংশ

## Every page's footer
alt-formats-heading = অন্যান্য ফরম্যাট ও ভাষা
alt-formats-request = এই তথ্য বড় হরফে, ব্রেইলে, অডিওতে বা অন্য কোনো ভাষায় প্রয়োজন হলে অনুগ্রহ করে { $phone } নম্বরে ফোন করুন।
footer-published-by = প্রকাশক

## Accessibility statement
a11y-title = অ্যাক্সেসিবিলিটি বিবৃতি
a11y-intro = আমরা চাই যত বেশি সম্ভব মানুষ এই কমপ্যাক্টগুলি পড়তে পারুন, ইংরেজিতে এবং আমাদের এলাকার কমিউনিটির ভাষাগুলিতে।
a11y-using-heading = এই ওয়েবসাইট ব্যবহার করা
a11y-using = আপনি আপনার ব্রাউজার বা ডিভাইসের সেটিংস দিয়ে রং, কনট্রাস্ট ও ফন্ট বদলাতে পারবেন, লেখা স্ক্রিনের বাইরে না গিয়ে ৪০০% পর্যন্ত বড় করতে পারবেন, শুধু কিবোর্ড বা কণ্ঠস্বর শনাক্তকরণ সফটওয়্যার দিয়ে পুরো ওয়েবসাইট ব্যবহার করতে পারবেন, এবং স্ক্রিন রিডার দিয়ে ওয়েবসাইটটি শুনতে পারবেন। প্রতিটি পৃষ্ঠা জাভাস্ক্রিপ্ট ছাড়াই কাজ করে, এবং প্রতিটি ভাষা চিহ্নিত করা আছে যাতে স্ক্রিন রিডার সঠিক কণ্ঠ ব্যবহার করে।
a11y-status-heading = সম্মতির অবস্থা
a11y-status = এই ওয়েবসাইটটি ওয়েব কনটেন্ট অ্যাক্সেসিবিলিটি নির্দেশিকা ২.২, লেভেল AA পূরণের জন্য তৈরি। প্রকাশের আগে প্রতিটি পৃষ্ঠা Nu Html Checker ও axe দিয়ে স্বয়ংক্রিয়ভাবে পরীক্ষা করা হয়।
a11y-limits-heading = যে অংশগুলি পুরোপুরি অ্যাক্সেসযোগ্য নয়
a11y-limits = কিছু অনুবাদ যন্ত্রের সাহায্যে করা হয়েছে এবং এখনও কোনো মাতৃভাষী ব্যক্তি যাচাই করেননি; সেই পৃষ্ঠাগুলিতে তা বলা আছে। পৃষ্ঠার কোনো অংশ এখনও অনুবাদ না হলে তা ইংরেজিতে দেখানো হয় এবং ইংরেজি হিসেবে চিহ্নিত থাকে।
a11y-formats-heading = অন্যান্য ফরম্যাট
a11y-formats = এই ওয়েবসাইটের তথ্য বড় হরফে, ব্রেইলে, অডিওতে বা অন্য ভাষায় প্রয়োজন হলে নিচের ঠিকানায় আমাদের সাথে যোগাযোগ করুন। আমরা আপনার অনুরোধ বিবেচনা করে ১০ কার্যদিবসের মধ্যে উত্তর দেব।
a11y-feedback-heading = সমস্যা জানানো ও প্রয়োগ
a11y-feedback = এই পৃষ্ঠায় তালিকাভুক্ত নয় এমন কোনো সমস্যা পেলে অনুগ্রহ করে আমাদের জানান। আমাদের উত্তরে সন্তুষ্ট না হলে Equality Advisory and Support Service (EASS)-এর সাথে যোগাযোগ করুন।

## Page not found
not-found-title = পৃষ্ঠাটি পাওয়া যায়নি
not-found-text = আপনি যে পৃষ্ঠাটি চেয়েছেন তা এখানে নেই। এটি সরানো হয়ে থাকতে পারে।
not-found-link = কমপ্যাক্টের তালিকায় যান
