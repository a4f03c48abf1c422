### review-status: machine-assisted
### Hindi glossary for this site: each term is written this way everywhere.
### Variants: case "oblique" is the form before a postposition (के, में, को…);
### the Council and the CVS also have plural forms; the Primary Care Trust
### has a short form (form: "short") for where the English writes "PCT".

# An agreement between the council, the NHS and the voluntary and community sector.
-compact = कॉम्पैक्ट
# Plural ("oblique" before a postposition: कॉम्पैक्टों में).
-compacts =
    { $case ->
       *[direct] कॉम्पैक्ट
        [oblique] कॉम्पैक्टों
    }
# The voluntary and community sector, as a whole.
-vcs = स्वैच्छिक व सामुदायिक क्षेत्र
# The short form, where the source writes "VCS".
-vcs-short = वीसीएस
# What each partner promises to do.
-undertakings =
    { $case ->
       *[direct] वचन
        [oblique] वचनों
    }
# The principles all partners agree.
-shared-principles =
    { $case ->
       *[direct] साझा सिद्धांत
        [oblique] साझा सिद्धांतों
    }
# An NHS body (until 2013) that planned and paid for local health services.
-pct =
    { $form ->
       *[full] प्राइमरी केयर ट्रस्ट
        [short] पीसीटी
    }
# The local authority, when the text says "the Council".
-council =
    { $case ->
       *[direct] काउंसिल
        [plural] काउंसिलें
        [plural-oblique] काउंसिलों
    }
# A Council for Voluntary Service: a local umbrella body for voluntary groups.
-cvs =
    { $case ->
       *[direct] स्वैच्छिक सेवा परिषद
        [plural] स्वैच्छिक सेवा परिषदें
        [plural-oblique] स्वैच्छिक सेवा परिषदों
    }
