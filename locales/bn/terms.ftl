### review-status: machine-assisted
### Bengali glossary for this site: each term is written this way everywhere.
### Suffixes are written straight after the term: { -compact }ের (কমপ্যাক্টের),
### { -compact }টি, { -vcs-short }-এর (VCS-এর), { -council }সমূহ.

# An agreement between the council, the NHS and the voluntary and community sector.
-compact = কমপ্যাক্ট
# Plural (formal written plural; genitive { -compacts }ের).
-compacts = কমপ্যাক্টসমূহ
# The voluntary and community sector, as a whole.
-vcs = স্বেচ্ছাসেবী ও কমিউনিটি সেক্টর
# The short form, as the source writes it.
-vcs-short = VCS
# What each partner promises to do. ("Commitment" is written প্রতিশ্রুতি, so as not to be confused with this.)
-undertakings = অঙ্গীকারসমূহ
# The principles all partners agree. [collective]: the set of principles (নীতিমালা);
# [counted]: after a number, as in "৮টি { -shared-principles(form: "counted") }".
-shared-principles =
    { $form ->
       *[collective] অভিন্ন নীতিমালা
        [counted] অভিন্ন নীতি
    }
# An NHS body (until 2013) that planned and paid for local health services.
-pct = প্রাইমারি কেয়ার ট্রাস্ট
# The local authority, when the text says "the Council".
-council = কাউন্সিল
# A Council for Voluntary Service: a local umbrella body for voluntary groups.
-cvs = স্বেচ্ছাসেবী সেবা কাউন্সিল
