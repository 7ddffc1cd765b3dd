"""The ledger of published records: what a rebuild withdraws, where a record moved, and the file's round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from nea_site.errors import RenderError
from nea_site.render.withdrawn import (
    Published,
    ledger_text,
    merge_ledger,
    notices,
    quote_digest,
    read_ledger,
    write_ledger,
)

Q1, Q2, Q3 = (quote_digest(q) for q in ("Ports grew.", "Trade fell  in 2019.", "A ferry opened."))


def _now(*entries: Published) -> dict[str, Published]:
    return {e.record: e for e in entries}


def test_quote_digest_ignores_spacing_only() -> None:
    assert quote_digest("Trade fell in 2019.") == Q2 != quote_digest("Trade fell in 2018.")


def test_unchanged_build_withdraws_nothing() -> None:
    now = _now(Published("ev-1", "a", 2, Q1), Published("cl-2", "a", 3, Q2))
    ledger, withdrawn = merge_ledger(now, now)
    assert ledger == now and withdrawn == []


def test_a_record_gone_with_its_sentence_is_withdrawn_and_stays_so() -> None:
    old = _now(Published("ev-1", "a", 2, Q1), Published("cl-2", "a", 3, Q2))
    now = _now(Published("ev-1", "a", 2, Q1))
    ledger, [w] = merge_ledger(old, now)
    assert (w.old.record, w.old.state, w.new) == ("cl-2", "withdrawn", None)
    assert ledger["cl-2"].state == "withdrawn"
    again, [w2] = merge_ledger(ledger, now)  # the next build still gives it its page
    assert again == ledger and w2 == w


def test_a_record_whose_sentence_is_quoted_by_a_new_id_moved_there() -> None:
    old = _now(Published("cl-2-asse", "a", 3, Q2))
    now = _now(
        Published("cl-9-pred", "b", 1, Q2),  # another document quoting the same sentence
        Published("cl-5-stat", "a", 4, Q2),  # the same document: preferred
        Published("ev-7", "a", 4, Q2),  # an event is no claim
    )
    ledger, [w] = merge_ledger(old, now)
    assert w.new is not None and w.new.record == "cl-5-stat"
    assert ledger["cl-2-asse"] == Published("cl-2-asse", "a", 3, Q2, "moved", "cl-5-stat")


def test_an_id_built_again_is_published_again() -> None:
    withdrawn = _now(Published("ev-1", "a", 2, Q1, "withdrawn"))
    ledger, withdrawals = merge_ledger(withdrawn, _now(Published("ev-1", "a", 5, Q1)))
    assert withdrawals == [] and ledger["ev-1"] == Published("ev-1", "a", 5, Q1)


def test_ledger_file_round_trip_is_sorted_and_stable(tmp_path: Path) -> None:
    old = _now(Published("ev-1", "a", 2, Q1), Published("cl-2", "a", 3, Q2), Published("cl-3", "b", 1, Q3))
    ledger, _ = merge_ledger(old, _now(Published("ev-1", "a", 2, Q1), Published("cl-8", "c", 1, Q3)))
    path = tmp_path / "published.tsv"
    write_ledger(path, ledger)
    assert read_ledger(path) == ledger
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[1:] == sorted(lines[1:]) and lines[1:] == ledger_text(ledger).splitlines()[1:]
    assert "cl-3\tb\t1\t" + Q3 + "\tmoved cl-8" in lines
    assert not list(tmp_path.glob("*.staging"))
    assert read_ledger(tmp_path / "none.tsv") == {}


def test_a_broken_ledger_line_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "published.tsv"
    path.write_text("# header\nev-1\ta\t2\tabc\tlost\n", encoding="utf-8")
    with pytest.raises(RenderError, match=r"published.tsv:2"):
        read_ledger(path)


def test_notices_anchor_each_old_id_of_the_document() -> None:
    old = _now(Published("cl-2", "a", 3, Q2), Published("ev-4", "b", 1, Q1), Published("ev-1", "a", 2, Q1))
    _, withdrawn = merge_ledger(old, _now(Published("ev-9", "a", 2, Q1)))
    html = notices(withdrawn, "a", "documents/a.md", lambda key: key)
    assert html.count("<li id=") == 2 and '<li id="cl-2">' in html and '<li id="ev-1">' in html
    assert 'href="../../withdrawn/cl-2/"' in html and "withdrawn_moved_short" in html
    assert notices(withdrawn, "c", "documents/c.md", lambda key: key) == ""
