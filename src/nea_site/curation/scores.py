"""corpus/curated/scores.yml: the scores `nea-site score GOLD_DIR --save` measured, read by the build."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

from nea_site.errors import RecordError
from nea_site.model.scores import MeasuredScores
from nea_site.records import dump_yaml, load_yaml

SCORES_FILE = "scores.yml"
_HEADER = (
    "# Written by `nea-site score GOLD_DIR --save`: how well the extraction did on documents annotated by hand.\n"
    "# The About page shows these numbers and their date; measure again after changing the rules or the\n"
    "# vocabulary. Edit by hand only to remove it.\n"
)


def read_scores(curated_dir: Path) -> MeasuredScores | None:
    """The saved scores, or None when none were saved; a damaged file is an error naming it."""
    path = curated_dir / SCORES_FILE
    if not path.exists():
        return None
    data = load_yaml(path)
    problems: list[str] = []
    if not isinstance(data, dict):
        raise RecordError(path, ["expected a mapping with measured, gold, documents and totals"])
    measured, gold, documents, totals = (data.get(k) for k in ("measured", "gold", "documents", "totals"))
    try:
        datetime.date.fromisoformat(str(measured))
    except ValueError:
        problems.append(f"measured: expected a date YYYY-MM-DD, found {measured!r}")
    if not isinstance(gold, str) or not gold:
        problems.append("gold: expected the folder of the gold files")
    if not isinstance(documents, int) or isinstance(documents, bool) or documents < 0:
        problems.append(f"documents: expected a number of documents, found {documents!r}")
    if not isinstance(totals, dict) or not all(isinstance(k, str) for k in totals):
        problems.append("totals: expected measure: value pairs")
    if problems:
        raise RecordError(path, problems, hint="measure again with `nea-site score GOLD_DIR --save`")
    assert isinstance(totals, dict) and isinstance(documents, int)
    return MeasuredScores(
        measured=str(measured),
        gold=str(gold),
        documents=documents,
        totals=tuple((str(k), str(v)) for k, v in totals.items()),
    )


def write_scores(curated_dir: Path, scores: MeasuredScores) -> Path:
    """Write corpus/curated/scores.yml (atomically) and return its path."""
    path = curated_dir / SCORES_FILE
    data = {
        "measured": scores.measured,
        "gold": scores.gold,
        "documents": scores.documents,
        "totals": dict(scores.totals),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(_HEADER + dump_yaml(data), encoding="utf-8")
    os.replace(tmp, path)
    return path
