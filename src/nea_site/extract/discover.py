"""Actors no vocabulary knows yet, found by how texts name them: discovered actors, shown as not yet reviewed.

A rule reads a kind of naming, never a particular name: a title or office with a person's name ("Prime Minister
Kishida", "its president, Koike Atsuyoshi", "国务院总理李强", "赵乐际委员长", "외교부 장관 박진", "岸田文雄首相"); a
phrase headed by an organisation's word ("Stanford University", "Ministry of Foreign Affairs", "欧洲理事会",
"외교부", "外務省"); a phrase headed by an agreement's or an initiative's word ("Washington Declaration",
"《甲乙渔业合作协定》", "공동선언", "日中韓投資協定"); a capitalised phrase with its acronym in
parentheses ("Leading-Edge Semiconductor Technology Center (LSTC)"). The words are lexicon lists
(person_titles, organisation_suffixes, agreement_words, initiative_words, ...); the shapes are here.

Each found name becomes an Actor with `found_by` set to its rule and a stable id (`found-` and a slug of its
English name, or a short hash of its CJK name), so the same name found in two documents is one actor. A name
the vocabulary knows is never discovered: the gazetteer's spans win, and a discovered name holding one makes
that mention nested. A person named by the family name only ("Mr Kishi") is the person the document names in
full with that family name, if any; later bare occurrences of a discovered person's name are linked too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

from nea_site import lexicon
from nea_site.extract.actors import Gazetteer, Span
from nea_site.model import Actor, ActorId, ActorType, LocalizedText, Mention, Paragraph, Terms, merge_found
from nea_site.model.ids import content_hash
from nea_site.text.script import to_simplified
from nea_site.text.segment import Segmenter
from nea_site.text.trie import WORD_START_AFTER_FIRST, trie_regex

DISCOVERED_PREFIX = "found-"

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# A capitalised word of a name: "Stanford", "McMahon", "Jae-in", "U.S.-Japan", "KISHI", "R&D", "3D".
_TOKEN = rf"(?:[{_UPPER}]|\d+[{_UPPER}])(?:[\w&]|[-–'’.]+(?=\w))*"
_CONNECTORS = ("of", "for", "on", "and", "&", "between", "de", "du", "la")
_PHRASE_RE = re.compile(
    rf"(?<![\w&]){_TOKEN}(?:(?:\s+(?:{'|'.join(_CONNECTORS)})(?:\s+the)?)?\s+{_TOKEN})*",
)
_WORD_RE = re.compile(rf"{_TOKEN}|\S+")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]+")
_ACRONYM_PAREN_RE = re.compile(r"[(（]\s*[A-Z][A-Za-z&]{1,9}\s*[)）]")
_ACRONYM_AFTER_RE = re.compile(r"\s*[(（]\s*([A-Z][A-Za-z&]{1,9})\s*[)）]")
_INITIALS = r"(?:[A-Z]\.\s?){1,3}"
_NAME = rf"(?:{_INITIALS})?{_TOKEN}(?:\s+{_TOKEN}){{0,3}}"
_INITIAL_RE = re.compile(r"(?:[A-Z]\.)+")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_ALL_CAPS_RE = re.compile(r"^[A-Z]{2,}$")
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_UPPER_RE = re.compile(f"[{_UPPER}]")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_LATIN_NAME_AFTER_RE = re.compile(rf"\s*[(（]\s*([{_UPPER}][\w .’'-]{{1,60}}?)\s*[)）]")
_CJK_NAME_AFTER_RE = re.compile(r"\s*[(（]\s*([\u3400-\u9fff·]{2,20})\s*[)）]")
_ZH_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!()[]\"' \n\t")
_BRACKETED_RE = re.compile(r"《([^《》\n]{2,40})》|「([^「」\n]{2,40})」|『([^『』\n]{2,40})』")
# Parts of speech (jieba's tags) that a CJK organisation's or agreement's name is built from: nouns, places,
# organisations, abbreviations, other proper nouns, verbal nouns ("投资协定"), numerals of ordinals ("第九次").
_NAME_TAGS = frozenset({"n", "nt", "ns", "nz", "j", "vn", "an", "nrt", "ng", "eng", "b", "f", "t", "l"})
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
_HEAD_TAGS = frozenset({"n", "nt", "ns", "nz", "j", "ng", "nrt"})  # an organisation's head word is a noun
_PROPER_TAGS = frozenset({"nt", "ns", "nz", "j", "nr", "nrt", "nrfg", "eng", "m"})
_NAME_PIECE_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz"})
_MINISTRY_ENDINGS = ("部", "委")  # "科技部", "国资委": a ministry's short name needs no proper noun
_LEADING_NOT = frozenset({"v", "vn", "d", "p", "c", "u", "r", "m", "q", "a", "ad", "t", "f"})
# Parts of speech of a common word that a title may stand before ("主席会议"): no name follows the title there.
_NOT_NAME_TAGS = frozenset({"n", "v", "vn", "a", "ad", "d", "p", "c", "u", "m", "q", "r", "t", "f", "x"})
_MAX_CJK_NAME = 18  # characters
_MAX_CJK_WORDS = 6


@dataclass(frozen=True, slots=True)
class Discovery:
    actors: tuple[Actor, ...]  # by id
    mentions: tuple[Mention, ...]  # of the discovered actors (and of vocabulary persons named by family name)
    nested: frozenset[tuple[int, int]]  # (paragraph, offset) of vocabulary mentions inside a discovered name


@dataclass(frozen=True, slots=True)
class _Found:
    start: int  # the name's span in the paragraph: what is linked
    end: int
    name: str  # as written, whitespace folded
    type: ActorType
    rule: str
    other: str | None = None  # the name in the other script, given beside it: "欧渤芊 (Ou Boqian)"
    acronym: str | None = None  # given in parentheses after it
    family: bool = False  # a person's family name alone ("Mr Kishi"): the document's full name wins
    actor: ActorId | None = None  # set for a vocabulary person named by family name


@dataclass(frozen=True, slots=True)
class _Rules:
    titles_en: re.Pattern[str]
    title_first_words: frozenset[str]  # where the English rules look: a title's first word,
    speech_first_words: frozenset[str]  # a verb of speech,
    head_last_words: frozenset[str]  # a name's head word
    title_words: frozenset[str]
    upper_titles: frozenset[str]  # folded titles listed with a capital: they may stand before one word
    person_comma_re: re.Pattern[str]
    appositive_re: re.Pattern[str]
    name_re: re.Pattern[str]
    name_before_re: re.Pattern[str]
    org_en: dict[str, ActorType]  # head word (folded) -> type
    generic_en: frozenset[str]
    not_names: frozenset[str]
    heads_cjk: dict[str, dict[str, ActorType]]  # lang -> head word -> type (longest first)
    heads_cjk_re: dict[str, re.Pattern[str]]
    generic_cjk: dict[str, frozenset[str]]
    titles_cjk: dict[str, tuple[str, ...]]
    titles_cjk_re: re.Pattern[str]  # any Chinese title
    zh_title_set: frozenset[str]
    longest_head: dict[str, int]
    head_last_chars: dict[str, frozenset[str]]
    ko_particle_set: frozenset[str]
    zh_boundaries: tuple[str, ...]
    zh_family: frozenset[str]
    zh_false_endings: tuple[str, ...]
    ko_family: tuple[str, ...]
    ko_particles: tuple[str, ...]


_PHRASE_REACH = 160  # characters around a head word where its phrase is read
_APPOSITIVE_REACH = 160  # characters before a title where "Name, its …" is looked for
_GAP = "§"  # stands for the gap inside a title while its forms are put in a trie


def _title_forms(titles: Sequence[str]) -> list[str]:
    """Every way a title is written: as listed, its first letter in the other case, in capitals ("MR").

    Spaces, hyphens and dashes inside it are alike ("Vice-Foreign Minister", "Vice–Foreign Minister").
    """
    forms: set[str] = set()
    for title in titles:
        form = _GAP.join(re.split(r"[\s\-–]+", title.rstrip(".")))
        forms.update({form, form[0].swapcase() + form[1:], form.upper()})
    return sorted(forms)


def _title_regex(titles: Sequence[str]) -> str:
    """The titles as one trie-shaped regex (fast on long texts), whole words, a final dot optional."""
    regex = trie_regex(_title_forms(titles), lambda _: r"(?![\w])", lambda _: WORD_START_AFTER_FIRST)
    return regex.replace(re.escape(_GAP), r"[\s\-–]+") + r"\.?"


@functools.cache
def _rules(lex: lexicon.Lexicon) -> _Rules:
    titles = sorted({t.rstrip(".") for t in lex.words("person_titles", "en")}, key=len, reverse=True)
    title_alternation = _title_regex(titles)
    title_words = frozenset(w.casefold() for t in titles for w in re.split(r"[\s\-–]+", t))
    heads: dict[str, ActorType] = {}
    for kind, name in (
        ("initiative", "initiative_words"),
        ("agreement", "agreement_words"),
        ("organization", "organisation_suffixes"),
    ):
        for word in lex.words(name, "en"):
            heads[word.casefold().rstrip(".")] = kind  # type: ignore[assignment]
    heads_cjk: dict[str, dict[str, ActorType]] = {}
    heads_cjk_re: dict[str, re.Pattern[str]] = {}
    generic_cjk: dict[str, frozenset[str]] = {}
    titles_cjk: dict[str, tuple[str, ...]] = {}
    for lang in ("zh", "ko", "ja"):
        by_word: dict[str, ActorType] = {}
        for kind, name in (
            ("initiative", "initiative_words"),
            ("agreement", "agreement_words"),
            ("organization", "organisation_suffixes"),
        ):
            for word in lex.words(name, lang):
                by_word.setdefault(word, kind)  # type: ignore[arg-type]
        heads_cjk[lang] = dict(sorted(by_word.items(), key=lambda kv: -len(kv[0])))
        heads_cjk_re[lang] = re.compile("|".join(re.escape(w) for w in heads_cjk[lang]))
        generic_cjk[lang] = frozenset(
            lex.words("organisation_generic_words", lang) + lex.words("agreement_generic_words", lang)
        )
        titles_cjk[lang] = tuple(sorted(lex.words("person_titles", lang), key=len, reverse=True))
    name = _NAME
    return _Rules(
        titles_en=re.compile(rf"(?P<title>{title_alternation})\s+(?P<name>{name})"),
        title_first_words=frozenset(
            re.split(r"[^A-Za-z]+", form)[0] for form in _title_forms(titles) if re.split(r"[^A-Za-z]+", form)[0]
        ),
        speech_first_words=frozenset(v.split()[0] for v in lex.words("person_speech_verbs", "en")),
        head_last_words=frozenset(
            re.split(r"[^A-Za-z]+", w.rstrip("."))[-1]
            for n in ("organisation_suffixes", "agreement_words", "initiative_words")
            for w in lex.words(n, "en")
        ),
        title_words=title_words,
        upper_titles=frozenset(re.sub(r"[\s\-–.]+", " ", t.casefold()).strip() for t in titles if t[0].isupper()),
        person_comma_re=re.compile(rf"{title_alternation},\s+(?P<name>{name})(?=\s*[,(.;:)]|\s*$)"),
        appositive_re=re.compile(
            rf"(?P<name>{name}),\s+(?:(?:as|a|an|the|its|his|her|their|[{_UPPER}][\w.’'\-]*)\s+){{0,4}}"
            r"$"
        ),
        name_re=re.compile(name),
        name_before_re=re.compile(rf"(?P<name>{name})\s+$"),
        org_en=heads,
        generic_en=frozenset(w.casefold() for w in lex.words("organisation_generic_words", "en")),
        not_names=frozenset(w.casefold() for w in lex.words("not_name_words", "en")),
        heads_cjk=heads_cjk,
        heads_cjk_re=heads_cjk_re,
        generic_cjk=generic_cjk,
        titles_cjk=titles_cjk,
        titles_cjk_re=re.compile(trie_regex(titles_cjk["zh"])),
        zh_title_set=frozenset(titles_cjk["zh"]),
        longest_head={lang: max(map(len, heads), default=0) for lang, heads in heads_cjk.items()},
        head_last_chars={lang: frozenset(w[-1] for w in heads) for lang, heads in heads_cjk.items()},
        ko_particle_set=frozenset(lex.words("name_particles", "ko")),
        zh_boundaries=tuple(sorted(lex.words("name_boundary_words", "zh"), key=len, reverse=True)),
        zh_family=frozenset(lex.words("person_family_names", "zh")),
        zh_false_endings=lex.words("false_name_endings", "zh"),
        ko_family=tuple(sorted(lex.words("person_family_names", "ko"), key=len, reverse=True)),
        ko_particles=tuple(sorted(lex.words("name_particles", "ko"), key=len, reverse=True)),
    )


# --- English -------------------------------------------------------------------------------------------------


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in _WORD_RE.finditer(text[start:end])]


def _is_token(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


class _Cue(NamedTuple):
    """Where a title, a verb of speech or a head word stands in a text."""

    at: int
    to: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def group(self, text: str) -> str:
        return text[self.at : self.to]


def _word_positions(text: str, word: str) -> list[_Cue]:
    """Whole-word occurrences of `word` (found by str.find, in C)."""
    out: list[_Cue] = []
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            out.append(_Cue(i, j))
        i = text.find(word, j)
    return out


def _english_names(text: str, rules: _Rules, known: Callable[[int, int], bool]) -> list[_Found]:
    """The English rules, tried only where a title, a verb of speech or a head word stands.

    The text's words are collected once (in C) and met against the cue words; most paragraphs hold none.
    """
    words = set(_LATIN_WORD_RE.findall(text))
    found: list[_Found] = []
    heads = [cue for w in sorted(words & rules.head_last_words) for cue in _word_positions(text, w)]
    if "(" in text or "（" in text:
        heads.extend(_Cue(m.start(), m.end()) for m in _ACRONYM_PAREN_RE.finditer(text))
    if heads:
        found.extend(_english_phrases(text, rules, sorted(heads)))
    titles = [cue for w in sorted(words & rules.title_first_words) for cue in _word_positions(text, w)]
    if titles:
        found.extend(_english_people(text, rules, known, sorted(titles)))
    speech = [cue for w in sorted(words & rules.speech_first_words) for cue in _word_positions(text, w)]
    if speech:
        found.extend(_speech_people(text, rules, known, sorted(speech)))
    return found


def _english_phrases(text: str, rules: _Rules, heads: Sequence[_Cue]) -> list[_Found]:
    """Capitalised phrases headed by an organisation's, agreement's or initiative's word, or with an acronym.

    A phrase is read around each head word (within _PHRASE_REACH characters before it), each phrase once.
    """
    found: list[_Found] = []
    done = -1
    for head in heads:
        if head.start() < done:
            continue
        for match in _PHRASE_RE.finditer(text, max(0, head.start() - _PHRASE_REACH), head.end() + _PHRASE_REACH):
            if match.end() <= done or match.end() < head.start():
                continue
            if match.start() > head.end():
                break
            done = match.end()
            found.extend(_phrase(match, text, rules))
            break
    return found


def _phrase(match: re.Match[str], text: str, rules: _Rules) -> list[_Found]:
    found: list[_Found] = []
    words = _words(text, match.start(), match.end())
    # A possessive ends a phrase: "Japan's Foreign Ministry" is Japan, then "Foreign Ministry".
    pieces: list[list[tuple[int, int, str]]] = [[]]
    for word in words:
        if _POSSESSIVE_RE.search(word[2]) and _is_token(word[2]):
            pieces.append([])
        else:
            pieces[-1].append(word)
    acronym_match = _ACRONYM_AFTER_RE.match(text, match.end())
    for i, piece in enumerate(pieces):
        acronym = acronym_match.group(1) if acronym_match and i == len(pieces) - 1 else None
        found.extend(_phrase_names(piece, text, rules, acronym, acronym_match.end() if acronym_match else 0))
    return found


def _trim(words: list[tuple[int, int, str]], rules: _Rules) -> list[tuple[int, int, str]]:
    while words and (words[0][2].casefold() in rules.not_names or not _is_token(words[0][2])):
        words = words[1:]
    while words and not _is_token(words[-1][2]):
        words = words[:-1]
    return words


def _head(words: list[tuple[int, int, str]], rules: _Rules) -> tuple[int, ActorType | None]:
    """Index of the head word (before the first "of/for/on/between", else the last) and the type it gives."""
    end = len(words)
    for i, (_, _, word) in enumerate(words):
        if word in ("of", "for", "on", "between") and i:
            end = i
            break
    last = words[end - 1][2].casefold().rstrip(".")
    if end >= 2:
        two = f"{words[end - 2][2].casefold()} {last}"
        if two in rules.org_en:
            return end - 1, rules.org_en[two]
    return end - 1, rules.org_en.get(last)


def _initials(words: list[tuple[int, int, str]]) -> tuple[str, str]:
    """Initials of the capitalised words, and the same with each hyphenated part counted."""
    plain = "".join(w[0] for _, _, w in words if _is_token(w))
    parts = "".join(p[0] for _, _, w in words if _is_token(w) for p in re.split(r"[-–]", w) if p)
    return plain.upper(), parts.upper()


def _phrase_names(
    words: list[tuple[int, int, str]], text: str, rules: _Rules, acronym: str | None, acronym_end: int
) -> list[_Found]:
    words = _trim(words, rules)
    if not words:
        return []
    if acronym:
        letters = "".join(ch for ch in acronym if ch.isupper())
        for first in range(len(words)):  # the shortest tail whose initials spell it: leading words are not its own
            tail = _trim(words[first:], rules)
            if tail and tail[0][0] == words[first][0] and letters in _initials(tail) and len(tail) >= 2:
                _, kind = _head(tail, rules)
                if kind is None:
                    break  # "Long Range Example System (LRES)": a thing, not an actor
                name = _fold_space(text[tail[0][0] : tail[-1][1]])
                return [_Found(tail[0][0], tail[-1][1], name, kind, "acronym", acronym=acronym)]
    # "the Ministry of Finance and the Bank of Japan": two names, each with its own head.
    for i, (_, _, word) in enumerate(words):
        if word in ("and", "&") and 0 < i < len(words) - 1:
            left, right = _trim(words[:i], rules), _trim(words[i + 1 :], rules)
            # "the Government of Flanders and the European Commission", "the Ministry of Fisheries and the Bank
            # of Atlantis" are two names; "Science & Technology Organization" is one.
            new_phrase = words[i + 1][2] == "the" or bool(left and _head(left, rules)[1])
            if left and right and new_phrase and _head(right, rules)[1]:
                return _phrase_names(left, text, rules, None, 0) + _phrase_names(right, text, rules, acronym, 0)
    head, kind = _head(words, rules)
    if kind is None:
        # "Daniel Sneider of Stanford University": the name after the last "of" may be one of its own.
        last = max((i for i, (_, _, w) in enumerate(words) if w in ("of", "for", "on")), default=-1)
        tail = _trim(words[last + 1 :], rules) if last > 0 else []
        return _phrase_names(tail, text, rules, acronym, acronym_end) if tail and _head(tail, rules)[1] else []
    others = [w.casefold() for i, (_, _, w) in enumerate(words) if i != head and _is_token(w)]
    if not others or all(w in rules.generic_en or w in rules.org_en for w in others):
        return []  # "Foreign Ministry", "Joint Statement": whose?
    if any(_ALL_CAPS_RE.match(w) and len(w) > 5 for _, _, w in words):
        return []  # a shouted heading, not a name
    name = _fold_space(text[words[0][0] : words[-1][1]])
    rule = {"organization": "organisation_suffix", "agreement": "agreement_word", "initiative": "initiative_word"}
    return [_Found(words[0][0], words[-1][1], name, kind, rule[kind], acronym=acronym)]


def _fold_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _person_name(
    text: str, start: int, end: int, rules: _Rules, known: Callable[[int, int], bool]
) -> tuple[int, int] | None:
    """The span of a person's name in text[start:end], without leading known names or trailing non-names."""
    words = _words(text, start, end)
    stripped = False
    while words and known(words[0][0], words[0][1]):  # "ambassador to Japan Rahm Emmanuel"
        words, stripped = words[1:], True
    kept: list[tuple[int, int, str]] = []
    for word in words:
        folded = word[2].casefold().rstrip(".")
        if folded in rules.not_names or folded in rules.org_en or folded in rules.title_words:
            break
        if _POSSESSIVE_RE.search(word[2]) and len(word[2]) > 2 and not word[2].endswith("."):
            break
        kept.append(word)
    if not kept or (stripped and len(kept) < 2):
        return None  # "Ambassador Ou Boqian" where "Ambassador Ou" is a known name: not "Boqian"
    return kept[0][0], kept[-1][1]


