"""Whom a family name alone names in a document of a given year: the one person of that name then in office.

Records and newspapers name leaders by family name ("MR KISHI welcomed MR MENZIES", "Secretary Rogers said").
Where the document does not give the full name, the vocabulary's people with their years in office
(`in_office` in the curated vocabulary) decide: a family name names a person when exactly one of the people in
office in the document's year has it (with a year's margin for a record written just before or after a term).
A name two of them share, or none, stays a discovered person; so does one that very many officials share
(lexicon `family_names_too_common`: Kim, Lee, Wang…), where the vocabulary's few cannot stand for all.
"""

from __future__ import annotations

from functools import cache

from nea_site import lexicon
from nea_site.model import ActorId, Vocabulary

_MARGIN = 1  # years before the first and after the last year in office


def family_names(vocabulary: Vocabulary, year: int) -> dict[str, ActorId]:
    """Folded family name -> the one vocabulary person in office in `year` whose name begins or ends with it.

    The name is the vocabulary's English name: its last word, and for a name not transliterated into Chinese with a
    dot also its first (a Japanese, Korean or Chinese name puts the family name first).
    """
    people = {a.id: a for a in vocabulary.actors if a.type == "person" and a.name.en}
    titles = _title_words()
    owners: dict[str, set[ActorId]] = {}
    for actor_id, first, last in vocabulary.in_office:
        if actor_id not in people or not first - _MARGIN <= year <= (last if last is not None else year) + _MARGIN:
            continue
        person = people[actor_id]
        # A name transliterated into Chinese with a dot ("乔治·马歇尔") is Western: its family name is the last
        # word. Otherwise either end may be it: "Kishi Nobusuke", "Moon Jae-in", "Nobusuke Kishi"; and an older
        # romanisation among the aliases gives its own ("Chou En-lai": Chou).
        western = any(dot in (person.name.zh or "") for dot in "·・")
        forms = (person.name.en,) if western else (person.name.en, *person.aliases.en)
        for form in forms:
            words = [w for w in (form or "").split() if w[:1].isupper() and not w.endswith(".")]
            if len(words) < 2 or words[0] in titles:
                continue
            for word in (words[-1],) if western else (words[0], words[-1]):
                owners.setdefault(word.casefold(), set()).add(actor_id)
    common = _too_common()
    return {word: next(iter(ids)) for word, ids in owners.items() if len(ids) == 1 and word not in common}


@cache
def _title_words() -> frozenset[str]:
    """First words of the lexicon's English titles: an alias opening with one is an office, not a name."""
    return frozenset(t.split()[0] for t in lexicon.current().words("person_titles", "en") if t[:1].isupper())


@cache
def _too_common() -> frozenset[str]:
    """Family names so many officials share that one alone names no one ("Mr Lee"): lexicon list, folded."""
    return frozenset(w.casefold() for w in lexicon.current().words("family_names_too_common", "en"))
