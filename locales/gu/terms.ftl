### review-status: machine-assisted
### Gujarati glossary for this site: each term is written this way everywhere.
### Gujarati postpositions are joined straight after a term, with no space:
### { -compact }ના, { -vcs }માં. Plurals are asked for with number: "plural";
### the agent form with -એ (which joins the word: કાઉન્સિલે, not કાઉન્સિલએ)
### with case: "ergative", e.g. { -council(case: "ergative") } નક્કી કર્યું.

# An agreement between the council, the NHS and the voluntary and community sector.
-compact = કોમ્પેક્ટ
# Plural.
-compacts = કોમ્પેક્ટો
# The voluntary and community sector, as a whole.
-vcs = સ્વૈચ્છિક તથા સામુદાયિક ક્ષેત્ર
# The short form, as the source writes it ("VCS"), in Gujarati letters.
-vcs-short =
    { $case ->
       *[direct] વીસીએસ
        [ergative] વીસીએસે
    }
# What each partner promises to do.
-undertakings = બાંહેધરીઓ
# The principles all partners agree.
-shared-principles = સહિયારા સિદ્ધાંતો
# An NHS body (until 2013) that planned and paid for local health services.
-pct =
    { $case ->
       *[direct]
            { $number ->
               *[singular] પ્રાઇમરી કેર ટ્રસ્ટ
                [plural] પ્રાઇમરી કેર ટ્રસ્ટો
            }
        [ergative] પ્રાઇમરી કેર ટ્રસ્ટે
    }
# The local authority, when the text says "the Council".
-council =
    { $case ->
       *[direct]
            { $number ->
               *[singular] કાઉન્સિલ
                [plural] કાઉન્સિલો
            }
        [ergative] કાઉન્સિલે
    }
# A Council for Voluntary Service: a local umbrella body for voluntary groups.
-cvs =
    { $number ->
       *[singular] સ્વૈચ્છિક સેવા પરિષદ
        [plural] સ્વૈચ્છિક સેવા પરિષદો
    }
