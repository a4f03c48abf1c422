"""PDF/UA-1 check with `page` (PyPI page-validation): one JSON line per PDF,
{"file": ..., "compliant": bool, "failures": [[rule, message], ...]}.
Exits 1 if any PDF is not compliant. Usage: python3 pdfua.py FILE.pdf ..."""
import json
import sys

import page

failed = False
for path in sys.argv[1:]:
    report = page.validate_pdf(path, profile="ua1")
    failures = [[f.rule_id, f.message] for f in report.failures][:10]
    failed |= not report.is_compliant
    print(json.dumps({"file": path, "compliant": report.is_compliant, "rules": report.rules.total, "failures": failures}))
sys.exit(1 if failed else 0)
