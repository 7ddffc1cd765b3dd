"""Chinese agreements that a generic word names, because the sentence says whose or which meeting's it is.

- A meeting's declaration: a generic document word right after a verb of issuing ("会后发表共同宣言。") in the
  sentence that names an ordinal meeting ("第四次甲乙丙领导人会议") or the next one, no year and no line between
  them: the meeting's declaration,
  "第四次甲乙丙领导人会议共同宣言". A generic word alone is no actor (lexicon zh `agreement_generic_words`); with
  the meeting it is one. Words: `agreement_issue_verbs`, `agreement_meeting_documents`, `meeting_nouns`.
- The parties and a signing verb before a generic agreement word ("甲乙丙正式签署投资协定"): when the parties'
  name and the agreement word together are a vocabulary agreement's name ("甲乙丙投资协定"), the words name that
  agreement. Words: `agreement_signing_verbs`, `agreement_signing_adverbs`.
- A title that lists its parties' governments ("《甲国政府、乙国政府及丙国政府关于…的协定》"): when the vocabulary
  names the parties by a group ("甲乙丙") and knows "甲乙丙关于…的协定", the title names that agreement.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from nea_site import lexicon
from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import ZH_PUNCT, Found
from nea_site.model import ActorId, ActorType
from nea_site.text.script import to_simplified

_ORDINAL = r"第[〇零一二三四五六七八九十百\d]+[次届]"
MAX_MEETING = 24  # characters of a meeting's name after its ordinal
_SENTENCE_ENDS = "。！？"
_YEAR_RE = re.compile(r"\d{4}\s*年")


@lexicon.table
def _patterns(lex: lexicon.Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    def alternation(name: str) -> str:
        return "|".join(re.escape(w) for w in sorted(lex.words(name, "zh"), key=len, reverse=True))

    meeting = re.compile(rf"{_ORDINAL}[\u4e00-\u9fff]{{2,{MAX_MEETING}}}?(?:{alternation('meeting_nouns')})")
    declaration = re.compile(
        rf"(?:{alternation('agreement_issue_verbs')})了?({alternation('agreement_meeting_documents')})"
    )
    signed = re.compile(
        rf"(?:{alternation('agreement_signing_adverbs')})?(?:{alternation('agreement_signing_verbs')})了?([\u4e00-\u9fff]{{1,8}}?(?:{alternation('agreement_words')}))"
    )
    return meeting, declaration, signed


@lexicon.table
def _meeting_documents(lex: lexicon.Lexicon) -> tuple[str, ...]:
    return lex.words("agreement_meeting_documents", "zh")


@lexicon.table
def _signing_verbs(lex: lexicon.Lexicon) -> tuple[str, ...]:
    return lex.words("agreement_signing_verbs", "zh")


def meeting_declarations(text: str, simplified: str) -> list[Found]:
    """A generic declaration issued at the ordinal meeting named before it in the paragraph."""
    if not any(map(simplified.__contains__, _meeting_documents(lexicon.current()))):
        return []  # most paragraphs hold no declaration word: substring tests first
    meeting_re, declaration_re, _ = _patterns(lexicon.current())
    found: list[Found] = []
    for match in declaration_re.finditer(simplified):
        start, end = match.span(1)
        if end < len(simplified) and simplified[end] not in ZH_PUNCT:
            continue  # "发表联合声明草案": a word goes on, it is no bare declaration
        meetings = list(meeting_re.finditer(simplified, 0, match.start()))
        if not meetings:
            continue
        meeting = meetings[-1]
        between = simplified[meeting.end() : match.start()]
        if sum(between.count(mark) for mark in _SENTENCE_ENDS) > 1 or "\n" in between or _YEAR_RE.search(between):
            continue  # the declaration is another sentence's, a year's or a line's later: another meeting's
        name = text[meeting.start() : meeting.end()] + text[start:end]
        found.append(Found(start, end, name, "agreement", "meeting_declaration"))
    return found


def party_agreements(
    text: str,
    simplified: str,
    own: Sequence[Span],
    targets: Mapping[str, tuple[ActorId, ...]],
    kinds: Mapping[ActorId, ActorType],
) -> list[Found]:
    """A generic agreement word after its parties and a signing verb, named as the vocabulary's agreement."""
    if not any(map(simplified.__contains__, _signing_verbs(lexicon.current()))):
        return []
    _, _, signed_re = _patterns(lexicon.current())
    found: list[Found] = []
    for span in own:
        match = signed_re.match(simplified, span.end)  # "正式签署": an adverb may come first
        if match is None:
            continue
        start, end = match.span(1)
        ids = targets.get(to_simplified(span.surface) + simplified[start:end], ())
        if len(ids) == 1 and kinds.get(ids[0]) == "agreement":
            found.append(Found(start, end, text[start:end], "agreement", "party_agreement", actor=ids[0]))
    return found


