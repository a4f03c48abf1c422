"""Reads Atom feeds as a news reader does, with feedparser, and prints what
it found as JSON, one object per feed: whether feedparser had to guess
(`bozo`, with its reason), the feed's language and title, and each entry's
id, link, title, the language of its title, summary, and published time.

    python3 feed.py FEED.xml [FEED.xml ...]
"""
import json
import sys

import feedparser

out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        d = feedparser.parse(f.read())
    out.append(
        {
            "path": path,
            "bozo": int(d.bozo),
            "bozo_exception": str(d.get("bozo_exception", "")),
            "version": d.get("version", ""),
            "language": d.feed.get("language", ""),
            "title": d.feed.get("title", ""),
            "updated": d.feed.get("updated", ""),
            "self": next((l.href for l in d.feed.get("links", []) if l.rel == "self"), ""),
            "entries": [
                {
                    "id": e.get("id", ""),
                    "link": e.get("link", ""),
                    "title": e.get("title", ""),
                    "title_lang": e.get("title_detail", {}).get("language", ""),
                    "summary": e.get("summary", ""),
                    "published": e.get("published", ""),
                    "updated": e.get("updated", ""),
                }
                for e in d.entries
            ],
        }
    )
json.dump(out, sys.stdout, ensure_ascii=False)
