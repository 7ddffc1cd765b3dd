"""Time cold `nea-site build`s of synthetic corpora against bare MkDocs: `python scripts/benchmark.py [--docs N]`.

Without --docs it runs N=100 and N=500; each run prints the report of nea_site.bench.run_bench.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from nea_site.bench import run_bench

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DOCS = (100, 500)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, action="append", help="documents in the corpus (repeatable)")
    parser.add_argument("--runs", type=int, default=3, help="pipeline and floor runs each (default 3)")
    parser.add_argument("--keep", type=Path, help="leave the project here (one --docs value only)")
    parser.add_argument("--add-one", action="store_true", help="then add one document and time the rebuild")
    parser.add_argument("--repo", type=Path, default=REPO, help="where templates/, mkdocs.yml and corpus/ live")
    args = parser.parse_args()
    sizes: list[int] = args.docs or list(DEFAULT_DOCS)
    if args.keep is not None and len(sizes) > 1:
        parser.error("--keep needs exactly one --docs value")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    for docs in sizes:
        for line in run_bench(docs, keep=args.keep, runs=args.runs, repo_dir=args.repo, add_one=args.add_one):
            print(line, flush=True)


if __name__ == "__main__":
    main()
