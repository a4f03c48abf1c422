### Bengali translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ charnwood-nw-leicestershire-compact.yaml.


## Title page

# context: title page, the label above the title
charnwood-nw-leicestershire-compact--label = { -compact }
# context: title page, title
charnwood-nw-leicestershire-compact--title = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার { -compact }
# context: summary, also shown on the home page
charnwood-nw-leicestershire-compact--summary = এই { -compact } চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ারে { -vcs }ের সংগঠন, স্থানীয় কর্তৃপক্ষ এবং { -pct } (PCT)-এর মধ্যে কাজের সম্পর্কের একটি আনুষ্ঠানিক কাঠামো নির্ধারণ করে।
# context: title page, area
charnwood-nw-leicestershire-compact--area = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার
# context: title page, party 1
charnwood-nw-leicestershire-compact--party-1 = চার্নউড বরো { -council } (Charnwood Borough Council)
# context: title page, party 2
charnwood-nw-leicestershire-compact--party-2 = নর্থ ওয়েস্ট লেস্টারশায়ার ডিস্ট্রিক্ট { -council } (North West Leicestershire District Council)
# context: title page, party 3
charnwood-nw-leicestershire-compact--party-3 = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার { -pct } (Charnwood & North West Leicestershire Primary Care Trust)
# context: title page, party 4
charnwood-nw-leicestershire-compact--party-4 = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ারের { -vcs } ({ -vcs-short })

## 1. What is a Compact and what is its status?

# context: 1. What is a Compact and what is its status? › section heading
charnwood-nw-leicestershire-compact--s1--title = { -compact } কী এবং এর মর্যাদা কী?
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b1 = এই { -compact } { -vcs }ের সংগঠন, স্থানীয় কর্তৃপক্ষ এবং { -pct } (PCT)-এর মধ্যে কাজের সম্পর্কের একটি আনুষ্ঠানিক কাঠামো নির্ধারণ করে। স্থানীয় মানুষের চূড়ান্ত কল্যাণের জন্য অভিন্ন লক্ষ্য ও আকাঙ্ক্ষা অর্জনে অংশীদাররা একসাথে কাজ করতে প্রতিশ্রুতিবদ্ধ।
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b2 = { -compacts } আইনত বাধ্যতামূলক নথি নয় এবং এগুলিতে সবকিছু অন্তর্ভুক্ত নয়। এগুলি সেক্টরগুলির মধ্যে সম্পর্ক উন্নত করার একটি সহায়ক ব্যবস্থা। এগুলির কর্তৃত্ব আসে এই বাস্তবতা থেকে যে স্থানীয় অংশীজনরা নিজেরাই এগুলি তৈরি করেন, এ নিয়ে পরামর্শ করেন এবং আনুষ্ঠানিকভাবে গ্রহণ করেন।
# context: 1. What is a Compact and what is its status? › paragraph
charnwood-nw-leicestershire-compact--s1--b3 = একটি { -compact }ের সাফল্য নির্ভর করে পারস্পরিক সম্মান, স্বীকৃতি, উত্তম চর্চা ও সহযোগিতার নীতি বজায় রাখতে বিধিবদ্ধ ও স্বেচ্ছাসেবী সেক্টরের সমান প্রতিশ্রুতির ওপর। { -compact } নথিটি স্থির থাকবে না; স্থানীয় কমিউনিটির পরিবর্তনশীল চাহিদা ও অগ্রাধিকার প্রতিফলিত করতে সময়ের সাথে সাথে এটি পর্যবেক্ষণ, উন্নয়ন ও সংশোধন করা হবে।

## 1.1. National Context

# context: 1.1. National Context › section heading
charnwood-nw-leicestershire-compact--s1--s1-1--title = জাতীয় প্রেক্ষাপট
# context: 1.1. National Context › paragraph
charnwood-nw-leicestershire-compact--s1--s1-1--b1 = ইংল্যান্ডে সরকার এবং { -vcs }ের মধ্যে সম্পর্ক বিষয়ক জাতীয় { -compact } (১৯৯৮) উন্নত সম্পর্ক ও অংশীদারিত্বে কাজের জন্য একটি জাতীয় কাঠামো নির্ধারণ করেছিল। নভেম্বর ২০০২-এ স্বাস্থ্য দপ্তর (Department of Health) স্পষ্ট করে যে তারা ইংল্যান্ডের সকল এনএইচএস সংস্থাকে ৩১ মার্চ ২০০৪-এর মধ্যে ভৌগোলিকভাবে প্রাসঙ্গিক একটি স্থানীয় { -compact }ে যুক্ত দেখতে দৃঢ়প্রতিজ্ঞ।

## 1.2. The Development of the Charnwood and North West Leicestershire Compact

# context: 1.2. The Development of the Charnwood and North… › section heading
charnwood-nw-leicestershire-compact--s1--s1-2--title = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার { -compact }ের প্রণয়ন
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.1.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i1 = এই { -compact } নর্থ ওয়েস্ট লেস্টারশায়ারে স্বেচ্ছাসেবী সেক্টর ও ডিস্ট্রিক্ট { -council }ের মধ্যে বিদ্যমান { -compact } ব্যবস্থা এবং লেস্টারশায়ার কাউন্টি { -compact }ের পরিপূরক।
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.2.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2 = খসড়া চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার { -compact } প্রণয়নে যুক্ত অংশীদাররা হলো:
# context: 1.2. The Development of the Charnwood and North… › sub-item 1 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i1 = চার্নউড { -cvs } (Charnwood Council for Voluntary Service, CVS)
# context: 1.2. The Development of the Charnwood and North… › sub-item 2 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i2 = নর্থ ওয়েস্ট লেস্টারশায়ার { -cvs } (North West Leicestershire Council for Voluntary Service, CVS)
# context: 1.2. The Development of the Charnwood and North… › sub-item 3 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i3 = চার্নউড বরো { -council } (Charnwood Borough Council)
# context: 1.2. The Development of the Charnwood and North… › sub-item 4 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i4 = নর্থ ওয়েস্ট লেস্টারশায়ার ডিস্ট্রিক্ট { -council } (North West Leicestershire District Council)
# context: 1.2. The Development of the Charnwood and North… › sub-item 5 (level 2)
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i2-i5 = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার { -pct } (Charnwood & North West Leicestershire Primary Care Trust)
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.3.
charnwood-nw-leicestershire-compact--s1--s1-2--b1-i3 = এই { -compact } চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার এলাকার* সকল অংশে এবং { -vcs } হিসেবে সংজ্ঞায়িত বিভিন্ন ধরনের সংগঠনের ক্ষেত্রে প্রযোজ্য।
# context: 1.2. The Development of the Charnwood and North… › paragraph
boundary-note = (\* টীকা: অংশীদার সংগঠনগুলির সীমানা এক নয়। সাইস্টন Charnwood Borough Council-এর সীমানার মধ্যে পড়ে, কিন্তু Melton, Rutland and Harborough PCT-এর অংশ। মার্কফিল্ড Charnwood & North West Leicestershire PCT এলাকার অংশ, কিন্তু নর্থ ওয়েস্ট লেস্টারশায়ারের ডিস্ট্রিক্ট { -council }ের সীমানার মধ্যে পড়ে না। এই { -compact }ের উদ্দেশ্যে অংশীদার সংগঠনগুলি সম্মত হয়েছে যে উভয় এলাকাই চুক্তির অন্তর্ভুক্ত হবে, এবং উল্লেখ করেছে যে প্রতিবেশী সংগঠনগুলিকেও একই ধরনের পদক্ষেপ নিতে হবে। আরও বিস্তারিত পরিশিষ্ট ১-এ দেওয়া আছে)
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.4.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i1 = এই { -compact } কৃষ্ণাঙ্গ ও সংখ্যালঘু জাতিগোষ্ঠী এবং বিভিন্ন বিশেষ ও অতিরিক্ত চাহিদাসম্পন্ন মানুষের স্বার্থের প্রতি সংবেদনশীল থাকবে।
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.5.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i2 = { -compact }ে গোষ্ঠী ও সংগঠনগুলির স্বাক্ষরের জন্য একটি অংশ রয়েছে, যার মাধ্যমে তারা { -compact }ের মূল ভাবনা অনুযায়ী কাজ করার প্রতিশ্রুতি ঘোষণা করে। কর্মী, কাউন্সিলর, স্বেচ্ছাসেবক, সেবা ব্যবহারকারী এবং অন্যান্য গোষ্ঠী ও সংগঠনের মধ্যে { -compact } সম্পর্কে সচেতনতা বাড়াতে উপকরণ তৈরি করা হবে।
# context: 1.2. The Development of the Charnwood and North… › numbered list, item 1.2.6.
charnwood-nw-leicestershire-compact--s1--s1-2--b3-i3 = অংশীদার সংগঠনগুলির সদস্য প্রতিনিধিদের নিয়ে গঠিত একটি ফোরাম, যাকে { -compact } পরিচালনা গোষ্ঠী বলা হয়, এই { -compact } তৈরি করেছে। { -compact } প্রকাশের পর এই গোষ্ঠী { -compact } কর্মপরিকল্পনা, এর বাস্তবায়ন ও পর্যালোচনার জন্য একটি চলমান ফোরাম হিসেবে কাজ করবে।

