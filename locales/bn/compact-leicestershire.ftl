### Bengali translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ compact-leicestershire.yaml.


## Title page

# context: title page, the label above the title
compact-leicestershire--label = পরিশিষ্ট ২
# context: title page, title
compact-leicestershire--title = { -compact } লেস্টারশায়ার
# context: title page, subtitle
compact-leicestershire--subtitle = { -compact } লেস্টারশায়ার হলো লেস্টারশায়ার টুগেদার পাবলিক সেক্টর পার্টনারস এবং লেস্টারশায়ারের { -vcs }ের মধ্যে সম্পর্কের একটি নির্দেশিকা
# context: summary, also shown on the home page
compact-leicestershire--summary = { -compact } লেস্টারশায়ারের { -shared-principles }, এবং সংগঠনগুলির সেগুলিতে যোগ দেওয়ার একটি ফর্ম।
# context: title page, area
compact-leicestershire--area = লেস্টারশায়ার
# context: title page, party 1
compact-leicestershire--party-1 = লেস্টারশায়ার টুগেদার পাবলিক সেক্টর পার্টনারস (LTPS)
# context: title page, party 2
compact-leicestershire--party-2 = লেস্টারশায়ারের { -vcs } ({ -vcs-short })

## Shared principles

# context: Shared principles › section heading
compact-leicestershire--principles--title = { -shared-principles }
# context: Shared principles › paragraph
compact-leicestershire--principles--b1 = আমরা নিম্নলিখিত { -shared-principles } চিহ্নিত করেছি:
# context: Shared principles › shared principles, item 1
compact-leicestershire--principles--b2-i1 = স্বেচ্ছাসেবী ও কমিউনিটি কার্যক্রম একটি গণতান্ত্রিক সমাজের জন্য অপরিহার্য
# context: Shared principles › shared principles, item 2
compact-leicestershire--principles--b2-i2 = একটি স্বাধীন ও বৈচিত্র্যময় { -vcs } ({ -vcs-short }) সমাজের কল্যাণের মূল ভিত্তি।
# context: Shared principles › shared principles, item 3
compact-leicestershire--principles--b2-i3 = লেস্টারশায়ার টুগেদার পাবলিক সেক্টর অংশীদার (LTPS) এবং { -vcs-short } উভয়েই জাতি, বয়স, প্রতিবন্ধিতা, লিঙ্গ, যৌনতা, ধর্ম, জাতিগত বা জাতীয় উৎস, বৈবাহিক অবস্থা বা স্বাস্থ্যগত অবস্থা নির্বিশেষে সকল মানুষের জন্য সুযোগের সমতা প্রচারের গুরুত্ব স্বীকার করে।
# context: Shared principles › shared principles, item 4
compact-leicestershire--principles--b2-i4 = সরকারি নীতি ও সেবার উন্নয়ন ও প্রদানে LTPS অংশীদার এবং { -vcs-short }-এর ভূমিকা আলাদা কিন্তু পরস্পরের পরিপূরক।
# context: Shared principles › shared principles, item 5
compact-leicestershire--principles--b2-i5 = অভিন্ন লক্ষ্য ও উদ্দেশ্যের দিকে একসাথে কাজ করার মধ্যে বাড়তি মূল্য রয়েছে। সঠিক যোগাযোগ সম্পর্ক গড়ে তোলে, নীতি উন্নয়নকে উন্নত করে এবং সেবা ও কর্মসূচির নকশা ও প্রদানকে সমৃদ্ধ করে।
# context: Shared principles › shared principles, item 6
compact-leicestershire--principles--b2-i6 = LTPS অংশীদার এবং { -vcs-short }-এর জবাবদিহিতার ধরন আলাদা এবং তারা ভিন্ন ভিন্ন মানুষ ও সংগঠনের কাছে দায়বদ্ধ হতে পারে। কিন্তু উভয়ের জন্যই নিঃস্বার্থতা, সততা, বস্তুনিষ্ঠতা, জবাবদিহিতা, স্বচ্ছতা, সত্যবাদিতা, অর্থের সদ্ব্যবহার এবং নেতৃত্ব প্রয়োজন।
# context: Shared principles › shared principles, item 7
compact-leicestershire--principles--b2-i7 = ফান্ডিং, কমিশনিং অ্যান্ড প্রকিউরমেন্ট কোড অফ গুড প্র্যাকটিসে বর্ণিত নীতিগুলি এবং বর্তমান ও পরবর্তী সম্মত { -compact } লেস্টারশায়ার কোড ও নির্দেশিকা { -vcs-short } এবং সেই কোড ও নির্দেশিকায় স্বাক্ষরকারী পাবলিক সেক্টর উভয়েই মেনে চলবে।
# context: Shared principles › shared principles, item 8
compact-leicestershire--principles--b2-i8 = স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলি তাদের লক্ষ্য এগিয়ে নিতে আইনের মধ্যে থেকে প্রচারাভিযান চালানোর অধিকার রাখে।
# context: Shared principles › shared principles, item 9
compact-leicestershire--principles--b2-i9 = LTPS অংশীদার এবং { -vcs-short } স্বীকার করে যে যেখানে সেবা কমিশন করা হবে বা অনুদানে পরিচালিত হবে, সেখানে পাবলিক সেক্টর অংশীদারদের স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলিকে সম্পদ বরাদ্দ করা প্রয়োজন। এই সম্পদের মধ্যে রয়েছে অর্থায়ন, পরামর্শ এবং স্বেচ্ছাসেবাসহ অন্যান্য সহায়তা, এবং এগুলি সম্পর্কের গুরুত্বপূর্ণ উপাদান
# context: Shared principles › shared principles, item 10
compact-leicestershire--principles--b2-i10 = এটি স্বীকৃত (এবং সমর্থিত) যে পাবলিক সেক্টরের সাথে দরপত্র ও চুক্তির ক্ষেত্রে { -vcs-short } (এবং সামাজিক উদ্যোগ) ফুল কস্ট রিকভারি পদ্ধতি অনুসরণ করবে।
# context: Shared principles › shared principles, item 11
compact-leicestershire--principles--b2-i11 = বিদ্যমান, চলমান বা প্রদত্ত চুক্তি, অনুদান, সমঝোতা বা সহায়তার (বাসস্থান সম্পদসহ) কোনো পরিবর্তন, বন্ধ বা পর্যালোচনায় ক্ষতিগ্রস্ত হবে এমন সকল { -vcs-short } সংগঠনকে কোনো পাবলিক সেক্টর সংস্থা অন্তত তিন মাসের সম্মত আগাম নোটিশ দেবে; আগে থেকে নির্ধারিত ও সম্মত সমাপ্তির তারিখ থাকলে এটি প্রযোজ্য নয়।
# context: Shared principles › shared principles, item 12
compact-leicestershire--principles--b2-i12 = একটি প্রাণবন্ত, বৈচিত্র্যময় ও স্বাধীন { -vcs-short } সেক্টর ন্যাশনাল সার্ভে অফ চ্যারিটিজ অ্যান্ড সোশ্যাল এন্টারপ্রাইজেস-এর মাধ্যমে { -compact } লেস্টারশায়ারের সাফল্যের একটি মাপকাঠি। স্থানীয় মাপকাঠিও তৈরি করা হবে।
# context: Shared principles › shared principles, item 13
compact-leicestershire--principles--b2-i13 = { -compact } লেস্টারশায়ারের কোনো স্বাক্ষরকারীর নিয়ম পালনে (বাস্তব বা অনুভূত) ব্যর্থতা চ্যালেঞ্জ করা হলে তার ভয় পাওয়া বা শাস্তির মুখোমুখি হওয়া উচিত নয়।
# context: Shared principles › shared principles, item 14
compact-leicestershire--principles--b2-i14 = সমঝোতা, চুক্তি ও অনুদানে পৌঁছানোর সময় সকল পক্ষের (পাবলিক সেক্টর, { -vcs-short } এবং প্রাইভেট সেক্টর) ভূমিকা, দায়িত্ব ও বাধ্যবাধকতা স্পষ্ট করা।
# context: Shared principles › shared principles, item 15
compact-leicestershire--principles--b2-i15 = উপরে বর্ণিত { -compact } লেস্টারশায়ারের নীতিগুলি { -vcs-short }-এর সাথে চুক্তিতে লিখিতভাবে অন্তর্ভুক্ত করা হবে।

