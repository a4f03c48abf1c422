### review-status: machine-assisted
### Urdu glossary for this site: each term is written this way everywhere.

# An agreement between the council, the NHS and the voluntary and community sector (masculine; the same in the oblique).
-compact = کمپیکٹ
# Plural (masculine). $case: direct (the default) or oblique (before کا، کی، کے، میں، سے، کو، پر).
-compacts =
    { $case ->
       *[direct] کمپیکٹ
        [oblique] کمپیکٹوں
    }
# The voluntary and community sector, as a whole (masculine).
-vcs =
    { $case ->
       *[direct] رضاکارانہ و کمیونٹی شعبہ
        [oblique] رضاکارانہ و کمیونٹی شعبے
    }
# The short form, as the source writes it (VCS), in Urdu letters.
-vcs-short = وی سی ایس
# What each partner promises to do (masculine plural).
-undertakings =
    { $case ->
       *[direct] وعدے
        [oblique] وعدوں
    }
# The principles all partners agree (masculine plural).
-shared-principles =
    { $case ->
       *[direct] مشترکہ اصول
        [oblique] مشترکہ اصولوں
    }
# An NHS body (until 2013) that planned and paid for local health services (masculine).
-pct =
    { $case ->
       *[direct] پرائمری کیئر ٹرسٹ
        [oblique] پرائمری کیئر ٹرسٹ
        [plural] پرائمری کیئر ٹرسٹ
        [plural-oblique] پرائمری کیئر ٹرسٹوں
    }
# The local authority, when the text says "the Council" (feminine).
-council =
    { $case ->
       *[direct] کونسل
        [oblique] کونسل
        [plural] کونسلیں
        [plural-oblique] کونسلوں
    }
# A Council for Voluntary Service: a local umbrella body for voluntary groups (feminine).
-cvs =
    { $case ->
       *[direct] رضاکارانہ خدمات کی کونسل
        [oblique] رضاکارانہ خدمات کی کونسل
        [plural] رضاکارانہ خدمات کی کونسلیں
        [plural-oblique] رضاکارانہ خدمات کی کونسلوں
    }
