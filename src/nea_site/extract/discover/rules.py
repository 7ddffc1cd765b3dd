"""The lexicon's words compiled into the discovery rules, and what a rule finds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nea_site import lexicon
from nea_site.extract.fast_new import fast_init
from nea_site.extract.trie import WORD_START_AFTER_FIRST, trie_regex
from nea_site.model import Actor, ActorId, ActorType, Mention
from nea_site.text.literals import FirstLongest

DISCOVERED_PREFIX = "found-"

# Capitals and small letters of the Latin alphabets names are written in: Latin-1, Extended-A and Extended
# Additional ("Ōhira", "Łukasz", "Trần Đại Quang"); the extended blocks alternate cases, so they are listed.
_EXTENDED = [chr(c) for block in (range(0x100, 0x250), range(0x1E00, 0x1F00)) for c in block]
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in _EXTENDED if ch.isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(ch for ch in _EXTENDED if ch.islower())
# A capitalised word of a name: "Stanford", "McMahon", "Jae-in", "U.S.-Japan", "KISHI", "R&D", "3D".
# An underscore is no letter: "_Agreement on X_" is emphasis left by a Markdown export around a name.
# A hyphen a line break left before a capital ("Japanese- Australian") joins the word on.
_TOKEN_REST = rf"(?:[^\W_]|&|[-–'’.]+(?=[^\W_])|-\s(?=[{_UPPER}][{_LOWER}]))*"
_TOKEN = rf"(?:[{_UPPER}]|\d+[{_UPPER}]){_TOKEN_REST}"
# The same token where no letter, digit or "&" stands before it, the look-behind written after its first character
# (a capital or a digit): a pattern that opens with a character class is searched for in C, three times as fast as
# one that opens with the look-behind.
_FIRST_TOKEN = rf"[{_UPPER}\d](?<![^\W_].|&.)(?:(?<=[{_UPPER}])|(?<=\d)\d*[{_UPPER}]){_TOKEN_REST}"
CONNECTORS = ("of", "for", "on", "and", "&", "between", "de", "du", "la")
PHRASE_RE = re.compile(
    rf"{_FIRST_TOKEN}(?:(?:\s+(?:{'|'.join(CONNECTORS)})(?:\s+the)?)?\s+{_TOKEN})*",
)
# The fields a name lists after its "of": "Ministry of Health, Labour and Welfare", "… of Land, Infrastructure,
# Transport and Tourism" (a comma ends a phrase of PHRASE_RE). Each field is one or two capitalised words; the list
# ends with "and" and its last field, and no capitalised word may follow it ("… and Industry Minister Hagiuda").
LIST_TAIL_RE = re.compile(
    rf"(?:,\s+{_TOKEN}(?:\s+{_TOKEN})?)*,?\s+and\s+{_TOKEN}(?:\s+{_TOKEN})?(?![^\W_]|\s+[{_UPPER}])"
)
# "the" and the capitalised words after a name's gerund or preposition: "Project on Managing the Atom", "Association
# for Relations Across the Taiwan Straits" (a phrase of PHRASE_RE stops before "the").
THE_TAIL_RE = re.compile(rf"\s+the\s+{_TOKEN}(?:\s+{_TOKEN})*")
WORD_RE = re.compile(rf"{_TOKEN}|\S+")
LATIN_WORD_RE = re.compile(r"[A-Za-z]+")
ACRONYM_PAREN_RE = re.compile(r"[(（]\s*[A-Z][A-Za-z&]{1,9}\s*[)）]")
PARENTHESES = ("(", "（")  # what opens each match of ACRONYM_PAREN_RE, found by str.find
ACRONYM_AFTER_RE = re.compile(r"\s*[(（]\s*([A-Z][A-Za-z&]{1,9})\s*[)）]")
_INITIALS = r"(?:[A-Z]\.\s?){1,3}"
# "Antony J. Blinken", "James C.H. Shen": middle initials between the given and the family name.
_NAME = rf"(?:{_INITIALS})?{_TOKEN}(?:\s+(?:(?:[{_UPPER}]\.){{1,3}}\s+)?{_TOKEN}){{0,3}}"
INITIAL_RE = re.compile(r"(?:[A-Z]\.)+")
POSSESSIVE_RE = re.compile(r"['’]s?$")
ALL_CAPS_RE = re.compile(r"^[A-Z]{2,}$")
HAN_RE = re.compile(r"[\u3400-\u9fff]")
HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
UPPER_RE = re.compile(f"[{_UPPER}]")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
KANA_RE = re.compile(r"[\u3040-\u30ff]")
LATIN_NAME_AFTER_RE = re.compile(rf"\s*[(（]\s*([{_UPPER}][\w .’'-]{{1,60}}?)\s*[)）]")
CJK_NAME_AFTER_RE = re.compile(r"\s*[(（]\s*([\u3400-\u9fff·]{2,20})\s*[)）]")
ZH_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!()[]\"' \n\t")
BRACKETED_RE = re.compile(r"《([^《》\n]{2,40})》|「([^「」\n]{2,40})」|『([^『』\n]{2,40})』")
BRACKET_OPENINGS = ("《", "「", "『")  # what opens each match of BRACKETED_RE, found by str.find
# Parts of speech (jieba's tags) that a CJK organisation's or agreement's name is built from: nouns, places,
# organisations, abbreviations, other proper nouns, verbal nouns ("投资协定"), numerals of ordinals ("第九次").
NAME_TAGS = frozenset({"n", "nt", "ns", "nz", "j", "vn", "an", "nrt", "ng", "eng", "b", "f", "t", "l"})
PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
HEAD_TAGS = frozenset({"n", "nt", "ns", "nz", "j", "ng", "nrt"})  # an organisation's head word is a noun
PROPER_TAGS = frozenset({"nt", "ns", "nz", "j", "nr", "nrt", "nrfg", "eng", "m"})
NAME_PIECE_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz"})
MINISTRY_ENDINGS = ("部", "委")  # "科技部", "国资委": a ministry's short name needs no proper noun
LEADING_NOT = frozenset({"v", "vn", "d", "p", "c", "u", "r", "m", "q", "a", "ad", "t", "f"})
# Parts of speech of a common word that a title may stand before ("主席会议"): no name follows the title there.
_NOT_NAME_TAGS = frozenset({"n", "v", "vn", "a", "ad", "d", "p", "c", "u", "m", "q", "r", "t", "f", "x"})
MAX_CJK_NAME = 18  # characters
MAX_CJK_WORDS = 6


@dataclass(frozen=True, slots=True)
class Discovery:
    actors: tuple[Actor, ...]  # by id
    mentions: tuple[Mention, ...]  # of the discovered actors (and of vocabulary persons named by family name)
    nested: frozenset[tuple[int, int]]  # (paragraph, offset) of vocabulary mentions inside a discovered name


@fast_init
@dataclass(frozen=True, slots=True)
class Found:
    start: int  # the name's span in the paragraph: what is linked
    end: int
    name: str  # as written, whitespace folded
    type: ActorType
    rule: str
    other: str | None = None  # the name in the other script, given beside it: "欧渤芊 (Ou Boqian)"
    acronym: str | None = None  # given in parentheses after it
    alias: str | None = None  # another form of it in its own script: its singular, its name without an ordinal
    family: bool = False  # a person's family name alone ("Mr Kishi"): the document's full name wins
    actor: ActorId | None = None  # set for a vocabulary person named by family name


@dataclass(frozen=True, slots=True)
class Rules:
    titles_en: re.Pattern[str]
    title_first_words: frozenset[str]  # where the English rules look: a title's first word,
    speech_first_words: frozenset[str]  # a verb of speech,
    head_last_words: frozenset[str]  # a name's head word
    title_words: frozenset[str]
    upper_titles: frozenset[str]  # folded titles listed with a capital: they may stand before one word
    person_comma_re: re.Pattern[str]
    appositive_re: re.Pattern[str]
    # Its part from the comma on. No comma stands in a name or after that one, so a match's comma is the last
    # before the title: where this does not match from there, neither does appositive_re (no search needed).
    appositive_tail_re: re.Pattern[str]
    name_re: re.Pattern[str]
    name_before_re: re.Pattern[str]
    org_en: dict[str, ActorType]  # head word (folded) -> type
    generic_en: frozenset[str]
    pact_kinds_en: frozenset[str]  # words that alone before an agreement's head word name a kind of pact
    public_heads_en: frozenset[str]  # head words of a government's bodies: "… and Exchange Commission"
    not_names: frozenset[str]
    office_fields: frozenset[str]  # words that end an office's field: no person's name runs into one
    bio_roles: frozenset[str]  # what an author's note says a person is: "fellow", "professor"
    heads_cjk: dict[str, dict[str, ActorType]]  # lang -> head word -> type (longest first)
    heads_cjk_re: dict[str, re.Pattern[str]]
    generic_cjk: dict[str, frozenset[str]]
    titles_cjk: dict[str, tuple[str, ...]]
    titles_cjk_re: re.Pattern[str]  # any Chinese title
    zh_heads_found: FirstLongest  # heads_cjk_re["zh"] and titles_cjk_re as automata (the same occurrences)
    zh_titles_found: FirstLongest
    zh_title_set: frozenset[str]
    longest_head: dict[str, int]
    head_last_chars: dict[str, frozenset[str]]
    head_lengths: dict[str, dict[str, tuple[int, ...]]]  # lang -> last character -> lengths of heads ending so
    ko_particle_set: frozenset[str]
    zh_boundaries: tuple[str, ...]
    zh_joining: tuple[str, ...]  # "暨": joins two names; no name runs across it
    zh_family: frozenset[str]
    zh_name_trailers: frozenset[str]  # characters that, after a name of three, open what the person does
    zh_state_openers: frozenset[str]  # words a state body's name opens with: "国家数据局"
    zh_speaker_re: re.Pattern[str]  # two or three characters opening a sentence, an act of office after them
    zh_action_re: re.Pattern[str]  # any act of office zh_speaker_re looks for ("主持")
    zh_false_endings: tuple[str, ...]
    ko_false_endings: tuple[str, ...]  # common words that end like a Korean head word ("지원", support)
    ko_family: tuple[str, ...]
    ja_subject_links: tuple[str, ...]  # "に関する": an agreement's subject before its name's head word
    ja_title_prefixes: tuple[str, ...]  # "外務" of "外務副大臣": part of the office, not of the name before it
    ko_particles: tuple[str, ...]


# The lexicon lists of head words and the kind of name each heads; where a word is in two, the first wins.
HEAD_LISTS: tuple[tuple[ActorType, str], ...] = (
    ("initiative", "initiative_words"),
    ("agreement", "agreement_words"),
    ("initiative", "pact_initiative_words"),
    ("agreement", "pact_agreement_words"),
    ("organization", "organisation_suffixes"),
    ("organization", "organisation_extra_suffixes"),
    ("organization", "organisation_cjk_suffixes"),
)
PHRASE_REACH = 160  # characters around a head word where its phrase is read
APPOSITIVE_REACH = 160  # characters before a title where "Name, its …" is looked for
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


def _lengths_by_last(words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """Last character -> the lengths of the words that end with it, longest first."""
    lengths: dict[str, set[int]] = {}
    for word in words:
        lengths.setdefault(word[-1], set()).add(len(word))
    return {last: tuple(sorted(found, reverse=True)) for last, found in lengths.items()}


@lexicon.table
def compiled_rules(lex: lexicon.Lexicon) -> Rules:
    english = lex.words("person_titles", "en") + lex.words("person_roles", "en")  # roles: the people list
    titles = sorted({t.rstrip(".") for t in english}, key=len, reverse=True)
    title_alternation = _title_regex(titles)
    title_words = frozenset(w.casefold() for t in titles for w in re.split(r"[\s\-–]+", t))
    heads: dict[str, ActorType] = {}
    for kind, name in HEAD_LISTS:
        for word in lex.words(name, "en"):
            heads[word.casefold().rstrip(".")] = kind
    for word in lex.words("place_words", "en"):  # English only: 省, 市, 県 end too many common words
        heads.setdefault(word.casefold(), "place")
    heads_cjk: dict[str, dict[str, ActorType]] = {}
    heads_cjk_re: dict[str, re.Pattern[str]] = {}
    generic_cjk: dict[str, frozenset[str]] = {}
    titles_cjk: dict[str, tuple[str, ...]] = {}
    for lang in ("zh", "ko", "ja"):
        by_word: dict[str, ActorType] = {}
        for kind, name in HEAD_LISTS:
            for word in lex.words(name, lang):
                by_word.setdefault(word, kind)
        heads_cjk[lang] = dict(sorted(by_word.items(), key=lambda kv: -len(kv[0])))
        heads_cjk_re[lang] = re.compile("|".join(re.escape(w) for w in heads_cjk[lang]))
        generic_cjk[lang] = frozenset(
            lex.words("organisation_generic_words", lang)
            + lex.words("organisation_extra_generic_words", lang)
            + lex.words("agreement_generic_words", lang)
        )
        offices = (
            lex.words("person_titles", lang) + lex.words("person_roles", lang) + lex.words("person_cjk_titles", lang)
        )  # roles: the people list
        titles_cjk[lang] = tuple(sorted(dict.fromkeys(offices), key=len, reverse=True))
    # "Charles de Gaulle", "Ursula von der Leyen": lower-case particles inside a name.
    particles = "|".join(re.escape(w) for w in lex.words("person_name_particles", "en"))
    name = (
        rf"(?:{_INITIALS})?{_TOKEN}(?:\s+(?:(?:[{_UPPER}]\.){{1,3}}\s+|(?:{particles})(?:\s+(?:{particles}))?\s+)?{_TOKEN}){{0,3}}"
        if particles
        else _NAME
    )
    # "Kim Minsu, South Korea's first vice foreign minister": words between a name and its title
    modifiers = "|".join(re.escape(w) for w in lex.words("appositive_title_modifiers", "en"))
    appositive_tail = rf",\s+(?:(?:as|a|an|the|its|his|her|their|{modifiers}|[{_UPPER}][\w.’'\-]*)\s+){{0,4}}$"
    return Rules(
        titles_en=re.compile(rf"(?P<title>{title_alternation})\s+(?P<name>{name})"),
        title_first_words=frozenset(
            re.split(r"[^A-Za-z]+", form)[0] for form in _title_forms(titles) if re.split(r"[^A-Za-z]+", form)[0]
        ),
        speech_first_words=frozenset(v.split()[0] for v in lex.words("person_speech_verbs", "en")),
        head_last_words=frozenset(
            re.split(r"[^A-Za-z]+", w.rstrip("."))[-1]
            for n in (*(name for _, name in HEAD_LISTS), "place_words")
            for w in lex.words(n, "en")
        ),
        title_words=title_words,
        upper_titles=frozenset(re.sub(r"[\s\-–.]+", " ", t.casefold()).strip() for t in titles if t[0].isupper()),
        person_comma_re=re.compile(rf"{title_alternation}[,:]\s+(?P<name>{name})(?=\s*[,(.;:)]|\s*$)"),
        appositive_re=re.compile(rf"(?P<name>{name}){appositive_tail}"),
        appositive_tail_re=re.compile(appositive_tail),
        name_re=re.compile(name),
        name_before_re=re.compile(rf"(?P<name>{name})\s+$"),
        org_en=heads,
        generic_en=frozenset(
            w.casefold() for n in ("organisation_generic_words", "pact_generic_words") for w in lex.words(n, "en")
        ),
        pact_kinds_en=frozenset(w.casefold() for w in lex.words("pact_kind_words", "en")),
        public_heads_en=frozenset(w.casefold() for w in lex.words("public_body_heads", "en")),
        not_names=frozenset(w.casefold() for w in lex.words("not_name_words", "en")),
        office_fields=frozenset(w.casefold() for w in lex.words("office_field_words", "en")),
        bio_roles=frozenset(w.casefold() for w in lex.words("bio_roles", "en")),
        heads_cjk=heads_cjk,
        heads_cjk_re=heads_cjk_re,
        generic_cjk=generic_cjk,
        titles_cjk=titles_cjk,
        titles_cjk_re=re.compile(trie_regex(titles_cjk["zh"])),
        zh_heads_found=FirstLongest(heads_cjk["zh"]),
        zh_titles_found=FirstLongest(titles_cjk["zh"]),
        zh_title_set=frozenset(titles_cjk["zh"]),
        longest_head={lang: max(map(len, heads), default=0) for lang, heads in heads_cjk.items()},
        head_last_chars={lang: frozenset(w[-1] for w in heads) for lang, heads in heads_cjk.items()},
        head_lengths={lang: _lengths_by_last(heads) for lang, heads in heads_cjk.items()},
        ko_particle_set=frozenset(lex.words("name_particles", "ko")),
        zh_boundaries=tuple(
            sorted(
                lex.words("name_boundary_words", "zh") + lex.words("name_joining_words", "zh"), key=len, reverse=True
            )
        ),
        zh_joining=tuple(lex.words("name_joining_words", "zh")),
        zh_family=frozenset(lex.words("person_family_names", "zh")),
        zh_name_trailers=frozenset(lex.words("person_name_trailing_verbs", "zh")),
        zh_state_openers=frozenset(lex.words("organisation_state_openers", "zh")),
        # The sentence's start is a look-behind after the name's first character ("not after any other than a
        # mark", true at the text's start too): the engine skips to a Han character in C.
        zh_speaker_re=re.compile(
            r"([\u4e00-\u9fff](?<![^，。；：！？”\s>].)[\u4e00-\u9fff]{1,2})(?="
            + "|".join(map(re.escape, lex.words("person_action_words", "zh")))
            + r")"
        ),
        zh_action_re=re.compile("|".join(map(re.escape, lex.words("person_action_words", "zh")))),
        zh_false_endings=lex.words("false_name_endings", "zh") + lex.words("false_name_cjk_endings", "zh"),
        ko_false_endings=lex.words("false_name_endings", "ko"),
        ja_subject_links=lex.words("agreement_subject_links", "ja"),
        ja_title_prefixes=tuple(sorted(lex.words("person_title_prefixes", "ja"), key=len, reverse=True)),
        ko_family=tuple(sorted(lex.words("person_family_names", "ko"), key=len, reverse=True)),
        ko_particles=tuple(sorted(lex.words("name_particles", "ko"), key=len, reverse=True)),
    )
