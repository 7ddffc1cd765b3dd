"""What the grouping rule compares of an event: its date, its actors by type, its kind, numbers and words.

Language-independent evidence comes first: actor ids, dates and the numbers a sentence gives (ordinals included:
'the 10th meeting', '第十次会议' and '제10차 회의' all give 10). Kinds of happening and ordinal words are word
lists of the lexicon (group_kind_*, group_ordinals); the sentence's own words are compared last, and only mean
something between texts of one script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nea_site import lexicon
from nea_site.model import Actor, ActorId, DocumentRecord, Event, PartialDate
from nea_site.text.literals import ASCII_WORD_CHARS, Literals
from nea_site.text.numerals import han_number

KINDS = ("began", "signed", "met", "in_force", "office", "visited")
SPECIFIC_TYPES = frozenset({"organization", "person", "agreement", "initiative"})

# A date written in a CJK text ('2011年9月1日', '2011년 9월', '9月1日'), or an ISO date: its numbers are the
# date's, not a count or an ordinal of the happening.
_CJK_DATE_RE = re.compile(r"\d{1,4}\s?[年년月월日일号]|\d{4}-\d{1,2}(?:-\d{1,2})?")
# A number inside a name: 'ASEAN+3', '10+3', 'G20' gives no count of the happening.
_NAME_NUMBER_RE = re.compile(r"\d*\s?[+＋]\s?\d+|[A-Za-z]\d+")
# A year as texts write it, to cut a sentence of several dates into the clause of each.
_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_HAN_ORDINAL_RE = re.compile(r"第\s?([〇零一二三四五六七八九十百]+|\d+)")
_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN_WORD_RE = re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]")
_CJK_RUN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+")


@dataclass(frozen=True, slots=True)
class EventFeatures:
    """One event as the grouping rule sees it."""

    event: Event
    record: DocumentRecord
    specific: frozenset[ActorId]  # organisations, people, agreements, initiatives (and ids of no known type)
    places: frozenset[ActorId]
    countries: frozenset[ActorId]
    people: frozenset[ActorId]  # the specific actors that are persons
    kinds: frozenset[str]
    numbers: frozenset[int]
    words: frozenset[str]  # Latin words (common ones left out) and CJK character pairs
    script: str  # "latin" or "cjk": the script most of the quote is in
    shared_sentence: bool  # the sentence gives several years: this event is dated by one clause of it

    @property
    def date(self) -> PartialDate:
        """The event's (start) date."""
        return self.event.date


@dataclass(frozen=True, slots=True)
class _Matchers:
    kinds: Literals[str]  # kind words (Latin ones lower-cased) -> kind
    ordinals: Literals[int]  # ordinal words -> value
    common: frozenset[str]
    latin_date: re.Pattern[str]


@lru_cache(maxsize=4)
def _matchers(version: str) -> _Matchers:
    del version  # the lexicon's version keys the cache
    words = lexicon.current()
    kinds = [(w.lower(), kind) for kind in KINDS for w in words.words(f"group_kind_{kind}")]
    ordinals = []
    for entry in words.words("group_ordinals"):
        word, _, value = entry.partition("=")
        ordinals.append((word.lower(), int(value)))
    common = frozenset(w.lower() for w in words.words("group_common_words"))
    months = sorted(words.words("written_months", "en"), key=len, reverse=True)
    month_names = "|".join(re.escape(m) for m in months) + "|" + "|".join(re.escape(m[:3]) + r"\.?" for m in months)
    latin_date = re.compile(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{month_names})\b|\b(?:{month_names})\s+\d{{1,2}}\b", re.IGNORECASE
    )
    return _Matchers(Literals(kinds), Literals(ordinals), common, latin_date)


def _words_in(lowered: str, found: list[tuple[int, int, str]] | list[tuple[int, int, int]]) -> list[object]:
    """Values of occurrences that are whole words (a Latin word must not touch a letter or digit)."""
    out: list[object] = []
    for start, end, value in found:
        word = lowered[start:end]
        if word[:1] in ASCII_WORD_CHARS and start > 0 and lowered[start - 1] in ASCII_WORD_CHARS:
            continue
        if word[-1:] in ASCII_WORD_CHARS and end < len(lowered) and lowered[end] in ASCII_WORD_CHARS:
            continue
        out.append(value)
    return out


def kinds_of(text: str) -> frozenset[str]:
    """The kinds of happening a sentence names: {'began'} for 'The secretariat was established in 2011'."""
    matchers = _matchers(lexicon.current().version)
    lowered = text.lower()
    return frozenset(str(v) for v in _words_in(lowered, matchers.kinds.find_all(lowered)))


