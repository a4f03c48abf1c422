### Bengali translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ learning-compact-launch.yaml.


## Title page

# context: title page, the label above the title
learning-compact-launch--label = সংবাদ
# context: title page, title
learning-compact-launch--title = লার্নিং অ্যান্ড স্কিলস { -compact }
# context: summary, also shown on the home page
learning-compact-launch--summary = লেস্টারশায়ারে এখন স্থানীয় { -vcs } এবং স্থানীয় লার্নিং অ্যান্ড স্কিলস কাউন্সিলের মধ্যে একটি { -compact } রয়েছে। বিস্তারিত জানাচ্ছেন মিক ও'হারা।
# context: title page, area
learning-compact-launch--area = লেস্টার ও লেস্টারশায়ার

## A part without a heading (story)

# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b1 = লেস্টার শহর ও লেস্টারশায়ারের { -vcs } ({ -vcs-short }) দেশের মধ্যে প্রথম, যারা তাদের স্থানীয় Leicestershire Learning and Skills Council (LLSC)-এর সাথে একটি চুক্তি, অর্থাৎ { -compact }, প্রণয়ন করেছে।
# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b2 = এই { -compact } { -vcs-short } এবং LLSC-কে লেস্টারশায়ারে একটি শিক্ষাভিত্তিক সমাজ গড়ার যৌথ স্বপ্ন বাস্তবায়নের প্রচেষ্টায় পরস্পরকে সহায়তা করতে সক্ষম করবে: "এমন একটি সমাজ, যেখানে প্রত্যেকে শেখার সুযোগ কাজে লাগিয়ে এবং পূর্ণভাবে অংশ নিয়ে নিজের প্রতিভা ও প্রচেষ্টা যতদূর নিয়ে যেতে পারে ততদূর এগিয়ে যাওয়ার সুযোগ পায়"।
# context: A part without a heading (story) › paragraph
learning-compact-launch--story--b3 = ২৭ জুলাই চালু হওয়া এই { -compact }টিতে আনুষ্ঠানিকভাবে স্বাক্ষর করেন Leicestershire VCS Learning & Skills Consortium-এর চেয়ার Neil Lambert এবং Leicestershire LSC-এর এক্সিকিউটিভ ডিরেক্টর David Nelson; স্বেচ্ছাসেবী সেক্টরের প্রতিনিধিরা ও LLSC-এর সদস্যরা এর সাক্ষী ছিলেন।

## Shared aims

# context: Shared aims › section heading
learning-compact-launch--shared-aims--title = অভিন্ন লক্ষ্যসমূহ
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b1 = লেস্টারশায়ারের { -vcs-short } সংগঠন ও গোষ্ঠীগুলি এবং LLSC-এর মধ্যে প্রণীত এই { -compact } এমন একটি কাঠামো দেয়, যার মাধ্যমে সংগঠনগুলি পারস্পরিকভাবে সম্মত মান অনুযায়ী একসাথে কাজ করতে পারে। এটি আইনত বাধ্যতামূলক না হলেও, সকল সদস্য সংগঠন যৌথভাবে এমন কৌশলগত লক্ষ্য অনুসরণ করতে সম্মত, যা নিম্নলিখিত বিষয়গুলিকে এগিয়ে নেয়:
# context: Shared aims › bulleted list, item 1
learning-compact-launch--shared-aims--b2-i1 = অংশগ্রহণের পরিধি বাড়ানো
# context: Shared aims › bulleted list, item 2
learning-compact-launch--shared-aims--b2-i2 = স্বেচ্ছাসেবী সেক্টরের সংগঠনগুলির কর্মীবাহিনীর উন্নয়ন
# context: Shared aims › bulleted list, item 3
learning-compact-launch--shared-aims--b2-i3 = শিক্ষা প্রদানের মান এবং চাহিদার প্রতি সাড়া দেওয়ার ক্ষমতার উন্নতি।
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b3 = { -compact }টির উন্নয়ন ও অগ্রগতির দায়িত্ব একটি { -compact } উন্নয়ন ও মূল্যায়ন গোষ্ঠীকে দেওয়া হয়েছে, যেখানে স্থানীয় { -vcs } এবং Leicestershire LSC-এর প্রতিনিধিরা রয়েছেন। তাঁদের প্রথম পদক্ষেপ ছিল একটি প্রাথমিক কর্মপরিকল্পনা তৈরি করা, যাতে প্রথম ছয় মাস এবং তারপর প্রতি বছর { -compact }টির অগ্রগতি ও উন্নয়ন পর্যালোচনা করা যায়।
# context: Shared aims › paragraph
learning-compact-launch--shared-aims--b4 = প্রতি বছর একটি সংক্ষিপ্ত প্রতিবেদন তৈরি করা হবে, যাতে অগ্রগতি তুলে ধরা হবে এবং প্রয়োজনে কর্মপরিকল্পনা হালনাগাদ করা হবে।

## Looking for success

# context: Looking for success › section heading
learning-compact-launch--looking-for-success--title = সাফল্যের খোঁজে
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b1 = { -compact }টির সাফল্য অনেকাংশে মাপা হবে এটি নিম্নলিখিত বিষয়গুলি কতটা সহজ করে তুলতে পারে তা দিয়ে:
# context: Looking for success › bulleted list, item 1
learning-compact-launch--looking-for-success--b2-i1 = শিক্ষা ও দক্ষতা প্রদানের রূপ নির্ধারণে এবং কমিউনিটিগুলিতে ও VCO-গুলির নিজেদের মধ্যে শেখার চাহিদা বাড়াতে স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলির (VCO) আরও বেশি অংশগ্রহণ (স্থানীয় অংশীদারিত্ব, কৌশলগত এলাকা পর্যালোচনা (Strategic Area Reviews), লার্নিং কনসোর্টিয়াম ইত্যাদির মাধ্যমে)
# context: Looking for success › bulleted list, item 2
learning-compact-launch--looking-for-success--b2-i2 = { -compact }টিতে যোগ দিতে সম্মত LLSC-অর্থায়িত অতিরিক্ত শিক্ষা প্রদানকারীর সংখ্যা। বর্তমানে ২৪টি প্রদানকারী যোগ দিয়েছে। লক্ষ্য হলো জুলাই ২০০৬-এ { -compact }টির প্রথম বর্ষপূর্তির মধ্যে { -vcs }ের সকল শিক্ষা ও দক্ষতা প্রদানকারীর যোগদান নিশ্চিত করা।
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b3 = { -compact }টি [http://digbig.com/4erqp](http://digbig.com/4erqp) অথবা [www.ccp.org.uk](http://www.ccp.org.uk) ঠিকানায় দেখা যাবে (এবং স্থানীয় সংগঠনগুলি সেখানে { -compact }টিতে যোগ দিতে পারবে)।
# context: Looking for success › paragraph
learning-compact-launch--looking-for-success--b4 = { -compact } সম্পর্কে আরও তথ্যের জন্য যোগাযোগ করুন:
# context: Looking for success › contact card, the contact's role
learning-compact-launch--looking-for-success--b5-role = SOL শিক্ষা ও দক্ষতা সমন্বয়কারী
