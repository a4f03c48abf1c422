### Bengali translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ leicestershire-county-compact.yaml.


## Title page

# context: title page, the label above the title
leicestershire-county-compact--label = { -compact }
# context: title page, title
leicestershire-county-compact--title = লেস্টারশায়ার কাউন্টি { -compact }
# context: title page, subtitle
leicestershire-county-compact--subtitle = লেস্টারশায়ার কাউন্টি { -council } এবং লেস্টারশায়ারের { -vcs }ের মধ্যে সম্পর্কের একটি নির্দেশিকা
# context: title page, strapline
leicestershire-county-compact--strapline = "সবকিছুই আরও ভালো সম্পর্কের জন্য"
# context: summary, also shown on the home page
leicestershire-county-compact--summary = লেস্টারশায়ারে লেস্টারশায়ার কাউন্টি { -council } এবং { -vcs } কীভাবে একসাথে কাজ করে তা যাঁদের জানা দরকার, তাঁদের সবার জন্য লেস্টারশায়ার কাউন্টি { -compact } একটি অপরিহার্য নির্দেশিকা।
# context: title page, area
leicestershire-county-compact--area = লেস্টারশায়ার
# context: title page, party 1
leicestershire-county-compact--party-1 = লেস্টারশায়ার কাউন্টি { -council } (Leicestershire County Council; সংক্ষেপে ‘{ -council }’)
# context: title page, party 2
leicestershire-county-compact--party-2 = লেস্টারশায়ারের { -vcs } ({ -vcs-short })
# context: partners, heading
leicestershire-county-compact--partners = খসড়া লেস্টারশায়ার কাউন্টি { -compact } প্রণয়নে যুক্ত অংশীদারগণ
# context: partners, heading of group 1
leicestershire-county-compact--partners-1 = { -vcs }ের পক্ষে
# context: partners, heading of group 2
leicestershire-county-compact--partners-2 = Leicestershire County Council-এর পক্ষে

## The Leicestershire County Compact

# context: The Leicestershire County Compact › section heading
leicestershire-county-compact--intro--title = লেস্টারশায়ার কাউন্টি { -compact }
# context: The Leicestershire County Compact › paragraph
leicestershire-county-compact--intro--b1 = লেস্টারশায়ারে Leicestershire County Council ({ -council }) এবং { -vcs } ({ -vcs-short }) কীভাবে একসাথে কাজ করে তা যাঁদের জানা দরকার, তাঁদের সবার জন্য লেস্টারশায়ার কাউন্টি { -compact } একটি অপরিহার্য নির্দেশিকা।

## 1. The Status of the Compact

# context: 1. The Status of the Compact › section heading
leicestershire-county-compact--s1--title = { -compact }ের মর্যাদা
# context: 1. The Status of the Compact › bulleted list, item 1
leicestershire-county-compact--s1--b1-i1 = এই { -compact } একটি **লিখিত চুক্তি**, যা লেস্টারশায়ারের স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলি এবং Leicestershire County Council কীভাবে একসাথে কাজ করবে তার একটি **কাঠামো** প্রদান করে। এটি কার্যকর কাজের সম্পর্ক গড়ে তুলবে, যা দক্ষ ও কার্যকর সেবা প্রদান করবে এবং নীতি উন্নয়ন ও সেবা প্রদানে { -vcs-short }-কে যুক্ত করবে।
# context: 1. The Status of the Compact › bulleted list, item 2
leicestershire-county-compact--s1--b1-i2 = লেস্টারশায়ারের স্বেচ্ছাসেবী সংগঠন ও কমিউনিটি গোষ্ঠীগুলি এবং Leicestershire County Council-এর মধ্যে লেস্টারশায়ার কাউন্টি { -compact } প্রণীত হয়েছে।
# context: 1. The Status of the Compact › bulleted list, item 3
leicestershire-county-compact--s1--b1-i3 = { -compact } হলো পারস্পরিকভাবে সম্মত মান অনুযায়ী একসাথে কাজ করার জন্য এই সংগঠনগুলির একটি **স্বেচ্ছামূলক** প্রতিশ্রুতি। এটি আইনত বাধ্যতামূলক নয়। তবে যে **সকল** সংগঠন { -compact }ে যোগ দেয়, তারা বাস্তবে এটি কার্যকর করতে প্রতিশ্রুতিবদ্ধ।

## 2. Why have a Compact?