## Your commitment:

# context: Your commitment: › section heading
compact-leicestershire--commitment--title = আপনার প্রতিশ্রুতি:
# context: Your commitment: › sign-up form, the pledge
compact-leicestershire--commitment--b1-pledge = আমরা { -compact } লেস্টারশায়ারের নীতিগুলির সাথে একমত এবং { -compact }ের মূল ভাবনা অনুযায়ী আমাদের অংশীদারদের সাথে কাজ করব:
# context: Your commitment: › sign-up form, label of box 1
compact-leicestershire--commitment--b1-field1 = নাম:
# context: Your commitment: › sign-up form, label of box 2
compact-leicestershire--commitment--b1-field2 = তারিখ:
# context: Your commitment: › sign-up form, label of box 3
compact-leicestershire--commitment--b1-field3 = যে সংগঠনের পক্ষে
# context: Your commitment: › sign-up form, label of box 4
compact-leicestershire--commitment--b1-field4 = ঠিকানা:
# context: Your commitment: › sign-up form, label of box 5
compact-leicestershire--commitment--b1-field5 = ফোন:
# context: Your commitment: › sign-up form, label of box 6
compact-leicestershire--commitment--b1-field6 = ই-মেইল:
# context: Your commitment: › sign-up form, where to send it
compact-leicestershire--commitment--b1-return = অনুগ্রহ করে ফেরত পাঠান:
# context: Your commitment: › sign-up form, before the e-mail address
compact-leicestershire--commitment--b1-return-email = অথবা ই-মেইল করুন