_PARTY_JOINT_RE = re.compile(r"(?:政府)?(?:[、，,和及与]|以及)")
_GOVERNMENT = "政府"
_ABOUT = "关于"
_GROUPS: dict[int, tuple[Mapping[str, tuple[ActorId, ...]], dict[frozenset[ActorId], list[str]]]] = {}


def governments_titles(
    items: Sequence[Found],
    simplified: str,
    own: Sequence[Span],
    targets: Mapping[str, tuple[ActorId, ...]],
    kinds: Mapping[ActorId, ActorType],
) -> list[Found]:
    """Agreement titles that list their parties' governments, read as the vocabulary's name with the group's.

    "《甲国政府、乙国政府及丙国政府关于…的协定》" is the vocabulary's "甲乙丙关于…的协定" when the vocabulary names
    the three by a group ("甲乙丙") and knows that name: the find becomes that agreement.
    """
    if not any(item.type == "agreement" and _ABOUT in item.name for item in items):
        return list(items)
    countries = {s.start: s for s in own if s.actors and all(kinds.get(a) == "country" for a in s.actors)}
    out: list[Found] = []
    for item in items:
        known = _listed_parties(item, simplified, countries, targets, kinds) if item.type == "agreement" else None
        out.append(item if known is None else replace(item, actor=known))
    return out


def _listed_parties(
    item: Found,
    simplified: str,
    countries: Mapping[int, Span],
    targets: Mapping[str, tuple[ActorId, ...]],
    kinds: Mapping[ActorId, ActorType],
) -> ActorId | None:
    at, parties = item.start, set[ActorId]()
    while at in countries and at < item.end:
        span = countries[at]
        parties.update(span.actors)
        joint = _PARTY_JOINT_RE.match(simplified, span.end)
        if joint is None or joint.end() not in countries:
            at = span.end + (len(_GOVERNMENT) if simplified.startswith(_GOVERNMENT, span.end) else 0)
            break
        at = joint.end()
    if len(parties) < 2 or not simplified.startswith(_ABOUT, at):
        return None
    for group in _group_names(targets).get(frozenset(parties), ()):
        ids = targets.get(group + simplified[at : item.end], ())
        if len(ids) == 1 and kinds.get(ids[0]) == "agreement":
            return ids[0]
    return None


def _group_names(targets: Mapping[str, tuple[ActorId, ...]]) -> dict[frozenset[ActorId], list[str]]:
    """The vocabulary's Chinese names of several actors at once, by the actors they name; built once."""
    cached = _GROUPS.get(id(targets))
    if cached is not None and cached[0] is targets:
        return cached[1]
    groups: dict[frozenset[ActorId], list[str]] = {}
    for name, ids in targets.items():
        if len(ids) > 1 and _HAN_RE.search(name):
            groups.setdefault(frozenset(ids), []).append(name)
    _GROUPS.clear()
    _GROUPS[id(targets)] = (targets, groups)
    return groups


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
