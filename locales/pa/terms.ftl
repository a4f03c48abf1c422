### review-status: machine-assisted
### Punjabi glossary for this site: each term is written this way everywhere.
### Variants: $case "direct" (the default) and "oblique" (before a postposition
### such as ਦੇ, ਵਿੱਚ, ਨੂੰ, ਨਾਲ); $number "one" (the default) and "other" (plural).

# An agreement between the council, the NHS and the voluntary and community sector.
-compact = ਕੰਪੈਕਟ
# Plural. Oblique: ਕੰਪੈਕਟਾਂ (e.g. "ਕੰਪੈਕਟਾਂ ਦੀ ਸੂਚੀ").
-compacts =
    { $case ->
       *[direct] ਕੰਪੈਕਟ
        [oblique] ਕੰਪੈਕਟਾਂ
    }
# The voluntary and community sector, as a whole. Masculine; the same in the oblique.
-vcs = ਸਵੈ-ਸੇਵੀ ਤੇ ਭਾਈਚਾਰਕ ਖੇਤਰ
# The short form, as the source writes it (VCS), spelled in Gurmukhi letters.
-vcs-short = ਵੀ.ਸੀ.ਐਸ.
# What each partner promises to do. Feminine plural; the same in the oblique.
-undertakings = ਵਚਨਬੱਧਤਾਵਾਂ
# The principles all partners agree. Oblique: ਸਾਂਝੇ ਸਿਧਾਂਤਾਂ.
-shared-principles =
    { $case ->
       *[direct] ਸਾਂਝੇ ਸਿਧਾਂਤ
        [oblique] ਸਾਂਝੇ ਸਿਧਾਂਤਾਂ
    }
# An NHS body (until 2013) that planned and paid for local health services.
# Its short form stays PCT, in Latin letters, as in the source.
-pct = ਪ੍ਰਾਇਮਰੀ ਕੇਅਰ ਟਰੱਸਟ
# The local authority, when the text says "the Council". Plural: ਕੌਂਸਲਾਂ.
-council =
    { $number ->
       *[one] ਕੌਂਸਲ
        [other] ਕੌਂਸਲਾਂ
    }
# A Council for Voluntary Service: a local umbrella body for voluntary groups.
# Its short form and the names of particular ones (e.g. Charnwood CVS) stay in Latin letters.
-cvs =
    { $number ->
       *[one] ਸਵੈ-ਸੇਵੀ ਸੇਵਾ ਕੌਂਸਲ
        [other] ਸਵੈ-ਸੇਵੀ ਸੇਵਾ ਕੌਂਸਲਾਂ
    }
