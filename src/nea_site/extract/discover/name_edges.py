"""The edges of discovered Chinese-script names: what the tagger or a quotation glued to them, or cut from them.

An initiative or agreement quoted with the verb that sets it going ("实施健康中国战略": carry out the Healthy China
strategy) is named without the verb (lexicon zh `name_leading_verbs`).

A word segmenter tags a name with the character after it when that character is a preposition or a verb of one
character ("陈希在主持会议时", "邵鸿作提案工作报告", "总统某某卢致慰问电") or a day ("李希1日主持召开"): a name holds no
digit, and a last character of lexicon zh `person_name_trailing_words` after two or more others is the next word's.
A transliterated name written in two parts ("亚历山大·卢卡申科") is one name: the part found is joined to the other,
and its last part alone elsewhere ("卢卡申科") is that person's family name (assemble.py links it to the full name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from nea_site import lexicon
from nea_site.extract.discover.rules import Found
from nea_site.model import Paragraph

_HAN_RE = re.compile(r"^[\u3400-\u9fff]")  # a name in Chinese script (what follows may be glued to it)
_DIGIT_RE = re.compile(r"[0-9０-９]")
_SECOND_PART_RE = re.compile(r"·[\u3400-\u9fff]{2,8}")
_FIRST_PART_RE = re.compile(r"[\u3400-\u9fff]{2,8}·$")
MIN_NAME = 2  # characters a Chinese-script name keeps


@cache
def _trailing() -> frozenset[str]:
    return frozenset(lexicon.current().words("person_name_trailing_words", "zh"))


@cache
def _leading_verbs() -> tuple[str, ...]:
    return tuple(sorted(lexicon.current().words("name_leading_verbs", "zh"), key=len, reverse=True))


MIN_PACT = 4  # characters an initiative's or agreement's name keeps without the verb ("健康中国战略")


def _without_verb(item: Found) -> Found:
    verb = next((v for v in _leading_verbs() if item.name.startswith(v)), None)
    if verb is None or len(item.name) - len(verb) < MIN_PACT:
        return item
    return replace(item, start=item.start + len(verb), name=item.name[len(verb) :])


def trimmed_names(per_paragraph: Sequence[tuple[Paragraph, list[Found]]]) -> list[tuple[Paragraph, list[Found]]]:
    """The document's found names with each Chinese-script name cut or joined to what it names.

    A second part is joined only where the document names it as a person too ("会见总统卢卡申科"): where the second
    part ends is not in the text otherwise.
    """
    people = {i.name for _, items in per_paragraph for i in items if i.type == "person" and _HAN_RE.match(i.name)}
    out: list[tuple[Paragraph, list[Found]]] = []
    for paragraph, items in per_paragraph:
        kept: list[Found] = []
        for item in items:
            if not _HAN_RE.match(item.name):
                fixed: Found | None = item
            elif item.type == "person":
                fixed = _fixed(paragraph.text, item, people)
            elif item.type in ("initiative", "agreement"):
                fixed = _without_verb(item)
            else:
                fixed = item
            if fixed is not None:
                kept.append(fixed)
        out.append((paragraph, kept))
    dotted = {
        n.rsplit("·", 1)[-1] for _, items in out for n in (i.name for i in items if i.type == "person") if "·" in n
    }
    if not dotted:
        return out
    # "卢卡申科" alone where the document names "亚历山大·卢卡申科": the family name of that person
    return [
        (p, [replace(i, family=True) if i.type == "person" and i.name in dotted else i for i in items])
        for p, items in out
    ]


def _fixed(text: str, item: Found, people: set[str]) -> Found | None:
    start, end = item.start, item.end
    digit = _DIGIT_RE.search(text, start, end)
    if digit is not None:
        end = digit.start()  # "李希1日": the name, then the day
    if end - start > MIN_NAME and text[end - 1] in _trailing():
        end -= 1  # "陈希在": the name, then "在"
    if end - start < MIN_NAME:
        return None
    if _FIRST_PART_RE.search(text, max(0, start - 9), start):
        return None  # "…·卢卡申科": the second part of a name the first part gives in full
    second = _SECOND_PART_RE.match(text, end)
    if second is not None:
        named = [p for p in people if text.startswith(p, end + 1)]
        if named:
            end += 1 + len(max(named, key=len))  # "亚历山大" of "亚历山大·卢卡申科"
    if (start, end) == (item.start, item.end):
        return item
    return replace(item, end=end, name=text[start:end])
