### Translations of content/site.yaml.


## The site

# context: the site's title, at the top of every page
site--title = স্থানীয় { -compacts }
# context: the tagline under the title on each home page
site--tagline = { -council }, এনএইচএস এবং { -vcs }ের মধ্যে চুক্তি
# context: the publisher's contact, their role (in every page's footer)
site--publisher-role = পার্টনারশিপ অফিসার

## The accessibility statement

# context: the accessibility statement: content that is not accessible, and why, item 1
site--non-accessible-1 = কিছু অনুবাদ যন্ত্রের সাহায্যে করা হয়েছে এবং এখনও কোনো মাতৃভাষী ব্যক্তি যাচাই করেননি, তাই সেগুলি বোঝা কঠিন হতে পারে। যে পৃষ্ঠাগুলিতে এমন অনুবাদ আছে সেগুলিতে তা বলা আছে।
# context: the accessibility statement: content that is not accessible, and why, item 2
site--non-accessible-2 = প্রকাশনাগুলির কিছু অংশ এখনও প্রতিটি কমিউনিটির ভাষায় অনুবাদ করা হয়নি। সেগুলি ইংরেজিতে দেখানো হয় এবং ইংরেজি হিসেবে চিহ্নিত থাকে, যাতে স্ক্রিন রিডার সেগুলি ইংরেজি কণ্ঠে পড়ে।
# context: the accessibility statement: content that is not accessible, and why, item 3
site--non-accessible-3 = কম্পিউটারের কণ্ঠে পড়া অডিও এখন পর্যন্ত কেবল একটি প্রকাশনার জন্য প্রকাশিত হয়েছে; কম্পিউটারের কণ্ঠ কিছু নাম ও শব্দ ভুলভাবে উচ্চারণ করে। আপনি যেকোনো প্রকাশনা আপনাকে পড়ে শোনানোর জন্য আমাদের অনুরোধ করতে পারেন।
# context: the accessibility statement: how the website was tested
site--tested-how = আমরা ওয়েব পৃষ্ঠা ও বড় হরফের পৃষ্ঠাগুলি একটি ওয়েব ব্রাউজারে ৩২০ পিক্সেল প্রস্থে (৪০০% জুমের মতো) এবং স্বয়ংক্রিয় অ্যাক্সেসিবিলিটি পরীক্ষক দিয়ে, আর বড় হরফের PDF-গুলি একটি PDF/UA পরীক্ষক দিয়ে পরীক্ষা করেছি। আমরা এখনও স্ক্রিন রিডার দিয়ে সেগুলি পরীক্ষা করিনি।
