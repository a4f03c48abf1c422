### Bengali translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ hcvs-compact-action-report-2005.yaml.


## Title page

# context: title page, the label above the title
hcvs-compact-action-report-2005--label = কর্ম প্রতিবেদন
# context: title page, title
hcvs-compact-action-report-2005--title = HCVS কৌশলগত নেতৃত্ব: { -compact } কর্ম প্রতিবেদন
# context: summary, also shown on the home page
hcvs-compact-action-report-2005--summary = { -compact } প্রচার এবং এর আচরণবিধিগুলিকে সহায়তার ক্ষেত্রে হার্টফোর্ডশায়ারের প্রতিটি জেলার অগ্রগতি, ৮ সেপ্টেম্বর ২০০৫ তারিখের প্রতিবেদন অনুযায়ী।
# context: title page, area
hcvs-compact-action-report-2005--area = হার্টফোর্ডশায়ার

## A part without a heading (report)

# context: A part without a heading (report) › table caption
hcvs-compact-action-report-2005--report--b1-caption = HCVS কৌশলগত নেতৃত্ব: { -compact } কর্ম প্রতিবেদন, বছর ৮.৯.০৫
# context: A part without a heading (report) › table header, column 1
hcvs-compact-action-report-2005--report--b1-h1 = লক্ষ্য
# context: A part without a heading (report) › table header, column 2
hcvs-compact-action-report-2005--report--b1-h2 = পদক্ষেপ
# context: A part without a heading (report) › table header, column 3
hcvs-compact-action-report-2005--report--b1-h3 = কীভাবে
# context: A part without a heading (report) › table header, column 4
hcvs-compact-action-report-2005--report--b1-h4 = এ পর্যন্ত গৃহীত পদক্ষেপ
# context: A part without a heading (report) › table row 1, column 1, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c1p1 = কাজ পরিচালনার একটি পদ্ধতি হিসেবে { -compact } সম্পর্কে জানানো
# context: A part without a heading (report) › table row 1, column 2, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c2p1 = স্থানীয় পর্যায়ে { -compact } সম্পর্কে সচেতনতা গড়ে তোলা
# context: A part without a heading (report) › table row 1, column 3, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c3p1 = বিধিবদ্ধ সংস্থার কর্মকর্তাদের জন্য প্রশিক্ষণ অধিবেশন, এবং যেখানে { -compact } এখনও তৈরি হচ্ছে সেখানে স্থানীয় { -compact } অনুষ্ঠান।
# context: A part without a heading (report) › table row 1, column 4, paragraph 1
hcvs-compact-action-report-2005--report--b1-r1c4p1 = **হার্টসমিয়ার (Hertsmere):**
# context: A part without a heading (report) › table row 1, column 4, paragraph 2
hcvs-compact-action-report-2005--report--b1-r1c4p2 = LSP-এর একটি বিশেষ দিনব্যাপী সভা (Away-day) থেকে উঠে আসা কমিউনিটি স্ট্র্যাটেজির সংশোধনের কাজ করার জন্য LSP স্থানীয় { -compact } গোষ্ঠীকে অনুরোধ করেছে।
# context: A part without a heading (report) › table row 1, column 4, paragraph 3
hcvs-compact-action-report-2005--report--b1-r1c4p3 = এর ফলে কমিউনিটি স্ট্র্যাটেজির প্রতিশ্রুতিগুলির পাশাপাশি সম্পদের প্রশ্নটিও বিবেচনা করা হবে বলে আশা করা যায়, অর্থাৎ কে কী করবে এবং তার খরচ কে দেবে। কমিউনিটি স্ট্র্যাটেজিতে প্রতিশ্রুতি আছে এমন { -vcs-short } গোষ্ঠীগুলির জন্য এটি খুবই সহায়ক হওয়ার কথা।
# context: A part without a heading (report) › table row 1, column 4, paragraph 4
hcvs-compact-action-report-2005--report--b1-r1c4p4 = ব্রক্সবোর্ন এ বছরের নভেম্বরে তাদের { -compact } প্রকাশ করবে। এই পর্যায়ে কোনো অনুষ্ঠানের পরিকল্পনা নেই, তবে তা বদলাতে পারে, কারণ আগামী বছর অর্থায়ন বিষয়ে প্রথম আচরণবিধি তৈরির পরিকল্পনা আছে, তাই তারা একটি পরামর্শ প্রক্রিয়ার দিকে এগোনোর পরিকল্পনা করছে। বিস্তারিত পরিকল্পনা সংযুক্ত।
# context: A part without a heading (report) › table row 1, column 4, paragraph 5
hcvs-compact-action-report-2005--report--b1-r1c4p5 = দেশের অন্যত্র সিঙ্গল কমিউনিটিজ (Single Communities) অর্থায়ন হঠাৎ প্রত্যাহারের ক্ষেত্রে { -compact } উপেক্ষা করার জন্য Stevenage LSP, ODPM-কে একটি নিন্দাসূচক চিঠি পাঠিয়েছে। LSP তার বিধিবদ্ধ ও { -vcs-short } সদস্যদের মধ্যে একটি { -compact } জরিপ চালাতেও সম্মত হয়েছে, যাতে { -compact } সম্পর্কে সচেতনতা/বোঝাপড়া মূল্যায়ন করা যায় এবং { -compact }ের প্রধান অংশীদার SBC ও PCT-তে ভবিষ্যতের { -compact } সচেতনতা প্রশিক্ষণ কর্মসূচি নির্ধারণে তা কাজে লাগে। প্রশ্নাবলিটি সেপ্টেম্বরে তৈরি করা হবে।
# context: A part without a heading (report) › table row 1, column 4, paragraph 6
hcvs-compact-action-report-2005--report--b1-r1c4p6 = সেন্ট অ্যালবান্স { -compact } খসড়া আকারে পরামর্শের জন্য প্রকাশ করা হয়েছিল, এবং ২১ জুন একটি সফল ও বহুল উপস্থিতিপূর্ণ উপস্থাপনা ও উদ্বোধন অনুষ্ঠান হয়েছে। প্রাপ্ত মতামত দেখতে এবং অক্টোবরের শেষের আগে চূড়ান্ত অনুমোদন ও প্রকাশের পরিকল্পনা করতে পরিচালনা গোষ্ঠী সেপ্টেম্বরের শুরুতে আবার বৈঠকে বসবে। প্রয়োজন অনুযায়ী { -vcs-short } গোষ্ঠীগুলির জন্য দুপুরের খাবারের সময়ে তথ্য অধিবেশন চালানো হবে।
# context: A part without a heading (report) › table row 1, column 4, paragraph 7
hcvs-compact-action-report-2005--report--b1-r1c4p7 = ইস্ট হার্টসে { -compact } কার্যক্রম ধীর হয়ে গেছে, তবে সম্প্রতি প্রতিষ্ঠিত VOCAL প্রকল্পের পেছনে মূল চালিকাশক্তি ছিল ইস্ট হার্টস { -compact } গোষ্ঠী
# context: A part without a heading (report) › table row 2, column 1, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c1p1 = আচরণবিধিগুলিকে সহায়তা:
# context: A part without a heading (report) › table row 2, column 1, paragraph 2
hcvs-compact-action-report-2005--report--b1-r2c1p2 = পরামর্শ ও নীতি মূল্যায়ন, স্বেচ্ছাসেবা এবং অর্থায়ন
# context: A part without a heading (report) › table row 2, column 2, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c2p1 = আচরণবিধিগুলি এবং সেগুলির পর্যালোচনা ও মূল্যায়ন সম্পর্কে তথ্য প্রচার করা
# context: A part without a heading (report) › table row 2, column 3, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c3p1 = নিউজলেটারে ও ওয়েবসাইটে তথ্য প্রকাশ করা
# context: A part without a heading (report) › table row 2, column 4, paragraph 1
hcvs-compact-action-report-2005--report--b1-r2c4p1 = স্টিভেনিজের আচরণবিধিগুলি মার্চের সম্মেলনে চালু করা হয় এবং মে ০৫-এ সেক্টরের কাছে ডাকযোগে পাঠানো হয়। মে মাসে BME (কৃষ্ণাঙ্গ ও সংখ্যালঘু জাতিগোষ্ঠী) আচরণবিধি নিয়ে পরামর্শ নেওয়া হয়, কিন্তু লিখিত উত্তর খুব কম এসেছিল। Stevenage World Forum সেপ্টেম্বর/অক্টোবরে আরও বাছাই করা ও লক্ষ্যভিত্তিক পদ্ধতিতে আচরণবিধিটি তার সদস্য গোষ্ঠীগুলির কাছে নিয়ে যাবে। পরবর্তী পদক্ষেপ ঠিক করতে { -compact } নির্বাহী গোষ্ঠী অক্টোবরে বৈঠক করবে।
# context: A part without a heading (report) › table row 2, column 4, paragraph 2
hcvs-compact-action-report-2005--report--b1-r2c4p2 = ব্রক্সবোর্ন আগামী বছর একটি অর্থায়ন আচরণবিধির পরিকল্পনা করছে।
# context: A part without a heading (report) › table row 2, column 4, paragraph 3
hcvs-compact-action-report-2005--report--b1-r2c4p3 = Dacorum CVS এবং Dacorum Borough Council পরামর্শ বিষয়ক আচরণবিধির ওপর একটি পরামর্শ প্রক্রিয়ার নেতৃত্ব দিয়েছে, যা মার্চে শুরু হয়ে জুন পর্যন্ত চলে। প্রাপ্ত উত্তরগুলি বিশ্লেষণ করে নথিটি সংশোধন করা হয়েছে। সংশোধনীগুলি লেখার অর্থ বদলায়নি, বরং ভাষা সহজ করেছে; লেখাটি জাতীয় মডেলের ওপর ভিত্তি করে তৈরি। পরামর্শ বিষয়ক আচরণবিধিটি ২৮ সেপ্টেম্বর ২০০৫ তারিখে চালু করা হবে।
# context: A part without a heading (report) › table row 2, column 4, paragraph 4
hcvs-compact-action-report-2005--report--b1-r2c4p4 = ওয়াটফোর্ড মে ২০০৫-এ একটি পরিকল্পনা সেমিনারের আয়োজন করে। এই অনুষ্ঠানে বিধিবদ্ধ সেক্টর এবং { -vcs } উভয়ই সক্রিয়ভাবে অংশ নিয়ে একসাথে কাজ করার সুযোগ পায়, যাতে অর্থায়ন, পরামর্শ ও নীতি মূল্যায়ন এবং স্বেচ্ছাসেবা বিষয়ক ৩টি আচরণবিধি অনুমোদন করা যায়।
# context: A part without a heading (report) › table row 2, column 4, paragraph 5
hcvs-compact-action-report-2005--report--b1-r2c4p5 = আচরণবিধিগুলি মুদ্রণ ও প্রকাশ করা হবে।
# context: A part without a heading (report) › table row 2, column 4, paragraph 6
hcvs-compact-action-report-2005--report--b1-r2c4p6 = সেমিনারে ওঠা কয়েকটি বিষয়ের মধ্যে ছিল পরিকল্পনা ও সিদ্ধান্ত গ্রহণে কমিউনিটির কার্যকর অংশগ্রহণ নিশ্চিত করতে { -vcs }ের গুরুত্ব স্বীকার করা। পরিচালনা গোষ্ঠী বিতরণের জন্য একটি বার্ষিক পরিকল্পনা তৈরি করতে একসাথে কাজ করবে। সেমিনারে এটাও উঠে আসে যে সবাই চেয়েছিলেন এ বিষয়ে { -cvs } (CVS) নেতৃত্ব দিক।
