"""A wiki page's own lines in a copy of it: its tagline under the title and the footer saying when it was edited.

"From Wikipedia, the free encyclopedia", "위키백과, 우리 모두의 백과사전." (lexicon: meta_wiki_taglines) mark the text
an encyclopedia's article and go; "This page was last edited on 12 March 2024, at 10:05 (UTC).", "이 문서는 2024년 3월
12일 (화) 10:05에 마지막으로 편집되었습니다." (lexicon: meta_wiki_edited_lines, "{date}" where the date stands) give
the date of the version copied, and go.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from nea_site import lexicon
from nea_site.text.header_patterns import WRITTEN_DATE_RE
from nea_site.text.patterns import DATE_VALUE_RE

_LEXICON = lexicon.current()
_GAP = r"[^\S\n]*"  # spaces within a line
_TAGLINES = lexicon.alternation(_LEXICON.words("meta_wiki_taglines"), space=_GAP)
_TAGLINE_RE = re.compile(rf"^{_GAP}(?:{_TAGLINES}){_GAP}$", re.IGNORECASE | re.MULTILINE)


def _edited_pattern(line: str, n: int) -> str:
    before, _, after = line.partition("{date}")
    return rf"{re.escape(before.strip())}[^\S\n]*(?P<date{n}>[^\n]{{6,40}})[^\S\n]*{re.escape(after.strip())}"


_EDITED_RE = re.compile(
    r"^[^\S\n]*(?:"
    + "|".join(_edited_pattern(line, n) for n, line in enumerate(_LEXICON.words("meta_wiki_edited_lines")))
    + r")[^\n]{0,40}$",
    re.IGNORECASE | re.MULTILINE,
)
_FOLD_KO = str.maketrans({"년": "年", "월": "月", "일": "日"})


@dataclass(frozen=True, slots=True)
class WikiLines:
    text: str
    tagline: bool  # the text had a wiki's tagline: an encyclopedia's article
    edited: str | None  # ISO date of the version copied, from the footer


def read_wiki_lines(text: str) -> WikiLines:
    """The text without a wiki's tagline and last-edited footer, and what they say."""
    tagline = _TAGLINE_RE.search(text[:2000])
    if tagline:
        text = text[: tagline.start()] + text[tagline.end() :]
    edited: str | None = None
    footer = _EDITED_RE.search(text)
    if footer:
        edited = _real(_iso(next(value for value in footer.groups() if value)))
        text = text[: footer.start()] + text[footer.end() :]
    return WikiLines(text=text, tagline=tagline is not None, edited=edited)


_MONTHS = [month[:3].lower() for month in _LEXICON.words("written_months", "en")]


def _iso(written: str) -> str | None:
    """ISO text of the day a footer writes ("12 March 2024, at 10:05", "2024年3月12日 (火)"), if it names one."""
    match = WRITTEN_DATE_RE.search(written)
    if match and (match["mon"] or match["mon2"]):
        month = _MONTHS.index((match["mon"] or match["mon2"])[:3].lower()) + 1
        return f"{match['year'] or match['year2']}-{month:02d}-{int(match['day'] or match['day2']):02d}"
    numeric = DATE_VALUE_RE.search(written.translate(_FOLD_KO).replace(" ", ""))
    if numeric and numeric["m"] and numeric["d"]:
        return f"{numeric['y']}-{int(numeric['m']):02d}-{int(numeric['d']):02d}"
    return None


def _real(iso: str | None) -> str | None:
    try:
        return datetime.date.fromisoformat(iso).isoformat() if iso else None
    except ValueError:
        return None
