"""Dates a document's parts give its text: a heading's date, and the month a text dated to a year only names.

Split from extract.py (which runs every extractor over one document).
"""

from __future__ import annotations

from dataclasses import replace

from nea_site.extract.dates import DateSpan, find_dates, month_anchor, resolve_again
from nea_site.extract.events import SentenceContext
from nea_site.model import DateMention, PartialDate, Section
from nea_site.text.script import to_simplified


def counted_from_month(
    sentences: list[SentenceContext],
    dates: list[DateMention],
    anchor: PartialDate,
    heading_dates: dict[str, PartialDate],
) -> tuple[list[SentenceContext], list[DateMention]]:
    """A text dated to a year only: "this month", "next month" counted from the latest month it names.

    Not under a dated heading (there the heading's date counts).
    """
    month = month_anchor([d.start for d in dates], anchor) if any(d.start is None for d in dates) else None
    if month is None:
        return sentences, dates
    undated = {s.paragraph.index for s in sentences if s.paragraph.section_id not in heading_dates}
    for i, sentence in enumerate(sentences):
        if sentence.paragraph.index in undated and any(s.start is None for s in sentence.dates):
            sentences[i] = replace(sentence, dates=tuple(resolve_again(s, month) for s in sentence.dates))
    again = []
    for mention in dates:
        if mention.start is None and mention.paragraph in undated:
            span = resolve_again(_as_span(mention), month)
            mention = replace(mention, start=span.start, end=span.end, resolution=span.resolution)
        again.append(mention)
    return sentences, again


def _as_span(mention: DateMention) -> DateSpan:
    return DateSpan(
        start_offset=0,
        end_offset=len(mention.expression),
        expression=mention.expression,
        start=mention.start,
        end=mention.end,
        precision=mention.precision,
        resolution=mention.resolution,
    )


def section_heading_dates(sections: tuple[Section, ...], anchor: PartialDate | None) -> dict[str, PartialDate]:
    """The date a section's heading names ("2015年", "The 2008 summit"), or its parent's: what its text is about."""
    found: dict[str, PartialDate] = {}
    for section in sections:  # in document order: a parent comes before its children
        spans = (
            find_dates(to_simplified(section.title), anchor=anchor) if any(c.isdigit() for c in section.title) else []
        )
        own = next((s.start for s in spans if s.start is not None and s.precision != "decade"), None)
        date = own or (found.get(section.parent) if section.parent is not None else None)
        if date is not None:
            found[section.id] = date
    return found
