"""English people named with a title, an office or a verb of speech."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from nea_site import lexicon
from nea_site.extract.discover.common import Cue, fold_space, words_at
from nea_site.extract.discover.filters_general import names_a_work
from nea_site.extract.discover.rules import (
    ALL_CAPS_RE,
    APPOSITIVE_REACH,
    CJK_NAME_AFTER_RE,
    CONNECTORS,
    INITIAL_RE,
    POSSESSIVE_RE,
    Found,
    Rules,
)


def _person_name(
    text: str, start: int, end: int, rules: Rules, known: Callable[[int, int], bool]
) -> tuple[int, int] | None:
    """The span of a person's name in text[start:end], without leading known names or trailing non-names."""
    words = words_at(text, start, end)
    stripped = False
    while words and known(words[0][0], words[0][1]):  # "ambassador to Japan Rahm Emmanuel"
        words, stripped = words[1:], True
    kept: list[tuple[int, int, str]] = []
    for at, word in enumerate(words):
        folded = word[2].casefold().rstrip(".")
        if kept and _is_middle_initial(words, at):
            kept.append(word)  # "Arlo A. Fenwick": a middle initial, not the word "a"
            continue
        if kept and folded in rules.office_fields and word[2][:1].isupper():
            return None  # "Director, Coastal Shipping Affairs": the words run into the name of an office's field
        if folded in rules.not_names or folded in rules.org_en or folded in rules.title_words:
            break
        possessive = POSSESSIVE_RE.search(word[2])
        if possessive and len(word[2]) > 2 and not word[2].endswith("."):
            if possessive.start() > 1 and kept:  # "Speaker Jane Roe’s visit": "Roe" ends the name
                kept.append((word[0], word[0] + possessive.start(), word[2][: possessive.start()]))
            break
        kept.append(word)
    if not kept or (stripped and len(kept) < 2):
        return None  # "Ambassador Ou Boqian" where "Ambassador Ou" is a known name: not "Boqian"
    return kept[0][0], kept[-1][1]


def _listed_after(text: str, end: int, rules: Rules, known: Callable[[int, int], bool]) -> list[Found]:
    """The further full names of a title's colon list: "(Web editor: Tan Wenli, Guo Mingyu)"."""
    found: list[Found] = []
    while (comma := _LIST_COMMA_RE.match(text, end)) is not None:
        match = rules.name_re.match(text, comma.end())
        if match is None or not _LIST_END_RE.match(text, match.end()):
            break
        span = _person_name(text, match.start(), match.end(), rules, known)
        if span != match.span() or len(match.group().split()) < 2:
            break  # "Tan Wenli, Bianji": one word after the comma is no second person
        found.append(_person(text, span, "person_title"))
        end = span[1]
    return found


_LIST_COMMA_RE = re.compile(r",\s+")
_LIST_END_RE = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$)")


def _is_middle_initial(words: Sequence[tuple[int, int, str]], at: int) -> bool:
    """Whether words[at] is one capital letter with its point, a name's word after it ("A" "." "Fenwick")."""
    word = words[at][2]
    return (
        len(word) == 1
        and word.isupper()
        and at + 2 < len(words)
        and words[at + 1][2] == "."
        and words[at + 1][0] == words[at][1]
        and words[at + 2][2][:1].isupper()
    )


def _display_name(name: str) -> str:
    """A family name written in capitals, as official texts do, in the case of a name: KISHI -> Kishi.

    A regnal or generational number stays in capitals: "Charles III", "Benigno Aquino III"; each part of a
    hyphenated name is a word: JEAN-PIERRE -> Jean-Pierre.
    """
    return " ".join("-".join(_name_case(part) for part in w.split("-")) for w in name.split())


def _name_case(word: str) -> str:
    return word.capitalize() if ALL_CAPS_RE.match(word) and len(word) > 2 and not _ROMAN_RE.fullmatch(word) else word


_ROMAN_RE = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")


def english_people(text: str, rules: Rules, known: Callable[[int, int], bool], titles: Sequence[Cue]) -> list[Found]:
    """People named with a title: at each title found, its three shapes tried right there."""
    found: list[Found] = []
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
                if text[: match.start("name")].rstrip().endswith(":"):
                    found.extend(_listed_after(text, span[1], rules, known))
        # "Moon Jae-in, South Korea's president": the name and comma before the title
        comma = text.rfind(", ", max(0, title.start() - APPOSITIVE_REACH), title.start())
        match = None
        if comma > 0 and text[comma - 1].isalpha():
            last = text.rfind(",", max(0, comma - 60), title.start())  # the comma of any match (rules.py)
            if rules.appositive_tail_re.match(text, last, title.start()):
                match = rules.appositive_re.search(text, max(0, comma - 60), title.start())
        if match is not None and not names_a_work(match.group("name")):  # "the Arms Trade Act, the …"
            if _portfolio(text, match.start("name"), rules):
                continue  # "the Minister for Civil Aviation, Senator …": an office's field, no name
            span = _person_name(text, match.start("name"), match.end("name"), rules, known)
            if span is None or _ends_in_title(text[span[1] : match.end("name")], rules):
                continue  # "the Security Secretary, Secretary Atlan": an office before the comma, no name
            words = len(text[span[0] : span[1]].split())
            # One word is a family name ("Ogura said Ito, the Minister in …") when an office with a capital
            # follows and the word does not open a sentence.
            single = words == 1 and title.group(text)[0].isupper() and not _opens_sentence(text, span[0])
            if words >= 2 or single:
                found.append(_person(text, span, "person_role", family=words == 1))
    return found