# context: 2. Why have a Compact? › section heading
leicestershire-county-compact--s2--title = কেন একটি { -compact } প্রয়োজন?
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b1 = { -vcs-short } প্রকৃতিগতভাবে বিশাল ও বৈচিত্র্যময়। বেশিরভাগ সংগঠন ও গোষ্ঠী গড়ে উঠেছে কোনো ভৌগোলিক এলাকার, অথবা অভিন্ন আগ্রহ বা প্রয়োজনের ভিত্তিতে গঠিত কোনো কমিউনিটির চাহিদার সাড়া হিসেবে। তাই স্বেচ্ছাসেবী সংগঠনগুলির নিজস্ব স্বতন্ত্র আদর্শ ও কাজের ধরন রয়েছে। **পারস্পরিক বোঝাপড়া উন্নত হওয়ার আগে, স্বেচ্ছাসেবী ও বিধিবদ্ধ সেক্টরের দৃষ্টিভঙ্গির পার্থক্যের কারণে শুরুতে একসাথে কাজ করা কঠিন হতে পারে।**
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b2 = তবে স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলির **স্বতন্ত্র শক্তি** রয়েছে বলেই **সরকার স্বেচ্ছাসেবী ও বিধিবদ্ধ সেক্টরের মধ্যে আরও বেশি অংশীদারিত্বে কাজ করতে উৎসাহ দিচ্ছে**। উদাহরণস্বরূপ, অনেক স্বেচ্ছাসেবী সংগঠন:
# context: 2. Why have a Compact? › bulleted list, item 1
leicestershire-county-compact--s2--b3-i1 = **অভিন্ন আগ্রহের কমিউনিটি এবং নির্দিষ্ট এলাকার কমিউনিটির মতামত তুলে ধরার মাধ্যম হতে পারে** – বিধিবদ্ধ সেবার তুলনায় বঞ্চিত গোষ্ঠীগুলির কাছে পৌঁছানোর ক্ষমতা তাদের বেশি;
# context: 2. Why have a Compact? › bulleted list, item 2
leicestershire-county-compact--s2--b3-i2 = **নতুন চাহিদা এবং তা পূরণের উদ্ভাবনী উপায় চিহ্নিত করতে পারে** – অতীতে অনেক ক্ষেত্রে এই সেক্টরের তৈরি পদ্ধতি বিধিবদ্ধ সেবাগুলি গ্রহণ করেছে;
# context: 2. Why have a Compact? › bulleted list, item 3
leicestershire-county-compact--s2--b3-i3 = **দারিদ্র্য ও সামাজিক বঞ্চনা মোকাবিলা করতে পারে** – কমিউনিটি থেকে গড়ে ওঠা বা কমিউনিটির কাছাকাছি থেকে কাজ করা { -vcs-short } গোষ্ঠীগুলি উপযুক্ত সমাধান তৈরিতে দক্ষ;
# context: 2. Why have a Compact? › bulleted list, item 4
leicestershire-county-compact--s2--b3-i4 = **ব্যক্তিদের নিজ নিজ কমিউনিটিতে সক্রিয় হতে উৎসাহ ও সহায়তা দিতে পারে** – স্বেচ্ছাসেবা, ট্রাস্টি বা ব্যবস্থাপনা কমিটির সদস্য হিসেবে দায়িত্ব পালন, অথবা স্বনির্ভর গোষ্ঠী গঠনের মাধ্যমে।
# context: 2. Why have a Compact? › paragraph
leicestershire-county-compact--s2--b4 = অংশীদারিত্বে কাজের এই সময়ে { -vcs-short }-এর সাথে যুক্ত হওয়ার একটি কার্যকর উপায় হলো **{ -compact }**। এটি একটি **অংশীদারিত্ব চুক্তি এবং একটি প্রক্রিয়া**, যা কেন্দ্রীয় সরকার ***জাতীয় { -compact } (National Compact); Getting it Right Together (১৯৯৮)***-এ অনুমোদন করেছে। এখন স্থানীয় { -compacts } তৈরিতে উৎসাহ দেওয়া হচ্ছে, কারণ বেশিরভাগ স্বেচ্ছাসেবী ও কমিউনিটি গোষ্ঠীর সম্পর্ক স্থানীয় পর্যায়েই, তাদের কাউন্টি, ডিস্ট্রিক্ট বা ইউনিটারি { -council }ের সাথে।

## The Development of the Leicestershire County Compact

# context: The Development of the Leicestershire County… › section heading
leicestershire-county-compact--s2--development--title = লেস্টারশায়ার কাউন্টি { -compact }ের প্রণয়ন
# context: The Development of the Leicestershire County… › paragraph
leicestershire-county-compact--s2--development--b1 = ২০০০ সাল ও ২০০১ সালের শুরুর দিকে { -vcs-short }-এর সহকর্মীরা এবং { -council }ের কর্মকর্তারা অনানুষ্ঠানিকভাবে আলোচনা করেন কীভাবে একটি স্থানীয় { -compact } সবচেয়ে ভালোভাবে তৈরি করা যায়। আগস্ট ২০০১-এ { -vcs-short } তার { -compact } পরিচালনা গোষ্ঠী গঠন করে এবং ফেব্রুয়ারি ২০০২-এ { -council }ের কেবিনেট একটি স্থানীয় { -compact } প্রণয়নের বিষয়টি খতিয়ে দেখতে গোষ্ঠীটির সাথে যুক্ত হতে সম্মত হয়। ২০০২ সালে সেক্টরের মধ্যে ধারাবাহিক পরামর্শ কর্মশালার মাধ্যমে { -vcs-short } পরিচালনা গোষ্ঠী একটি কার্যকরী নথি তৈরি করে। জুলাইয়ে সকল অংশীদারকে নিয়ে একটি যৌথ কর্মশালায় { -shared-principles } তুলে ধরা হয়, তবে এমন কিছু বাধাও চিহ্নিত হয়, যা বর্তমানে আমাদের যথাসম্ভব ভালোভাবে একসাথে কাজ করতে দিচ্ছে না।
# context: The Development of the Leicestershire County… › paragraph
leicestershire-county-compact--s2--development--b2 = { -vcs-short } { -compact } পরিচালনা গোষ্ঠীর প্রতিনিধিরা এবং { -council }ের কর্মকর্তারা খসড়া কাউন্টি { -compact } তৈরির জন্য একটি কার্যনির্বাহী গোষ্ঠী গঠন করেন। কর্মশালার সুপারিশ এবং খসড়া নথির ওপর পাওয়া মতামত এই অনুমোদিত { -compact }টিকে প্রভাবিত করেছে। পরবর্তী পদক্ষেপ হবে একটি কর্মপরিকল্পনা তৈরি করা।

## 3. What defines the voluntary and community sector?

