"""Runs the scoring over a folder of gold files and sums it up: one row per document and a last line of totals."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from nea_site import curation, pipeline
from nea_site.errors import SourceError
from nea_site.model import MeasuredScores
from nea_site.score.compare import ACTOR_TYPES, DocumentScore, score_document, score_refused
from nea_site.score.gold import find_gold


@dataclass(frozen=True, slots=True, kw_only=True)
class ScoreReport:
    documents: tuple[DocumentScore, ...]
    refused: tuple[str, ...]  # documents the pipeline refused, with the reason

    def totals(self) -> dict[str, float | str | int]:
        """The measures of the last line, in its order."""
        tally: Counter[str] = Counter()
        for doc in self.documents:
            tally.update(doc.tally)
        out: dict[str, float | str | int] = {
            "docs": len(self.documents),
            "events_recall": _ratio(tally["event_hit"], tally["event_gold"]),
            "events_precision": _ratio(tally["event_right"], tally["event_right"] + tally["event_wrong"]),
            "events_judged_share": _ratio(tally["event_right"] + tally["event_wrong"], tally["event_found"]),
            "not_events_taken": _ratio(tally["not_event_taken"], tally["not_event_gold"], empty=0.0),
            "actors_recall": _ratio(
                sum(tally[f"actor_hit_{t}"] for t in ACTOR_TYPES), sum(tally[f"actor_gold_{t}"] for t in ACTOR_TYPES)
            ),
            "actors_precision": _ratio(tally["actor_right"], tally["actor_found"]),
        }
        for kind in ACTOR_TYPES:
            out[kind] = _ratio(tally[f"actor_hit_{kind}"], tally[f"actor_gold_{kind}"])
        out["statistics_recall"] = _ratio(tally["stat_hit"], tally["stat_gold"])
        out["metadata"] = f"{tally['metadata_right']}/{tally['metadata_scored']}"
        return out

    def lines(self) -> list[str]:
        """The printed report: a header, one row per document, refusals, then `score docs=… …`."""
        out = ["document\tevents\tactors\tstatistics\tmetadata\ttitle | published"]
        for doc in self.documents:
            t = doc.tally
            actors_hit = sum(t[f"actor_hit_{k}"] for k in ACTOR_TYPES)
            actors_gold = sum(t[f"actor_gold_{k}"] for k in ACTOR_TYPES)
            out.append(
                f"{doc.name}\t{t['event_hit']}/{t['event_gold']} (+{t['event_wrong']} wrong,"
                f" {len(doc.unjudged_events)} unjudged)\t{actors_hit}/{actors_gold} ({len(doc.extra_actors)} extra)"
                f"\t{t['stat_hit']}/{t['stat_gold']}\t{_metadata_cell(doc)}"
                f"\t{doc.title[:60]} | {doc.published}"
            )
        out.extend(f"refused\t{reason}" for reason in self.refused)
        out.append("score " + " ".join(f"{k}={_format(v)}" for k, v in self.totals().items()))
        return out

    def to_plain(self) -> dict[str, Any]:
        """The report as JSON-ready data: totals and, per document, counts and what to review."""
        return {
            "totals": self.totals(),
            "refused": list(self.refused),
            "documents": [
                {
                    "name": d.name,
                    "counts": dict(sorted(d.tally.items())),
                    "title": d.title,
                    "published": d.published,
                    "metadata_right": d.metadata_right,
                    "missed_events": d.missed_events,
                    "wrong_events": d.wrong_events,
                    "unjudged_events": d.unjudged_events,
                    "missed_actors": d.missed_actors,
                    "extra_actors": d.extra_actors,
                    "missed_statistics": d.missed_statistics,
                }
                for d in self.documents
            ],
        }


def run_score(gold_dir: Path, project_dir: Path) -> ScoreReport:
    """Extract every document that has a gold file in `gold_dir` (with the project's vocabulary) and score it."""
    golds = find_gold(gold_dir)
    settings = pipeline.BuildSettings(project_dir=project_dir)
    vocabulary = curation.read_vocabulary(settings.curated_dir)
    found = pipeline.extract_files([g.document_path for g in golds], settings)
    scored: list[DocumentScore] = []
    refused: list[str] = []
    for gold, record in zip(golds, found, strict=True):
        if isinstance(record, SourceError):
            refused.append(str(record))
            scored.append(score_refused(gold, str(record)))
        else:
            scored.append(score_document(gold, record, vocabulary))
    return ScoreReport(documents=tuple(scored), refused=tuple(refused))


def save_scores(report: ScoreReport, gold_dir: Path, project_dir: Path, *, today: date | None = None) -> Path:
    """Write the report's totals and the day to the project's corpus/curated/scores.yml (for the About page)."""
    totals = report.totals()
    documents = totals.pop("docs")
    tally: Counter[str] = Counter()
    for doc in report.documents:
        tally.update(doc.tally)
    cases = {
        "events_recall": tally["event_gold"],
        "events_precision": tally["event_right"] + tally["event_wrong"],
        "events_judged_share": tally["event_found"],
        "not_events_taken": tally["not_event_gold"],
        "actors_recall": sum(tally[f"actor_gold_{kind}"] for kind in ACTOR_TYPES),
        "actors_precision": tally["actor_found"],
        "statistics_recall": tally["stat_gold"],
        "metadata": tally["metadata_scored"],
        **{kind: tally[f"actor_gold_{kind}"] for kind in ACTOR_TYPES},
    }
    # A share of nothing (no person in the gold: "person=1.000") says nothing: it is not saved to be shown.
    totals = {name: value for name, value in totals.items() if cases.get(name, 1)}
    try:
        gold = gold_dir.relative_to(project_dir).as_posix()
    except ValueError:
        gold = gold_dir.name  # outside the project: its own name, never a path of the machine that measured
    scores = MeasuredScores(
        measured=(today or date.today()).isoformat(),
        gold=gold,
        documents=int(documents),
        totals=tuple((name, _format(value)) for name, value in totals.items()),
    )
    return curation.write_scores(pipeline.BuildSettings(project_dir=project_dir).curated_dir, scores)


def _metadata_cell(doc: DocumentScore) -> str:
    if not doc.tally["metadata_scored"]:
        return "-"
    return "right" if doc.metadata_right else "WRONG"


def _ratio(part: int, whole: int, *, empty: float = 1.0) -> float:
    return part / whole if whole else empty


def _format(value: float | str | int) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)
