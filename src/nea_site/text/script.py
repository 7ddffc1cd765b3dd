"""Traditional -> Simplified Chinese, character for character, so offsets in the original text stay valid."""

from __future__ import annotations

from functools import lru_cache

from opencc import OpenCC

_T2S = OpenCC("t2s")


@lru_cache(maxsize=8192)
def _simplified_char(ch: str) -> str:
    converted = _T2S.convert(ch)
    return converted if len(converted) == 1 else ch


def to_simplified(text: str) -> str:
    """The same text in Simplified characters; the length never changes (phrase conversions are not used)."""
    return "".join(_simplified_char(ch) if ch >= "\u3400" else ch for ch in text)
