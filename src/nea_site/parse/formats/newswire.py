"""A newswire archive's story in SGML (LDC's Gigaword and TDT files): its headline, date and paragraphs.

    <DOC> <DOCID> XYZ_ENG_20310304.0001 </DOCID> <DATETIME> 2031-03-04 </DATETIME>
    <HEADLINE> … </HEADLINE> <TEXT> <P> … </P> <P> … </P> </TEXT> </DOC>

The tags are the archive's, never the story's: each <P> is a paragraph (its wrapped lines joined), inline tags
(a TIMEX2 annotation) give way to their text, and a file of several stories keeps each headline as a heading.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_DOC_OPEN_RE = re.compile(r"\A\s*<DOC\b[^<>]*>", re.IGNORECASE)
_DOC_RE = re.compile(r"<DOC\b[^<>]*>(.*?)(?:</DOC>|\Z)", re.IGNORECASE | re.DOTALL)
_TEXT_RE = re.compile(r"<TEXT\b[^<>]*>(.*?)(?:</TEXT>|\Z)", re.IGNORECASE | re.DOTALL)
_PARAGRAPH_RE = re.compile(r"<P\b[^<>]*>(.*?)(?=</P>|<P\b|\Z)", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^<>]{1,200}>")
_HEADLINE_TAGS = ("HEADLINE", "HL", "TITLE")
_DATE_TAGS = ("DATETIME", "DATE_TIME", "DATE")
_ID_TAGS = ("DOCID", "DOCNO")
_ID_DAY_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True, slots=True)
class Newswire:
    text: str  # the stories' paragraphs, blank-line separated; "## headline" over each when there are several
    title: str
    date: str  # as the archive writes it ("1997-09-21", "10/23/2000 20:20:52.55", "19970921"), or ""


def read_newswire(text: str) -> Newswire | None:
    """The stories of an SGML newswire file, or None when `text` is not one (it opens with <DOC> and has <TEXT>)."""
    if not _DOC_OPEN_RE.match(text) or "<TEXT" not in text.upper():
        return None
    stories = [m.group(1) for m in _DOC_RE.finditer(text)]
    blocks: list[str] = []
    first_title, first_date = "", ""
    for story in stories:
        title = _field(story, _HEADLINE_TAGS)
        body = _TEXT_RE.search(story)
        paragraphs = _paragraphs(body.group(1) if body else "")
        if len(stories) > 1 and title:
            blocks.append(f"## {title}")
        blocks.extend(paragraphs)
        if not first_title and not first_date:
            first_title, first_date = title, _field(story, _DATE_TAGS) or _id_day(_field(story, _ID_TAGS))
    return Newswire(
        text="\n\n".join(blocks),
        title=first_title if len(stories) == 1 else "",
        date=first_date if len(stories) == 1 else "",
    )


def _field(story: str, tags: tuple[str, ...]) -> str:
    """The text of the first of `tags` the story holds, its inner tags and spacing folded."""
    for tag in tags:
        found = re.search(rf"<{tag}\b[^<>]*>(.*?)</{tag}>", story, re.IGNORECASE | re.DOTALL)
        if found:
            return _plain(found.group(1))
    return ""


def _paragraphs(body: str) -> list[str]:
    """Each <P> of a story's text, or its blank-line blocks where it has none."""
    pieces = [m.group(1) for m in _PARAGRAPH_RE.finditer(body)] or re.split(r"\n\s*\n", body)
    return [text for text in map(_plain, pieces) if text]


def _plain(fragment: str) -> str:
    return " ".join(html.unescape(_TAG_RE.sub("", fragment)).split())


def _id_day(identifier: str) -> str:
    """The day a story's archive id names ("CNA_ENG_19970921.0012" -> "19970921"), or ""."""
    found = _ID_DAY_RE.search(identifier)
    return found.group() if found else ""