# context: 3. What defines the voluntary and community… › section heading
leicestershire-county-compact--s3--title = { -vcs } বলতে কী বোঝায়?
# context: 3. What defines the voluntary and community… › paragraph
leicestershire-county-compact--s3--b1 = নিচের বিবরণগুলি { -vcs-short }-এর বাঁধাধরা সংজ্ঞা নয়, বরং { -vcs-short }-এর আওতায় কী ধরনের কাঠামো ও কার্যক্রম পড়ে তার একটি ধারণা দেওয়ার জন্য:
# context: 3. What defines the voluntary and community… › definition 1, the term
leicestershire-county-compact--s3--b2-i1-term = স্বেচ্ছাসেবী সংগঠন
# context: 3. What defines the voluntary and community… › definition 1, its meaning
leicestershire-county-compact--s3--b2-i1-meaning = এগুলি আনুষ্ঠানিক কাঠামোযুক্ত, অলাভজনক; স্বাধীন এবং সরকারের অংশ নয়; অবৈতনিক, স্বেচ্ছাসেবী ব্যবস্থাপনা কমিটি বা ট্রাস্টি বোর্ড দ্বারা পরিচালিত; এদের বেতনভুক্ত কর্মী ও স্বেচ্ছাসেবক থাকে; এরা নিবন্ধিত দাতব্য সংস্থা এবং/অথবা গ্যারান্টি দ্বারা সীমিত কোম্পানি এবং/অথবা ফ্রেন্ডলি সোসাইটি হতে পারে।
# context: 3. What defines the voluntary and community… › definition 2, the term
leicestershire-county-compact--s3--b2-i2-term = কমিউনিটি সংগঠন
# context: 3. What defines the voluntary and community… › definition 2, its meaning
leicestershire-county-compact--s3--b2-i2-meaning = এগুলি স্থানীয় কমিউনিটি ও স্বনির্ভর গোষ্ঠী; তুলনামূলকভাবে অনানুষ্ঠানিক; প্রায়ই পুরোপুরি স্বেচ্ছাসেবকদের নিয়ে গঠিত; কোনো কর্মী থাকলে তাঁরা সম্ভবত খণ্ডকালীন; স্বাধীন; নিয়মিত আয় বা অর্থায়ন নেই। কমিউনিটি গোষ্ঠীগুলি প্রায়ই কমিউনিটি কার্যক্রমের কেন্দ্রে থাকে এবং কোনো স্থানীয় প্রয়োজনের সাড়া হিসেবে গঠিত হয়।
# context: 3. What defines the voluntary and community… › definition 3, the term
leicestershire-county-compact--s3--b2-i3-term = স্বেচ্ছাসেবা
# context: 3. What defines the voluntary and community… › definition 3, its meaning
leicestershire-county-compact--s3--b2-i3-meaning = এটি নাগরিকত্বের একটি গুরুত্বপূর্ণ প্রকাশ এবং গণতন্ত্রের জন্য অপরিহার্য। এটি সমাজ ও কমিউনিটির কল্যাণে সময় ও শক্তি নিয়োগ করা, এবং এর অনেক রূপ হতে পারে। আর্থিক লাভের চিন্তা ছাড়াই, স্বাধীনভাবে ও নিজের ইচ্ছায় এটি করা হয়।
# context: 3. What defines the voluntary and community… › definition 4, the term
leicestershire-county-compact--s3--b2-i4-term = সামাজিক উদ্যোগ
# context: 3. What defines the voluntary and community… › definition 4, its meaning
leicestershire-county-compact--s3--b2-i4-meaning = এগুলি এমন ব্যবসা, যা সামাজিক লক্ষ্য পূরণের জন্য বাজারে লেনদেন করে। এগুলি অর্থনৈতিক উন্নয়ন ও সামাজিক কল্যাণের জন্য মানুষ ও কমিউনিটিকে একত্র করে।
# context: 3. What defines the voluntary and community… › definition 5, the term
leicestershire-county-compact--s3--b2-i5-term = আমব্রেলা সংগঠন
# context: 3. What defines the voluntary and community… › definition 5, its meaning
leicestershire-county-compact--s3--b2-i5-meaning = এগুলিকে কখনও কখনও অবকাঠামো সংগঠনও বলা হয় – এগুলি { -vcs-short }-এর একটি গুরুত্বপূর্ণ শক্তি। { -vcs-short } স্বাভাবিকভাবে গড়ে উঠেছে; এটি কেন্দ্রীয়ভাবে পরিকল্পিত নয়। আমব্রেলা সংগঠনগুলি স্বেচ্ছাসেবী সেক্টরের কার্যক্রমের বিভিন্ন স্তর ও ধরনকে যুক্ত করার চেষ্টা করে। এরা চারটি প্রধান কাজ করে: উন্নয়ন, অন্যান্য সংগঠনকে সেবা দেওয়া, যোগাযোগ রক্ষা এবং প্রতিনিধিত্ব। তবে এটাও স্বীকৃত যে সব আমব্রেলা সংগঠন এই সবগুলি কাজ করে না (Deakin Commission ১৯৯৬)। লেস্টারশায়ারে আমব্রেলা সংগঠনের উদাহরণ হলো CVS Community Partnership (CCP), { -cvs }সমূহ (Councils for Voluntary Services, CVS), Council for Voluntary Youth Services (CVYS), Rural Community Council (RCC), Racial Equality Council (REC) এবং Volunteer Bureaux (VBx)।
# context: 3. What defines the voluntary and community… › definition 6, the term
leicestershire-county-compact--s3--b2-i6-term = ট্রাস্টি ও ব্যবস্থাপনা কমিটি
# context: 3. What defines the voluntary and community… › definition 6, its meaning
leicestershire-county-compact--s3--b2-i6-meaning = এঁরা হলেন সেই ব্যক্তিবর্গ, যাঁরা আইনগতভাবে কোনো দাতব্য সংস্থার নিয়ন্ত্রণ ও ব্যবস্থাপনার জন্য দায়ী; এর মধ্যে দাতব্য সমিতির ব্যবস্থাপনা কমিটির সদস্য এবং দাতব্য কোম্পানির পরিচালকরাও রয়েছেন। ট্রাস্টি হওয়ার কারণে কিছু নির্দিষ্ট আইনগত দায়িত্ব তৈরি হয়।

## 4. What defines the County Council?