## 2. Why have a Compact?

# context: 2. Why have a Compact? › section heading
charnwood-nw-leicestershire-compact--s2--title = কেন একটি { -compact } প্রয়োজন?
# context: 2. Why have a Compact? › paragraph
charnwood-nw-leicestershire-compact--s2--b1 = এই এলাকায় বিধিবদ্ধ ও স্বেচ্ছাসেবী সেক্টরের মধ্যে অনানুষ্ঠানিক কাজের সম্পর্ক ইতিমধ্যে থাকলেও, এই ব্যবস্থাগুলি সাধারণত নির্দিষ্ট পেশাগত সম্পর্কের ওপর ভিত্তি করে গড়ে ওঠে, যা সময়ের সাথে সাথে সংগঠন ও ব্যক্তিদের মধ্যে তৈরি হয়েছে। { -compact } সেক্টরগুলির মধ্যে অংশীদারিত্বে কাজের একটি সুশৃঙ্খল পদ্ধতি দেবে, যা আগের পেশাগত সম্পৃক্ততা নির্বিশেষে সকল অংশীজনের জন্য সমান মর্যাদা ও সুযোগ নিশ্চিত করে।
# context: 2. Why have a Compact? › paragraph
charnwood-nw-leicestershire-compact--s2--b2 = উদ্দেশ্যগুলি হলো:
# context: 2. Why have a Compact? › numbered list, item 2.1.
charnwood-nw-leicestershire-compact--s2--b3-i1 = যোগাযোগ উন্নত করা এবং দক্ষ তথ্য প্রবাহ নিশ্চিত করা
# context: 2. Why have a Compact? › numbered list, item 2.2.
charnwood-nw-leicestershire-compact--s2--b3-i2 = যৌথ পরিকল্পনা ও নীতি উদ্যোগসহ সেক্টরগুলির মধ্যে যৌথ কাজের জন্য কার্যকর ও সম্মত নীতির একটি সম্মত আচরণবিধি তৈরি করা
# context: 2. Why have a Compact? › numbered list, item 2.3.
charnwood-nw-leicestershire-compact--s2--b3-i3 = সকল সেক্টরে সরকারি সেবা প্রদান উন্নত করা
# context: 2. Why have a Compact? › numbered list, item 2.4.
charnwood-nw-leicestershire-compact--s2--b3-i4 = প্রতিটি সেক্টরের চাহিদা, লক্ষ্য ও উদ্দেশ্য সম্পর্কে আরও ভালো বোঝাপড়া
# context: 2. Why have a Compact? › numbered list, item 2.5.
charnwood-nw-leicestershire-compact--s2--b3-i5 = স্বেচ্ছাসেবী ও বিধিবদ্ধ সেক্টরের মধ্যে অংশীদারিত্বে কাজ বৃদ্ধি।
# context: 2. Why have a Compact? › numbered list, item 2.6.
charnwood-nw-leicestershire-compact--s2--b3-i6 = অভিন্ন আগ্রহের কমিউনিটি এবং নির্দিষ্ট এলাকার কমিউনিটির মতামত তুলে ধরার একটি মাধ্যম তৈরি করা
# context: 2. Why have a Compact? › numbered list, item 2.7.
charnwood-nw-leicestershire-compact--s2--b3-i7 = নতুন চাহিদা এবং তা পূরণের উদ্ভাবনী উপায় চিহ্নিত করা
# context: 2. Why have a Compact? › numbered list, item 2.8.
charnwood-nw-leicestershire-compact--s2--b3-i8 = দারিদ্র্য, সামাজিক বঞ্চনা ও স্বাস্থ্য বৈষম্য মোকাবিলা করা
# context: 2. Why have a Compact? › numbered list, item 2.9.
charnwood-nw-leicestershire-compact--s2--b3-i9 = ব্যক্তিদের নিজ নিজ কমিউনিটিতে সক্রিয় হতে উৎসাহ ও সহায়তা দেওয়া
# context: 2. Why have a Compact? › numbered list, item 2.10.
charnwood-nw-leicestershire-compact--s2--b3-i10 = কার্যকর সম্পৃক্ততা, পরামর্শ ও প্রতিনিধিত্বের জন্য একটি কাঠামো নির্ধারণ করা
# context: 2. Why have a Compact? › numbered list, item 2.11.
charnwood-nw-leicestershire-compact--s2--b3-i11 = কমিউনিটিকে যুক্ত ও সম্পৃক্ত করা
# context: 2. Why have a Compact? › numbered list, item 2.12.
charnwood-nw-leicestershire-compact--s2--b3-i12 = অর্থায়ন ব্যবস্থা পর্যালোচনা করা

## 3. How will we know if the Compact is working?

# context: 3. How will we know if the Compact is working? › section heading
charnwood-nw-leicestershire-compact--s3--title = { -compact } কাজ করছে কি না, আমরা কীভাবে বুঝব?
# context: 3. How will we know if the Compact is working? › paragraph
charnwood-nw-leicestershire-compact--s3--b1 = এই { -compact } প্রণয়নে যুক্ত সকল অংশীদার নিম্নলিখিত ফলাফল দেখতে চান:
# context: 3. How will we know if the Compact is working? › outcomes, item 1
charnwood-nw-leicestershire-compact--s3--b2-i1 = আরও বেশি বোঝাপড়া
# context: 3. How will we know if the Compact is working? › outcomes, item 2
charnwood-nw-leicestershire-compact--s3--b2-i2 = আরও ভালো যোগাযোগ
# context: 3. How will we know if the Compact is working? › outcomes, item 3
charnwood-nw-leicestershire-compact--s3--b2-i3 = সম্পৃক্ততা ও পরামর্শের আরও ভালো প্রক্রিয়া ও পদ্ধতি
# context: 3. How will we know if the Compact is working? › outcomes, item 4
charnwood-nw-leicestershire-compact--s3--b2-i4 = আরও বেশি যৌথ পরিকল্পনা ও নীতি উদ্যোগ
# context: 3. How will we know if the Compact is working? › outcomes, item 5
charnwood-nw-leicestershire-compact--s3--b2-i5 = অর্থায়ন ব্যবস্থা ও পদ্ধতির পর্যালোচনা
# context: 3. How will we know if the Compact is working? › outcomes, item 6
charnwood-nw-leicestershire-compact--s3--b2-i6 = দক্ষ তথ্য প্রবাহ
# context: 3. How will we know if the Compact is working? › outcomes, item 7
charnwood-nw-leicestershire-compact--s3--b2-i7 = আরও ভালো সেবা প্রদান
# context: 3. How will we know if the Compact is working? › paragraph 3.1.
charnwood-nw-leicestershire-compact--s3--b3 = এই ফলাফলগুলি অর্জনের জন্য { -compact } পরিচালনা গোষ্ঠী { -compact } কর্মপরিকল্পনার জন্য একটি ফোরাম হিসেবে কাজ করবে, যার মধ্যে এর বাস্তবায়ন ও পর্যালোচনাও থাকবে। কর্মপরিকল্পনাটি:
# context: 3. How will we know if the Compact is working? › lettered list, item (a)
charnwood-nw-leicestershire-compact--s3--b4-i1 = কাউন্টি { -compact } গোষ্ঠীর করা সমন্বয়গুলির ফলাফল বিবেচনা করবে।
# context: 3. How will we know if the Compact is working? › lettered list, item (b)
charnwood-nw-leicestershire-compact--s3--b4-i2 = স্থানীয় পরিস্থিতির সাথে মানিয়ে নিতে অর্থায়ন, পরামর্শ, কৃষ্ণাঙ্গ ও সংখ্যালঘু জাতিগোষ্ঠী, স্বেচ্ছাসেবা এবং কমিউনিটি গোষ্ঠী বিষয়ক জাতীয় আচরণবিধিগুলি রূপান্তর করবে
# context: 3. How will we know if the Compact is working? › lettered list, item (c)
charnwood-nw-leicestershire-compact--s3--b4-i3 = বিশেষ ও অতিরিক্ত চাহিদাসম্পন্ন মানুষের সাথে কার্যকরভাবে কাজ করার জন্য উত্তম চর্চা গড়ে তুলবে।
# context: 3. How will we know if the Compact is working? › lettered list, item (d)
charnwood-nw-leicestershire-compact--s3--b4-i4 = বার্ষিক পর্যালোচনাসহ { -compact }ের প্রভাব পর্যালোচনা ও পর্যবেক্ষণের ব্যবস্থা প্রতিষ্ঠা করবে। এর জন্য একটি ভিত্তিরেখা নির্ধারণ এবং অগ্রগতির মাপকাঠি ও সূচক প্রতিষ্ঠা করতে হবে। পর্যালোচনার ফলে পরবর্তী বছরের পরিকল্পনা উন্নত হবে।
# context: 3. How will we know if the Compact is working? › lettered list, item (e)
charnwood-nw-leicestershire-compact--s3--b4-i5 = একটি মধ্যস্থতা ও আপস-মীমাংসার প্রক্রিয়া নির্ধারণ করবে। ২০০৪ সালের শেষ নাগাদ লেস্টারশায়ার কাউন্টি { -compact } একটি মধ্যস্থতা প্রক্রিয়া চালু করার পরিকল্পনা করছে, যা লেস্টারশায়ারের সকল স্থানীয় { -compacts }ের জন্য উন্মুক্ত থাকবে।
# context: 3. How will we know if the Compact is working? › paragraph 3.2.
charnwood-nw-leicestershire-compact--s3--b5 = কর্মপরিকল্পনাটি প্রতি বছর পর্যালোচনা করা হবে। কর্মপরিকল্পনায় এই { -compact }ে যোগ দেওয়া সকল অংশগ্রহণকারী গোষ্ঠী ও সংগঠনের একটি তালিকা থাকবে, যারা সে কারণে ন্যায্য ও সমতাপূর্ণভাবে { -compact }ের অংশীদারদের সাথে কাজ করতে প্রতিশ্রুতিবদ্ধ।

