"""The actors a document's own title names: "LETTER FROM SATO TO McMAHON", "Record of Conversation Between …".

A record's title often names its parties and nothing else does: a letter's writer and addressee, a conversation's
two sides, a cable's destination. The title's vocabulary names become mentions like a heading's (paragraph 0,
section "title": counted for the document, not linked in its text), and so do family names after the words that
introduce a party in such titles (lexicon `title_party_words`: from, to, between, and, with, by) when one
vocabulary person of that name was in office in the document's year (discover/period_people.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from nea_site import lexicon
from nea_site.extract.actors import Gazetteer, find_actor_spans, heading_mentions
from nea_site.model import ActorId, Mention

TITLE_SECTION = "title"  # Mention.section of a name in the document's title


def title_mentions(
    title: str | None,
    gazetteer: Gazetteer,
    family: Mapping[str, ActorId],
    *,
    skip: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Mentions in the document's title. `skip`: folded surfaces never linked from a title (bare head words)."""
    if not title:
        return []
    spans = [s for s in find_actor_spans(title, gazetteer) if s.surface.casefold() not in skip]
    found = heading_mentions(spans, gazetteer, TITLE_SECTION)
    if family:
        for match in _party_re().finditer(title):
            word = match.group("name")
            actor = family.get(word.casefold())
            start = match.start("name")
            if actor is not None and not any(s.start < start + len(word) and start < s.end for s in spans):
                found.append(Mention(actor=actor, surface=word, paragraph=0, offset=start, section=TITLE_SECTION))
    found.sort(key=lambda m: m.offset)
    return found


@cache
def _party_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lexicon.current().words("title_party_words", "en"))
    return re.compile(rf"(?<![\w-])(?i:{words})\s+(?P<name>[A-Z][A-Za-z'’\-]+)")