# context: 4. What defines the County Council? › section heading
leicestershire-county-compact--s4--title = কাউন্টি { -council } বলতে কী বোঝায়?
# context: 4. What defines the County Council? › paragraph
leicestershire-county-compact--s4--b1 = Leicestershire County Council কাউন্টির বৃহত্তম স্থানীয় কর্তৃপক্ষ এবং সরাসরি অথবা তার পক্ষে কাজ করা অন্যান্য সংগঠনের মাধ্যমে স্থানীয় মানুষকে বিস্তৃত পরিসরের সেবা দেয়। এই সেবাগুলির মধ্যে রয়েছে শিক্ষা, সামাজিক পরিচর্যা, বর্জ্য নিষ্কাশন, সড়ক রক্ষণাবেক্ষণ, গ্রন্থাগার, জাদুঘর এবং ভোক্তা সুরক্ষা। এই সেবাগুলি প্রদানের জন্য সরাসরি ১৮,৫০০ জন কর্মী নিযুক্ত আছেন এবং £৫০০ মিলিয়নের বেশি ব্যয় হয়।
# context: 4. What defines the County Council? › paragraph
leicestershire-county-compact--s4--b2 = কাউন্টি { -council } ৫৪ জন কাউন্টি কাউন্সিলর নিয়ে গঠিত, যাঁরা প্রত্যেকে নিজ নির্বাচনী এলাকার বাসিন্দাদের প্রতিনিধিত্ব করার জন্য প্রতি চার বছর পর পর নির্বাচিত হন। তাঁরা প্রতি দুই মাস পর পর { -council } হিসেবে সভা করেন এবং প্রতি বছর একজন নেতা ও একটি কেবিনেট নির্বাচন করেন। কেবিনেট { -council }কে দিকনির্দেশনা ও নেতৃত্ব দেওয়ার এবং বেশিরভাগ সিদ্ধান্ত নেওয়ার দায়িত্বে থাকে।

## 5. What type of relationship can the VCS have with the Council?

# context: 5. What type of relationship can the VCS have… › section heading
leicestershire-county-compact--s5--title = { -council }ের সাথে { -vcs-short }-এর কী ধরনের সম্পর্ক থাকতে পারে?
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b1 = স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলির নিম্নলিখিত উপায়ে { -council }ের সাথে সরাসরি সম্পর্ক থাকতে পারে:
# context: 5. What type of relationship can the VCS have… › bulleted list, item 1
leicestershire-county-compact--s5--b2-i1 = সেবা প্রদান ও অর্থায়ন – অনুদান/সার্ভিস লেভেল চুক্তি/ চুক্তিপত্র/ কমিশনিং চুক্তি
# context: 5. What type of relationship can the VCS have… › bulleted list, item 2
leicestershire-county-compact--s5--b2-i2 = পরামর্শ – গোষ্ঠী/স্বেচ্ছাসেবক/সেবা ব্যবহারকারী
# context: 5. What type of relationship can the VCS have… › bulleted list, item 3
leicestershire-county-compact--s5--b2-i3 = লবিং/প্রচারাভিযান – { -council }ের কর্মসূচি, নীতি ও কার্যপদ্ধতি নির্ধারণে প্রভাব রাখা
# context: 5. What type of relationship can the VCS have… › bulleted list, item 4
leicestershire-county-compact--s5--b2-i4 = অংশীদারিত্ব/ফোরাম/কার্যনির্বাহী গোষ্ঠীতে অবদান রাখা, যেমন লোকাল স্ট্র্যাটেজিক পার্টনারশিপ
# context: 5. What type of relationship can the VCS have… › bulleted list, item 5
leicestershire-county-compact--s5--b2-i5 = { -council }ের অর্থায়নে পরিচালিত সেবায় স্বেচ্ছাসেবক হিসেবে কাজ, যেমন যুব ও কমিউনিটি শিক্ষা বা একই ধরনের সেবা
# context: 5. What type of relationship can the VCS have… › bulleted list, item 6
leicestershire-county-compact--s5--b2-i6 = যেখানে উপযুক্ত, অথবা যেখানে স্বেচ্ছাসেবী সংগঠনটি { -council }ের পক্ষে কোনো বিধিবদ্ধ সেবা প্রদান করে, সেখানে { -council }ের নীতি উন্নয়নে বিশেষজ্ঞ মতামত দেওয়া
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b3 = যেসব স্বেচ্ছাসেবী ও কমিউনিটি গোষ্ঠী মনে করে যে { -council }ের সাথে তাদের কোনো সম্পর্ক নেই এবং তাই { -compact }ের প্রাসঙ্গিকতা দেখতে পায় না, বাস্তবে নিম্নলিখিত এক বা একাধিক উপায়ে তাদের একটি পরোক্ষ সম্পর্ক থাকতে পারে:
# context: 5. What type of relationship can the VCS have… › bulleted list, item 1
leicestershire-county-compact--s5--b4-i1 = { -council }ের সাথে কমিশনিং চুক্তি আছে এমন কোনো { -cvs }ের অধিভুক্ত সদস্য হিসেবে
# context: 5. What type of relationship can the VCS have… › bulleted list, item 2
leicestershire-county-compact--s5--b4-i2 = { -council }ের দেওয়া কোনো কমিউনিটি সেন্টার বা অন্যান্য সেবার ব্যবহারকারী হিসেবে
# context: 5. What type of relationship can the VCS have… › bulleted list, item 3
leicestershire-county-compact--s5--b4-i3 = এমন কোনো ফোরামের সদস্য হিসেবে, যা কোনো নির্দিষ্ট ভৌগোলিক এলাকায়, অথবা অভিন্ন আগ্রহ বা প্রয়োজনের কোনো কমিউনিটির জন্য যোগাযোগের মাধ্যম হিসেবে স্বীকৃত।
# context: 5. What type of relationship can the VCS have… › paragraph
leicestershire-county-compact--s5--b5 = তাছাড়া এমন সময়ও আসতে পারে যখন কোনো { -vcs-short } গোষ্ঠীকে { -council }ের সাথে সম্পর্ক গড়ে তুলতে হতে পারে, এবং { -council } ও তার কার্যপদ্ধতি সম্পর্কে যথেষ্ট জ্ঞানের ভিত্তিতে তারা যেন তা করতে পারে।

## 6. The 8 Shared Principles in the Leicestershire County Compact

