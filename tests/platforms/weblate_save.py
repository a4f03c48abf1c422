"""Weblate saving a language's files, as Weblate 5.14 does.

Weblate keeps a Fluent component as monolingual files with the English as
the base file, and reads and writes them with translate-toolkit's
FluentFile (3.20). A translator sees and types values only: Weblate sets
the unit's text (weblate/formats/ttkit.py, FluentUnit.set_target, which
refuses text Fluent cannot read), adds a translation of an English message
the file lacks as a new unit at its end (a copy of the English unit without
its notes), and saves the whole file with FluentFile.serialize. This script
does the same with the same library.

Usage: weblate_save.py SITE LANG [--edit ID=TEXT]... [--add ID=TEXT]...
                       [--all]
  --edit  a translator changes the translation of ID to TEXT
  --add   a translator translates ID, not yet translated, as TEXT
  --all   save every file of the language, not only those changed
Prints, for each message edited or added, the English as Weblate shows it.
"""

import argparse
import io
import os
import sys

from translate.storage.fluent import FluentFile, FluentUnit


def load(path):
    with open(path, "rb") as f:
        return FluentFile(f)


def set_target(unit, text):
    """weblate FluentUnit.set_target: the text becomes the unit's source,
    and Weblate refuses it if it cannot be written as Fluent."""
    old_target, old_source = unit.target, unit.source
    unit.target = text
    unit.source = text
    try:
        unit.to_entry()
    except Exception as e:
        unit.target, unit.source = old_target, old_source
        sys.exit(f"Weblate refuses the text for {unit.getid()}: {e}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("lang")
    ap.add_argument("--edit", action="append", default=[])
    ap.add_argument("--add", action="append", default=[])
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    en_dir = os.path.join(args.site, "locales", "en")
    lang_dir = os.path.join(args.site, "locales", args.lang)
    wanted = {}
    for kind, items in (("edit", args.edit), ("add", args.add)):
        for item in items:
            mid, text = item.split("=", 1)
            wanted[mid] = (kind, text)
    done = set()
    for name in sorted(os.listdir(en_dir)):
        target = os.path.join(lang_dir, name)
        if not name.endswith(".ftl") or not os.path.isfile(target):
            continue
        base = load(os.path.join(en_dir, name))
        store = load(target)
        changed = False
        for mid, (kind, text) in wanted.items():
            template = base.findid(mid)
            if template is None:
                continue
            print(f"{mid}\t{template.source}")
            unit = store.findid(mid)
            if kind == "edit":
                if unit is None:
                    sys.exit(f"{mid} is not translated in {target}")
            else:
                if unit is not None:
                    sys.exit(f"{mid} is already translated in {target}")
                unit = FluentUnit(source=template.source, unit_id=mid)
                store.addunit(unit)
            set_target(unit, text)
            done.add(mid)
            changed = True
        if changed or args.all:
            out = io.BytesIO()
            store.serialize(out)
            with open(target, "wb") as f:
                f.write(out.getvalue())
    missing = set(wanted) - done
    if missing:
        sys.exit(f"no English message {sorted(missing)}")


if __name__ == "__main__":
    main()
