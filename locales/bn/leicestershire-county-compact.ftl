### review-status: machine-assisted
### Bengali translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ leicestershire-county-compact.yaml.

leicestershire-county-compact--label = কমপ্যাক্ট
leicestershire-county-compact--title = লেস্টারশায়ার কাউন্টি কমপ্যাক্ট
leicestershire-county-compact--subtitle = লেস্টারশায়ার কাউন্টি কাউন্সিল এবং লেস্টারশায়ারের স্বেচ্ছাসেবী ও কমিউনিটি সেক্টরের মধ্যে সম্পর্কের একটি নির্দেশিকা
leicestershire-county-compact--strapline = "সবকিছুই আরও ভালো সম্পর্কের জন্য"
leicestershire-county-compact--summary = লেস্টারশায়ারে লেস্টারশায়ার কাউন্টি কাউন্সিল এবং স্বেচ্ছাসেবী ও কমিউনিটি সেক্টর কীভাবে একসাথে কাজ করে তা যাঁদের জানা দরকার, তাঁদের সবার জন্য লেস্টারশায়ার কাউন্টি কমপ্যাক্ট একটি অপরিহার্য নির্দেশিকা।
leicestershire-county-compact--principles--title = লেস্টারশায়ার কাউন্টি কমপ্যাক্টের ৮টি অভিন্ন নীতি
leicestershire-county-compact--principles--b1 = কাউন্টি কমপ্যাক্টের সকল অংশীদার নিম্নলিখিত নীতিগুলির সাথে একমত:
leicestershire-county-compact--principles--b2-i1 = **স্বেচ্ছাসেবী ও কমিউনিটি কার্যক্রম** একটি গণতান্ত্রিক সমাজের জন্য অপরিহার্য।
leicestershire-county-compact--principles--b2-i2 = একটি **স্বাধীন ও বৈচিত্র্যময় স্বেচ্ছাসেবী ও কমিউনিটি সেক্টর** সমাজের কল্যাণের মূল ভিত্তি।
leicestershire-county-compact--principles--b2-i3 = কাউন্সিল এবং VCS উভয়েই জাতি, বয়স, প্রতিবন্ধিতা, লিঙ্গ, যৌনতা, ধর্ম, জাতিগত বা জাতীয় উৎস, বৈবাহিক অবস্থা বা স্বাস্থ্যগত অবস্থা নির্বিশেষে সকল মানুষের জন্য **সুযোগের সমতা** প্রচারের গুরুত্ব স্বীকার করে।
leicestershire-county-compact--principles--b2-i4 = সরকারি নীতি ও সেবার উন্নয়ন ও প্রদানে কাউন্সিল এবং VCS-এর ভূমিকা আলাদা কিন্তু **পরস্পরের পরিপূরক**।
leicestershire-county-compact--principles--b2-i5 = অভিন্ন লক্ষ্য ও উদ্দেশ্যের দিকে **একসাথে কাজ করার মধ্যে বাড়তি মূল্য** রয়েছে। **সঠিক** যোগাযোগ সম্পর্ক গড়ে তোলে, নীতি উন্নয়নকে উন্নত করে এবং সেবা ও কর্মসূচির নকশা ও প্রদানকে সমৃদ্ধ করে।
leicestershire-county-compact--principles--b2-i6 = কাউন্সিল এবং VCS-এর **জবাবদিহিতার ধরন আলাদা এবং তারা ভিন্ন ভিন্ন মানুষ ও সংগঠনের কাছে দায়বদ্ধ হতে পারে**। কিন্তু উভয়ের জন্যই নিঃস্বার্থতা, সততা, বস্তুনিষ্ঠতা, জবাবদিহিতা, খোলামেলা মনোভাব, সত্যবাদিতা এবং নেতৃত্ব প্রয়োজন।
leicestershire-county-compact--principles--b2-i7 = স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলি তাদের লক্ষ্য এগিয়ে নিতে আইনের মধ্যে থেকে **প্রচারাভিযান চালানোর অধিকার রাখে**।
leicestershire-county-compact--principles--b2-i8 = কাউন্সিল এবং VCS স্বীকার করে যে কাউন্সিলের স্বেচ্ছাসেবী ও কমিউনিটি সংগঠনগুলিকে সম্পদ বরাদ্দ করা প্রয়োজন। এই সম্পদের মধ্যে রয়েছে **অর্থায়ন, পরামর্শ ও অন্যান্য সহায়তা**, এবং এগুলি সম্পর্কের গুরুত্বপূর্ণ উপাদান।
leicestershire-county-compact--alternative-formats--title = অন্যান্য ফরম্যাট ও ভাষা
leicestershire-county-compact--alternative-formats--b1-text = এই পুস্তিকার তথ্য অন্য কোনো রূপে, যেমন বড় হরফে, ব্রেইলে, টেপে বা অন্য কোনো ভাষায় প্রয়োজন হলে অনুগ্রহ করে:
