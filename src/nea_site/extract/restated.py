"""Paragraphs that a later part of the text says again whole: a bulletin's summary of its own items.

A news bulletin opens with its items' headlines ("13.甲地举办文化节；", "（4）例示法今天施行；") and reports each
below under that headline or with it in bold. What a summary line tells is told again where it is reported, so the
summary line dates no event of its own: one happening restated is one event, told where the text reports it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nea_site.model import Paragraph, Section

# A list item's number ("13.", "13、", "（4）", "(4)") and what ends a summary line ("；", ":", "。").
_ITEM_NUMBER_RE = re.compile(r"\s*(?:[0-9]{1,2}\s*[.．、]|[（(][0-9]{1,2}[)）])?\s*")
_ITEM_END_RE = re.compile(r"[\s；;：:。，,]+$")
MIN_RESTATED_CHARS = 8  # shorter lines ("国内联播快讯") are labels, said again as often as they like
MAX_RESTATED_CHARS = 120  # longer ones are no headline


def restated_paragraphs(paragraphs: Sequence[Paragraph], sections: Sequence[Section]) -> frozenset[int]:
    """The paragraphs (indexes) whose text, less its number and closing mark, a later heading or paragraph holds."""
    rank = {section.id: i for i, section in enumerate(sections)}
    joined = "\n".join(p.text for p in paragraphs)  # found with str.find from a paragraph's end: no slices copied
    ends = [0] * len(paragraphs)
    at = 0
    for i, paragraph in enumerate(paragraphs):
        at += len(paragraph.text)
        ends[i] = at
        at += 1
    restated: set[int] = set()
    for i, paragraph in enumerate(paragraphs):
        text = paragraph.text
        if len(text) < MIN_RESTATED_CHARS or len(text) > MAX_RESTATED_CHARS + 8:
            continue  # most paragraphs: longer than any headline
        number = _ITEM_NUMBER_RE.match(text)
        item = _ITEM_END_RE.sub("", text[number.end() if number else 0 :])
        if not MIN_RESTATED_CHARS <= len(item) <= MAX_RESTATED_CHARS:
            continue
        own = rank.get(paragraph.section_id or "", -1)
        if joined.find(item, ends[i]) >= 0 or any(item in section.title for section in sections[own + 1 :]):
            restated.add(paragraph.index)
    return frozenset(restated)