## 4. What defines the Voluntary and Community Sector?

# context: 4. What defines the Voluntary and Community… › section heading
charnwood-nw-leicestershire-compact--s4--title = { -vcs } বলতে কী বোঝায়?
# context: 4. What defines the Voluntary and Community… › paragraph 4.1.
charnwood-nw-leicestershire-compact--s4--b1 = { -vcs } প্রকৃতিগতভাবে বৈচিত্র্যময়। ভৌগোলিক এলাকার, অথবা অভিন্ন আগ্রহ বা প্রয়োজনের কমিউনিটির চাহিদার সাড়া হিসেবে শত শত সংগঠন ও গোষ্ঠী গড়ে উঠেছে। স্বেচ্ছাসেবী সেক্টর ‘অলাভজনক’ (এর উদ্দেশ্য অর্থ উপার্জন নয়) এবং স্বাধীন। যে ধরনের গোষ্ঠী কাজ করে তার মধ্যে রয়েছে:
# context: 4. What defines the Voluntary and Community… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s4--b2-i1 = বিভিন্ন স্বাস্থ্য-সংক্রান্ত বিষয়ে আগ্রহী স্বনির্ভর গোষ্ঠী
# context: 4. What defines the Voluntary and Community… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s4--b2-i2 = প্লেগ্রুপ, অভিভাবক ও শিশু গোষ্ঠী, লাঞ্চ ক্লাব, বন্ধুত্বমূলক কার্যক্রম ইত্যাদি আয়োজনকারী গ্রামীণ গোষ্ঠী
# context: 4. What defines the Voluntary and Community… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s4--b2-i3 = স্থানীয় সমস্যা মোকাবিলায় কমিউনিটির গড়ে তোলা স্থানীয় গোষ্ঠী; এগুলি নির্দিষ্ট গোষ্ঠীর মানুষকে সরাসরি সেবা দিতে পারে
# context: 4. What defines the Voluntary and Community… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s4--b2-i4 = বিনোদনমূলক, ক্রীড়া ও সামাজিক কার্যক্রম পরিচালনাকারী স্থানীয় গোষ্ঠী
# context: 4. What defines the Voluntary and Community… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s4--b2-i5 = বিভিন্ন বিষয়ে মানুষকে তথ্য, পরামর্শ, সহায়তা এবং/অথবা সেবা প্রদানকারী জাতীয় সংগঠনের স্থানীয় শাখা
# context: 4. What defines the Voluntary and Community… › bulleted list, item 6
charnwood-nw-leicestershire-compact--s4--b2-i6 = স্বেচ্ছাসেবী ও কমিউনিটি গোষ্ঠীকে সহায়তাকারী স্থানীয় উন্নয়ন সংস্থা এবং স্বেচ্ছাসেবাকে সহায়তাকারী স্থানীয় উন্নয়ন সংস্থা
# context: 4. What defines the Voluntary and Community… › bulleted list, item 7
charnwood-nw-leicestershire-compact--s4--b2-i7 = নির্দিষ্ট গোষ্ঠীর মানুষকে, যেমন পরিচর্যাকারী, প্রতিবন্ধী মানুষ ও বয়স্ক মানুষকে, সেবা প্রদানকারী কাউন্টি-ব্যাপী সংগঠন
# context: 4. What defines the Voluntary and Community… › paragraph
charnwood-nw-leicestershire-compact--s4--b3 = { -vcs }ের আওতায় পড়ে এমন কাঠামো ও কার্যক্রমের উদাহরণ পরিশিষ্ট ২-এ দেওয়া হয়েছে।
# context: 4. What defines the Voluntary and Community… › paragraph 4.2.
charnwood-nw-leicestershire-compact--s4--b4 = স্বেচ্ছাসেবী ও কমিউনিটি গোষ্ঠীগুলি যা করতে পারে:
# context: 4. What defines the Voluntary and Community… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s4--b5-i1 = বিদ্যমান চাহিদা পূরণ করতে এবং মানুষের জীবনে প্রকৃত পরিবর্তন আনতে মানসম্পন্ন সেবা প্রদান, যা মানুষের জীবনযাত্রার মানে সত্যিকারের উন্নতি ঘটায়
# context: 4. What defines the Voluntary and Community… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s4--b5-i2 = কমিউনিটির (ভৌগোলিক ও আগ্রহভিত্তিক) মতামত তুলে ধরার মাধ্যম হওয়া – বিধিবদ্ধ সেবার তুলনায় বঞ্চিত গোষ্ঠীগুলির কাছে পৌঁছানোর ক্ষমতা ও নমনীয়তা তাদের বেশি
# context: 4. What defines the Voluntary and Community… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s4--b5-i3 = চাহিদা এবং তা পূরণের উদ্ভাবনী উপায় চিহ্নিত করা – অতীতে অনেক ক্ষেত্রে এই সেক্টরের তৈরি পদ্ধতি বিধিবদ্ধ সেবাগুলি গ্রহণ করেছে
# context: 4. What defines the Voluntary and Community… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s4--b5-i4 = দারিদ্র্য, সামাজিক বঞ্চনা ও স্বাস্থ্য বৈষম্য মোকাবিলা করা – কমিউনিটির গড়ে তোলা বা কমিউনিটির সাথে ঘনিষ্ঠভাবে কাজ করা গোষ্ঠীগুলি উপযুক্ত সমাধান তৈরিতে দক্ষ
# context: 4. What defines the Voluntary and Community… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s4--b5-i5 = ব্যক্তিদের নিজ নিজ কমিউনিটিতে সক্রিয় হতে উৎসাহ ও সহায়তা দেওয়া – উদাহরণ: স্বেচ্ছাসেবা, ব্যবস্থাপনা কমিটির সদস্য বা ট্রাস্টি হওয়ার দায়িত্ব নেওয়া, অথবা স্বনির্ভর গোষ্ঠী গঠন করা
# context: 4. What defines the Voluntary and Community… › paragraph
charnwood-nw-leicestershire-compact--s4--b6 = ({ -vcs }ের সংজ্ঞার জন্য পরিশিষ্ট ২ দেখুন)

## 5. What defines the Borough Council?

