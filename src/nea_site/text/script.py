"""Traditional -> Simplified Chinese, character for character, so offsets in the original text stay valid."""

from __future__ import annotations

import re

from opencc import OpenCC

_T2S = OpenCC("t2s")
_FIRST_HAN = "\u3400"
_HAN_OR_LATER_RE = re.compile("[\u3400-\U0010ffff]")


class _CharTable(dict[int, int]):
    """str.translate table filled on first sight of a character: its one-character Simplified form, or itself."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        converted = _T2S.convert(ch) if ch >= _FIRST_HAN else ch
        value = ord(converted) if len(converted) == 1 else code
        self[code] = value
        return value


_TABLE = _CharTable()


def to_simplified(text: str) -> str:
    """The same text in Simplified characters; the length never changes (phrase conversions are not used)."""
    if text.isascii() or not _HAN_OR_LATER_RE.search(text):
        return text
    return text.translate(_TABLE)
