"""Measure a built site's search in Chromium: bytes and ms to the first result per language, and Chinese recall.

    .venv/bin/python scripts/search_cost.py SITE_DIR [--recall 50]

SITE_DIR is a built site/ (holding en/ and zh/), e.g. the project `nea-site bench --keep DIR` leaves (DIR/site).
Works on Material's lunr search too (the first result is then Material's result link); recall needs Pagefind.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from nea_site.bench.search_bytes import measure_site
from nea_site.bench.search_recall import measure_recall, summary


def main() -> None:
    """Print one line per language, then the recall line when asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site/ folder")
    parser.add_argument("--recall", type=int, default=0, help="sample this many two-character Chinese words")
    parser.add_argument("--files", action="store_true", help="list each search file transferred")
    args = parser.parse_args()
    for cost in measure_site(args.site):
        print(cost.line())
        for path, size in cost.files if args.files else []:
            print(f"    {size:>9} {path}")
    if args.recall:
        recalls = measure_recall(args.site, "zh", args.recall)
        print(summary(recalls))
        for recall in recalls:
            if recall.missed:
                print(f"    {recall.word}: missed {sorted(recall.missed)[:5]}")


if __name__ == "__main__":
    main()