# context: 6. The 8 Shared Principles in the Leicestershire… › section heading
leicestershire-county-compact--principles--title = লেস্টারশায়ার কাউন্টি { -compact }ের ৮টি { -shared-principles(form: "counted") }
# context: 6. The 8 Shared Principles in the Leicestershire… › paragraph
leicestershire-county-compact--principles--b1 = কাউন্টি { -compact }ের সকল অংশীদার নিম্নলিখিত নীতিগুলির সাথে একমত:
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (a)
leicestershire-county-compact--principles--b2-i1 = **স্বেচ্ছাসেবী ও কমিউনিটি কার্যক্রম** একটি গণতান্ত্রিক সমাজের জন্য অপরিহার্য।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (b)
leicestershire-county-compact--principles--b2-i2 = একটি **স্বাধীন ও বৈচিত্র্যময় { -vcs }** সমাজের কল্যাণের মূল ভিত্তি।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (c)
leicestershire-county-compact--principles--b2-i3 = { -council } এবং { -vcs-short } উভয়েই জাতি, বয়স, প্রতিবন্ধিতা, লিঙ্গ, যৌনতা, ধর্ম, জাতিগত বা জাতীয় উৎস, বৈবাহিক অবস্থা বা স্বাস্থ্যগত অবস্থা নির্বিশেষে সকল মানুষের জন্য **সুযোগের সমতা** প্রচারের গুরুত্ব স্বীকার করে।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (d)
leicestershire-county-compact--principles--b2-i4 = সরকারি নীতি ও সেবার উন্নয়ন ও প্রদানে { -council } এবং { -vcs-short }-এর ভূমিকা আলাদা কিন্তু **পরস্পরের পরিপূরক**।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (e)
leicestershire-county-compact--principles--b2-i5 = অভিন্ন লক্ষ্য ও উদ্দেশ্যের দিকে **একসাথে কাজ করার মধ্যে বাড়তি মূল্য** রয়েছে। **সঠিক** যোগাযোগ সম্পর্ক গড়ে তোলে, নীতি উন্নয়নকে উন্নত করে এবং সেবা ও কর্মসূচির নকশা ও প্রদানকে সমৃদ্ধ করে।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (f)
leicestershire-county-compact--principles--b2-i6 = { -council } এবং { -vcs-short }-এর **জবাবদিহিতার ধরন আলাদা এবং তারা ভিন্ন ভিন্ন মানুষ ও সংগঠনের কাছে দায়বদ্ধ হতে পারে**। কিন্তু উভয়ের জন্যই নিঃস্বার্থতা, সততা, বস্তুনিষ্ঠতা, জবাবদিহিতা, খোলামেলা মনোভাব, সত্যবাদিতা এবং নেতৃত্ব প্রয়োজন।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (g)
leicestershire-county-compact--principles--b2-i7 = স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলি তাদের লক্ষ্য এগিয়ে নিতে আইনের মধ্যে থেকে **প্রচারাভিযান চালানোর অধিকার রাখে**।
# context: 6. The 8 Shared Principles in the Leicestershire… › shared principles, item (h)
leicestershire-county-compact--principles--b2-i8 = { -council } এবং { -vcs-short } স্বীকার করে যে { -council }ের স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলিকে সম্পদ বরাদ্দ করা প্রয়োজন। এই সম্পদের মধ্যে রয়েছে **অর্থায়ন, পরামর্শ ও অন্যান্য সহায়তা**, এবং এগুলি সম্পর্কের গুরুত্বপূর্ণ উপাদান।

## 7. Undertakings by partners of the Leicestershire County Compact

