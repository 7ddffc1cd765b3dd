"""An event's label: its sentence, without a news dateline or a wiki citation, cut near a length limit."""

from __future__ import annotations

import re

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
