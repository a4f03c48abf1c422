### review-status: machine-assisted
### Bengali translation, written with machine assistance; not yet reviewed by
### a native speaker. Message ids come from content/ learning-compact-launch.yaml.

learning-compact-launch--label = সংবাদ
learning-compact-launch--title = লার্নিং অ্যান্ড স্কিলস কমপ্যাক্ট
learning-compact-launch--summary = লেস্টারশায়ারে এখন স্থানীয় স্বেচ্ছাসেবী ও কমিউনিটি সেক্টর এবং স্থানীয় লার্নিং অ্যান্ড স্কিলস কাউন্সিলের মধ্যে একটি কমপ্যাক্ট রয়েছে। বিস্তারিত জানাচ্ছেন মিক ও'হারা।
