"""An event's record and label: its sentence, without a news dateline or a wiki citation, cut near a length limit."""

from __future__ import annotations

import re

from nea_site.extract.date_resolve import DateSpan
from nea_site.extract.fast_new import maker
from nea_site.model import ActorId, Event, EventId, Lang, LocalizedText, Provenance, SourceId, ThemeId
from nea_site.model.ids import content_hash
from nea_site.text.dateline_patterns import OPENING_DATELINE_RES
from nea_site.text.script import to_simplified

MAX_LABEL_CHARS = {"en": 140, "zh": 60}


def make_label(text: str, cjk: bool) -> str:
    """A short label in the source language: the sentence, cut at a clause boundary near the limit."""
    limit = MAX_LABEL_CHARS["zh" if cjk else "en"]
    label = _without_dateline(text.strip()).rstrip("。.;；")
    if len(label) <= limit:
        return label
    cut = max(label.rfind(mark, 0, limit) for mark in ("，", "；", ", ", "; "))
    if cut < limit // 3:
        cut = label.rfind(" ", 0, limit) if " " in label else limit
    return label[: max(cut, 1)].rstrip("，,；; ") + "…"


def _without_dateline(sentence: str) -> str:
    """The sentence without a news dateline opening it ("SEOUL, May 27, 2024 — ", "新华社首尔5月27日电（记者张伟）").

    The label says what happened; the record's date and source say where and when it was reported.
    """
    simplified = to_simplified(sentence)
    for pattern in OPENING_DATELINE_RES:
        match = pattern.match(simplified)
        if match and match.end() < len(sentence):
            return sentence[match.end() :].lstrip(" ：:，,")
    return sentence


def without_citation_tail(sentence: str) -> str:
    """The sentence up to the wiki citation ("<ref>{{cite web …}}</ref>") that follows its words, if any."""
    if "<ref" not in sentence and "<REF" not in sentence:
        return sentence
    cut = _REF_START_RE.search(sentence)
    return sentence[: cut.start()].rstrip() if cut and cut.start() > 0 else sentence


_REF_START_RE = re.compile(r"<ref\b", re.IGNORECASE)


def make_event(
    source_id: SourceId,
    sentence: str,
    paragraph: int,
    actors: tuple[ActorId, ...],
    themes: tuple[ThemeId, ...],
    date: DateSpan,
    cjk: bool,
) -> Event:
    """The event that a sentence's resolved date makes: labelled and quoted by the sentence (no wiki citation)."""
    assert date.start is not None
    text = without_citation_tail(sentence)
    label = make_label(text, cjk)
    lang: Lang = "zh" if cjk else "en"
    # Made without their __init__ (fast_new): the fields by position, in declared order (test_fast_new checks).
    return _event(
        EventId(f"ev-{date.start.iso()}-{content_hash(source_id, text, date.expression)}"),
        date.start,
        date.end,
        date.precision,
        date.resolution,
        _text(label if lang == "en" else None, label if lang == "zh" else None, lang),
        actors,
        themes,
        _provenance(source_id, paragraph, text),
        False,
    )


_event = maker(Event)
_text = maker(LocalizedText)
_provenance = maker(Provenance)