def _display_name(name: str) -> str:
    """A family name written in capitals, as official texts do, in the case of a name: KISHI -> Kishi."""
    return " ".join(w.capitalize() if _ALL_CAPS_RE.match(w) and len(w) > 2 else w for w in name.split())


def _english_people(
    text: str, rules: _Rules, known: Callable[[int, int], bool], titles: Sequence[_Cue]
) -> list[_Found]:
    """People named with a title: at each title found, its three shapes tried right there."""
    found: list[_Found] = []
    for title in titles:
        # "Prime Minister Kishida", "Mr K. Ono"
        match = rules.titles_en.match(text, title.start())
        if match is not None:
            item = _titled_person(text, match, rules, known)
            if item is not None:
                found.append(item)
        # "its president, Koike Atsuyoshi"
        match = rules.person_comma_re.match(text, title.start())
        if match is not None:
            span = _person_name(text, match.start("name"), match.end("name"), rules, known)
            if span is not None and len(text[span[0] : span[1]].split()) >= 2:
                found.append(_person(text, span, "person_title"))
        # "Moon Jae-in, South Korea's president": the name and comma before the title
        comma = text.rfind(", ", max(0, title.start() - _APPOSITIVE_REACH), title.start())
        match = None
        if comma > 0 and text[comma - 1].isalpha():
            match = rules.appositive_re.search(text, max(0, comma - 60), title.start())
        if match is not None:
            span = _person_name(text, match.start("name"), match.end("name"), rules, known)
            if span is None:
                continue
            words = len(text[span[0] : span[1]].split())
            # One word is a family name ("Ogura said Ito, the Minister in …") when an office with a capital
            # follows and the word does not open a sentence.
            single = words == 1 and title.group(text)[0].isupper() and not _opens_sentence(text, span[0])
            if words >= 2 or single:
                found.append(_person(text, span, "person_role", family=words == 1))
    return found


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word opens a sentence or continues a name ("Ministry of Economy, Trade …"): no family name."""
    before = text[max(0, start - 40) : start].rstrip()
    if not before or before[-1] in ".!?:;\"“‘'([":
        return True
    previous = before.split()[-1]
    return not previous.islower() or previous in _CONNECTORS or previous == "the"


def _titled_person(text: str, match: re.Match[str], rules: _Rules, known: Callable[[int, int], bool]) -> _Found | None:
    span = _person_name(text, match.start("name"), match.end("name"), rules, known)
    if span is None:
        return None
    words = text[span[0] : span[1]].split()
    written = match.group("title")
    upper = written[0].isupper() and re.sub(r"[\s\-–.]+", " ", written.casefold()).strip() in rules.upper_titles
    single = sum(1 for w in words if not _INITIAL_RE.fullmatch(w)) == 1
    if single and not upper:
        return None  # "the official Xinhua": a lower-case role needs a full name after it
    if any(_ALL_CAPS_RE.match(w) for w in words) and not upper:
        return None
    return _person(text, span, "person_title", family=len(words) == 1)


def _speech_people(text: str, rules: _Rules, known: Callable[[int, int], bool], verbs: Sequence[_Cue]) -> list[_Found]:
    """Two or three capitalised words as a whole right after or before a verb of speech: "says Daniel Sneider"."""
    found: list[_Found] = []
    for verb in verbs:
        spans = []
        after = rules.name_re.match(text, verb.end() + 1) if text[verb.end() : verb.end() + 1] == " " else None
        if after is not None:
            spans.append((after.start(), after.end()))
        before = rules.name_before_re.search(text, max(0, verb.start() - 60), verb.start())
        if before is not None:
            spans.append((before.start("name"), before.end("name")))
        for whole in spans:
            span = _person_name(text, whole[0], whole[1], rules, known)
            if span is None or span != whole:
                continue
            words = text[span[0] : span[1]].split()
            # Not "said Tokyo" or "SOURCE said"; not a sentence's first words run into a name.
            if not 2 <= len(words) <= 3 or any(_ALL_CAPS_RE.match(w) or "." in w for w in words):
                continue
            found.append(_person(text, span, "person_speech"))
    return found


def _person(text: str, span: tuple[int, int], rule: str, *, family: bool = False) -> _Found:
    name = _display_name(_fold_space(text[span[0] : span[1]]))
    other = _CJK_NAME_AFTER_RE.match(text, span[1])
    return _Found(span[0], span[1], name, "person", rule, other=other.group(1) if other else None, family=family)


# --- Chinese ---------------------------------------------------------------------------------------------------


def _bracketed(text: str, simplified: str, rules: _Rules, lang: str) -> list[_Found]:
    """《…》, 「…」, 『…』 titles that end with an agreement's or initiative's word."""
    found: list[_Found] = []
    heads = rules.heads_cjk[lang]
    for match in _BRACKETED_RE.finditer(simplified):
        group = next(g for g in (1, 2, 3) if match.group(g))
        inner = match.group(group)
        kind = next((k for w, k in heads.items() if inner.endswith(w) and k != "organization"), None)
        if kind is None or inner in rules.generic_cjk[lang]:
            continue
        # The name inside the marks; the vocabulary's own name of it wins ("《甲乙渔业合作协定》" once listed).
        start, end = match.start(group), match.end(group)
        found.append(_Found(start, end, text[start:end], kind, "bracketed_title"))
    return found


def _zh_windows(simplified: str, rules: _Rules) -> list[tuple[int, int]]:
    """Stretches of the text that may hold a name: before a head word, around a title; merged."""
    wanted = [(m.start() - _MAX_CJK_NAME - 4, m.end() + 3) for m in rules.heads_cjk_re["zh"].finditer(simplified)]
    wanted.extend((m.start() - 4, m.end() + 10) for m in rules.titles_cjk_re.finditer(simplified))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(wanted):
        start, end = max(0, start), min(len(simplified), end)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _zh_names(text: str, simplified: str, rules: _Rules, segmenter: Segmenter) -> list[_Found]:
    """Organisations, agreements and initiatives headed by a lexicon word; people next to a title (jieba's tags).

    Only the stretches around head words and titles are cut and tagged (a fifth of a Chinese text, typically); a
    stretch reaches further back than the longest name, so its cut edge never falls inside one.
    """
    found: list[_Found] = []
    for start, end in _zh_windows(simplified, rules):
        found.extend(_zh_window(text, simplified, start, end, rules, segmenter))
    return found


def _zh_window(
    text: str, simplified: str, window_start: int, window_end: int, rules: _Rules, segmenter: Segmenter
) -> list[_Found]:
    heads = rules.heads_cjk["zh"]
    title_set = rules.zh_title_set
    generic = rules.generic_cjk["zh"]
    found: list[_Found] = []
    tagged = segmenter.quick_tags(simplified[window_start:window_end])
    offsets = list(accumulate(map(len, map(itemgetter(0), tagged)), initial=window_start))
    longest, last_chars = rules.longest_head["zh"], rules.head_last_chars["zh"]
    for i in [i for i, (w, t) in enumerate(tagged) if w[-1] in last_chars or (w in title_set and w[-1] == "长")]:
        word, tag = tagged[i]
        if word in title_set:  # "美国财政部长": the office holds its ministry's name
            word, tag = word[:-1], "n"
            if _kind_by_ending(word, heads, longest) != "organization" or len(word) < 3:
                continue
        kind = _kind_by_ending(word, heads, longest)
        if kind is None or (word in generic and not (kind == "organization" and len(word) >= 3)):
            continue  # "战略", "中心" alone head no name ("党中央战略"); "研究院", "委员会" do
        if word.endswith(rules.zh_false_endings) and word not in heads:
            continue  # "战略部署" (deploy), "村干部" (cadres): no organisation's word
        if kind == "organization" and tag not in _HEAD_TAGS:
            continue  # "组织" (organise): a verb, no organisation
        if kind != "organization" and tag in ("v", "vn") and word not in heads:
            continue  # "发表声明" (make a statement)
        first = i
        while first > 0 and i - first + 1 < _MAX_CJK_WORDS:
            before, tag = tagged[first - 1]
            if tag not in _NAME_TAGS or before in title_set or before in rules.zh_boundaries:
                break
            if offsets[i] + len(word) - offsets[first - 1] > _MAX_CJK_NAME:
                break
            first -= 1
        while first < i and (tagged[first][0] in rules.zh_boundaries or tagged[first][1] in _LEADING_NOT):
            first += 1  # "援引研究所": the verb before a name is not its own
        start, end = offsets[first], offsets[i] + len(word)
        name = simplified[start:end]
        if name in generic or len(name) < 3 or name in heads:
            continue
        if first == i and len(word) <= 2:
            continue
        proper = any(t in _PROPER_TAGS for _, t in tagged[first : i + 1])
        if kind == "organization" and not proper and not word.endswith(_MINISTRY_ENDINGS):
            continue  # "证券公司", "民间组织": a kind of organisation, not one that a name says
        if kind != "organization" and not proper:
            continue  # "国际合作备忘录", "水利工程": no name of its own
        rule = {"organization": "organisation_suffix", "agreement": "agreement_word", "initiative": "initiative_word"}
        found.append(_Found(start, end, text[start:end], kind, rule[kind]))
    # People: a name jieba tags as a person's, or a run of characters ended by a boundary word, next to a title.
    word_starts = frozenset(offsets)
    for i in [i for i, (w, _) in enumerate(tagged) if w in title_set]:
        word = tagged[i][0]
        after = _zh_name_after(simplified, offsets[i] + len(word), rules, tagged, offsets, i + 1)
        if after is not None:
            found.append(_zh_person(text, after))
        ahead = _zh_name_before(simplified, offsets[i], rules, word_starts)
        if ahead is not None:
            found.append(_zh_person(text, ahead))
    return found


def _kind_by_ending(word: str, heads: Mapping[str, ActorType], longest: int) -> ActorType | None:
    """The kind of name that `word` ends like (its longest ending among the head words), if any."""
    for length in range(min(longest, len(word)), 0, -1):
        kind = heads.get(word[-length:])
        if kind is not None:
            return kind
    return None


def _zh_name_after(
    simplified: str,
    start: int,
    rules: _Rules,
    tagged: Sequence[tuple[str, str]],
    offsets: Sequence[int],
    index: int,
) -> tuple[int, int] | None:
    """The name right after a title: jieba's person word, or the shortest run that a boundary word ends."""
    if index >= len(tagged):
        return None
    word, tag = tagged[index]
    if len(word) == 1 and index + 1 < len(tagged) and word not in rules.zh_boundaries:
        following, following_tag = tagged[index + 1]
        # "王" + "东峰", "安" + "瓦尔": a name jieba cut after its first character
        if (word in rules.zh_family and len(following) <= 2 and following_tag not in _LEADING_NOT) or (
            following_tag in _PERSON_TAGS and len(following) >= 2
        ):
            if not (following in rules.zh_boundaries or following in rules.zh_title_set):
                word, tag = word + following, "nr"
                index += 1
    if tag not in _PERSON_TAGS or len(word) < 2 or any(title in word for title in rules.titles_cjk["zh"]):
        return None
    end = start + len(word)
    if word[0] in rules.zh_family and len(word) == 3:
        return start, end  # a Chinese name is whole in three characters ("曾培炎", not "曾培炎曾")
    # A foreign name jieba cuts in pieces: "阿尔巴尼" + "斯", "克莱门斯" + "·" + "菲" + "斯特".
    while index + 1 < len(tagged):
        following, following_tag = tagged[index + 1]
        after = simplified[end + len(following) : end + len(following) + 2]
        next_tag = tagged[index + 2][1] if index + 2 < len(tagged) else "x"
        ends_name = (
            not after
            or after[0] in _ZH_PUNCT
            or after[0].isdigit()
            or after.startswith(rules.zh_boundaries)
            or next_tag in _LEADING_NOT
        )
        if following == "·" or (
            end - start < 8
            and len(following) <= 2
            and (following_tag in _NAME_PIECE_TAGS or (len(following) == 1 and ends_name))
        ):
            if following in rules.zh_boundaries or following.startswith(rules.zh_boundaries):
                break
            end += len(following)
            index += 1
        else:
            break
    if simplified[end - 1] == "·":
        end -= 1
    del offsets
    return start, end


def _zh_name_before(simplified: str, end: int, rules: _Rules, word_starts: frozenset[int]) -> tuple[int, int] | None:
    """A Chinese name right before a title ("，赵乐际委员长").

    A family name and one or two characters that start a word, after punctuation, a digit or a boundary word.
    """
    for length in (3, 2):
        start = end - length
        if start < 0 or start not in word_starts:
            continue
        piece = simplified[start:end]
        if piece[0] not in rules.zh_family or any(ch in _ZH_PUNCT or ch.isdigit() for ch in piece):
            continue
        if any(b in piece for b in rules.zh_boundaries) or any(t in piece for t in rules.titles_cjk["zh"]):
            continue
        before = simplified[:start]
        if not before or before[-1] in _ZH_PUNCT or before[-1].isdigit() or before.endswith(rules.zh_boundaries):
            return start, end
    return None


def _zh_person(text: str, span: tuple[int, int]) -> _Found:
    other = _LATIN_NAME_AFTER_RE.match(text, span[1])
    return _Found(span[0], span[1], text[span[0] : span[1]], "person", "person_title", other=other and other.group(1))


# --- Japanese and Korean ---------------------------------------------------------------------------------------

_JA_RUN_RE = re.compile(r"[\u3400-\u9fff\u30a0-\u30ffー・々]+")
_JA_RUN_END_RE = re.compile(r"[\u3400-\u9fff\u30a0-\u30ffー・々]+$")


def _ja_names(text: str, rules: _Rules) -> list[_Found]:
    """Runs of kanji and katakana (hiragana particles bound them) ending with a head word or a title."""
    heads = rules.heads_cjk["ja"]
    generic = rules.generic_cjk["ja"]
    found: list[_Found] = []
    for match in _JA_RUN_RE.finditer(text):
        run = match.group()
        kind = next((k for w, k in heads.items() if run.endswith(w)), None)
        if kind is not None and run not in generic and len(run) >= 3 and run not in heads:
            rule = {
                "organization": "organisation_suffix",
                "agreement": "agreement_word",
                "initiative": "initiative_word",
            }
            found.append(_Found(match.start(), match.end(), run, kind, rule[kind]))
            continue
        title = next((t for t in rules.titles_cjk["ja"] if run.endswith(t) and len(run) > len(t)), None)
        if title is not None and 2 <= len(run) - len(title) <= 8:
            end = match.end() - len(title)
            holder = text[match.start() : end]
            held = next((k for w, k in heads.items() if holder.endswith(w)), None)
            if held is None:
                found.append(_Found(match.start(), end, holder, "person", "person_title"))
            elif held == "organization" and holder not in generic and len(holder) >= 3 and holder not in heads:
                # "海洋庁副局長": the office of an organisation
                found.append(_Found(match.start(), end, holder, "organization", "organisation_suffix"))
            continue
        # "副局長の魏本華": a title, の, and the name
        if 2 <= len(run) <= 5 and text[match.start() - 1 : match.start()] == "の" and kind is None:
            before = _JA_RUN_END_RE.search(text, max(0, match.start() - 12), match.start() - 1)
            if before is not None and any(before.group().endswith(t) for t in rules.titles_cjk["ja"] if t != "氏"):
                found.append(_Found(match.start(), match.end(), run, "person", "person_title"))
    return found


_KO_WORD_RE = re.compile(r"[\uac00-\ud7a3A-Za-z0-9·]+")


def _ko_names(text: str, rules: _Rules) -> list[_Found]:
    """Korean words (particles cut off) ending with a head word; a name next to a title word."""
    heads = rules.heads_cjk["ko"]
    generic = rules.generic_cjk["ko"]
    titles = frozenset(rules.titles_cjk["ko"])
    words: list[tuple[int, int, str]] = []
    for match in _KO_WORD_RE.finditer(text):
        word = match.group()
        stem = word
        for length in (3, 2, 1):
            if len(word) - length >= 2 and word[-length:] in rules.ko_particle_set:
                stem = word[:-length]
                break
        words.append((match.start(), match.start() + len(stem), stem))
    found: list[_Found] = []
    longest, last_chars = rules.longest_head["ko"], rules.head_last_chars["ko"]
    for i, (start, end, stem) in enumerate(words):
        kind = _kind_by_ending(stem, heads, longest) if stem[-1] in last_chars else None
        if kind is not None and stem not in generic and len(stem) >= 3 and stem not in heads:
            rule = {
                "organization": "organisation_suffix",
                "agreement": "agreement_word",
                "initiative": "initiative_word",
            }
            found.append(_Found(start, end, stem, kind, rule[kind]))
            continue
        if stem in titles:
            for j in (i + 1, i - 1):  # "장관 박진", "박진 장관"
                if 0 <= j < len(words) and _is_ko_name(words[j][2], rules) and words[j][2] not in titles:
                    found.append(_Found(words[j][0], words[j][1], words[j][2], "person", "person_title"))
                    break
    return found


def _is_ko_name(word: str, rules: _Rules) -> bool:
    return 2 <= len(word) <= 4 and bool(_HANGUL_RE.fullmatch(word[0])) and word.startswith(rules.ko_family)


# --- the document ----------------------------------------------------------------------------------------------


def prepare() -> None:
    """Compile the rules now (~0.1 s): with the extractor, before a worker's first document, not inside it."""
    _rules(lexicon.current())


def discover_actors(
    paragraphs: Sequence[Paragraph],
    spans: Mapping[int, list[Span]],
    gazetteer: Gazetteer,
    segmenter: Segmenter,
    *,
    known_ids: frozenset[str] = frozenset(),
    persons: Mapping[ActorId, tuple[str, ...]] | None = None,
    simplified: Mapping[int, str] | None = None,
    rejected: Iterable[str] = (),
) -> Discovery:
    """Discovered actors of a document and their mentions. `spans`: the vocabulary's names in each paragraph.

    `persons`: the vocabulary's people (id -> English names), so that "Mr Kishida" names the one the document
    names in full. `simplified`: paragraph index -> its text in Simplified characters, when the caller has it.
    `rejected`: names a curator rejected (`nea-site actors reject`), never discovered.
    """
    rules = _rules(lexicon.current())
    per_paragraph: list[tuple[Paragraph, list[_Found]]] = []
    for paragraph in paragraphs:
        own = spans.get(paragraph.index, [])
        simple = simplified.get(paragraph.index) if simplified is not None else None
        per_paragraph.append((paragraph, _paragraph_names(paragraph, own, rules, segmenter, gazetteer.kinds, simple)))
    refused = frozenset(_fold_name(n) for n in rejected)
    if refused:
        per_paragraph = [
            (
                p,
                [
                    i
                    for i in items
                    if _fold_name(i.name) not in refused and _fold_name(p.text[i.start : i.end]) not in refused
                ],
            )
            for p, items in per_paragraph
        ]
    return _assemble(per_paragraph, spans, gazetteer, rules, known_ids, persons or {})


def _fold_name(name: str) -> str:
    """A name compared with a curator's list: case, script and spacing folded."""
    return re.sub(r"\s+", " ", to_simplified(name).casefold()).strip()


def _paragraph_names(
    paragraph: Paragraph,
    own: list[Span],
    rules: _Rules,
    segmenter: Segmenter,
    kinds: Mapping[ActorId, ActorType],
    simple: str | None,
) -> list[_Found]:
    text = paragraph.text

    def known(start: int, end: int) -> bool:
        return any(s.start < end and start < s.end for s in own)

    found: list[_Found] = []
    if _UPPER_RE.search(text):
        found.extend(_english_names(text, rules, known))
    if _HAN_RE.search(text) or _HANGUL_RE.search(text):
        simplified = simple if simple is not None else to_simplified(text)
        lang = "ko" if _HANGUL_RE.search(text) else "ja" if (paragraph.lang == "ja" or _KANA_RE.search(text)) else "zh"
        found.extend(_bracketed(text, simplified, rules, lang))
        if lang == "zh" and (rules.heads_cjk_re["zh"].search(simplified) or rules.titles_cjk_re.search(simplified)):
            found.extend(_zh_names(text, simplified, rules, segmenter))
        elif lang == "ja":
            found.extend(_ja_names(text, rules))
        else:
            found.extend(_ko_names(text, rules))
    return _resolve(found, own, kinds)


def _resolve(found: list[_Found], own: list[Span], kinds: Mapping[ActorId, ActorType]) -> list[_Found]:
    """Leftmost-longest names that neither equal nor cut across a vocabulary name.

    Holding one is fine, unless it is of the same kind: "美国印太战略" is the vocabulary's Indo-Pacific strategy,
    "三国秘书处" its secretariat; "中国社会科学院" is an institute of its own.
    """
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start), f.rule)):
        if kept and item.start < kept[-1].end:
            continue
        clash = False
        for span in own:
            if span.start < item.end and item.start < span.end:
                inside = item.start <= span.start and span.end <= item.end
                # A known name of the same kind ending the found one: a variant of it ("三国秘书处"), not a body
                # of its own ("国务院国资委" begins with the State Council).
                # A place named first makes an organisation that place's own ("新西兰财政部" is New Zealand's,
                # not the vocabulary's bare "财政部"); a strategy keeps its name ("美国印太战略").
                same_kind = (
                    span.end == item.end
                    and any(kinds.get(a) == item.type for a in span.actors)
                    and not (item.type == "organization" and _opens_with_place(item, span, own, kinds))
                )
                if not inside or (span.start, span.end) == (item.start, item.end) or item.type == "person" or same_kind:
                    clash = True
                    break
        if not clash:
            kept.append(item)
    return kept


