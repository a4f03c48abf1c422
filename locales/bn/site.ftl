### review-status: machine-assisted
### Translations of content/site.yaml.
site--title = স্থানীয় কমপ্যাক্ট
site--tagline = কাউন্সিল, এনএইচএস এবং স্বেচ্ছাসেবী ও কমিউনিটি সেক্টরের মধ্যে চুক্তি
site--publisher-role = পার্টনারশিপ অফিসার
