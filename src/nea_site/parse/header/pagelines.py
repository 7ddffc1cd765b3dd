"""Lines a news page prints around its headline that are no part of the text, and a title line's leftovers.

Over or under the title: a breadcrumb ("ホーム > 国際 > アジア", "정치 > 외교"), a photo's caption ("(사진=연합뉴스)",
"[Photo: Yonhap]", "（右から）…=AP"), a greeting of the site's login box ("ようこそ ゲスト さん"), a site's menu
("로그인", "首页"), a record's classification and number ("SECRET", "Document 45"): `page_line` names what they
are, and they never become the title. `clean_title` takes inline HTML, a note mark and Markdown escapes off a title.
Header lines written loosely are read in `looselines`.
"""

from __future__ import annotations

import html
import re

from nea_site import lexicon

_LEXICON = lexicon.current()


def _words(name: str) -> str:
    return lexicon.alternation(_LEXICON.words(name), space=r"\s*")


# "ホーム > ニュース > 国際", "Home › World › Asia", "首页 » 国际": two to six short parts between arrows.
_CRUMB_SEPARATOR_RE = re.compile(r"\s*(?:[>›»＞→]|&gt;)\s*")
MAX_CRUMB_CHARS = 24
MAX_CRUMB_WORDS = 3
_NOT_IN_CRUMB_RE = re.compile(r"[\d%。．.!?！？，,；;:：]")  # a crumb names a section: no figure, no sentence
# A photo's caption: its label opening it ("(사진=연합뉴스)", "[Photo: Yonhap]", "写真：…", "图为…"), a position
# word in brackets ("（右から）", "(왼쪽부터)"), or an agency's credit closing it ("…=AP", "…＝共同").
_CAPTION_LABEL_RE = re.compile(
    rf"^\s*[(\[（【〔]?\s*(?:{_words('meta_caption_labels')})\s*(?:[=＝:：／/]|[)\]）】〕]|$)", re.IGNORECASE
)
_CAPTION_POSITION_RE = re.compile(rf"^\s*[(（]\s*(?:{_words('meta_caption_positions')})\s*[)）]", re.IGNORECASE)
_CAPTION_CREDIT_RE = re.compile(r"[=＝]\s*[^\s=＝。.]{1,12}\s*[)）]?\s*$")
MAX_CAPTION_CHARS = 120
# "ようこそ ゲスト さん", "Welcome, guest": a site's greeting.
_WELCOME_RE = re.compile(rf"(?:{_words('meta_welcome_words')})(?![a-z])", re.IGNORECASE)
MAX_WELCOME_CHARS = 40


# "SECRET", "CONFIDENTIAL", "極秘", "대외비": a record's security classification, alone on a line.
_CLASSIFICATION_RE = re.compile(rf"^\s*[\[(（【]?\s*(?:{_words('meta_classification_marks')})\s*[\])）】]?\s*$")
# "Document 45", "[Doc. 12]", "No. 107": a record's number in a published collection, alone on a line.
_DOCUMENT_NUMBER_RE = re.compile(
    rf"^\s*[\[(]?\s*(?:{_words('meta_document_number_words')})\s*\d{{1,5}}[A-Za-z]?\s*[\])]?\s*$", re.IGNORECASE
)


# A site's menu, login and tool words ("로그인", "ログイン", "首页", "字号：大 中 小"; lexicon meta_nav_words) and its
# buttons (furniture_buttons): a line of them alone over a title is the page's furniture.
NAV_WORDS = frozenset(
    w.casefold()
    for name in ("meta_nav_words", "furniture_buttons", "general_furniture_buttons")
    for w in _LEXICON.words(name)
)
_NAV_SPLIT_RE = re.compile(r"\s*[|｜/·•]\s*|\s{2,}")
MAX_NAV_CHARS = 40


def _is_nav_line(text: str) -> bool:
    if len(text) > MAX_NAV_CHARS:
        return False
    if text.casefold() in NAV_WORDS:
        return True
    parts = [p for p in _NAV_SPLIT_RE.split(text) if p] or [text]
    if len(parts) == 1:
        parts = text.split()  # "로그인 회원가입": words a space parts
    return len(parts) > 1 and all(p.casefold() in NAV_WORDS for p in parts)


def page_line(text: str) -> tuple[str, str] | None:
    """What a line of a page's furniture is, as an identifier ("breadcrumb", …, "caption", …), or None.

    A record's security classification and its number in a collection ("SECRET", "Document 45") are kept so too.
    """
    text = text.strip()
    if not text:
        return None
    if _CLASSIFICATION_RE.match(text):
        return ("classification", text)
    if _DOCUMENT_NUMBER_RE.match(text):
        return ("document number", text)
    if (len(text) <= MAX_WELCOME_CHARS and _WELCOME_RE.search(text)) or _is_nav_line(text):
        return ("furniture", text)
    if len(text) <= MAX_CAPTION_CHARS and _is_caption(text):
        return ("caption", text)
    parts = _CRUMB_SEPARATOR_RE.split(text)
    if 2 <= len(parts) <= 6 and all(
        0 < len(part) <= MAX_CRUMB_CHARS and len(part.split()) <= MAX_CRUMB_WORDS and not _NOT_IN_CRUMB_RE.search(part)
        for part in parts
    ):
        return ("breadcrumb", text)
    return None


def _is_caption(text: str) -> bool:
    if _CAPTION_LABEL_RE.match(text) or _CAPTION_POSITION_RE.match(text):
        return True
    # "…3カ国の外相=AP": a credit closing a caption (a phrase, no sentence: a paragraph ending "…했다. /AP=연합뉴스"
    # is the story's); a Korean dateline ("(서울=연합뉴스) …") opens a story instead
    return (
        bool(_CAPTION_CREDIT_RE.search(text))
        and not text.endswith(("=", "＝"))
        and text[:1] not in "([（【"
        and not _SENTENCE_STOP_RE.search(text)
    )


_SENTENCE_STOP_RE = re.compile(r"[。！？]|[.!?](?:\s|$)|다\.")


# Inline HTML in a title line ("<span class=\"x\">…</span>", "<br>"), a note mark closing it ("… [1]"), a Markdown
# escape ("\\_"): none is the title's. (Entities are decoded once, before: "&amp;amp;" shows as "&amp;".)
_INLINE_TAG_RE = re.compile(r"<(?:br|wbr)\s*/?>|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>", re.IGNORECASE)
_NOTE_MARK_RE = re.compile(r"\s*\[\d{1,3}\]\s*$")
_MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")


def clean_title(title: str) -> str:
    """A title line without inline tags, a closing note mark or Markdown escapes (a tag's gap closed)."""
    if "<" in title:
        title = _INLINE_TAG_RE.sub(lambda m: " " if m.group().lower().startswith(("<br", "<wbr")) else "", title)
    if "\\" in title:
        title = _MD_ESCAPE_RE.sub(r"\1", title)
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", _NOTE_MARK_RE.sub("", title)).strip()


ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPED_ENTITY_RE = re.compile(r"&amp;(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(title: str) -> str:
    """A title with its HTML entities decoded once ("Seoul&#x27;s view"), twice where the source escaped them twice.

    "Talks &amp;amp; trade", "Japan&amp;#39;s view": an entity whose "&" was itself escaped is what a tool that
    escaped an escaped title left; no title means "&amp;" as text, so it decodes to the character, never "&amp;".
    """
    if not ENTITY_RE.search(title):
        return title
    twice = _ESCAPED_ENTITY_RE.search(title) is not None
    once = html.unescape(title)
    return html.unescape(once) if twice else once
