"""Scores that `nea-site score` measured on hand-annotated documents: what the About page says about trust."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class MeasuredScores:
    measured: str  # the day the scores were measured, "YYYY-MM-DD"
    gold: str  # the folder of annotated documents, as the project names it
    documents: int
    totals: tuple[tuple[str, str], ...]  # measure -> value as `score` prints it ("0.850", "4/16"), in its order
