"""footnotes: reference marks stripped with offsets, note text cleaned, labels resolved block by block."""

from __future__ import annotations

import pytest

from nea_site.parse.footnotes import NoteDraft, PendingRef, clean_note_text, resolve_refs, strip_refs


def test_strip_refs_removes_marks_and_keeps_offsets() -> None:
    text, refs = strip_refs("甲。<sup>[1]</sup>乙<sup>2</sup> c[^3] d<sup> [12] </sup>")
    assert text == "甲。乙 c d"
    assert [(r.offset, r.label, r.footnote_id) for r in refs] == [
        (2, "1", None),
        (3, "2", None),
        (5, "3", None),
        (7, "12", None),
    ]
    for ref, before in zip(refs, ["甲。", "甲。乙", "甲。乙 c", "甲。乙 c d"], strict=True):
        assert text[: ref.offset] == before


def test_title_star_is_not_a_reference() -> None:
    assert strip_refs("标题<sup>\\*</sup>") == ("标题", [])
    assert strip_refs("Title<sup>*</sup>") == ("Title", [])


def test_markdown_definition_is_not_a_reference() -> None:
    text, refs = strip_refs("[^4]: a definition")
    assert (text, refs) == ("[^4]: a definition", [])


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "王某：《报告》，[https://a.org/x\\\\_y](https://a.org/x_y)。",
            "王某：《报告》，https://a.org/x_y。",
        ),
        ("Doe, *Journal of Border Studies*, 2015.", "Doe, Journal of Border Studies, 2015."),
        ("See <https://example.org/a>.", "See https://example.org/a."),
        ("[Annual Report](https://example.org/r), **2020**", "Annual Report (https://example.org/r), 2020"),
        ("  同上，第9页。  ", "同上，第9页。"),
    ],
)
def test_clean_note_text(raw: str, clean: str) -> None:
    assert clean_note_text(raw) == clean


def _notes(*labels: str) -> list[NoteDraft]:
    return [NoteDraft(id=f"fn-{n}", label=label, text=f"note {n}", line=n) for n, label in enumerate(labels, start=1)]


def test_resolve_refs_uses_each_note_once_then_reuses() -> None:
    notes = _notes("1", "2", "1")
    refs = [PendingRef(0, "1"), PendingRef(1, "1"), PendingRef(2, "2"), PendingRef(3, "1")]
    left = resolve_refs(refs, notes)
    assert left == []
    # A second mark with the same label takes the next unused note; a third reuses the first ("同上" style).
    assert [r.footnote_id for r in refs] == ["fn-1", "fn-3", "fn-2", "fn-1"]
    assert all(n.used for n in notes)


def test_resolve_refs_returns_unresolved() -> None:
    refs = [PendingRef(0, "1"), PendingRef(5, "7")]
    left = resolve_refs(refs, _notes("1"))
    assert left == [PendingRef(5, "7")]
    assert refs[0].footnote_id == "fn-1"


def test_labels_restarting_per_block_resolve_within_their_block() -> None:
    page_one, page_two = _notes("1"), [NoteDraft(id="fn-2", label="1", text="second page", line=9)]
    first = [PendingRef(3, "1")]
    assert resolve_refs(first, page_one) == []
    second = [PendingRef(4, "1")]
    assert resolve_refs(second, page_two) == []
    assert (first[0].footnote_id, second[0].footnote_id) == ("fn-1", "fn-2")