# context: 7. Undertakings by partners of the… › section heading
leicestershire-county-compact--undertakings--title = লেস্টারশায়ার কাউন্টি { -compact }ের অংশীদারদের { -undertakings }
# context: 7. Undertakings by partners of the… › paragraph
leicestershire-county-compact--undertakings--b1 = লেস্টারশায়ার কাউন্টি { -compact }ের সকল অংশীদার নিচের প্রাসঙ্গিক { -undertakings } অনুযায়ী কাজ করতে সম্মত
# context: 7. Undertakings by partners of the… › undertakings, name of the party `council`
leicestershire-county-compact--undertakings--b2-party-council = লেস্টারশায়ার কাউন্টি { -council } (Leicestershire County Council)
# context: 7. Undertakings by partners of the… › undertakings, name of the party `vcs`
leicestershire-county-compact--undertakings--b2-party-vcs = স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনসমূহ
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 1
leicestershire-county-compact--undertakings--b2-t1-title = আমাদের পরস্পরের পরিপূরক ভূমিকা
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 1
leicestershire-county-compact--undertakings--b2-t1-c1-i1 = লেস্টারশায়ারের মানুষের জীবনযাত্রার মান উন্নয়নে একটি কৌশলগত কাঠামো দিতে কমিউনিটির নেতা হিসেবে কাউন্টি { -council }ের ভূমিকা গড়ে তোলা।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 2
leicestershire-county-compact--undertakings--b2-t1-c1-i2 = কমিউনিটির জন্য তথ্য ও সেবা আরও সহজলভ্য করতে { -vcs-short }-এর সাথে কাজ করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 3
leicestershire-county-compact--undertakings--b2-t1-c1-i3 = অভিন্ন উদ্দেশ্য পূরণ করে এমন বাইরের সম্পদ সংগ্রহে { -vcs-short }-এর সক্ষমতাকে স্বীকৃতি ও সহায়তা দেওয়া।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by council, item 4
leicestershire-county-compact--undertakings--b2-t1-c1-i4 = নীতি উন্নয়ন ও অংশীদারিত্বমূলক কার্যক্রমে কার্যকরভাবে যুক্ত হতে { -vcs-short }-কে তার সম্পদের ভিত্তি গড়ে তুলতে সহায়তা করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t1-c2-i1 = একসাথে কাজ করার মূল্য এবং { -council } ও { -vcs-short } এই সম্পর্কে যে ভিন্ন ভিন্ন শক্তি নিয়ে আসে তা স্বীকার করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t1-c2-i2 = স্বীকার করা যে { -council } সম্পদ, কাঠামো, জবাবদিহিতা, তথ্য ও দক্ষতার সুযোগ এবং সহায়তা দিয়ে { -vcs-short }-এর কাজের পরিপূরক ভূমিকা পালন করে।
# context: 7. Undertakings by partners of the… › undertakings, theme 1, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t1-c2-i3 = আমব্রেলা সংগঠনগুলির মাধ্যমে স্থানীয় গোষ্ঠী, নীতি উন্নয়ন এবং অংশীদারিত্বে কাজকে সহায়তা করা।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 2
leicestershire-county-compact--undertakings--b2-t2-title = স্বীকৃতি
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by council, item 1
leicestershire-county-compact--undertakings--b2-t2-c1-i1 = বিভিন্ন ধরনের ব্যক্তিগত ও কমিউনিটির চাহিদা চিহ্নিত ও প্রকাশ করার ক্ষেত্রে { -vcs-short }-এর সক্ষমতা, এবং মানুষকে কমিউনিটি জীবনে যুক্ত হতে উৎসাহিত করায় এর মূল্য স্বীকার করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by council, item 2
leicestershire-county-compact--undertakings--b2-t2-c1-i2 = কমিউনিটির জন্য সেবার মানে স্বেচ্ছাসেবকরা যে বাড়তি মূল্য যোগ করেন তা স্বীকার করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t2-c2-i1 = স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলিকে যুক্ত করা, তাদের সাথে পরামর্শ করা, তাদের সম্পদ জোগানো ও সহায়তা করার জন্য { -council } যে প্রতিশ্রুতি দিয়েছে তা স্বীকার করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 2, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t2-c2-i2 = স্বীকার করা যে { -council }ের প্রধান ভূমিকা হলো লেস্টারশায়ারে কমিউনিটির নেতৃত্ব দেওয়া।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 3
leicestershire-county-compact--undertakings--b2-t3-title = অর্থায়ন ও জবাবদিহিতা
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 1
leicestershire-county-compact--undertakings--b2-t3-c1-i1 = সম্পদ যেন সম্মত অগ্রাধিকার পূরণ করে এবং ধারাবাহিক উন্নতি নিশ্চিত হয়, সেজন্য অর্থায়নের ব্যবস্থা গড়ে তোলা।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 2
leicestershire-county-compact--undertakings--b2-t3-c1-i2 = সরকারি অর্থের সবচেয়ে কার্যকর ও দক্ষ ব্যবহার নিশ্চিত করতে { -council }ের ভেতরে এবং বাইরের অর্থদাতাদের সাথে মিলে স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলিকে অর্থায়নের সমন্বিত পদ্ধতি গড়ে তোলা।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by council, item 3
leicestershire-county-compact--undertakings--b2-t3-c1-i3 = অর্থায়নে স্বচ্ছতা নিশ্চিত করতে একটি কাঠামো প্রদান করা, এবং অর্থের পরিমাণ ও উদ্দেশ্যের অনুপাতে পর্যবেক্ষণ ও জবাবদিহিতার ব্যবস্থা প্রয়োগ করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t3-c2-i1 = সেবা ব্যবহারকারীদের কল্যাণে অর্থের সবচেয়ে কার্যকর ও দক্ষ ব্যবহার নিশ্চিত করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t3-c2-i2 = { -council }ের কাছ থেকে পাওয়া অর্থের ক্ষেত্রে { -council } এবং সেবা ব্যবহারকারীদের কাছে জবাবদিহিতা প্রদর্শন করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 3, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t3-c2-i3 = আইন মেনে চলা এবং প্রয়োজনে Charity Commission-এর প্রাসঙ্গিক নির্দেশনা মেনে চলা।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 4
leicestershire-county-compact--undertakings--b2-t4-title = নীতি উন্নয়ন ও পরামর্শ
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by council, item 1
leicestershire-county-compact--undertakings--b2-t4-c1-i1 = নীতি ও সেবার পরিকল্পনা ও উন্নয়নে সময়মতো ও দক্ষ উপায়ে সক্রিয়ভাবে ও ধারাবাহিকভাবে { -vcs-short }-কে যুক্ত করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by council, item 2
leicestershire-county-compact--undertakings--b2-t4-c1-i2 = স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলির সাথে কাজ করা, যাতে তারা বঞ্চিত গোষ্ঠীগুলির সাথে আরও কার্যকরভাবে যুক্ত হতে এবং তাদের স্বার্থের প্রতিনিধিত্ব করতে পারে।
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t4-c2-i1 = কার্যকর পরামর্শ নিশ্চিত করতে { -council }ের সাথে একসাথে কাজ করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 4, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t4-c2-i2 = সেবার ব্যবস্থা ও প্রদান সংক্রান্ত নীতিতে প্রভাব রাখতে লেস্টারশায়ারের কমিউনিটিগুলির কণ্ঠস্বর হিসেবে কাজ করা।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 5
leicestershire-county-compact--undertakings--b2-t5-title = একসাথে কাজ করার সময় উত্তম চর্চা
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 1
leicestershire-county-compact--undertakings--b2-t5-c1-i1 = আমরা কীভাবে আরও ভালোভাবে একসাথে কাজ করতে পারি, সে বিষয়ে { -vcs-short }-এর সাথে যোগাযোগ রাখা।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 2
leicestershire-county-compact--undertakings--b2-t5-c1-i2 = এই আলোচনার মাধ্যমে { -vcs-short }-এর তোলা বিষয়গুলিতে যথাযথভাবে সাড়া দেওয়া।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by council, item 3
leicestershire-county-compact--undertakings--b2-t5-c1-i3 = { -vcs-short }-এর সাথে মিলে অর্থায়ন, পরামর্শ, কৃষ্ণাঙ্গ ও সংখ্যালঘু জাতিগোষ্ঠী এবং অন্যান্য বঞ্চিত গোষ্ঠী, স্বেচ্ছাসেবা এবং কমিউনিটি গোষ্ঠী বিষয়ে স্থানীয় আচরণবিধি তৈরি করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t5-c2-i1 = { -council }ের সাথে, { -vcs-short }-এর ভেতরে এবং বিশেষ করে কাউন্টির প্রান্তিক কৃষ্ণাঙ্গ ও সংখ্যালঘু জাতিগোষ্ঠীর সংগঠনগুলির সাথে কল্যাণকর কাজের সম্পর্ক গড়ে তোলা ও এগিয়ে নেওয়া।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t5-c2-i2 = কার্যক্রম ও সেবার উন্নয়ন ও ব্যবস্থাপনায় সেবা ব্যবহারকারীদের যুক্ত করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 3
leicestershire-county-compact--undertakings--b2-t5-c2-i3 = { -council } এবং অন্যান্য স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনের সাথে সকল লেনদেনে খোলামেলা ও স্বচ্ছ থাকা।
# context: 7. Undertakings by partners of the… › undertakings, theme 5, by vcs, item 4
leicestershire-county-compact--undertakings--b2-t5-c2-i4 = { -council }ের সাথে একসাথে কাজ করার সময় অংশগ্রহণের জন্য { -vcs-short }-এর সক্ষমতা সম্পর্কে স্পষ্ট ধারণা দেওয়া।
# context: 7. Undertakings by partners of the… › undertakings, heading of theme 6
leicestershire-county-compact--undertakings--b2-t6-title = { -compact }ের প্রতি আমাদের প্রতিশ্রুতি আমরা কীভাবে দেখাই
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by council, item 1
leicestershire-county-compact--undertakings--b2-t6-c1-i1 = { -compact }ের প্রতিশ্রুতিগুলি বাস্তবায়নের জন্য নতুন কাজের ব্যবস্থা চালু করা এবং উপযুক্ত সম্পদ বরাদ্দ করা।
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by council, item 2
leicestershire-county-compact--undertakings--b2-t6-c1-i2 = { -compact }ের প্রতিশ্রুতিগুলি এবং সেগুলি কীভাবে বাস্তবায়ন করা হবে সে সম্পর্কে পুরো { -council } জুড়ে বোঝাপড়া বাড়ানো।
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by vcs, item 1
leicestershire-county-compact--undertakings--b2-t6-c2-i1 = { -compact }ের কর্মসূচি বাস্তবায়নে এবং এর পরিকল্পিত পর্যালোচনায় অংশ নিতে সহায়তা করা, এবং যেখানে সম্ভব সময় ও সম্পদ দেওয়া।
# context: 7. Undertakings by partners of the… › undertakings, theme 6, by vcs, item 2
leicestershire-county-compact--undertakings--b2-t6-c2-i2 = লেস্টারশায়ারে কর্মরত স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলির মধ্যে { -compact } গ্রহণে উৎসাহ দেওয়া।