def _ends_in_title(rest: str, rules: Rules) -> bool:
    """Whether the words left after a name's span hold a title ("Security Secretary" cut to "Security")."""
    return any(w.casefold().rstrip(".") in rules.title_words for w in rest.split())


_PORTFOLIO_RE = re.compile(r"([A-Za-z]+)\s+(?:for|of|on)\s+(?:the\s+)?$")


def _portfolio(text: str, start: int, rules: Rules) -> bool:
    """Whether the words at `start` follow an office's "for"/"of" ("Minister for", "Secretary of State for")."""
    before = _PORTFOLIO_RE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).casefold() in rules.title_words


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word opens a sentence or continues a name ("Ministry of Economy, Trade …"): no family name."""
    before = text[max(0, start - 40) : start].rstrip()
    if not before or before[-1] in ".!?:;\"“‘'([":
        return True
    previous = before.split()[-1]
    return not previous.islower() or previous in CONNECTORS or previous == "the"


_MEETING_NOUNS = frozenset(w.casefold() for w in lexicon.current().words("meeting_nouns", "en"))


# "HMS King Aldric": a ship's prefix right before a title names a vessel.
_VESSEL_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in lexicon.current().words('vessel_prefixes', 'en'))})\s+$"
    if lexicon.current().words("vessel_prefixes", "en")
    else r"(?!)"
)


def _titled_person(text: str, match: re.Match[str], rules: Rules, known: Callable[[int, int], bool]) -> Found | None:
    if _VESSEL_BEFORE_RE.search(text, max(0, match.start() - 8), match.start()):
        return None
    span = _person_name(text, match.start("name"), match.end("name"), rules, known)
    if span is None:
        return None
    words = text[span[0] : span[1]].split()
    written = match.group("title")
    upper = written[0].isupper() and re.sub(r"[\s\-–.]+", " ", written.casefold()).strip() in rules.upper_titles
    single = sum(1 for w in words if not INITIAL_RE.fullmatch(w)) == 1
    if single and not upper:
        return None  # "the official Xinhua": a lower-case role needs a full name after it
    if single and (words[-1].casefold() in rules.org_en or words[-1].casefold() in _MEETING_NOUNS):
        return None  # "the General Meeting of GATT": a body's or a meeting's word, no family name
    if any(ALL_CAPS_RE.match(w) for w in words) and not upper:
        return None
    return _person(text, span, "person_title", family=len(words) == 1)


def speech_people(text: str, rules: Rules, known: Callable[[int, int], bool], verbs: Sequence[Cue]) -> list[Found]:
    """Two or three capitalised words as a whole right after or before a verb of speech: "says Daniel Sneider"."""
    found: list[Found] = []
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
            if not 2 <= len(words) <= 3 or any(ALL_CAPS_RE.match(w) or "." in w for w in words):
                continue
            if len(words[-1]) == 1:
                continue  # "Annex D explained": a letter names a part, never a family
            found.append(_person(text, span, "person_speech"))
    return found


def _person(text: str, span: tuple[int, int], rule: str, *, family: bool = False) -> Found:
    name = _display_name(fold_space(text[span[0] : span[1]]))
    other = CJK_NAME_AFTER_RE.match(text, span[1])
    return Found(span[0], span[1], name, "person", rule, other=other.group(1) if other else None, family=family)


# A table cell holding a name in the official order of East Asian names, the family name in capitals: "SATO Ken",
# "LEE Min-ho", "Ken SATO".
_CELL_NAME_RE = re.compile(
    r"\s*(?P<name>[A-Z]{2,12}(?:-[A-Z]{2,12})?(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2}"
    r"|[A-Z][a-z]+(?:-[a-z]+)?\s+[A-Z]{2,12}(?:-[A-Z]{2,12})?)\s*"
)


_VOWEL_RE = re.compile(r"[AEIOUYaeiouy]")


def table_people(
    text: str, cells: Sequence[tuple[int, int]], rules: Rules, known: Callable[[int, int], bool]
) -> list[Found]:
    """People named alone in a table row's cells (their spans in `text`), family name in capitals."""
    found: list[Found] = []
    for start, end in cells:
        match = _CELL_NAME_RE.fullmatch(text, start, end)
        if match is None or known(match.start("name"), match.end("name")):
            continue
        words = match.group("name").split()
        if not all(_VOWEL_RE.search(w) for w in words):
            continue  # "NHK World": an acronym without a vowel names no family
        if any(
            w.casefold() in rules.not_names or w.casefold() in rules.org_en or w.casefold() in rules.generic_en
            for w in words
        ):
            continue
        found.append(_person(text, match.span("name"), "person_table_cell"))
    return found


# A paragraph opening with a name and what the person is: an author's note ("Jane Roe is a senior fellow at …").
_BIO_RE = re.compile(r"(?P<name>[A-Z][a-z]+(?:[-\s][A-Z][a-z]+){1,2}) is (?:a |an |the )?(?P<role>[^.;]{1,80})")


def bio_people(text: str, rules: Rules, known: Callable[[int, int], bool]) -> list[Found]:
    """The person an author's note opens with: a name of two or three words, "is", a role (lexicon bio_roles)."""
    match = _BIO_RE.match(text)
    if match is None or known(match.start("name"), match.end("name")):
        return []
    role_words = {w.casefold() for w in re.findall(r"[A-Za-z]+", match.group("role"))}
    if not role_words & rules.bio_roles:
        return []
    words = match.group("name").replace("-", " ").split()
    if any(
        w.casefold() in rules.not_names or w.casefold() in rules.org_en or w.casefold() in rules.generic_en
        for w in words
    ):
        return []
    return [_person(text, match.span("name"), "person_bio")]
