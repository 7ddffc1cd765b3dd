"""The seeds' event groups: a golden file of every group with its reason, and the two the issue names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from nea_site.group import EventGroup, collect_event_groups
from nea_site.pipeline import BuildSettings, produce_records
from nea_site.records import dump_yaml


@pytest.fixture(scope="module")
def seed_groups(seed_project: Path) -> list[EventGroup]:
    return collect_event_groups(produce_records(BuildSettings(project_dir=seed_project)).records)


def test_seed_groups_match_golden(seed_groups: list[EventGroup], golden: Callable[[str, str], None]) -> None:
    plain = [
        {
            "id": g.id,
            "date": g.date.iso(),
            "events": [{"id": e.id, "source": r.source, "quote": e.evidence.quote} for e, r in g.members],
            "reason": g.reason,
        }
        for g in seed_groups
    ]
    golden("groups/seeds.yml", dump_yaml(plain))


@pytest.mark.parametrize(("date", "actor"), [("2011-09", "trilateral-cooperation-secretariat"), ("1999", None)])
def test_the_founding_and_the_start_each_form_one_group_of_english_and_chinese(
    seed_groups: list[EventGroup], date: str, actor: str | None
) -> None:
    found = [g for g in seed_groups if g.date.iso().startswith(date)]
    assert len(found) == 1
    (group,) = found
    assert sorted(r.lang for _, r in group.members) == ["en", "zh"]
    if actor:
        assert all(actor in e.actors for e, _ in group.members)


def test_a_group_holds_one_event_per_document(seed_groups: list[EventGroup]) -> None:
    for group in seed_groups:
        sources = [r.id for _, r in group.members]
        assert len(sources) == len(set(sources)) >= 2
