"""People named without a title, where the kind of text says they are people.

- Chinese: names on a box's or list's line after a title and a colon or a space ("副秘书长 甲乙丙丁 戊己"); the
  authors a reference-list entry opens with ("甲乙丙.《书名》").
- Japanese: "<organisation>の<name>が…": a name of three kanji from a Chinese family name, after an organisation's
  name and の, before a particle ("財政部の甲乙丙が選ばれた": a member of that body).
"""

from __future__ import annotations

import re

from nea_site.extract.discover.rules import Found, Rules
from nea_site.text.script import to_simplified
from nea_site.text.segment import Segmenter

_JA_MEMBER_RE = re.compile(r"(?<=の)([\u3400-\u9fff]{3})(?=[がはをもと]|氏)")
_JA_RUN_END_RE = re.compile(r"[\u3400-\u9fff\u30a0-\u30ffー・々]+$")


def ja_members(text: str, rules: Rules) -> list[Found]:
    """Names of three kanji (a Chinese family name first) after "<organisation>の", before a particle."""
    found: list[Found] = []
    heads = rules.heads_cjk["ja"]
    for match in _JA_MEMBER_RE.finditer(text):
        name = match.group(1)
        if to_simplified(name[0]) not in rules.zh_family or any(name.endswith(w) for w in heads):
            continue
        body = _JA_RUN_END_RE.search(text, max(0, match.start() - 21), match.start() - 1)
        if body is None or len(body.group()) < 3:
            continue
        if next((k for w, k in heads.items() if body.group().endswith(w)), None) != "organization":
            continue
        found.append(Found(match.start(1), match.end(1), name, "person", "person_member"))
    return found


# After a title and a colon or a space, as an infobox's or a list's line sets them: names of two to four characters,
# each set apart by spaces ("副秘书长 甲乙丙丁 戊己", "外交部长: 甲乙").
_OFFICE_GAP_RE = re.compile(r"[:：]\s*|\s+")
_SPACED_NAME_RE = re.compile(r"([\u3400-\u9fff·]{2,4})(?=\s|$|[;；,，。])")


def zh_office_names(text: str, simplified: str, rules: Rules) -> list[Found]:
    """Names a title heads on a line of a box or list: after a colon or a space, set apart by spaces."""
    found: list[Found] = []
    for title in rules.titles_cjk_re.finditer(simplified):
        gap = _OFFICE_GAP_RE.match(simplified, title.end())
        if gap is None:
            continue
        at = gap.end()
        while (name := _SPACED_NAME_RE.match(simplified, at)) is not None:
            if any(name.group(1).startswith(t) or name.group(1).endswith(t) for t in rules.titles_cjk["zh"]):
                break  # the next title
            if (
                name.end(1) < len(simplified)
                and not simplified[name.end(1)].isspace()
                and (name.group(1)[0] not in rules.zh_family)
            ):
                break  # "记者：据报道，…": a sentence goes on after the colon, no name from a family name opens it
            found.append(
                Found(name.start(1), name.end(1), text[name.start(1) : name.end(1)], "person", "person_office")
            )
            space = re.compile(r"\s+").match(simplified, name.end(1))
            if space is None:
                break
            at = space.end()
    return found


# A citation in Chinese academic style: the authors, a full stop or colon, the work's title in 《》, at the start of
# an entry of a reference list ("甲乙丙.《书名》", "- 甲乙、丙丁：《篇名》", "[3] 甲乙丙．《书名》").
_CITED_RE = re.compile(
    r"^(?:[-*]\s*|\[\d{1,3}\]\s*|\d{1,3}[.、]\s*)?"
    r"(?P<authors>[\u3400-\u9fff]{2,3}(?:[、，,][\u3400-\u9fff]{2,3}){0,5})\s*[.．。:：,，]\s*《"
)
_AUTHOR_RE = re.compile(r"[\u3400-\u9fff]{2,3}")
_NOT_IN_NAME_TAGS = frozenset({"v", "vn", "d", "p", "c", "u", "uj", "ul", "r"})  # a verb, an adverb, a particle


def zh_cited_authors(text: str, simplified: str, rules: Rules, segmenter: Segmenter) -> list[Found]:
    """The authors a Chinese reference-list entry opens with: names of two or three characters from a family name."""
    match = _CITED_RE.match(simplified)
    if match is None:
        return []
    found: list[Found] = []
    for author in _AUTHOR_RE.finditer(simplified, match.start("authors"), match.end("authors")):
        name = author.group()
        if name[0] not in rules.zh_family or any(t in _NOT_IN_NAME_TAGS for _, t in segmenter.quick_tags(name)):
            return []  # "全会指出：《…》": a sentence, not a list of authors
        found.append(Found(author.start(), author.end(), text[author.start() : author.end()], "person", "person_cited"))
    return found
