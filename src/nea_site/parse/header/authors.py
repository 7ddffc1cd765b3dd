"""Authors in the header: bare bylines of names, affiliations under them, a speaker named by a speech's title."""

from __future__ import annotations

import re

from nea_site import lexicon
from nea_site.parse.header.state import Header
from nea_site.parse.headings import match_atx, match_numbered
from nea_site.parse.layout import Unit
from nea_site.text.header_patterns import (
    AFFILIATION_WORD_RE,
    BYLINE_NOT_NAME_WORDS,
    JOB_TITLE_RE,
    LABELLED_LINE_RE,
    LIST_SEPARATOR_RE,
    MARKED_AUTHORS_LINE_RE,
    NAME_MARK_RE,
    ORGANISATION_LINE_RE,
    SPEAKER_TITLE_RE,
    SPEECH_TITLE_RE,
    TITLE_PREFIX_RE,
    ZH_AFFILIATION_MARK,
    ZH_NAME_SEPARATOR_RE,
    ZH_NAMES_LINE_RE,
    ZH_SPEECH_TITLE_RE,
)
from nea_site.text.patterns import (
    KEYWORD_HEADING_RE,
    SENTENCE_END_RE,
)

_ZH_BODY_AFTER_BYLINE = 30  # characters: the paragraph under a line of Chinese names alone
_LEXICON = lexicon.current()
# "Written by Jane Roe", "Words by Jane Roe and John Doe", "Text: Jane Roe": a byline's opening (lexicon
# meta_byline_openers, meta_name_byline_openers) and people's names alone, capitalised, two to four words each.
_NAME = r"[A-Z][\w'’\-]*\.?(?:\s+[A-Z][\w'’\-]*\.?){1,3}"
_OPENERS = lexicon.alternation(
    _LEXICON.words("meta_byline_openers")
    + _LEXICON.words("meta_kind_byline_openers")
    + _LEXICON.words("meta_name_byline_openers")
)
_LABEL_LINE_RE = re.compile(rf"^\s*(?i:{lexicon.alternation(_LEXICON.words('meta_byline_label_lines'))})\s*[:：]?\s*$")
_OPENER_BYLINE_RE = re.compile(
    rf"^\s*(?P<opener>(?i:{_OPENERS}))"
    rf"\s*(?P<names>{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_NAME}){{0,3}})\s*$"
)


def opener_byline(text: str, *, labels: bool = True) -> list[str]:
    """The names of a line that is a byline's opening and names only ("Written by Jane Roe"), else [].

    `labels`: a label with a colon opens one too ("Text: Jane Roe"), as under a title; in a text's body only a
    "… by" opening does ("Text: Joint Declaration" there is no byline).
    """
    match = _OPENER_BYLINE_RE.match(text)
    if match is None or (not labels and match["opener"].rstrip().endswith((":", "："))):
        return []
    if set(re.findall(r"[A-Za-z]+", match["names"])) & BYLINE_NOT_NAME_WORDS:
        return []
    return [n.strip() for n in LIST_SEPARATOR_RE.split(match["names"]) if n.strip()]


_ACRONYM_RE = re.compile(r"[A-Z][A-Z&]{1,5}")  # "CNN", "AP", "AFP": an outlet's initials
_IN_PLACE_RE = re.compile(r"(?P<name>.+?)\s+in\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})")  # "Jane Roe in Seoul"
_OUTLET_END_RE = re.compile(rf"\s(?:{lexicon.alternation(_LEXICON.words('meta_outlet_name_endings'))})$")
_CAPS_NAME_RE = re.compile(r"[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+)+")  # "JANE ROE", "KIM MIN-JI"


def is_outlet_name(text: str) -> bool:
    """A name ending as a news outlet's does ("Example Daily", "The Example Times")."""
    return _OUTLET_END_RE.search(f" {text.strip()}") is not None


def names_alone(text: str) -> list[str]:
    """People's names alone ("Jane Roe", "Jane Roe and John Doe"), no outlet's name ("Example Daily"), else []."""
    names = opener_byline(f"Written by {text.strip()}")
    return [] if any(_OUTLET_END_RE.search(f" {name}") for name in names) else names


def label_over_names(text: str, following: str) -> list[str]:
    """The names under a byline's label alone on its line ("Written By" / "Jane Roe, John Doe"), else []."""
    if not _LABEL_LINE_RE.match(text):
        return []
    return opener_byline(f"Written by {following.strip()}")