def _opens_with_place(item: _Found, ending: Span, own: list[Span], kinds: Mapping[ActorId, ActorType]) -> bool:
    """A known country or place starts the found name and ends before the known name that ends it."""
    return any(
        span.start == item.start
        and span.end <= ending.start
        and any(kinds.get(a) in ("country", "place") for a in span.actors)
        for span in own
    )


def discovered_id(name_en: str | None, name_cjk: str | None) -> ActorId:
    """`found-` and a slug of the English name, else a short hash of the CJK name (Simplified)."""
    if name_en:
        slug = re.sub(r"[^a-z0-9]+", "-", name_en.casefold()).strip("-")[:60].strip("-")
        if slug:
            return ActorId(DISCOVERED_PREFIX + slug)
    return ActorId(DISCOVERED_PREFIX + content_hash(to_simplified(name_cjk or name_en or ""), length=10))


def _assemble(
    per_paragraph: list[tuple[Paragraph, list[_Found]]],
    spans: Mapping[int, list[Span]],
    gazetteer: Gazetteer,
    rules: _Rules,
    known_ids: frozenset[str],
    persons: Mapping[ActorId, tuple[str, ...]],
) -> Discovery:
    # Full names of people in the document: a family name alone ("Mr Kishi") is theirs.
    full_people: dict[str, tuple[str, ActorId | None]] = {}  # family name (folded) -> full name, vocabulary id
    for paragraph, items in per_paragraph:
        for item in items:
            if item.type == "person" and not item.family and " " in item.name:
                for part in (item.name.split()[0], item.name.split()[-1]):
                    full_people.setdefault(part.casefold(), (item.name, None))
        for span in spans.get(paragraph.index, []):
            for known_id in span.actors:
                for name in persons.get(known_id, ()):
                    if name.casefold() in span.surface.casefold() or span.surface.casefold() in name.casefold():
                        for part in (name.split()[0], name.split()[-1]):
                            full_people.setdefault(part.casefold(), (name, known_id))
    actors: dict[ActorId, Actor] = {}
    mentions: list[Mention] = []
    nested: set[tuple[int, int]] = set()
    names_of: dict[str, ActorId] = {}  # a discovered person's name as written -> id, for its bare occurrences
    for paragraph, items in per_paragraph:
        for item in items:
            if item.family and item.name.casefold() in full_people:
                full, vocabulary_id = full_people[item.name.casefold()]
                if vocabulary_id is not None:
                    mentions.append(_mention(vocabulary_id, paragraph, item))
                    continue
                item = replace(item, name=full)
            actor = _actor(item, known_ids)
            previous = actors.get(actor.id)
            actors[actor.id] = merge_found(previous, actor) if previous else actor
            mentions.append(_mention(actor.id, paragraph, item))
            if item.type == "person" and _HAN_RE.search(item.name) is None:
                names_of.setdefault(paragraph.text[item.start : item.end], actor.id)
            if item.acronym:
                names_of.setdefault(item.acronym, actor.id)
            for span in spans.get(paragraph.index, []):
                if item.start <= span.start and span.end <= item.end:
                    nested.add((paragraph.index, span.start))
    # Bare occurrences of a discovered name elsewhere in the document: "KISHI said", "the LSTC".
    if names_of:
        pattern = re.compile(
            r"(?<![\w&])(?:" + "|".join(re.escape(n) for n in sorted(names_of, key=len, reverse=True)) + r")(?![\w&])"
        )
        taken = {(m.paragraph, m.offset) for m in mentions}
        for paragraph, items in per_paragraph:
            own = spans.get(paragraph.index, [])
            for match in pattern.finditer(paragraph.text):
                start, end = match.span()
                if (paragraph.index, start) in taken or paragraph.text[:start].rstrip().endswith(("(", "（")):
                    continue  # the acronym given in parentheses right after the name is no repeat of it
                if any(s.start < end and start < s.end for s in own) or any(
                    i.start < end and start < i.end for i in items
                ):
                    continue
                mentions.append(
                    Mention(
                        actor=names_of[match.group()], surface=match.group(), paragraph=paragraph.index, offset=start
                    )
                )
    mentions.sort(key=lambda m: (m.paragraph, m.offset))
    del gazetteer, rules
    return Discovery(
        actors=tuple(actors[k] for k in sorted(actors)), mentions=tuple(mentions), nested=frozenset(nested)
    )