# context: 5. What defines the Borough Council? › section heading
charnwood-nw-leicestershire-compact--s5--title = বরো { -council } বলতে কী বোঝায়?
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b1 = Charnwood Borough Council-এর কর্পোরেট পরিকল্পনা “Charnwood Together” ২০০৭ পর্যন্ত সময়ের জন্য কর্তৃপক্ষের স্পষ্ট অগ্রাধিকার নির্ধারণ করে। এর অবিচ্ছেদ্য অংশ হলো প্রধান সংস্থা ও সেক্টরগুলির মধ্যে বিদ্যমান শক্তিশালী অংশীদারিত্বকে আরও এগিয়ে নেওয়া, যাতে উন্নত মানের জীবনযাত্রা নিশ্চিত করা যায় এবং আমাদের কমিউনিটিগুলির চাহিদা পূরণ করা যায়।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b2 = Charnwood Together-এ নির্দিষ্টভাবে বলা হয়েছে যে { -council } স্বেচ্ছাসেবী সেক্টরের সাথে একটি { -compact } তৈরির চেষ্টা করবে, যা নীতি উন্নয়ন ও সেবা প্রদানের ক্ষেত্রে বিধিবদ্ধ ও স্বেচ্ছাসেবী সেক্টর কীভাবে একসাথে কাজ করবে তার দিকনির্দেশনা দেবে। এটি চার্নউড কমিউনিটি স্ট্র্যাটেজির অভিপ্রায়কেও প্রতিফলিত করে, যা ২০০৩ সালে বিভিন্ন প্রধান সংস্থা গ্রহণ করেছিল।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b3 = { -council } প্রায় ৬০০ জন কর্মী নিয়োগ করে, যাঁরা ১৩টি সেবা ইউনিটে বিভক্ত; তাঁদের বেশিরভাগ লাফবরোতে কর্মরত।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b4 = প্রতি বছর { -council };
# context: 5. What defines the Borough Council? › bulleted list, item 1
charnwood-nw-leicestershire-compact--s5--b5-i1 = মানুষের বাড়ি থেকে ৪৭,০০০ টন আবর্জনা সংগ্রহ করে
# context: 5. What defines the Borough Council? › bulleted list, item 2
charnwood-nw-leicestershire-compact--s5--b5-i2 = ১,০০,০০০-এর বেশি নতুন গাছ রোপণ করে।
# context: 5. What defines the Borough Council? › bulleted list, item 3
charnwood-nw-leicestershire-compact--s5--b5-i3 = ১,৯০০টি পরিকল্পনা-অনুমতির আবেদন নিষ্পত্তি করে।
# context: 5. What defines the Borough Council? › bulleted list, item 4
charnwood-nw-leicestershire-compact--s5--b5-i4 = ভাড়া আদায়ের জন্য ১৩,৭৭৬ বার বাড়িতে যায় এবং ১,৯২,০০০ বার রেসিডেন্ট ওয়ার্ডেন পরিদর্শন করে।
# context: 5. What defines the Borough Council? › bulleted list, item 5
charnwood-nw-leicestershire-compact--s5--b5-i5 = কাউন্সিল ট্যাক্স ও হাউজিং বেনিফিটের ২০,০০০টি দাবি প্রক্রিয়া করে
# context: 5. What defines the Borough Council? › bulleted list, item 6
charnwood-nw-leicestershire-compact--s5--b5-i6 = বছরে ৩০০ জনের বিরুদ্ধে বেনিফিট জালিয়াতির তদন্ত করে
# context: 5. What defines the Borough Council? › bulleted list, item 7
charnwood-nw-leicestershire-compact--s5--b5-i7 = আমাদের পর্যটন তথ্য লাইনে ৩৬,০০০টি কল এবং { -council }ের সার্ভিস শপে ৭৮,০০০টি তথ্যের অনুরোধ সামলায়; এবং
# context: 5. What defines the Borough Council? › bulleted list, item 8
charnwood-nw-leicestershire-compact--s5--b5-i8 = নির্বাচনের বছরে নিশ্চিত করে যে ৬৩,০০০-এর বেশি বাসস্থানে বসবাসকারী ১,২৩,০০০ নিবন্ধিত ভোটার ২৮টি বরো ওয়ার্ড ও ২৬টি প্যারিশের কোনো একটির পোলিং কার্ড পান।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b6 = ২০০৩/৪ সালে { -council }ের সাধারণ ব্যয় £২১ মিলিয়ন হবে বলে পরিকল্পনা করা হয়েছে। এর মধ্যে £৫.১১ মিলিয়ন আসে কাউন্সিল ট্যাক্স থেকে, আর বাকিটা সরকারি অনুদান ও অন্যান্য আয়ের উৎস থেকে। এছাড়া { -council } তার আবাসন মজুত রক্ষণাবেক্ষণে প্রায় £২৩ মিলিয়ন ব্যয় করবে, যার £১৩.৩ মিলিয়ন আসে { -council }ের বাড়ির ভাড়া থেকে, আর বাকিটা সরকারি ভর্তুকি ও আবাসন-সংক্রান্ত অন্যান্য আয়ের উৎস থেকে।
# context: 5. What defines the Borough Council? › paragraph
charnwood-nw-leicestershire-compact--s5--b7 = Charnwood Borough Council সম্পর্কে আরও তথ্য, আমাদের সেবাগুলির A থেকে Z পূর্ণ তালিকাসহ, [www.charnwoodbc.gov.uk](http://www.charnwoodbc.gov.uk) ওয়েবসাইটে পাওয়া যাবে।

## 6. What defines the District Council?

# context: 6. What defines the District Council? › section heading
charnwood-nw-leicestershire-compact--s6--title = ডিস্ট্রিক্ট { -council } বলতে কী বোঝায়?
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b1 = North West Leicestershire District Council ১৯৭৩ সালে সাবেক শহুরে ও গ্রামীণ ডিস্ট্রিক্টগুলির স্থলাভিষিক্ত হিসেবে প্রথম নির্বাচিত হওয়ার পর থেকে অনেক পথ পাড়ি দিয়েছে।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b2 = পরবর্তী বছরগুলিতে এলাকায় বড় বড় পরিবর্তন হয়েছে, যার মধ্যে রয়েছে স্থানীয় কয়লাখনিগুলি বন্ধ হওয়া, যার ফলে ব্যাপক পুনরুজ্জীবন ও কর্মসংস্থান সৃষ্টির উদ্যোগ নেওয়া হয়; নতুন ন্যাশনাল ফরেস্টের বীজ বপন; A.42/M.42-এর মাধ্যমে উন্নত সড়ক যোগাযোগ; এবং একটি প্রধান যাত্রী ও মালবাহী টার্মিনাল হিসেবে ইস্ট মিডল্যান্ডস বিমানবন্দর ও তার আশপাশের এলাকার সম্প্রসারণ।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b3 = ডিস্ট্রিক্ট { -council } সরাসরি, অংশীদারিত্বে এবং অন্যান্য সংগঠনের মাধ্যমে বিভিন্ন স্থানীয় সেবা প্রদান করে। এই সেবাগুলির মধ্যে রয়েছে প্রাণী কল্যাণ, শিল্পকলা, বেনিফিট, গাড়ি পার্কিং, নির্বাচন, পরিবেশগত স্বাস্থ্য, আবাসন, বিনোদন কেন্দ্র, লাইসেন্সিং, পরিকল্পনা ও ভবন নিয়ন্ত্রণ, আবর্জনা সংগ্রহ ও পুনর্ব্যবহার, সামাজিক অন্তর্ভুক্তি এবং পর্যটন প্রসার।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b4 = { -council } সরাসরি ৬০০-এর বেশি মানুষকে নিয়োগ করে এবং এর বাজেট £৮.৫ মিলিয়নের বেশি। এর ৩৮ জন কাউন্সিলর ২০টি ওয়ার্ডের প্রতিনিধিত্ব করেন এবং এটি "কেবিনেটসহ নেতা" মডেলে পরিচালিত হয়। এক্সিকিউটিভ বোর্ড দিকনির্দেশনা ও নেতৃত্ব দেয় এবং বেশিরভাগ সিদ্ধান্তের দায়িত্বে থাকে। এক্সিকিউটিভ বোর্ডের সদস্যরা পৃথকভাবে নিম্নলিখিত বিষয়গুলির দায়িত্বে আছেন: উচ্চমানের, সাশ্রয়ী স্থানীয় সেবা; শক্তিশালী, নিরাপদ কমিউনিটি; একটি সুস্থ, পরিতৃপ্ত জনগোষ্ঠী; একটি ন্যায্যতর ডিস্ট্রিক্ট; স্থানীয় সমৃদ্ধি ও কর্মসংস্থান; একটি আকর্ষণীয়, টেকসই পরিবেশ এবং পর্যাপ্ত মানসম্মত, সাশ্রয়ী বাসস্থান।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b5 = এলাকার দীর্ঘমেয়াদি সমৃদ্ধি ও কল্যাণের জন্য { -council } ২০১০ সাল পর্যন্ত ডিস্ট্রিক্টের একটি রূপকল্প সম্মত করেছে। আগামী তিন বছর এর মূল লক্ষ্য হবে "পরিচ্ছন্ন, সবুজ, নিরাপদ ও স্বাস্থ্যকর" হওয়া; শক্তিশালী কমিউনিটি গড়ে তোলা এবং শহরকেন্দ্রগুলিকে নতুন করে প্রাণবন্ত করা।
# context: 6. What defines the District Council? › paragraph
charnwood-nw-leicestershire-compact--s6--b6 = North West Leicestershire District Council সম্পর্কে আরও তথ্য, আমাদের সেবাগুলির A থেকে Z পূর্ণ তালিকাসহ, [www.nwleicestershire.gov.uk](http://www.nwleicestershire.gov.uk) ওয়েবসাইটে পাওয়া যাবে।

## 7. What defines the Primary Care Trust?

# context: 7. What defines the Primary Care Trust? › section heading
charnwood-nw-leicestershire-compact--s7--title = { -pct } বলতে কী বোঝায়?
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b1 = { -pct } হলো স্থানীয় কমিউনিটিতে এনএইচএস। সংক্ষেপে, PCT-এর কাজ হলো স্থানীয় মানুষকে আরও সুস্থ করে তোলা, এবং স্থানীয়ভাবে তাঁরা কখন ও কোথায় চিকিৎসা নেবেন সে বিষয়ে তাঁদের আরও বেশি বেছে নেওয়ার সুযোগ দিয়ে তা করা।
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b2 = Charnwood and North West Leicestershire Primary Care Trust (PCT) ১ এপ্রিল ২০০২ তারিখে প্রতিষ্ঠিত হয় \*\*এর কাজ হলো নিশ্চিত করা যে PCT-এর সীমানার মধ্যে বসবাসকারী প্রত্যেকে কার্যকর স্বাস্থ্যসেবা পান; এই সীমানা মোটামুটি চার্নউড বরো এবং নর্থ ওয়েস্ট লেস্টারশায়ার ডিস্ট্রিক্টের সীমানার সাথে মিলে যায়।
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b3 = যেহেতু অংশীদার সংগঠনগুলির সীমানা এক নয়, তাই কর্মপরিকল্পনাগুলিতে সকল কমিউনিটির চাহিদা যথাযথভাবে প্রতিফলিত হয় তা নিশ্চিত করতে প্রতিবেশী PCT-গুলির সাথে কাজের সম্পর্ক গড়ে তোলা হবে। (\*\*সীমানা সম্পর্কিত টীকা পৃষ্ঠা ২-এ দেখুন)
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b4 = PCT-এর কাজের অনেক দিক রয়েছে। PCT যা কিছু করে তার ভিত্তি এমন কয়েকটি বিষয়ের উদাহরণ নিচে দেওয়া হলো:
# context: 7. What defines the Primary Care Trust? › bulleted list, item 1
charnwood-nw-leicestershire-compact--s7--b5-i1 = এর জনগোষ্ঠীর স্বাস্থ্য ও কল্যাণের উন্নতি।
# context: 7. What defines the Primary Care Trust? › bulleted list, item 2
charnwood-nw-leicestershire-compact--s7--b5-i2 = রোগী-কেন্দ্রিক সেবা গড়ে তোলা।
# context: 7. What defines the Primary Care Trust? › bulleted list, item 3
charnwood-nw-leicestershire-compact--s7--b5-i3 = PCT-এর নিযুক্ত কর্মীদের মাধ্যমে কিছু কমিউনিটি স্বাস্থ্যসেবা প্রদান
# context: 7. What defines the Primary Care Trust? › bulleted list, item 4
charnwood-nw-leicestershire-compact--s7--b5-i4 = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ারের জন্য অন্যান্য সকল স্বাস্থ্যসেবা এনএইচএস সংস্থা অথবা স্বেচ্ছাসেবী ও বেসরকারি সেক্টরের সংগঠনের কাছ থেকে পরিকল্পনা ও ক্রয় করা
# context: 7. What defines the Primary Care Trust? › bulleted list, item 5
charnwood-nw-leicestershire-compact--s7--b5-i5 = স্থানীয় দন্তচিকিৎসক, অপটিশিয়ান, ফার্মাসিস্ট ও জেনারেল প্র্যাকটিশনারদের (জিপি) দেওয়া স্বাস্থ্যসেবার সমন্বয়
# context: 7. What defines the Primary Care Trust? › paragraph
charnwood-nw-leicestershire-compact--s7--b6 = Charnwood and North West Leicestershire Primary Care Trust সম্পর্কে আরও তথ্য, আমাদের সেবাগুলির A থেকে Z পূর্ণ তালিকাসহ, [www.cnwlpct.co.uk](http://www.cnwlpct.co.uk) ওয়েবসাইটে পাওয়া যাবে।

## 8. What type of relationship can the Voluntary and Community Sectors (VCS) have with its partners, which include the Councils and the Primary Care Trust?

# context: 8. What type of relationship can the Voluntary… › section heading
charnwood-nw-leicestershire-compact--s8--title = { -council }সমূহ ও { -pct }সহ অংশীদারদের সাথে { -vcs }ের ({ -vcs-short }) কী ধরনের সম্পর্ক থাকতে পারে?
# context: 8. What type of relationship can the Voluntary… › paragraph 8.1.
charnwood-nw-leicestershire-compact--s8--b1 = স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলির নিম্নলিখিত উপায়ে এই { -compact }ের অংশীদারদের সাথে সরাসরি সম্পর্ক থাকতে পারে:
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s8--b2-i1 = সেবা প্রদান ও অর্থায়ন অনুদান/সার্ভিস লেভেল চুক্তি/ চুক্তিপত্র / কমিশনিং চুক্তি
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s8--b2-i2 = পরিকল্পনা ও কমিশনিংয়ে সম্পৃক্ততা
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s8--b2-i3 = গোষ্ঠী, স্বেচ্ছাসেবক ও সেবা ব্যবহারকারীদের জন্য সম্পৃক্ততা, অংশগ্রহণ ও পরামর্শের ব্যবস্থা
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 4
charnwood-nw-leicestershire-compact--s8--b2-i4 = লবিং/প্রচারাভিযান - { -council }সমূহের কর্মসূচি, নীতি ও কার্যপদ্ধতি নির্ধারণে প্রভাব রাখা
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 5
charnwood-nw-leicestershire-compact--s8--b2-i5 = অংশীদারিত্ব/ফোরাম/কার্যনির্বাহী গোষ্ঠীতে অবদান রাখা, যেমন লোকাল স্ট্র্যাটেজিক পার্টনারশিপসমূহ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 6
charnwood-nw-leicestershire-compact--s8--b2-i6 = বিধিবদ্ধ অর্থায়নে পরিচালিত সেবায় স্বেচ্ছাসেবক হিসেবে কাজ
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 7
charnwood-nw-leicestershire-compact--s8--b2-i7 = যেখানে উপযুক্ত, অথবা যেখানে স্বেচ্ছাসেবী সংগঠনটি কোনো বিধিবদ্ধ সেবা প্রদান করে, সেখানে নীতি উন্নয়নে বিশেষজ্ঞ মতামত দেওয়া
# context: 8. What type of relationship can the Voluntary… › paragraph 8.2.
charnwood-nw-leicestershire-compact--s8--b3 = যেসব স্বেচ্ছাসেবী ও কমিউনিটি গোষ্ঠী মনে করে যে স্থানীয় কর্তৃপক্ষ বা PCT কারও সাথেই তাদের কোনো সম্পর্ক নেই, এবং তাই { -compact }ের প্রাসঙ্গিকতা দেখতে পায় না, বাস্তবে নিম্নলিখিত এক বা একাধিক উপায়ে তাদের একটি পরোক্ষ সম্পর্ক থাকতে পারে:
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 1
charnwood-nw-leicestershire-compact--s8--b4-i1 = স্থানীয় কর্তৃপক্ষ বা PCT-এর সাথে কমিশনিং চুক্তি আছে এমন কোনো { -cvs }ের অধিভুক্ত সদস্য হিসেবে
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 2
charnwood-nw-leicestershire-compact--s8--b4-i2 = স্থানীয় কর্তৃপক্ষ বা PCT-এর দেওয়া কোনো কমিউনিটি সেন্টার বা অন্যান্য সেবার ব্যবহারকারী হিসেবে
# context: 8. What type of relationship can the Voluntary… › bulleted list, item 3
charnwood-nw-leicestershire-compact--s8--b4-i3 = এমন কোনো ফোরামের সদস্য হিসেবে, যা কোনো নির্দিষ্ট ভৌগোলিক এলাকায়, অথবা অভিন্ন আগ্রহ বা প্রয়োজনের কোনো কমিউনিটির জন্য যোগাযোগের মাধ্যম হিসেবে স্বীকৃত।
# context: 8. What type of relationship can the Voluntary… › paragraph
charnwood-nw-leicestershire-compact--s8--b5 = তাছাড়া এমন সময়ও আসতে পারে যখন কোনো { -vcs-short } গোষ্ঠীকে স্থানীয় কর্তৃপক্ষ বা PCT-এর সাথে সম্পর্ক গড়ে তুলতে হতে পারে, এবং অংশীদার সংগঠনগুলি ও তাদের কার্যপদ্ধতি সম্পর্কে যথেষ্ট জ্ঞানের ভিত্তিতে তারা যেন তা করতে পারে।

## 9. The shared principles in the Charnwood and North West Leicestershire Compact

# context: 9. The shared principles in the Charnwood and… › section heading
charnwood-nw-leicestershire-compact--principles--title = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার { -compact }ের { -shared-principles }
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.1.
charnwood-nw-leicestershire-compact--principles--b1-i1 = স্বেচ্ছাসেবী কার্যক্রম গণতান্ত্রিক সমাজের একটি অপরিহার্য অংশ।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.2.
charnwood-nw-leicestershire-compact--principles--b1-i2 = একটি স্বাধীন ও বৈচিত্র্যময় { -vcs } সমাজের কল্যাণের মূল ভিত্তি।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.3.
charnwood-nw-leicestershire-compact--principles--b1-i3 = সরকারি নীতি ও সেবার উন্নয়ন ও প্রদানে PCT, বরো { -council }, ডিস্ট্রিক্ট { -council } এবং { -vcs }ের ভূমিকা আলাদা কিন্তু পরস্পরের পরিপূরক।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.4.
charnwood-nw-leicestershire-compact--principles--b1-i4 = অভিন্ন লক্ষ্য ও উদ্দেশ্যের দিকে অংশীদারিত্বে কাজ করার মধ্যে বাড়তি মূল্য রয়েছে। সঠিক সম্পৃক্ততা ও পরামর্শ সম্পর্ক গড়ে তোলে, নীতি উন্নয়নকে উন্নত করে এবং সেবা ও কর্মসূচির নকশা ও প্রদানকে সমৃদ্ধ করে।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.5.
charnwood-nw-leicestershire-compact--principles--b1-i5 = PCT, বরো { -council }, ডিস্ট্রিক্ট { -council } এবং { -vcs }ের জবাবদিহিতার ধরন আলাদা এবং তারা ভিন্ন ভিন্ন অংশীজনের কাছে দায়বদ্ধ। কিন্তু সবার জন্যই সততা, বস্তুনিষ্ঠতা, জবাবদিহিতা, খোলামেলা মনোভাব, সত্যবাদিতা এবং নেতৃত্ব প্রয়োজন।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.6.
charnwood-nw-leicestershire-compact--principles--b1-i6 = স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলি তাদের লক্ষ্য এগিয়ে নিতে আইনের মধ্যে থেকে প্রচারাভিযান চালানোর অধিকার রাখে।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.7.
charnwood-nw-leicestershire-compact--principles--b1-i7 = PCT, বরো { -council } এবং ডিস্ট্রিক্ট { -council } অন্যান্য কাজের পাশাপাশি কিছু স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনের অর্থদাতা হিসেবে গুরুত্বপূর্ণ ভূমিকা পালন করে। কিছু স্বেচ্ছাসেবী ও কমিউনিটি সংগঠন স্বাস্থ্য ও সামাজিক সেবার জন্য উল্লেখযোগ্য অর্থ সংগ্রহ করে। অর্থায়ন এনএইচএস এবং { -vcs }ের সম্পর্কের একটি গুরুত্বপূর্ণ উপাদান হতে পারে।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.8.
charnwood-nw-leicestershire-compact--principles--b1-i8 = PCT, বরো { -council }, ডিস্ট্রিক্ট { -council } এবং { -vcs } জাতি, বয়স, প্রতিবন্ধিতা, লিঙ্গ, যৌন অভিমুখিতা বা ধর্ম নির্বিশেষে সকল মানুষের জন্য সুযোগের সমতা প্রচারের গুরুত্ব স্বীকার করে।
# context: 9. The shared principles in the Charnwood and… › shared principles, item 9.9.
charnwood-nw-leicestershire-compact--principles--b1-i9 = এই { -compact } চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ারে প্রযোজ্য কমিউনিটি স্ট্র্যাটেজি এবং লোকাল স্ট্র্যাটেজিক পার্টনারশিপের উদ্দেশ্যকে সরাসরি সমর্থন করে।

## 10. Undertakings by partners of the Charnwood and North West Leicestershire Compact

# context: 10. Undertakings by partners of the Charnwood… › section heading
charnwood-nw-leicestershire-compact--undertakings--title = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার { -compact }ের অংশীদারদের { -undertakings }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `councils`
charnwood-nw-leicestershire-compact--undertakings--b1-party-councils = { -council }সমূহ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `pct`
charnwood-nw-leicestershire-compact--undertakings--b1-party-pct = { -pct }
# context: 10. Undertakings by partners of the Charnwood… › undertakings, name of the party `vcs`
charnwood-nw-leicestershire-compact--undertakings--b1-party-vcs = { -vcs } ({ -vcs-short })
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-title = আমাদের পরস্পরের পরিপূরক ভূমিকা
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct and vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c1-i1 = একসাথে কাজ করার মূল্য এবং স্থানীয় কর্তৃপক্ষ, { -pct } ও { -vcs-short } এই সম্পর্কে যে ভিন্ন ভিন্ন শক্তি নিয়ে আসে তা স্বীকার করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i1 = { -vcs }ের স্বাধীনতাকে স্বীকৃতি ও সমর্থন দেওয়া, যার মধ্যে রয়েছে বিদ্যমান যেকোনো অর্থায়ন সম্পর্ক নির্বিশেষে আইনের মধ্যে থেকে প্রচারাভিযান চালানো, লবিং করা, এনএইচএস / স্থানীয় কর্তৃপক্ষের নীতি ও কার্যক্রম সম্পর্কে মতামত দেওয়া এবং নীতি ও কার্যক্রমকে চ্যালেঞ্জ করার অধিকার, এবং নিজের বিষয়াদি নিজে নির্ধারণ ও পরিচালনা করার অধিকার।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i2 = কমিউনিটির জন্য তথ্য ও সেবা আরও সহজলভ্য করতে { -vcs-short }-এর সাথে কাজ করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i3 = নীতি উন্নয়ন ও অংশীদারিত্বমূলক কার্যক্রমে কার্যকরভাবে যুক্ত হতে { -vcs-short }-কে তার সম্পদের ভিত্তি গড়ে তুলতে সহায়তা করা
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i4 = অভিন্ন উদ্দেশ্য পূরণ করে এমন বাইরের সম্পদ সংগ্রহে { -vcs-short }-এর সক্ষমতাকে স্বীকৃতি ও সহায়তা দেওয়া
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c2-i5 = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ারের মানুষের জীবনযাত্রার মান উন্নয়নে একটি কৌশলগত কাঠামো প্রদান করা
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c3-i1 = স্বীকার করা যে স্থানীয় কর্তৃপক্ষ ও { -pct } সম্পদ, কাঠামো, জবাবদিহিতা, তথ্য ও দক্ষতার সুযোগ এবং সহায়তা দিয়ে { -vcs-short }-এর কাজের পরিপূরক ভূমিকা পালন করে।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 1, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t1-c3-i2 = অবকাঠামো সংগঠনগুলির মাধ্যমে স্থানীয় গোষ্ঠী, নীতি উন্নয়ন এবং অংশীদারিত্বে কাজকে সহায়তা করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-title = স্বীকৃতি
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i1 = বিভিন্ন ধরনের ব্যক্তিগত ও কমিউনিটির চাহিদা চিহ্নিত ও প্রকাশ করার ক্ষেত্রে { -vcs-short }-এর সক্ষমতা, এবং মানুষকে কমিউনিটি জীবনে যুক্ত হতে উৎসাহিত করায় এর মূল্য স্বীকার করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i2 = কমিউনিটির জন্য সেবার মানে স্বেচ্ছাসেবকরা যে বাড়তি মূল্য যোগ করেন তা স্বীকার করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i3 = ব্যক্তি ও কমিউনিটির সাথে সরাসরি কাজ করার মাধ্যমে { -vcs }ের মধ্যে গড়ে ওঠা জ্ঞান ও ধারণার ব্যাপ্তি স্বীকার করা, এবং নীতি, কৌশল ও সেবা প্রদান তৈরির সময় এই সম্পদকে মূল্য দেওয়া
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c1-i4 = স্থানীয় সেবার উন্নয়নে প্রতিটি অংশীদার সংগঠনের স্বতন্ত্র দায়িত্ব ও ভূমিকা স্বীকার করা। এই ভিন্ন ভিন্ন দৃষ্টিভঙ্গিকে সমান গুরুত্ব দেওয়া।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c2-i1 = স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলিকে যুক্ত করা, তাদের সাথে পরামর্শ করা, তাদের সম্পদ জোগানো ও সহায়তা করার জন্য স্থানীয় কর্তৃপক্ষ যে প্রতিশ্রুতি দিয়েছে তা স্বীকার করা
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 2, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t2-c2-i2 = স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলিকে যুক্ত করা, তাদের সাথে পরামর্শ করা, তাদের সম্পদ জোগানো ও সহায়তা করার জন্য PCT যে প্রতিশ্রুতি দিয়েছে তা স্বীকার করা
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-title = অর্থায়ন ও জবাবদিহিতা
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i1 = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ারের স্থানীয় কর্তৃপক্ষ ও PCT-কে দিকনির্দেশনা দিতে, { -vcs }ের সাথে পরামর্শ করে, উত্তম অর্থায়নের নীতি বিষয়ক একটি উত্তম চর্চার আচরণবিধি তৈরি করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i2 = সম্পদ যেন সম্মত অগ্রাধিকার পূরণ করে এবং ধারাবাহিক উন্নতি নিশ্চিত হয়, সেজন্য অর্থায়নের ব্যবস্থা গড়ে তোলা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i3 = সরকারি অর্থের সবচেয়ে কার্যকর ও দক্ষ ব্যবহার নিশ্চিত করতে স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলিকে অর্থায়নের সমন্বিত পদ্ধতি গড়ে তোলা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i4 = অর্থায়নে স্বচ্ছতা নিশ্চিত করতে একটি কাঠামো প্রদান করা, এবং অর্থের পরিমাণ ও উদ্দেশ্যের অনুপাতে পর্যবেক্ষণ ও জবাবদিহিতার ব্যবস্থা প্রয়োগ করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c1-i5 = { -vcs } ও স্বেচ্ছাসেবার জন্য অবকাঠামোর গুরুত্ব স্বীকার করা, এবং যেখানে উপযুক্ত, কাউন্টি, ডিস্ট্রিক্ট ও অন্যান্য পর্যায়ে এর উন্নয়নে সহায়তা করা
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i1 = সেবা ব্যবহারকারীদের কল্যাণে অর্থের সবচেয়ে কার্যকর ও দক্ষ ব্যবহার নিশ্চিত করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i2 = বিধিবদ্ধ বিষয়ের ক্ষেত্রে অর্থদাতা ও সেবা ব্যবহারকারীদের কাছে জবাবদিহিতা প্রদর্শন করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 3, by vcs, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t3-c2-i3 = আইন মেনে চলা এবং প্রয়োজনে Charity Commission-এর প্রাসঙ্গিক নির্দেশনা মেনে চলা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 4
charnwood-nw-leicestershire-compact--undertakings--b1-t4-title = নীতি উন্নয়ন ও পরামর্শ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i1 = নীতি ও সেবার পরিকল্পনা ও উন্নয়নে সময়মতো ও দক্ষ উপায়ে সক্রিয়ভাবে ও ধারাবাহিকভাবে { -vcs-short }-কে যুক্ত করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i2 = স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলির সাথে কাজ করা, যাতে তারা বঞ্চিত গোষ্ঠীগুলির সাথে আরও কার্যকরভাবে যুক্ত হতে এবং তাদের স্বার্থের প্রতিনিধিত্ব করতে পারে।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c1-i3 = { -vcs }ের সাথে যৌথভাবে পরামর্শ, নীতি মূল্যায়ন ও বাস্তবায়ন বিষয়ক একটি উত্তম চর্চার আচরণবিধি তৈরি করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c2-i1 = কার্যকর সম্পৃক্ততা ও পরামর্শ নিশ্চিত করতে স্থানীয় কর্তৃপক্ষ ও PCT-এর সাথে একসাথে কাজ করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 4, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t4-c2-i2 = সেবার ব্যবস্থা ও প্রদান সংক্রান্ত নীতিতে প্রভাব রাখতে চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ারের কমিউনিটিগুলির কণ্ঠস্বর হিসেবে কাজ করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 5
charnwood-nw-leicestershire-compact--undertakings--b1-t5-title = উত্তম চর্চা ও একসাথে কাজ
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct and vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c1-i1 = এই { -compact }ের পরিপূরক হিসেবে প্রতিষ্ঠিত আচরণবিধিগুলি বিবেচনায় রাখা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct and vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c1-i2 = { -vcs }ের সাথে মিলে প্রতি বছর যৌথভাবে { -compact } ও সংশ্লিষ্ট আচরণবিধিগুলির কার্যকারিতা পর্যালোচনা করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i1 = স্থানীয় কর্তৃপক্ষ ও PCT কীভাবে আরও ভালোভাবে একসাথে কাজ করতে পারে, সে বিষয়ে { -vcs-short }-এর সাথে যোগাযোগ রাখা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i2 = এই আলোচনার মাধ্যমে { -vcs-short }-এর তোলা বিষয়গুলিতে যথাযথভাবে সাড়া দেওয়া।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i3 = { -vcs-short }-এর সাথে মিলে অর্থায়ন, পরামর্শ, কৃষ্ণাঙ্গ ও সংখ্যালঘু জাতিগোষ্ঠী এবং অন্যান্য বঞ্চিত গোষ্ঠী, স্বেচ্ছাসেবা এবং কমিউনিটি গোষ্ঠী বিষয়ে স্থানীয় আচরণবিধি তৈরি করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i4 = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ারে স্থানীয় কর্তৃপক্ষ / এনএইচএস এবং { -vcs }ের মধ্যে কার্যকর কাজের সম্পর্ক, পদ্ধতির সামঞ্জস্য ও উত্তম চর্চা এগিয়ে নেওয়া, বিশেষ করে যেখানে একাধিক বিভাগ ও একাধিক সংস্থা-সংশ্লিষ্ট বিষয় জড়িত।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 5
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i5 = উন্মুক্ত সরকার ও উত্তম নিয়ন্ত্রণের নীতি মেনে চলা, এবং যেখানে সম্ভব, সিদ্ধান্ত ও পর্যবেক্ষণের ফলাফল প্রকাশ্যে জানানো ও ব্যাখ্যা করা নিশ্চিত করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by councils and pct, item 6
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c2-i6 = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ারের অন্যান্য সরকারি সংস্থার কাছে এই { -compact }ে অন্তর্ভুক্ত নীতিগুলি তুলে ধরা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i1 = { -council }, { -vcs-short } ও PCT-এর সাথে, এবং বিশেষ করে কাউন্টির প্রান্তিক কৃষ্ণাঙ্গ ও সংখ্যালঘু জাতিগোষ্ঠীর সংগঠনগুলির সাথে কল্যাণকর কাজের সম্পর্ক গড়ে তোলা ও এগিয়ে নেওয়া।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i2 = কার্যক্রম ও সেবার উন্নয়ন ও ব্যবস্থাপনায় সেবা ব্যবহারকারীদের যুক্ত করা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 3
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i3 = { -council }, PCT এবং অন্যান্য স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনের সাথে সকল লেনদেনে খোলামেলা ও স্বচ্ছ থাকা।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 5, by vcs, item 4
charnwood-nw-leicestershire-compact--undertakings--b1-t5-c3-i4 = { -compact }ের অংশীদারদের সাথে একসাথে কাজ করার সময় অংশগ্রহণের জন্য { -vcs-short }-এর সক্ষমতা সম্পর্কে স্পষ্ট ধারণা দেওয়া।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, heading of theme 6
charnwood-nw-leicestershire-compact--undertakings--b1-t6-title = { -compact }ের প্রতি আমাদের প্রতিশ্রুতি আমরা কীভাবে দেখাই
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by councils and pct, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c1-i1 = { -compact }ের প্রতিশ্রুতিগুলি এবং সেগুলি কীভাবে বাস্তবায়ন করা হবে সে সম্পর্কে পুরো স্থানীয় কর্তৃপক্ষ ও PCT জুড়ে বোঝাপড়া বাড়ানো।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by vcs, item 1
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c2-i1 = লেস্টারশায়ারে কর্মরত স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলির মধ্যে { -compact } গ্রহণে উৎসাহ দেওয়া।
# context: 10. Undertakings by partners of the Charnwood… › undertakings, theme 6, by vcs, item 2
charnwood-nw-leicestershire-compact--undertakings--b1-t6-c2-i2 = { -compact }ের কর্মসূচি বাস্তবায়নে এবং এর পরিকল্পনা পর্যালোচনায় অংশ নিতে সহায়তা করা, এবং যেখানে সম্ভব সময় ও সম্পদ দেওয়া

## 11.

# context: 11. › bulleted list, item 1
charnwood-nw-leicestershire-compact--s11--b1-i1 = { -compact }ের ব্যাপক স্বীকৃতি, বোঝাপড়া, প্রয়োগ ও উন্নয়ন নিশ্চিত করতে একসাথে কাজ করা
# context: 11. › bulleted list, item 2
charnwood-nw-leicestershire-compact--s11--b1-i2 = চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ারে যৌথ কাজের ওপর { -compact } যেন বাস্তব ও ইতিবাচক প্রভাব ফেলে তা নিশ্চিত করতে পর্যবেক্ষণ ও মূল্যায়নের ব্যবস্থা তৈরি করা এবং তা মেনে চলা
# context: 11. › bulleted list, item 3
charnwood-nw-leicestershire-compact--s11--b1-i3 = সেক্টরগুলির মধ্যে উন্নত বোঝাপড়া, সহযোগিতা এবং উত্তম চর্চার আদান-প্রদান সহজ ও উৎসাহিত করে এমন কার্যক্রম তৈরি ও পরিচালনা করা।

## Other formats and languages

# context: Other formats and languages › section heading
charnwood-nw-leicestershire-compact--alternative-formats--title = অন্যান্য ফরম্যাট ও ভাষা
# context: Other formats and languages › how to ask for other formats
charnwood-nw-leicestershire-compact--alternative-formats--b1-text = এই পুস্তিকার তথ্য অন্য কোনো রূপে, যেমন বড় হরফে, ব্রেইলে বা অন্য কোনো ভাষায় প্রয়োজন হলে অনুগ্রহ করে:
# context: Other formats and languages › other-formats contact, label
charnwood-nw-leicestershire-compact--alternative-formats--b1-contact-label = এই ঠিকানায় লিখুন:
# context: Other formats and languages › other-formats contact, the contact's role
charnwood-nw-leicestershire-compact--alternative-formats--b1-contact-role = প্রধান নির্বাহী (The Chief Executive)

## Appendix 1

# context: Appendix 1 › section heading
charnwood-nw-leicestershire-compact--appendix-1--title = পরিশিষ্ট ১

## 1. Boundary issues

# context: 1. Boundary issues › section heading
charnwood-nw-leicestershire-compact--appendix-1--s1--title = সীমানা-সংক্রান্ত বিষয়
# context: 1. Boundary issues › paragraph
charnwood-nw-leicestershire-compact--appendix-1--s1--b1 = (\* টীকা: অংশীদার সংগঠনগুলির সীমানা এক নয়। সাইস্টন Charnwood Borough Council-এর সীমানার মধ্যে পড়ে, কিন্তু Melton, Rutland and Harborough PCT-এর অংশ। মার্কফিল্ড Charnwood & North West Leicestershire PCT এলাকার অংশ, কিন্তু নর্থ ওয়েস্ট লেস্টারশায়ারের ডিস্ট্রিক্ট { -council }ের সীমানার মধ্যে পড়ে না। এই { -compact }ের উদ্দেশ্যে অংশীদার সংগঠনগুলি সম্মত হয়েছে যে উভয় এলাকাই চুক্তির অন্তর্ভুক্ত হবে। সম্পূর্ণতা নিশ্চিত করতে হারবরা { -compact } এবং হিংকলি ও বসওয়ার্থ { -compact }ের দায়িত্বে থাকা প্রতিবেশী সংগঠনগুলিকেও একই ধরনের পদক্ষেপ নিতে হবে।

## 2. Harborough District Compact

# context: 2. Harborough District Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--harborough--title = হারবরা ডিস্ট্রিক্ট { -compact }
# context: 2. Harborough District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--harborough--b1 = হারবরা ডিস্ট্রিক্ট { -compact } সম্পর্কে আরও তথ্যের জন্য অনুগ্রহ করে যোগাযোগ করুন:

## 3. Hinckley & Bosworth Compact

# context: 3. Hinckley & Bosworth Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--hinckley-bosworth--title = হিংকলি ও বসওয়ার্থ { -compact }
# context: 3. Hinckley & Bosworth Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--hinckley-bosworth--b1 = হিংকলি ও বসওয়ার্থ { -compact } সম্পর্কে আরও তথ্যের জন্য অনুগ্রহ করে যোগাযোগ করুন:

## 4. Leicestershire County Compact

# context: 4. Leicestershire County Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--county-compact--title = লেস্টারশায়ার কাউন্টি { -compact }
# context: 4. Leicestershire County Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--county-compact--b1 = লেস্টারশায়ার কাউন্টি { -compact } সম্পর্কে আরও তথ্যের জন্য অনুগ্রহ করে যোগাযোগ করুন:

## 5. North West Leicestershire District Compact

# context: 5. North West Leicestershire District Compact › section heading
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--title = নর্থ ওয়েস্ট লেস্টারশায়ার ডিস্ট্রিক্ট { -compact }
# context: 5. North West Leicestershire District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--b1 = North West Leicestershire District Council এবং নর্থ ওয়েস্ট লেস্টারশায়ারের { -vcs }ের মধ্যে { -compact } সম্পর্কে আরও তথ্যের জন্য যোগাযোগ করুন:
# context: 5. North West Leicestershire District Compact › paragraph
charnwood-nw-leicestershire-compact--appendix-1--nwl-district-compact--b3 = অথবা

## Appendix 2

# context: Appendix 2 › section heading
charnwood-nw-leicestershire-compact--appendix-2--title = পরিশিষ্ট ২

## Voluntary & Community Sector Definitions

# context: Voluntary & Community Sector Definitions › section heading
charnwood-nw-leicestershire-compact--appendix-2--definitions--title = { -vcs }ের সংজ্ঞা
# context: Voluntary & Community Sector Definitions › definition 1, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i1-term = ট্রাস্টি বোর্ড ও ব্যবস্থাপনা কমিটি
# context: Voluntary & Community Sector Definitions › definition 1, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i1-meaning = এঁরা হলেন সেই ব্যক্তিবর্গ, যাঁরা আইনগতভাবে কোনো দাতব্য সংস্থার নিয়ন্ত্রণ ও ব্যবস্থাপনার জন্য দায়ী। ট্রাস্টি হওয়ার কারণে কিছু নির্দিষ্ট আইনগত দায়িত্ব তৈরি হয়।
# context: Voluntary & Community Sector Definitions › definition 2, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i2-term = স্বেচ্ছাসেবী সংগঠন
# context: Voluntary & Community Sector Definitions › definition 2, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i2-meaning = এগুলি আনুষ্ঠানিক কাঠামোযুক্ত, অলাভজনক; স্বাধীন এবং সরকারের অংশ নয়; অবৈতনিক, স্বেচ্ছাসেবী ব্যবস্থাপনা কমিটি বা ট্রাস্টি বোর্ড দ্বারা পরিচালিত; কোনো কোনোটির স্বেচ্ছাসেবকদের পাশাপাশি বেতনভুক্ত কর্মীও থাকে; এরা নিবন্ধিত দাতব্য সংস্থা এবং/অথবা গ্যারান্টি দ্বারা সীমিত কোম্পানি এবং/অথবা ফ্রেন্ডলি সোসাইটি হতে পারে।
# context: Voluntary & Community Sector Definitions › definition 3, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i3-term = কমিউনিটি সংগঠন
# context: Voluntary & Community Sector Definitions › definition 3, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i3-meaning = এগুলি স্থানীয় কমিউনিটি ও স্বনির্ভর গোষ্ঠী; তুলনামূলকভাবে অনানুষ্ঠানিক; প্রায়ই পুরোপুরি স্বেচ্ছাসেবকদের নিয়ে গঠিত; কোনো কর্মী থাকলে তাঁরা সম্ভবত খণ্ডকালীন; স্বাধীন; নিয়মিত আয় বা অর্থায়ন নেই। কমিউনিটি গোষ্ঠীগুলি প্রায়ই কমিউনিটি কার্যক্রমের কেন্দ্রে থাকে এবং কোনো স্থানীয় প্রয়োজনের সাড়া হিসেবে গঠিত হয়।
# context: Voluntary & Community Sector Definitions › definition 4, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i4-term = স্বেচ্ছাসেবা
# context: Voluntary & Community Sector Definitions › definition 4, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i4-meaning = এটি নাগরিকত্বের একটি গুরুত্বপূর্ণ প্রকাশ এবং গণতন্ত্রের জন্য অপরিহার্য। এটি সমাজ ও কমিউনিটির কল্যাণে সময়, দক্ষতা ও শক্তি নিয়োগ করা, এবং এর অনেক রূপ হতে পারে। আর্থিক লাভের চিন্তা ছাড়াই, স্বাধীনভাবে ও নিজের ইচ্ছায় এটি করা হয়।
# context: Voluntary & Community Sector Definitions › definition 5, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i5-term = সামাজিক উদ্যোগ
# context: Voluntary & Community Sector Definitions › definition 5, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i5-meaning = এগুলি এমন ব্যবসা, যা সামাজিক লক্ষ্য পূরণের জন্য বাজারে লেনদেন করে। এগুলি অর্থনৈতিক উন্নয়ন ও সামাজিক কল্যাণের জন্য মানুষ ও কমিউনিটিকে একত্র করে। দাতব্য সংস্থাগুলি আলাদা ব্যবসা গঠন না করেও সামাজিক উদ্যোগমূলক হতে পারে, এবং এভাবে (যেমন বিক্রি থেকে) আয় করতে পারে, যা দাতব্য উদ্দেশ্য এগিয়ে নিতে ব্যবহৃত হয়।
# context: Voluntary & Community Sector Definitions › definition 6, the term
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i6-term = অবকাঠামো সংগঠন
# context: Voluntary & Community Sector Definitions › definition 6, its meaning
charnwood-nw-leicestershire-compact--appendix-2--definitions--b1-i6-meaning = এগুলিকে কখনও কখনও আমব্রেলা সংগঠনও বলা হয়; এগুলি { -vcs }ের একটি গুরুত্বপূর্ণ শক্তি। এই সেক্টর স্বাভাবিকভাবে গড়ে উঠেছে এবং কেন্দ্রীয়ভাবে পরিকল্পিত ছিল না। আমব্রেলা সংগঠনগুলি স্বেচ্ছাসেবী সেক্টরের কার্যক্রমের বিভিন্ন স্তর ও ধরনকে যুক্ত করার চেষ্টা করে। এরা পাঁচটি প্রধান কাজ করে: উন্নয়ন, অন্যান্য সংগঠনকে সেবা দেওয়া, যোগাযোগ রক্ষা, প্রতিনিধিত্ব এবং অংশীদারিত্বে কাজ। সব আমব্রেলা সংগঠন সবগুলি কাজ করে না। স্থানীয় আমব্রেলা সংগঠনের উদাহরণ হলো Charnwood CVS, North West Leicestershire CVS, Shepshed and Syston Volunteer Centres, Castle Donington Volunteer Bureau এবং Rural Community Council Leicestershire & Rutland।
# context: Voluntary & Community Sector Definitions › paragraph
charnwood-nw-leicestershire-compact--appendix-2--definitions--b2 = (South Leicestershire CVS-কে ধন্যবাদসহ প্রস্তুত)

## Signatories

# context: Signatories › section heading
charnwood-nw-leicestershire-compact--signatories--title = স্বাক্ষরকারীগণ
# context: Signatories › signatories, the statement Andrew Clarke signed
charnwood-nw-leicestershire-compact--signatories--b1-i1 = আমি, CNWL PCT-এর Andrew Clarke, এতদ্বারা চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার { -compact }ে সম্মতি দিচ্ছি।
# context: Signatories › signatories, the statement Brian Hayes signed
charnwood-nw-leicestershire-compact--signatories--b1-i2 = আমি, Charnwood Borough Council-এর Brian Hayes, এতদ্বারা চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার { -compact }ে সম্মতি দিচ্ছি।
# context: Signatories › signatories, the statement Neil Lambert signed
charnwood-nw-leicestershire-compact--signatories--b1-i3 = আমি, Charnwood CVS-এর Neil Lambert, এতদ্বারা চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার { -compact }ে সম্মতি দিচ্ছি।
# context: Signatories › signatories, the statement Malcolm Diaper signed
charnwood-nw-leicestershire-compact--signatories--b1-i4 = আমি, North West Leicestershire District Council-এর Malcolm Diaper, এতদ্বারা চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার { -compact }ে সম্মতি দিচ্ছি।
# context: Signatories › signatories, the statement Martin Gage signed
charnwood-nw-leicestershire-compact--signatories--b1-i5 = আমি, North West Leicestershire CVS-এর Martin Gage, এতদ্বারা চার্নউড ও নর্থ ওয়েস্ট লেস্টারশায়ার { -compact }ে সম্মতি দিচ্ছি।