def split_byline(names: list[str]) -> tuple[list[str], list[str], str | None, str | None]:
    """A byline's parts as people, their roles, the outlet and the place ("By JANE ROE in Seoul, Staff Writer, CNN").

    After the first name, a job title is a role ("Staff Writer"), and one word alone ("Reuters", "CNN") or an
    organisation's name ("The Associated Press") is the outlet, since a person's name holds two words or more, and
    so is a name after a role or one ending as an outlet's does ("Korea JoongAng Daily"); a name written in capitals
    is written as a name ("JANE ROE" is "Jane Roe"), and " in Seoul" after a name is where the reporter wrote.
    """
    people: list[str] = []
    roles: list[str] = []
    outlet = place = None
    for i, name in enumerate(names):
        located = _IN_PLACE_RE.fullmatch(name)
        if located:  # "Jane Roe in Seoul"
            name, place = located["name"], place or located["place"]
        if i and JOB_TITLE_RE.match(name):
            roles.append(name)
        elif i and outlet is None and (_ACRONYM_RE.fullmatch(name) or name.istitle() and " " not in name):
            outlet = name
        elif i and outlet is None and (ORGANISATION_LINE_RE.match(name) or _OUTLET_END_RE.search(name) or roles):
            outlet = name  # "Jane Roe, Staff Writer, Example Daily": a name after the role is its outlet
        else:
            people.append(name.title() if _CAPS_NAME_RE.fullmatch(name) else name)
    return people, roles, outlet, place


def bare_byline(text: str, rest: list[Unit]) -> list[str]:
    """The names of a line under the title that is only people's names ("Jane Roe", "Minji Kim and Wei Chen").

    Such a line reads like a short title-case subtitle; it is taken for names when none of its words is written
    in lower case in the text after it (a subtitle's words, "regional order", recur so) and none names a place or
    a subject (BYLINE_NOT_NAME_WORDS).
    """
    match = MARKED_AUTHORS_LINE_RE.match(text)
    if not match or NAME_MARK_RE.search(match["names"]):
        return []
    words = {w for w in re.findall(r"[A-Za-z]+", match["names"]) if w != "and"}
    if words & BYLINE_NOT_NAME_WORDS:
        return []
    body = "\n".join(u.text for u in rest if u.kind == "text")
    if any(re.search(rf"\b{re.escape(w.lower())}\b", body) for w in words):
        return []
    return [n.strip() for n in LIST_SEPARATOR_RE.split(match["names"]) if n.strip()]


def zh_bare_byline(text: str, rest: list[Unit]) -> list[str]:
    """The names of a line under a title that is only Chinese names ("王晓明", "王晓明 李华"), with text under it.

    Each name is a common family name and one or two characters; the next unit is a paragraph of the text (30
    characters or more) or a labelled line ("摘 要：…"), so a short heading under the title ("结语") is not read as a
    name.
    """
    if not ZH_NAMES_LINE_RE.match(text) or not rest or rest[0].kind != "text":
        return []
    if len(rest[0].text.strip()) < _ZH_BODY_AFTER_BYLINE and not LABELLED_LINE_RE.match(rest[0].text):
        return []  # neither the text nor a labelled line ("摘 要：…") under it
    unmarked = re.sub(ZH_AFFILIATION_MARK, " ", text.strip())  # "张三 1，李四 2": the affiliations' numbers go
    return [name for name in ZH_NAME_SEPARATOR_RE.split(unmarked.strip()) if name]


def is_affiliation(text: str) -> bool:
    """A short line under the author that is not a sentence: position and institution."""
    if AFFILIATION_WORD_RE.search(text) and len(text) <= 200 and not SENTENCE_END_RE.search(text):
        return True  # "1 Graduate School of International Studies, Example University, Seoul": numbered, not a heading
    if match_atx(text) or match_numbered(text) or KEYWORD_HEADING_RE.match(text):
        return False  # a heading right under the author line ("## 1. Introduction") starts the body
    return len(text) <= 160 and not SENTENCE_END_RE.search(text.rstrip(",，"))


def speaker_from_title(header: Header) -> None:
    """A speech's title names its speaker: the author, where the header names none.

    "Remarks by Prime Minister Kishida Fumio at the Summit" gives "Kishida Fumio" (titles and offices dropped,
    two to four capitalised words left); "李强在第九次中日韩领导人会议上的讲话" gives "李强".
    """
    if header.authors or not header.title:
        return
    speech = SPEECH_TITLE_RE.match(header.title)
    # "H.E. Mr. Wang Yi, Minister of Foreign Affairs of China": the name before the office that follows it
    who = SPEAKER_TITLE_RE.sub("", speech["who"]).split(",")[0].strip() if speech else ""
    if speech and 2 <= len(words := who.split()) <= 4 and all(w[:1].isupper() for w in words):
        header.authors.append(who)
        header.origins["authors"] = "parsed"
        return
    zh_speech = ZH_SPEECH_TITLE_RE.match(header.title)
    if zh_speech:
        header.authors.append(zh_speech["who"])
        header.origins["authors"] = "parsed"


def strip_author_prefix(header: Header) -> None:
    """Turn "Jane Doe:On Trade…" into "On Trade…" when the prefix is one of the parsed authors."""
    if not header.title:
        return
    match = TITLE_PREFIX_RE.match(header.title)
    if match and match["prefix"].strip() in header.authors:
        header.title = match["title"].strip()
