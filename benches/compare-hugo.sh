#!/usr/bin/env bash
# compact-press against Hugo on the same pages, in one run.
#
#   benches/compare-hugo.sh [N]        N publications × 6 languages (default 1000)
#
# Generates a corpus (compact-press dev corpus), writes the same pages as a
# Hugo site (compact-press dev hugo: Markdown with front matter, six
# languages, Urdu right to left, a language switcher, and per page an HTML
# page, a large-print page and a plain-text edition, as compact-press
# makes; each kind's section paginated by Hugo's paginator, 20 a page, and an
# RSS feed per language, as compact-press lists and feeds), then times both
# builds with hyperfine and prints the ratio.
# compact-press builds its HTML and plain text (--formats text); large-print PDFs
# have a benchmark of their own (benches/scale.rs). Needs Debian's hugo and
# hyperfine (apt-get install hugo hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
for tool in hugo hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install hugo hyperfine" >&2; exit 2; }
done
cargo build --release --quiet
bin=$PWD/target/release/compact-press
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" dev corpus --publications "$n" --out "$work/site" 2>/dev/null
"$bin" dev hugo --site "$work/site" --out "$work/hugo" 2>/dev/null
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-json "$work/times.json" \
  -n compact-press "$bin build --site $work/site --out $work/out-compact-press --formats text" \
  -n hugo "hugo --source $work/hugo --destination $work/out-hugo --quiet"
python3 - "$work/times.json" "$n" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
cp, hugo = results["compact-press"]["mean"], results["hugo"]["mean"]
print(f"{sys.argv[2]} publications x 6 languages: compact-press {cp:.2f} s, Hugo {hugo:.2f} s: "
      f"compact-press takes {cp / hugo:.2f} x Hugo's time (target: 0.30 or less)")
PY
