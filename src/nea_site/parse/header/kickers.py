"""Lines a news page prints around its headline: a kicker over the headline printed again, a hashtag section."""

from __future__ import annotations

import re

from nea_site import lexicon
from nea_site.parse.layout import Unit
from nea_site.text.patterns import SENTENCE_END_RE

MAX_KICKER_WORDS = 5


def over_repeated_title(title: str, text: str, units: list[Unit], i: int) -> bool:
    """A short line (a kicker) between the title and the title printed again."""
    following = units[i + 1] if i + 1 < len(units) else None
    return (
        following is not None
        and following.kind == "text"
        and following.text.strip() == title.strip()
        and len(text.split()) <= MAX_KICKER_WORDS
        and not SENTENCE_END_RE.search(text)
    )


# "#Business News": a page's section tag under the title (no Markdown heading: no space after the mark).
HASHTAG_LINE_RE = re.compile(r"^#[^\s#][^#]{0,40}$")


# "中央社／ 慶州31日綜合外電報導", "示例社/首尔27日电": an agency, a slash, the place and day of the story.
SLASH_DATELINE_RE = re.compile(
    r"^\s*(?P<outlet>[\u4e00-\u9fff]{2,8}[社网網报報台])\s*[／/]\s*(?P<place>[\u4e00-\u9fff]{2,6}?)"
    r"(?P<day>\d{1,2})日[\u4e00-\u9fff]{0,8}?(?:报导|報導|报道|報道|电|電)\s*$"
)


# A news story's kind in brackets opening its title line ("[단독]", "[종합2보]", "【独家】", "［速報］").
_TITLE_TAG_RE = re.compile(r"^\s*[\[【〔［](?P<tag>[^\]】〕］]{1,10})[\]】〕］]\s*(?P<rest>\S.*)$")
_TITLE_TAGS = tuple(lexicon.current().words("title_tags", "zh", "ko", "ja", "en"))


def title_tag(text: str) -> tuple[str, str] | None:
    """The story's kind (lexicon title_tags) and the title after it, for a title line opening with one; else None."""
    match = _TITLE_TAG_RE.match(text)
    if match is None or not match["tag"].startswith(_TITLE_TAGS):
        return None
    return match["tag"], match["rest"]