## 8. How will we know if the Compact is working?

# context: 8. How will we know if the Compact is working? › section heading
leicestershire-county-compact--s8--title = { -compact } কাজ করছে কি না, আমরা কীভাবে বুঝব?
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b1 = এই { -compact } প্রণয়নে যুক্ত সকল অংশীদার { -vcs-short } এবং { -council }ের মধ্যে নিম্নলিখিত ফলাফল দেখতে চান:
# context: 8. How will we know if the Compact is working? › outcomes, item 1
leicestershire-county-compact--s8--b2-i1 = আরও বেশি **বোঝাপড়া**
# context: 8. How will we know if the Compact is working? › outcomes, item 2
leicestershire-county-compact--s8--b2-i2 = আরও ভালো **যোগাযোগ**;
# context: 8. How will we know if the Compact is working? › outcomes, item 3
leicestershire-county-compact--s8--b2-i3 = আরও ভালো **পরামর্শ** প্রক্রিয়া ও পদ্ধতি;
# context: 8. How will we know if the Compact is working? › outcomes, item 4
leicestershire-county-compact--s8--b2-i4 = আরও বেশি যৌথ **পরিকল্পনা ও নীতি** উদ্যোগ;
# context: 8. How will we know if the Compact is working? › outcomes, item 5
leicestershire-county-compact--s8--b2-i5 = **অর্থায়ন** ব্যবস্থা ও পদ্ধতির পর্যালোচনা
# context: 8. How will we know if the Compact is working? › outcomes, item 6
leicestershire-county-compact--s8--b2-i6 = দক্ষ **তথ্য** প্রবাহ
# context: 8. How will we know if the Compact is working? › outcomes, item 7
leicestershire-county-compact--s8--b2-i7 = আরও ভালো **সেবা প্রদান**
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b3 = এই ফলাফলগুলি অর্জনের জন্য একটি কর্মপরিকল্পনা তৈরি করা হবে। এটি:
# context: 8. How will we know if the Compact is working? › lettered list, item (a)
leicestershire-county-compact--s8--b4-i1 = স্থানীয় পরিস্থিতির সাথে মানিয়ে নিতে অর্থায়ন, পরামর্শ, কৃষ্ণাঙ্গ ও সংখ্যালঘু জাতিগোষ্ঠী, স্বেচ্ছাসেবা এবং কমিউনিটি গোষ্ঠী বিষয়ক জাতীয় আচরণবিধি রূপান্তর করবে;
# context: 8. How will we know if the Compact is working? › lettered list, item (b)
leicestershire-county-compact--s8--b4-i2 = { -compact }ের প্রভাব পর্যালোচনা ও পর্যবেক্ষণের ব্যবস্থা প্রতিষ্ঠা করবে;
# context: 8. How will we know if the Compact is working? › lettered list, item (c)
leicestershire-county-compact--s8--b4-i3 = একটি মধ্যস্থতা ও আপস-মীমাংসার প্রক্রিয়া নির্ধারণ করবে।
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b5 = কর্মপরিকল্পনাটি প্রতি বছর পর্যালোচনা করা হবে।
# context: 8. How will we know if the Compact is working? › paragraph
leicestershire-county-compact--s8--b6 = কর্মপরিকল্পনায় কাউন্টি { -compact }ে যোগ দেওয়া সকল অংশগ্রহণকারী গোষ্ঠী ও সংগঠনের একটি তালিকা থাকবে, যারা সে কারণে ন্যায্য ও সমতাপূর্ণভাবে { -compact }ের অংশীদারদের সাথে কাজ করতে প্রতিশ্রুতিবদ্ধ।

