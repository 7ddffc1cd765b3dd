"""Places where a date pattern's match is no date: inside a Korean word, a title's marks, after a lunar-calendar word.

Also the years before those the site reads ("1886년", "1592年"): a date after one belongs to that year.
"""

from __future__ import annotations

import re

from nea_site import lexicon

# A year before those the site reads, marked as a year: "1886년", "1592年" (not "1980年代", a decade). The
# look-behind follows the "1" it guards: a pattern that opens with a literal is searched for in C.
OLD_YEAR_RE = re.compile(r"1(?<![0-9]1)[0-8][0-9]{2}[ \t]?[年년](?![代대])")


_LUNAR = lexicon.current().words("wiki_lunar_calendar_words")
LUNAR_BEFORE_RE = re.compile(rf"(?:{lexicon.alternation(_LUNAR)})\s?$")
# What every match of LUNAR_BEFORE_RE holds as written (a word's part before any space): where a text holds none,
# no date of it follows a lunar-calendar word (dates.py tests this once per text, not the regex at each date).
LUNAR_WORDS = tuple(dict.fromkeys(word.split(" ")[0] for word in _LUNAR))
if any(word.isascii() for word in LUNAR_WORDS):
    raise ValueError("a lunar-calendar word in ASCII: dates.py looks for them in non-ASCII text only")


def inside_korean_word(text: str, at: int) -> bool:
    """A match that opens with a Hangul syllable right after another: the end of a longer Korean word.

    Korean writes a space between words and runs its particles on after them, so a date word never starts there.
    """
    return at > 0 and "\uac00" <= text[at] <= "\ud7a3" and "\uac00" <= text[at - 1] <= "\ud7a3"


def in_title_marks(text: str, at: int) -> bool:
    """`at` stands inside a title's marks 《…》 (or 〈…〉) that open before it and close after it."""
    opening = max(text.rfind("《", 0, at), text.rfind("〈", 0, at))
    return (
        opening >= 0
        and max(text.rfind("》", opening, at), text.rfind("〉", opening, at)) < 0
        and (text.find("》", at) >= 0 or text.find("〉", at) >= 0)
    )
