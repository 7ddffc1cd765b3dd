r"""Whether a text holds one of a few characters or words, and where the first one stands: str scans, not regexes.

A regex that opens with a character class ("[0-9]", "\d") is searched by testing the class at every character of
the text: 4-10 ns a character in CPython's engine. `str.__contains__` and `str.find` look for one character in
an ASCII or Latin-1 text with a byte scan (memchr), ~0.05 ns a character, so ten of them cost a tenth of one
class scan. Not so for words of several characters (~1 ns a character each: twelve month names take twice the
regex's time) nor in a text of wide characters (Chinese, or English with a "’"), where a scan for one character
takes ~0.1-0.3 ns a character: there the regex is as fast. The bench corpus's ASCII paragraphs are ~60% of its
text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

ASCII_DIGITS = tuple("0123456789")
_DECIMAL_DIGIT_RE = re.compile(r"\d")


def holds_any(text: str, needles: Iterable[str]) -> bool:
    """Whether `text` holds one of `needles` (characters or words): a regex alternation's `search` of them."""
    return any(map(text.__contains__, needles))


def holds_decimal_digit(text: str) -> bool:
    r"""Whether `text` holds a character that a regex's `\d` matches: an ASCII digit, or another script's.

    Str scans in ASCII text only: in a text of wide characters `str.find` has no byte scan to run, and the regex
    is as fast.
    """
    if text.isascii():
        return any(map(text.__contains__, ASCII_DIGITS))
    return _DECIMAL_DIGIT_RE.search(text) is not None


def first_index(text: str, characters: Sequence[str], start: int = 0) -> int:
    """The least offset from `start` on where one of `characters` (single characters) stands, or -1.

    What `re.compile("[…]").search(text, start).start()` gives. Each character is looked for only before the
    first one found so far.
    """
    end = len(text)
    found = -1
    for character in characters:
        at = text.find(character, start, end)
        if at >= 0:
            found = end = at
    return found
