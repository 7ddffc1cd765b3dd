"""Where a Chinese name found by its head word opens: the words jieba cut before it that are its own.

Split from chinese.py: two countries' one-character names ("中阿"), a ministry of two fields ("文化和旅游部"), the
parties a dash joins ("中国—东盟命运共同体").
"""

from __future__ import annotations

from collections.abc import Sequence

from nea_site.extract.discover.rules import ZH_PUNCT

_PAIR_DASHES = frozenset({"—", "－", "-", "–", "——"})
_PARTY_TAGS = frozenset({"ns", "nt", "j", "nz"})  # a place's, an organisation's, an abbreviation's, a proper name


def abbreviation_pair(tagged: Sequence[tuple[str, str]], index: int) -> bool:
    """A one-character word before a one-character abbreviation or place (jieba's "j", "ns").

    "中" + "阿": China and the Arabs; "中" + "柬": China and Cambodia.
    """
    return (
        len(tagged[index][0]) == 1
        and index + 1 < len(tagged)
        and len(tagged[index + 1][0]) == 1
        and tagged[index + 1][1] in ("j", "ns")
    )


def joined_field(tagged: Sequence[tuple[str, str]], first: int) -> bool:
    """A field's noun and "和" right before a ministry's name, after punctuation or at the start ("、文化和旅游部")."""
    if first < 2 or tagged[first - 1][0] != "和":
        return False
    field, tag = tagged[first - 2]
    opening = tagged[first - 3][0] if first >= 3 else "、"
    return tag in ("n", "vn") and len(field) in (2, 4) and opening[-1] in ZH_PUNCT


def with_dash_parties(tagged: Sequence[tuple[str, str]], first: int) -> int:
    """The first word of a name that the parties a dash joins open ("中国" + "—" + "东盟命运共同体")."""
    while first >= 2 and tagged[first - 1][0] in _PAIR_DASHES and tagged[first - 2][1] in _PARTY_TAGS:
        first -= 2
    return first
