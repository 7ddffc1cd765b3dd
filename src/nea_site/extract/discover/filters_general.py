"""A last precision check on discovered people: words and bylines that the naming rules read as names.

Korean and Japanese news name people with a title beside them ("박진 장관"), and the rule takes the word next to the
title when it starts with a family name's syllable. Many common words do: date words ("오는 22일", "오늘", "이날"),
"사진" (a photo), "주재" (chaired), "방한" (a visit to Korea), "양자회담" (bilateral talks). Such a word is no name:
the date words and meeting nouns are the lexicon's lists already (date_coming_day_markers, date_words_today,
sequel_openers, meeting_nouns...), the other common words are `general_not_person_words`.

A reporter named in a byline ("（记者 张三）", "作者：记者 张三 李四") wrote the text: the
text does not name an actor there. A person found only in such places is dropped. An organisation's head word
after a determiner that points back ("同事務局", "该部": the said secretariat, that ministry) names the one named
before, not a new one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from nea_site import lexicon
from nea_site.extract.discover.rules import Found
from nea_site.model import Paragraph
from nea_site.text.script import to_simplified

_DATE_AND_MEETING_LISTS = (
    "date_words_this_year",
    "date_words_last_year",
    "date_words_next_year",
    "date_words_this_month",
    "date_words_last_month",
    "date_words_next_month",
    "date_words_recent_days",
    "date_past_day_markers",
    "date_coming_day_markers",
    "date_words_today",
    "date_words_yesterday",
    "date_words_tomorrow",
    "date_words_same_day",
    "sequel_openers",
    "meeting_nouns",
)
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
REPORTER_WINDOW = 12  # characters before a name where a byline's reporter word stands ("（记者 ", "作者：记者 ")


@cache
def _not_names() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words that are no name (whole words), and nouns a name never ends with (meetings: "양자회담")."""
    lex = lexicon.current()
    words = {w for name in _DATE_AND_MEETING_LISTS for w in lex.words(name, "ko", "ja")}
    words.update(lex.words("general_not_person_words", "ko", "ja"))
    endings = tuple(sorted(set(lex.words("meeting_nouns", "ko", "ja")), key=len, reverse=True))
    return frozenset(words), endings


@cache
def _reporter_re() -> re.Pattern[str]:
    """A credit's reporter word, maybe other reporters' names after it, up to the name ("（记者 张三 ", "：记者 ").

    "（示例社记者" opens an agency's bracketed dateline. Only in a byline's brackets or after a credit's label:
    "本台记者张三报道" in a transcript is the reporter speaking.
    """
    words = sorted(set(lexicon.current().words("reporter_titles")), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"(?:[（(【\[]\s*[\u4e00-\u9fff]{{0,6}}|[:：])\s*(?:{alternation})[\s:：=]*(?:[\u4e00-\u9fff]{{2,4}}[\s、，,]+){{0,3}}$"
    )


@cache
def _anaphoric_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Determiners that point back ("同", "该", "本") and organisations' head words ("事務局", "秘书处")."""
    lex = lexicon.current()
    heads = lex.words("organisation_suffixes", "zh", "ja")
    return frozenset(lex.words("general_anaphoric_determiners", "zh", "ja")), frozenset(map(to_simplified, heads))


def is_common_word(name: str) -> bool:
    """A Korean or Japanese common word (a date word, a meeting noun, `general_not_person_words`), never a name."""
    words, endings = _not_names()
    if name in words:
        return True
    return bool(_HANGUL_RE.search(name)) and any(name.endswith(e) and len(name) > len(e) for e in endings)


_WORK_LISTS = (
    "work_last_words",
    "agreement_words",
    "initiative_words",
    "pact_agreement_words",
    "pact_initiative_words",
)


@cache
def _work_last_words() -> frozenset[str]:
    """Words that end the name of a work, a law, an agreement or a programme: 'Yoshida Doctrine', 'Trade Act'."""
    lex = lexicon.current()
    return frozenset(w for n in _WORK_LISTS for w in lex.words(n, "en") if " " not in w)


def names_a_work(name: str) -> bool:
    """An English name read as a person's that ends like a work's title ("Nuclear Weapons Databook")."""
    words = name.split()
    return len(words) >= 2 and name.isascii() and words[-1] in _work_last_words()


def _points_back(item: Found) -> bool:
    """An organisation's head word after a determiner that points back: "同事務局" (the said secretariat), "该部"."""
    determiners, heads = _anaphoric_heads()
    name = to_simplified(item.name.strip())
    return item.type == "organization" and name[:1] in determiners and name[1:] in heads


def _in_byline(text: str, item: Found) -> bool:
    """The name follows a byline's reporter word: "（记者 张三", "作者：记者 张三 李四"."""
    before = to_simplified(text[max(0, item.start - REPORTER_WINDOW) : item.start])
    return _reporter_re().search(before) is not None


def drop_false_people(
    per_paragraph: Sequence[tuple[Paragraph, list[Found]]],
) -> list[tuple[Paragraph, list[Found]]]:
    """The discovered names without common words read as Korean names and without bylines' reporters.

    A reporter is dropped only where no other mention of the same name stands outside a byline.
    """
    bylined: set[str] = set()
    elsewhere: set[str] = set()
    for paragraph, items in per_paragraph:
        for item in items:
            if item.type != "person":
                continue
            (bylined if _in_byline(paragraph.text, item) else elsewhere).add(item.name.strip())
    reporters = bylined - elsewhere
    out: list[tuple[Paragraph, list[Found]]] = []
    for paragraph, items in per_paragraph:
        kept = [
            item
            for item in items
            if not _points_back(item)
            and (
                item.type != "person"
                or not (is_common_word(item.name) or item.name.strip() in reporters or names_a_work(item.name))
            )
        ]
        out.append((paragraph, kept))
    return out
