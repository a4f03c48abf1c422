### review-status: machine-assisted
### Translations of content/site.yaml.

## The site

# context: the site's title, at the top of every page
# source: 0d49be04
site--title = স্থানীয় কমপ্যাক্ট

# context: the tagline under the title on each home page
# source: 2335e9f3
site--tagline = কাউন্সিল, এনএইচএস এবং স্বেচ্ছাসেবী ও কমিউনিটি সেক্টরের মধ্যে চুক্তি

# context: the publisher's contact, their role (in every page's footer)
# source: a3a446ad
site--publisher-role = পার্টনারশিপ অফিসার
