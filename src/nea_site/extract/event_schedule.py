"""Events a document tells before they happen: dated after the document's own date, they are marked scheduled."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from nea_site.model import Event, PartialDate


def marked_scheduled(events: Sequence[Event], published: PartialDate | None) -> tuple[Event, ...]:
    """The events, each dated after `published` marked scheduled (an announcement or a plan when written)."""
    if published is None:
        return tuple(events)
    return tuple(replace(e, scheduled=True) if is_after(e.date, published) else e for e in events)


def is_after(date: PartialDate, published: PartialDate) -> bool:
    """The date lies after the text's own, compared at the precision both have ("2024-06" after "2024-05-22")."""
    own = (date.year, date.month, date.day)
    then = (published.year, published.month, published.day)
    common = next((i for i in range(3) if own[i] is None or then[i] is None), 3)
    return own[:common] > then[:common]
