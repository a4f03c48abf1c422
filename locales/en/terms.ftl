### The glossary: words every translation of this site writes the same way.
### Each language defines these terms in locales/<lang>/terms.ftl, in its
### own script, and uses them in its translations as { -compact }, so that
### "Compact" is one word everywhere in a language and can be changed in one
### place. A term may have variants for grammatical forms, e.g.
###   -compact = { $case ->
###       *[direct] …
###        [oblique] …
###   }
### used as { -compact(case: "oblique") }. English messages come from the
### YAML and do not use these; this file names the terms and their meaning.

# An agreement between the council, the NHS and the voluntary and community sector.
-compact = Compact
# Plural.
-compacts = Compacts
# The voluntary and community sector, as a whole.
-vcs = voluntary and community sector
# The short form, as the source writes it.
-vcs-short = VCS
# What each partner promises to do.
-undertakings = undertakings
# The principles all partners agree.
-shared-principles = shared principles
# An NHS body (until 2013) that planned and paid for local health services.
-pct = Primary Care Trust
# The local authority, when the text says "the Council".
-council = Council
# A Council for Voluntary Service: a local umbrella body for voluntary groups.
-cvs = Council for Voluntary Service
