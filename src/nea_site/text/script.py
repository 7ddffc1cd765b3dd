"""Traditional -> Simplified Chinese, character for character, so offsets in the original text stay valid."""

from __future__ import annotations

import json
import re
from pathlib import Path

import opencc

from nea_site.text.scan import holds_any

_T2S = opencc.OpenCC("t2s")
_FIRST_HAN = "\u3400"


class _CharTable(dict[int, int]):
    """str.translate table filled on first sight of a character: its one-character Simplified form, or itself."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        converted = _T2S.convert(ch) if ch >= _FIRST_HAN else ch
        value = ord(converted) if len(converted) == 1 else code
        self[code] = value
        return value


_TABLE = _CharTable()


def convertible_characters() -> frozenset[str]:
    """The one-character keys of the dictionaries OpenCC's t2s conversion reads: every character it may change.

    OpenCC replaces dictionary keys only, so a text holding none of these is already Simplified (a test checks
    every character of the CJK blocks). Read from the package's own configuration and dictionary files.
    """
    package = Path(opencc.__file__).parent
    config = json.loads((package / "config" / "t2s.json").read_text(encoding="utf-8"))
    files = [d["file"] for step in config["conversion_chain"] for d in step["dict"].get("dicts", [step["dict"]])]
    keys: set[str] = set()
    for name in files:
        for line in (package / "dictionary" / name).read_text(encoding="utf-8").splitlines():
            key = line.split("\t", 1)[0]
            if len(key) == 1:
                keys.add(key)
    return frozenset(keys)


# Two tests in C instead of translating every text: a character class of the ~3,800 convertible characters of
# the Basic Multilingual Plane (the engine tests each character against a bitmap: ~5x faster than translating a
# text that needs no change) and, for the few texts with a character beyond it, a set of the ~350 others. (One class
# holding both would be tested as a list: a bitmap only covers the BMP.)
_CONVERTIBLE = convertible_characters()
_CONVERTIBLE_BMP_RE = re.compile("[" + "".join(sorted(re.escape(ch) for ch in _CONVERTIBLE if ch <= "\uffff")) + "]")
_CONVERTIBLE_ASTRAL = frozenset(ch for ch in _CONVERTIBLE if ch > "\uffff")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


def _may_change(text: str) -> bool:
    if _CONVERTIBLE_BMP_RE.search(text):
        return True
    return _ASTRAL_RE.search(text) is not None and not _CONVERTIBLE_ASTRAL.isdisjoint(text)


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULLWIDTH_DIGIT_CHARS = tuple("０１２３４５６７８９")


def fold_digits(text: str) -> str:
    """The same text with full-width digits ("２０２４年５月") as ASCII ones, for date patterns; same length.

    Returns `text` itself when it holds none.
    """
    if text.isascii() or not holds_any(text, _FULLWIDTH_DIGIT_CHARS):
        return text
    return text.translate(_FULLWIDTH_DIGITS)


def to_simplified(text: str) -> str:
    """The same text in Simplified characters; the length never changes (phrase conversions are not used)."""
    if text.isascii() or not _may_change(text):
        return text
    return text.translate(_TABLE)
