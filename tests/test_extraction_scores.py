"""Scores the extractor against hand annotations of the five seeds (tests/annotations/) and fails below the targets."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import REPO
from nea_site.curation import read_vocabulary
from nea_site.model import DocumentRecord
from nea_site.pipeline import BuildSettings, produce_records

GOLD = REPO / "tests" / "annotations"
SCORED_ACTOR_TYPES = {"organization", "person", "agreement", "initiative"}
TARGETS = {
    "events_recall": 0.90,
    "events_precision": 0.85,
    "statistics_recall": 0.90,
    "countries_recall": 0.95,
    "actors_recall": 0.85,
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _digits(text: str) -> str:
    return re.sub(r"[^\d./]", "", text)


@pytest.fixture(scope="module")
def scores(seed_project: Path) -> dict[str, float]:
    found = {r.source: r for r in produce_records(BuildSettings(project_dir=seed_project)).records}
    vocabulary = read_vocabulary(seed_project / "corpus" / "curated")
    countries = {a.id for a in vocabulary.actors if a.type == "country"}
    aliases = {
        a.id: {_norm(x).lower() for x in (*a.aliases.en, *a.aliases.zh, a.name.en or "", a.name.zh or "")}
        for a in vocabulary.actors
    }
    tally: Counter[str] = Counter()
    for path in sorted(GOLD.glob("*.yml")):
        gold: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        record = found[gold["source"]]
        _score_events(gold, record, tally)
        _score_statistics(gold, record, tally)
        _score_countries(gold, record, countries, tally)
        _score_actors(gold, record, aliases, tally)
    result = {
        "events_recall": tally["event_hit"] / max(tally["event_gold"], 1),
        "events_precision": tally["event_true"] / max(tally["event_found"], 1),
        "statistics_recall": tally["stat_hit"] / max(tally["stat_gold"], 1),
        "countries_recall": tally["country_hit"] / max(tally["country_gold"], 1),
        "actors_recall": tally["actor_hit"] / max(tally["actor_gold"], 1),
    }
    print("\nextraction scores: " + ", ".join(f"{k}={v:.3f}" for k, v in result.items()))
    print("counts: " + ", ".join(f"{k}={v}" for k, v in sorted(tally.items())))
    return result


def _event_matches(gold_event: dict[str, Any], quote: str, date: str) -> bool:
    return _norm(gold_event["cue"]) in _norm(quote) and date.startswith(str(gold_event["date"]))


def _score_events(gold: dict[str, Any], record: DocumentRecord, tally: Counter[str]) -> None:
    events = [(e.evidence.quote, e.date.iso()) for e in record.events]
    for gold_event in gold.get("events") or []:
        tally["event_gold"] += 1
        tally["event_hit"] += any(_event_matches(gold_event, q, d) for q, d in events)
    for quote, date in events:
        tally["event_found"] += 1
        tally["event_true"] += any(_event_matches(g, quote, date) for g in gold.get("events") or [])


def _score_statistics(gold: dict[str, Any], record: DocumentRecord, tally: Counter[str]) -> None:
    claims = [(c.evidence.quote, {_digits(q.text) for q in c.numbers}) for c in record.claims if c.kind == "statistic"]
    for item in gold.get("statistics") or []:
        tally["stat_gold"] += 1
        number = _digits(str(item["number"]))
        tally["stat_hit"] += any(_norm(item["cue"]) in _norm(q) and number in nums for q, nums in claims)


def _score_countries(gold: dict[str, Any], record: DocumentRecord, countries: set[str], tally: Counter[str]) -> None:
    found = Counter(m.actor for m in record.mentions if m.actor in countries)
    for country, count in (gold.get("countries") or {}).items():
        tally["country_gold"] += count
        tally["country_hit"] += min(count, found.get(country, 0))


def _score_actors(
    gold: dict[str, Any], record: DocumentRecord, aliases: dict[str, set[str]], tally: Counter[str]
) -> None:
    surfaces = {_norm(m.surface).lower() for m in record.mentions}
    mentioned = {m.actor for m in record.mentions}
    for item in gold.get("actors") or []:
        if item["type"] not in SCORED_ACTOR_TYPES:
            continue
        tally["actor_gold"] += 1
        name = _norm(item["name"]).lower()
        tally["actor_hit"] += name in surfaces or any(name in aliases.get(a, set()) for a in mentioned)


@pytest.mark.parametrize("metric", sorted(TARGETS))
def test_extraction_meets_target(scores: dict[str, float], metric: str) -> None:
    assert scores[metric] >= TARGETS[metric], f"{metric} = {scores[metric]:.3f} < {TARGETS[metric]}"
