"""Events a document tells before they happen: dated after the document's own date, they are marked scheduled."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from nea_site import lexicon
from nea_site.model import Event, PartialDate
from nea_site.text.header_patterns import YEAR_FUTURE_RE

# A sentence opening with its date ("On 26 November Roe replied …", "3 In December 1956 the talks were held"),
# then a verb told in the past: what an English chronicle or note tells as done (lexicon date_opening_words,
# past_tense_words).
_OPENING_DATE_RE = re.compile(
    rf"\s*(?:\d{{1,3}}\s+)?(?:{lexicon.alternation(lexicon.current().words('date_opening_words', 'en'))})"
    r"\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z0-9]"
)
_PAST_RE = re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.current().words('past_tense_words', 'en'))})\b|\b[a-z]{{3,}}ed\b"
)


def marked_scheduled(events: Sequence[Event], published: PartialDate | None) -> tuple[Event, ...]:
    """The events, each dated after `published` marked scheduled (an announcement or a plan when written).

    Not one an English sentence opening with its date tells as done, with no word of what is to come: an editor's
    note under an old record ("On 26 November Roe replied …" below a cable of the 22nd) tells history, no plan.
    """
    if published is None:
        return tuple(events)
    return tuple(
        replace(e, scheduled=True) if is_after(e.date, published) and not _told_as_done(e.evidence.quote) else e
        for e in events
    )


def _told_as_done(quote: str) -> bool:
    if not quote.isascii():
        return False  # other languages' tenses are not read here
    if _OPENING_DATE_RE.match(quote) is None or YEAR_FUTURE_RE.search(quote) is not None:
        return False  # "Doe said that the council had agreed to … by December": reported, a plan when written
    return _PAST_RE.search(quote) is not None


def is_after(date: PartialDate, published: PartialDate) -> bool:
    """The date lies after the text's own, compared at the precision both have ("2024-06" after "2024-05-22")."""
    own = (date.year, date.month, date.day)
    then = (published.year, published.month, published.day)
    common = next((i for i in range(3) if own[i] is None or then[i] is None), 3)
    return own[:common] > then[:common]
