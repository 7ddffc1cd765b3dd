"""The author of a wiki citation template ("{{cite web |last=… |first=…}}"), as a citation names one."""

from __future__ import annotations

import re

from nea_site import lexicon


def cite_author(named: dict[str, str]) -> str:
    """A cite template's author: "author=", or "last=" with "first=" ("first last"; a CJK name without a space)."""
    author = named.get("author") or named.get("author1")
    if author:
        return author
    last, first = named.get("last") or named.get("last1") or "", named.get("first") or named.get("first1") or ""
    if not (last and first):
        return last
    if not _CJK_NAME_RE.fullmatch(last + first):
        return f"{first} {last}"
    if first in _FAMILY_NAMES and last not in _FAMILY_NAMES:
        last, first = first, last  # "last=徵|first=王": the two fields filled the other way round
    return last + first


_CJK_NAME_RE = re.compile(r"[\u3400-\u9fff\uac00-\ud7a3]+")
_FAMILY_NAMES = frozenset(lexicon.current().words("person_family_names", "zh"))