## 9. Accessibility of the Compact document

# context: 9. Accessibility of the Compact document › section heading
leicestershire-county-compact--s9--title = { -compact } নথির সহজলভ্যতা
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b1 = অনুরোধ করলে কাউন্টি { -compact } বিভিন্ন কমিউনিটির ভাষায় এবং বিভিন্ন ফরম্যাটে পাওয়া যায়।
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b2 = এর সাথে সংযুক্ত একটি পোস্টার পাবেন, যাতে { -compact }ের { -shared-principles } সংক্ষেপে তুলে ধরা হয়েছে এবং গোষ্ঠী ও সংগঠনগুলির স্বাক্ষর করার জন্য একটি অংশ রয়েছে, যার মাধ্যমে তারা { -compact }ের মূল ভাবনা অনুযায়ী কাজ করার প্রতিশ্রুতি ঘোষণা করে। পোস্টারটির উদ্দেশ্য হলো কর্মী, স্বেচ্ছাসেবক, সেবা ব্যবহারকারী এবং আপনার প্রাঙ্গণে আসতে পারে এমন অন্যান্য গোষ্ঠী ও সংগঠনের মধ্যে কাউন্টি { -compact } সম্পর্কে সচেতনতা বাড়ানো।
# context: 9. Accessibility of the Compact document › paragraph
leicestershire-county-compact--s9--b3 = কাউন্টি { -compact }ে একটি যোগদান ফর্মও রয়েছে, যা গোষ্ঠী ও সংগঠনগুলি কাউন্টি { -compact }ে যোগ দিতে চাইলে পূরণ করে ফেরত পাঠায়। "যোগদান" মানে হলো গোষ্ঠী ও সংগঠনগুলি { -compact } চুক্তির মূল ভাবনা অনুযায়ী { -council } ও { -vcs-short } অংশীদারদের সাথে কাজ করতে সম্মত।

## 10. Joining up the tiers

# context: 10. Joining up the tiers › section heading
leicestershire-county-compact--s10--title = বিভিন্ন স্তরকে যুক্ত করা
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b1 = লেস্টারশায়ারে আমাদের সামনে পরস্পর-সংযুক্ত স্থানীয় { -compacts } তৈরির চ্যালেঞ্জ রয়েছে। লেস্টারশায়ারের প্রতিটি { -cvs } (CVS) বর্তমানে সংশ্লিষ্ট ডিস্ট্রিক্ট { -council } ও { -pct }ের সাথে মিলে নিজ এলাকার জন্য স্থানীয় { -compact } তৈরি করছে বা তৈরির পরিকল্পনা করছে। এছাড়া কাউন্টি ও সিটির { -vcs-short } এবং Leicestershire Learning and Skills Council-এর মধ্যে একটি লার্নিং { -compact } তৈরির পরিকল্পনাও রয়েছে। Leicestershire Local Strategic Partnership সম্মত হয়েছে যে লেস্টারশায়ার কাউন্টি { -compact } সাধারণভাবে লেস্টারশায়ারে স্থানীয় { -compact } তৈরির একটি আদর্শ। তাই অন্যান্য স্থানীয় { -compacts }ে { -shared-principles } এবং সেক্টরের { -undertakings } মোটামুটি একই থাকবে, তবে সেগুলি থেকে তৈরি কর্মপরিকল্পনায় { -vcs-short } ও স্থানীয় সংস্থাগুলির সম্পর্কের ক্ষেত্রে স্থানীয় চাহিদা ও অগ্রাধিকার প্রতিফলিত হবে।
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b2 = লেস্টারশায়ারে তৈরি হচ্ছে এমন স্থানীয় { -compacts }:
# context: 10. Joining up the tiers › bulleted list, item 1
leicestershire-county-compact--s10--b3-i1 = **ব্লেবি ডিস্ট্রিক্ট { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 2
leicestershire-county-compact--s10--b3-i2 = **হিংকলি ও বসওয়ার্থ এরিয়া { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 3
leicestershire-county-compact--s10--b3-i3 = **মেল্টন বরো { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 4
leicestershire-county-compact--s10--b3-i4 = **চার্নউড { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 5
leicestershire-county-compact--s10--b3-i5 = **ওডবি ও উইগস্টন { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 6
leicestershire-county-compact--s10--b3-i6 = **নর্থ ওয়েস্ট লেস্টারশায়ার { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 7
leicestershire-county-compact--s10--b3-i7 = **সাউথ লেস্টারশায়ার { -compact }**
# context: 10. Joining up the tiers › bulleted list, item 8
leicestershire-county-compact--s10--b3-i8 = **Leicestershire Learning and Skills Council-এর সাথে লার্নিং { -compact } (কাউন্টি ও সিটি)**
# context: 10. Joining up the tiers › paragraph
leicestershire-county-compact--s10--b5 = আরও তথ্যের জন্য CVS Community Partnership-এর পার্টনারশিপ অফিসারের সাথে যোগাযোগ করুন।
# context: 10. Joining up the tiers › contact card, the contact's role
leicestershire-county-compact--s10--b6-role = পার্টনারশিপ অফিসার

## Other formats and languages

# context: Other formats and languages › section heading
leicestershire-county-compact--alternative-formats--title = অন্যান্য ফরম্যাট ও ভাষা
# context: Other formats and languages › how to ask for other formats
leicestershire-county-compact--alternative-formats--b1-text = এই পুস্তিকার তথ্য অন্য কোনো রূপে, যেমন বড় হরফে, ব্রেইলে, টেপে বা অন্য কোনো ভাষায় প্রয়োজন হলে অনুগ্রহ করে:
