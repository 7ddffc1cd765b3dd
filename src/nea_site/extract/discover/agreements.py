"""Agreements and initiatives named in prose, in quotation marks, around an acronym or by an edition's ordinal.

Each rule reads a kind of naming; the words are lexicon lists (pact_prose_heads, pact_initiative_words,
pact_quoted_words, pact_event_words, name_possessives, ...):

- "the agreement on a lighthouse near Example Bay;": a lower-case head word after "the", its subject after "on"
  up to a punctuation mark, holding a capitalised name or an acronym ("the agreement on fishing," names none);
- "the Coastal Example Research (CER) Project": an acronym in parentheses between a name and its head word;
- "《甲乙协定》部长联合声明": a bracketed title that nouns carry on to an agreement's head word;
- "“十六五”规划", "“甲乙行动2024”": a quoted name with its head word right after the closing mark or ending it;
- "甲乙七号载人飞行任务": a numbered craft's mission;
- "第九届丙丁国际电影节": an edition's ordinal before a name ended by an event's word: the actor is the series
  ("丙丁国际电影节"), the edition as written its alias; so is a year after a quoted name ("“甲乙行动2024”").

A name the vocabulary knows is never made anew: a known name in quotes with only its kind word after it
("“一带一路”倡议") is the known one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from nea_site import lexicon
from nea_site.extract.discover.common import fold_space
from nea_site.extract.discover.rules import (
    HEAD_LISTS,
    NAME_TAGS,
    PARENTHESES,
    PHRASE_RE,
    WORD_RE,
    ZH_PUNCT,
    Found,
    Rules,
)
from nea_site.model import ActorType
from nea_site.text.openings import matches_at_words
from nea_site.text.segment import Segmenter

Known = Callable[[int, int], bool]

_FOOTNOTE_RE = re.compile(r"\s*\[\d{1,3}\]")
_HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]{1,14}")
_QUOTED_RE = re.compile(r"“([^“”\n]{2,30})”")
_BRACKET_RE = re.compile(r"《([^《》\n]{2,60})》")
_HAN_PAIR_RE = re.compile(r"[\u4e00-\u9fff]{2}")
_YEAR_RE = re.compile(r"^(?:(?:19|20)\d{2}年?)|(?:19|20)?\d{2}$")  # "2023全国…", "…行动2024": a year's round
_ORDINAL = r"第(?:[〇零一二三四五六七八九十百两]{1,4}|\d{1,3})[届次]"
_MAX_TAIL = 8  # characters of nouns between a bracketed title and its head word


@dataclass(frozen=True, slots=True)
class PactRules:
    prose_heads: tuple[str, ...]  # "agreement on", …: what a paragraph must hold for the prose rule to run
    prose_re: re.Pattern[str]  # "the agreement on " and the stretch after it up to a punctuation mark
    prose_stop: frozenset[str]
    acronym_head_re: re.Pattern[str]  # "(ACR) Project"
    phrase_end_re: re.Pattern[str]  # a capitalised phrase ending where the acronym's parenthesis opens
    heads_zh: dict[str, ActorType]  # agreement and initiative head words, longest first
    quoted_zh: dict[str, ActorType]  # the same and the words that head a name inside quotation marks only
    head_first_chars: frozenset[str]
    quoted_last_chars: frozenset[str]
    heads_lengths: tuple[int, ...]  # the lengths of heads_zh's and quoted_zh's words, longest first
    quoted_lengths: tuple[int, ...]
    ordinal_re: re.Pattern[str]
    mission_re: re.Pattern[str]
    tail_openers: tuple[str, ...]
    possessives: frozenset[str]
    event_heads: frozenset[str]
    ordinal_before_re: re.Pattern[str]  # "the Second ", "the 9th " right before a name
    ordinal_lead_re: re.Pattern[str]  # "Second ", "9th " opening a name
    weak_heads: frozenset[str]  # English head words that need two more words in a name
    party_counts: frozenset[str]
    qualifiers: frozenset[str]  # "国际": alone before a head word it names nothing
    generic_zh: frozenset[str]


@lexicon.table
def pact_rules(lex: lexicon.Lexicon) -> PactRules:
    prose = "|".join(re.escape(w) for w in lex.words("pact_prose_heads", "en"))
    heads_en: list[str] = []
    for name in ("agreement_words", "initiative_words", "pact_agreement_words", "pact_initiative_words"):
        heads_en.extend(w for w in lex.words(name, "en") if " " not in w)
    heads_zh: dict[str, ActorType] = {}
    for kind, name in HEAD_LISTS:
        if kind == "organization":
            continue
        for word in lex.words(name, "zh"):
            heads_zh.setdefault(word, kind)
    quoted = dict(heads_zh)
    for word in lex.words("pact_quoted_words", "zh"):
        quoted.setdefault(word, "initiative")
    events = "|".join(re.escape(w) for w in sorted(lex.words("pact_event_words", "zh"), key=len, reverse=True))
    return PactRules(
        prose_heads=tuple(f"{w} on " for w in lex.words("pact_prose_heads", "en")),
        prose_re=re.compile(rf"(?<![\w])[Tt]he\s+(?P<head>(?:{prose})\s+on)\s+(?P<subject>[^;,.:!?()\n]{{3,90}})"),
        prose_stop=frozenset(w.casefold() for w in lex.words("pact_prose_stop_words", "en")),
        acronym_head_re=re.compile(
            r"[(（]\s*(?P<acronym>[A-Z][A-Za-z&]{1,9})\s*[)）]\s+(?P<head>"
            + "|".join(re.escape(w) for w in sorted(set(heads_en), key=len, reverse=True))
            + r")(?![\w])"
        ),
        phrase_end_re=re.compile(rf"(?:{PHRASE_RE.pattern})\s*$"),
        heads_zh=dict(sorted(heads_zh.items(), key=lambda kv: -len(kv[0]))),
        quoted_zh=dict(sorted(quoted.items(), key=lambda kv: -len(kv[0]))),
        head_first_chars=frozenset(w[0] for w in heads_zh),
        quoted_last_chars=frozenset(w[-1] for w in quoted),
        heads_lengths=tuple(sorted({len(w) for w in heads_zh}, reverse=True)),
        quoted_lengths=tuple(sorted({len(w) for w in quoted}, reverse=True)),
        ordinal_re=re.compile(rf"{_ORDINAL}(?P<core>[\u4e00-\u9fff“”（）()·]{{2,24}}?(?:{events}))"),
        mission_re=re.compile(
            r"(?:[一二三四五六七八九十]{1,4}|\d{1,3})号(?:"
            + "|".join(re.escape(w) for w in sorted(lex.words("pact_mission_words", "zh"), key=len, reverse=True))
            + ")"
        ),
        tail_openers=lex.words("pact_tail_openers", "zh"),
        possessives=frozenset(lex.words("name_possessives", "en")),
        event_heads=frozenset(lex.words("pact_event_heads", "en")),
        ordinal_before_re=re.compile(
            r"(?:^|(?<=\s))(?:"
            + "|".join(re.escape(w) for w in lex.words("pact_ordinal_words", "en"))
            + r"|\d{1,3}(?:st|nd|rd|th))\s+$"
        ),
        ordinal_lead_re=re.compile(
            r"(?:"
            + "|".join(re.escape(w) for w in lex.words("pact_ordinal_words", "en"))
            + r"|\d{1,3}(?:st|nd|rd|th))\s+"
        ),
        weak_heads=frozenset(
            w.casefold() for n in ("pact_initiative_words", "pact_agreement_words") for w in lex.words(n, "en")
        ),
        party_counts=frozenset(lex.words("pact_party_counts", "zh")),
        qualifiers=frozenset(lex.words("pact_generic_qualifiers", "zh")),
        generic_zh=frozenset(lex.words("pact_generic_words", "zh") + lex.words("agreement_generic_words", "zh")),
    )


def keeps_possessive(word: str) -> bool:
    """A possessive that stays inside a name ("Children's"), not one that ends its owner's name ("Japan's")."""
    return word in pact_rules(lexicon.current()).possessives


def names_a_kind(head: str, before: str) -> bool:
    """A kind of agreement or partnership after no party's name: "投资协定", "四国伙伴关系" ("甲乙伙伴关系" is one).

    Its head word is a generic word of two or three characters, or the word before it counts parties.
    """
    return len(head) < 4 or before in pact_rules(lexicon.current()).party_counts


def too_short(head: str, others: int) -> bool:
    """A common head word ("Report", "Hub") with fewer than two other words: "Atlantis Report" names no work."""
    return others < 2 and head.casefold() in pact_rules(lexicon.current()).weak_heads


# --- English ---------------------------------------------------------------------------------------------------


def english_pacts(text: str, rules: Rules, known: Known) -> list[Found]:
    """Prose agreements ("the agreement on … Example City;") and names with an acronym before their head word."""
    pacts = pact_rules(lexicon.current())
    found: list[Found] = []
    if " on " in text and any(map(text.__contains__, pacts.prose_heads)):
        found.extend(_prose_agreements(text, pacts, known))
    if "(" in text or "（" in text:
        found.extend(_acronym_inside(text, rules, pacts))
    return found


def with_editions(text: str, found: list[Found]) -> list[Found]:
    """An event's name after an ordinal ("the Second Example Summit"): the edition as written is its alias.

    A name that opens with the ordinal ("The Fifth Example Summit, held in …" read from the sentence's capital)
    is the series' name without it; "Fifth Summit" alone names one edition of a series named elsewhere: none.
    """
    pacts = pact_rules(lexicon.current())
    out: list[Found] = []
    for item in found:
        if item.alias is None and item.type != "person" and _head_word(item.name) in pacts.event_heads:
            lead = pacts.ordinal_lead_re.match(item.name)
            if lead is not None and text[item.start : item.end] == item.name:
                if len(item.name[lead.end() :].split()) < 2:
                    continue
                item = replace(item, start=item.start + lead.end(), name=item.name[lead.end() :], alias=item.name)
            else:
                ordinal = pacts.ordinal_before_re.search(text, max(0, item.start - 16), item.start)
                if ordinal is not None:
                    item = replace(item, alias=fold_space(text[ordinal.start() : item.end]))
        out.append(item)
    return out


def _head_word(name: str) -> str:
    """The word before the first "of", "for", "on" ("Summit" of "World Summit for Growth"), else the last word."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for", "on") and i), len(words))
    return words[cut - 1] if words else ""


def _prose_agreements(text: str, pacts: PactRules, known: Known) -> list[Found]:
    found: list[Found] = []
    for match in pacts.prose_re.finditer(text):
        subject = match.group("subject").rstrip()
        if match.end("subject") < len(text) and text[match.end("subject")] not in ";,.:!?()\n":
            continue  # the stretch was cut by its length, not by a punctuation mark
        end = match.start("subject") + len(subject)
        words = WORD_RE.findall(_FOOTNOTE_RE.sub("", subject))
        if not 2 <= len(words) <= 7 or any(w.casefold() in pacts.prose_stop for w in words):
            continue
        if words[-1].casefold() in ("of", "in", "on", "for", "and", "the", "a", "an", "between", "at"):
            continue
        if not any(w[0].isupper() for w in words) or any(w[0].isdigit() for w in words):
            continue  # "the agreement on fishing rights": whose? "… on 3 May": a date
        start = match.start("head")
        if known(start, match.end("head")):
            continue  # the head word is part of a name the vocabulary knows
        name = fold_space(_FOOTNOTE_RE.sub("", text[start:end]))
        found.append(Found(start, end, name[0].upper() + name[1:], "agreement", "prose_agreement"))
    return found


def _acronym_inside(text: str, rules: Rules, pacts: PactRules) -> list[Found]:
    """A name, its acronym and its head word are one name: "Coastal Example Research (CER) Project"."""
    found: list[Found] = []
    for match in matches_at_words(pacts.acronym_head_re, PARENTHESES, text):  # most texts hold no parenthesis
        phrase = pacts.phrase_end_re.search(text, max(0, match.start() - 160), match.start())
        if phrase is None:
            continue
        words = [(m.start(), m.group()) for m in WORD_RE.finditer(text, phrase.start(), match.start())]
        letters = "".join(ch for ch in match.group("acronym") if ch.isupper())
        for first in range(len(words)):
            tail = [w for _, w in words[first:] if w[0].isupper()]
            if words[first][1].casefold() in rules.not_names or not tail:
                continue
            if "".join(w[0] for w in tail) == letters:
                start, end = words[first][0], match.end("head")
                kind = rules.org_en.get(match.group("head").casefold(), "initiative")
                rule = "agreement_word" if kind == "agreement" else "initiative_word"
                if kind in ("agreement", "initiative"):
                    found.append(Found(start, end, fold_space(text[start:end]), kind, rule))
                break
    return found


# --- Chinese ---------------------------------------------------------------------------------------------------


def chinese_pacts(text: str, simplified: str, segmenter: Segmenter, known: Known) -> list[Found]:
    """Bracketed titles carried on to a head word, quoted names, editions of an event after their ordinal."""
    pacts = pact_rules(lexicon.current())
    found: list[Found] = []
    if "》" in simplified:
        found.extend(_bracket_tails(text, simplified, pacts, segmenter))
    if "“" in simplified:
        found.extend(_quoted_names(text, simplified, pacts, known))
    if "第" in simplified:
        found.extend(_editions(text, simplified, pacts, known))
    if "号" in simplified:
        found.extend(_missions(text, simplified, pacts, known))
    return found


def _head_at(text: str, at: int, pacts: PactRules) -> tuple[str, ActorType] | None:
    """The longest head word starting at `at` (only where a character that opens one stands)."""
    if at >= len(text) or text[at] not in pacts.head_first_chars:
        return None
    for length in pacts.heads_lengths:  # looked up by length: one word of each length can start there
        if at + length <= len(text):
            kind = pacts.heads_zh.get(text[at : at + length])
            if kind is not None:
                return text[at : at + length], kind
    return None


def _quoted_head(core: str, pacts: PactRules) -> tuple[str, ActorType] | None:
    """The longest of quoted_zh's words that ends `core`, looked up by length."""
    for length in pacts.quoted_lengths:
        if length <= len(core):
            kind = pacts.quoted_zh.get(core[-length:])
            if kind is not None:
                return core[-length:], kind
    return None


def _bracket_tails(text: str, simplified: str, pacts: PactRules, segmenter: Segmenter) -> list[Found]:
    """Nouns after a bracketed title, then a head word: all of it is the name ("《甲乙协定》部长联合声明")."""
    found: list[Found] = []
    for match in _BRACKET_RE.finditer(simplified):
        run = _HAN_RUN_RE.match(simplified, match.end())
        if run is None or run.group().startswith(pacts.tail_openers):
            continue
        for offset in range(min(_MAX_TAIL, len(run.group())) + 1):
            head = _head_at(simplified, match.end() + offset, pacts)
            if head is None:
                continue
            if offset == 0:
                break  # "《甲乙协定》声明": the title and its kind, no other name
            tags = segmenter.quick_tags(simplified[match.end() : match.end() + offset])
            if all(t in NAME_TAGS for _, t in tags):
                end = match.end() + offset + len(head[0])
                rule = "agreement_word" if head[1] == "agreement" else "initiative_word"
                found.append(Found(match.start(), end, text[match.start() : end], head[1], rule))
            break
    return found


def _quoted_names(text: str, simplified: str, pacts: PactRules, known: Known) -> list[Found]:
    """Quoted names: the head word after the marks ("“十六五”规划") or ending the name ("“甲乙行动2024”")."""
    found: list[Found] = []
    for match in _QUOTED_RE.finditer(simplified):
        inner = match.group(1)
        if not ZH_PUNCT.isdisjoint(inner):
            continue
        after = _head_at(simplified, match.end(), pacts)
        if after is not None:
            if known(match.start(1), match.end(1)):
                continue  # "“一带一路”倡议": the known name and its kind word
            end = match.end() + len(after[0])
            rule = "agreement_word" if after[1] == "agreement" else "initiative_word"
            found.append(Found(match.start(), end, text[match.start() : end], after[1], rule))
            continue
        year = _YEAR_RE.search(inner)
        skip = year.end() if year is not None and year.start() == 0 else 0
        core = inner[skip : year.start()] if year is not None and skip == 0 else inner[skip:]
        ends = bool(core) and core[-1] in pacts.quoted_last_chars
        head = _quoted_head(core, pacts) if ends else None
        if head is None or len(core) < len(head[0]) + 2 or not re.search(r"[\u4e00-\u9fff]", core[0]):
            continue
        if core in pacts.generic_zh or core[: -len(head[0])] in pacts.qualifiers:
            continue  # "“和平协定”", "“国际博览会”": a kind of agreement or event
        start, end = match.span(1)
        rule = "agreement_word" if head[1] == "agreement" else "initiative_word"
        # "甲乙行动2024", "2023甲乙节": a year's round of the series, which is the actor; the round its alias
        series = text[start + skip : start + skip + len(core)]
        alias = text[start:end] if len(core) < len(inner) else None
        found.append(Found(start, end, series, head[1], rule, alias=alias))
    return found


def _editions(text: str, simplified: str, pacts: PactRules, known: Known) -> list[Found]:
    """An edition of an event ("第九届丙丁国际电影节"): the actor is the series, the edition its alias."""
    found: list[Found] = []
    for match in pacts.ordinal_re.finditer(simplified):
        start, end = match.span()
        core_start = match.start("core")
        if known(end - 1, end):
            continue  # an edition of a summit or forum the vocabulary knows (its name ends the edition's)
        if any(match.group("core").startswith(q) and len(match.group("core")) - len(q) <= 3 for q in pacts.qualifiers):
            continue  # "第九届国际电影节": no name of its own
        found.append(Found(start, end, text[core_start:end], "initiative", "event_edition", alias=text[start:end]))
    return found


def _missions(text: str, simplified: str, pacts: PactRules, known: Known) -> list[Found]:
    """A numbered craft's mission: "甲乙七号载人飞行任务" (a two-character name, its number with 号, a mission word)."""
    found: list[Found] = []
    for match in pacts.mission_re.finditer(simplified):
        start, end = match.start() - 2, match.end()  # the craft's name: two characters before its number
        if start < 0 or not _HAN_PAIR_RE.fullmatch(simplified, start, match.start()) or known(start, end):
            continue
        found.append(Found(start, end, text[start:end], "initiative", "initiative_word"))
    return found