def _mention(actor: ActorId, paragraph: Paragraph, item: _Found) -> Mention:
    return Mention(
        actor=actor, surface=paragraph.text[item.start : item.end], paragraph=paragraph.index, offset=item.start
    )


def _actor(item: _Found, known_ids: frozenset[str]) -> Actor:
    cjk = bool(_CJK_RE.search(item.name))
    name_en = item.other if cjk else item.name
    name_zh = item.name if cjk else item.other
    if cjk and not _HAN_RE.search(item.name) or _HANGUL_RE.search(item.name):  # Korean, or Japanese kana only
        name_zh = item.other if item.other and _HAN_RE.search(item.other) else None
        aliases = Terms(other=(item.name,))
    else:
        aliases = Terms(en=(item.acronym,) if item.acronym else ())
    actor_id = discovered_id(name_en, None if name_en else item.name)
    if actor_id in known_ids:
        actor_id = ActorId(f"{actor_id}-{content_hash(item.name, length=4)}")
    original = "zh" if cjk and name_zh else "en"
    return Actor(
        id=actor_id,
        type=item.type,
        name=LocalizedText(en=name_en or (item.name if not name_zh else None), zh=name_zh, original=original),  # type: ignore[arg-type]
        aliases=aliases,
        found_by=item.rule,
    )
