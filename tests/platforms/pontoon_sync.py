"""Pontoon's sync, writing a language's files as Pontoon does.

Pontoon (https://github.com/mozilla/pontoon, pontoon/sync) reads each
translation file into its database, one string per entry, and on sync
writes every file anew from the English (the reference file): the English's
comments and layout, each English entry given the language's translation,
untranslated entries left out, sections left with no entry dropped. It does
this with moz.l10n, the version Pontoon pins (0.13). This script does the
same with the same library, so that the tests see exactly the files a
Pontoon sync would commit.

Usage: pontoon_sync.py SITE LANG [--edit ID=TEXT]... [--add ID=TEXT]...
  --edit  a translator changes the translation of ID to TEXT in Pontoon
  --add   a translator translates ID, not yet translated, as TEXT
"""

import argparse
import os
import sys

from fluent.syntax import FluentSerializer
from moz.l10n.formats import Format
from moz.l10n.formats.fluent import fluent_astify_entry
from moz.l10n.model import Entry
from moz.l10n.resource import parse_resource, serialize_resource


def entries(res):
    for section in res.sections:
        for entry in section.entries:
            if isinstance(entry, Entry):
                yield section, entry


def stored_strings(path):
    """What Pontoon keeps of a translation file: each entry as Fluent
    source, without its comment (pontoon/sync/formats: as_string)."""
    if not os.path.isfile(path):
        return {}
    res = parse_resource(path)
    out = {}
    for _, entry in entries(res):
        ast = fluent_astify_entry(entry, comment_str=lambda _: "", escape_syntax=True)
        out[entry.id[0]] = FluentSerializer().serialize_entry(ast)
    return out


def write_from_reference(ref_path, target_path, strings):
    """A language's file as the sync writes it: the reference with each
    entry's value and attributes taken from the translation."""
    res = parse_resource(ref_path)
    translated = parse_resource(Format.fluent, "".join(strings.values()))
    by_id = {e.id: e for _, e in entries(translated)}
    for section in res.sections:
        kept = []
        for entry in section.entries:
            if not isinstance(entry, Entry):
                kept.append(entry)
                continue
            t = by_id.get(entry.id)
            if t is None:
                continue
            entry.value = t.value
            if entry.id[0].startswith("-"):
                entry.properties = t.properties
            else:
                entry.properties = {
                    k: v for k, v in t.properties.items() if k in entry.properties
                }
            kept.append(entry)
        section.entries = kept
    res.sections = [
        s for s in res.sections if any(isinstance(e, Entry) for e in s.entries)
    ]
    with open(target_path, "w", encoding="utf-8") as f:
        for line in serialize_resource(res):
            f.write(line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("lang")
    ap.add_argument("--edit", action="append", default=[])
    ap.add_argument("--add", action="append", default=[])
    args = ap.parse_args()
    en = os.path.join(args.site, "locales", "en")
    changes = {}
    for item in args.edit + args.add:
        mid, text = item.split("=", 1)
        changes[mid] = f"{mid} = {text}\n"
    done = set()
    for name in sorted(os.listdir(en)):
        if not name.endswith(".ftl"):
            continue
        target = os.path.join(args.site, "locales", args.lang, name)
        strings = stored_strings(target)
        ref_ids = {e.id[0] for _, e in entries(parse_resource(os.path.join(en, name)))}
        for mid, s in changes.items():
            if mid in ref_ids:
                strings[mid] = s
                done.add(mid)
        write_from_reference(os.path.join(en, name), target, strings)
    missing = set(changes) - done
    if missing:
        sys.exit(f"no English message {sorted(missing)}")


if __name__ == "__main__":
    main()