def numbers_of(text: str) -> frozenset[int]:
    """Whole numbers a sentence gives besides its dates: counts and ordinals ('10th', '第十次', 'first')."""
    matchers = _matchers(lexicon.current().version)
    text = _NAME_NUMBER_RE.sub(" ", matchers.latin_date.sub(" ", _CJK_DATE_RE.sub(" ", text)))
    found: set[int] = set()
    for match in _HAN_ORDINAL_RE.finditer(text):
        value = han_number(match.group(1)) if not match.group(1).isdigit() else int(match.group(1))
        if value is not None:
            found.add(value)
    for match in _DIGITS_RE.finditer(text):
        digits = match.group().replace(",", "")
        if "." in digits:
            continue  # a share or an amount: a figure, left to the statistics
        value = int(digits)
        if not 1000 <= value <= 2100:  # a year of its own ('since 1999') is a date, not a number of the happening
            found.add(value)
    lowered = text.lower()
    found.update(int(str(v)) for v in _words_in(lowered, matchers.ordinals.find_all(lowered)))
    return frozenset(found)


def words_of(text: str) -> frozenset[str]:
    """Latin words (lower case, common ones left out) and pairs of CJK characters: what wordings share."""
    common = _matchers(lexicon.current().version).common
    lowered = text.lower()
    out = {w for w in _LATIN_WORD_RE.findall(lowered) if w not in common and len(w) > 1}
    for run in _CJK_RUN_RE.findall(text):
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(out)


def script_of(text: str) -> str:
    """The script most of a text is in: "cjk" when CJK characters outnumber Latin letters, else "latin"."""
    cjk = sum(len(run) for run in _CJK_RUN_RE.findall(text))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "cjk" if cjk > latin else "latin"


def event_features(event: Event, record: DocumentRecord, actors: dict[ActorId, Actor]) -> EventFeatures:
    """The features of one event; an actor id of no known type counts as specific (it was found as a name)."""
    specific: set[ActorId] = set()
    places: set[ActorId] = set()
    countries: set[ActorId] = set()
    for actor_id in event.actors:
        actor = actors.get(actor_id)
        kind = actor.type if actor is not None else "organization"
        if kind == "country":
            countries.add(actor_id)
        elif kind == "place":
            places.add(actor_id)
        else:
            specific.add(actor_id)
    quote = date_clause(event.evidence.quote, event.date)
    if quote != event.evidence.quote:  # a sentence of several dates: the actors named in this date's clause
        named = _named_in(record, event, quote)
        specific, places, countries = specific & named, places & named, countries & named
    people = {a for a in specific if (actor := actors.get(a)) is not None and actor.type == "person"}
    return EventFeatures(
        event=event,
        record=record,
        specific=frozenset(specific),
        places=frozenset(places),
        countries=frozenset(countries),
        people=frozenset(people),
        kinds=kinds_of(quote),
        numbers=numbers_of(quote),
        words=words_of(quote),
        script=script_of(quote),
        shared_sentence=quote != event.evidence.quote,
    )


def date_clause(text: str, date: PartialDate) -> str:
    """The part of a sentence of several years that belongs to `date`: from the year before to the year after.

    A CJK text opens a clause with its date ('2008年6月在东京举行…'): the clause runs to the next year. A Latin
    text may close it ('… signed the pact in 2020'): the clause also takes the text since the year before.
    """
    years = list(_YEAR_RE.finditer(text))
    if len(years) < 2:
        return text
    own = [k for k, m in enumerate(years) if int(m.group()) == date.year]
    if not own:
        return text
    k = own[0]
    if date.month is not None:
        for candidate in own:
            after = text[years[candidate].end() : years[candidate].end() + 4]
            if re.match(rf"\s?[年년]\s?0?{date.month}\s?[月월]", after) or re.match(rf"-0?{date.month}\b", after):
                k = candidate
                break
    start = years[k - 1].end() if k > 0 and script_of(text) == "latin" else years[k].start()
    end = years[k + 1].start() if k + 1 < len(years) else len(text)
    return text[start:end]


def _named_in(record: DocumentRecord, event: Event, clause: str) -> frozenset[ActorId]:
    """The event's actors whose name (as the paragraph writes it) is in `clause`."""
    surfaces: dict[ActorId, set[str]] = {}
    for mention in record.mentions:
        if mention.paragraph == event.evidence.paragraph and mention.actor in event.actors:
            surfaces.setdefault(mention.actor, set()).add(mention.surface)
    return frozenset(a for a, names in surfaces.items() if any(name in clause for name in names))


def dates_agree(a: PartialDate, b: PartialDate) -> bool:
    """Whether two dates agree at the coarser precision of the two: 2011-09-01 agrees with 2011-09 and 2011."""
    if a.year != b.year:
        return False
    if a.month is None or b.month is None:
        return True
    if a.month != b.month:
        return False
    return a.day is None or b.day is None or a.day == b.day


def finer(a: PartialDate, b: PartialDate) -> PartialDate:
    """The more precise of two agreeing dates."""
    order = {"year": 0, "month": 1, "day": 2}
    return a if order[a.precision] >= order[b.precision] else b
