"""Front matter of a Markdown file, read tolerantly: what static-site generators, blog exports and crawlers write.

"---" / "title: …" / "date: …" / "---" at the top (blank lines may stand before it), TOML between "+++" lines,
an Org file's "#+TITLE:" lines or a Pandoc "% Title" block.
Keys are matched without case, "_" or "-" ("post_title", "publishedAt", "pub-date" are one key each). A block that
YAML cannot read (a tab-indented value, an unquoted colon) is read line by line, "key: value", never refused: the
fields a reader can see are the fields it gets.
"""

from __future__ import annotations

import datetime
import html
import re
import tomllib
from dataclasses import dataclass, field

import yaml

from nea_site.parse.addresses import url_date

# "---\n…\n---\n" at the top, after blank lines at most; "..." may close a YAML block.
_YAML_BLOCK_RE = re.compile(
    r"\A\ufeff?(?:[ \t]*\n)*---[ \t]*\n(?P<body>(?:.*?\n)??)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL
)
# "+++\n…\n+++\n": TOML front matter, as Hugo writes it.
_TOML_BLOCK_RE = re.compile(r"\A\ufeff?(?:[ \t]*\n)*\+\+\+[ \t]*\n(?P<body>.*?\n)\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
# "#+TITLE: Talks resume" lines opening an Org file (blank lines may stand before them).
_ORG_BLOCK_RE = re.compile(r"\A\ufeff?(?:[ \t]*\n)*(?:#\+[A-Za-z_]+:[^\n]*(?:\n|\Z))+")
_ORG_LINE_RE = re.compile(r"^#\+(?P<key>[A-Za-z_]+):(?P<value>[^\n]*)$", re.MULTILINE)
# "% Title\n% Author\n% Date" opening a Pandoc Markdown file.
_PANDOC_BLOCK_RE = re.compile(
    r"\A\ufeff?(?:[ \t]*\n)*%[ \t]*(?P<title>[^\n]+)\n"
    r"(?:%[ \t]*(?P<author>[^\n]*)\n(?:%[ \t]*(?P<date>[^\n]*)(?:\n|\Z))?)?"
)
# "title: Value", "date  : 2023-08-25": one field on its line (the line reader's form).
_FIELD_LINE_RE = re.compile(r"^(?P<key>[A-Za-z_][\w\- ]{0,40}?)\s*:\s*(?P<value>.*?)\s*$")
# A value that a note mark closes: "Record of a Conversation [1]".
_TRAILING_MARK_RE = re.compile(r"\s*\[\d{1,3}\]\s*$")

# Keys (folded: lower case, no "_", "-", ".", ":" or space) and the field each fills, the first found winning.
TITLE_KEYS = ("title", "posttitle", "headline", "name", "subject", "doctitle", "pagetitle", "ogtitle", "articletitle")
DATE_KEYS = (
    "date", "published", "publishedat", "publishdate", "publishedon", "pubdate", "datepublished", "postdate",
    "docdate", "publicationdate", "issued", "dateissued", "created", "createdat", "datecreated", "creationdate",
    # crawlers' and CMS exports' keys ("article:published_time", "post_date_gmt", "dc.date"; ":" and "." folded)
    "publishedtime", "articlepublishedtime", "ogpublishedtime", "publishtime", "pubtime", "releasedate",
    "firstpublished", "postdategmt", "dategmt", "dcdate", "dcdateissued", "dctermsdate", "dctermsissued",
    "datetime", "time", "timestamp",
)  # fmt: skip
OUTLET_KEYS = ("outlet", "source", "publisher", "sitename", "site", "publication", "newspaper", "journal")
AUTHOR_KEYS = ("authors", "author", "creator", "byline", "postauthor", "writer")
KEYWORD_KEYS = ("keywords", "tags")
# Keys of the day a record was made, which a web clipper writes for the day it copied the page: below the day the
# page's own address holds.
RECORD_DATE_KEYS = ("created", "createdat", "datecreated", "creationdate", "datetime", "time", "timestamp")
URL_KEYS = ("url", "link", "permalink", "canonical", "canonicalurl", "sourceurl", "originalurl", "originallink", "href")
_URL_RE = re.compile(r"https?://\S+$", re.IGNORECASE)


@dataclass(slots=True)
class FrontMatter:
    """The fields a front matter block gives; `end` is where the text after it starts (0: there is none)."""

    end: int = 0
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    url: str | None = None  # the page's own address ("url:", "link:", "source: https://…")


def read_front_matter(text: str) -> FrontMatter:
    """The front matter opening `text`, if any, read as YAML, else TOML, else line by line."""
    block = _YAML_BLOCK_RE.match(text)
    if block:
        body = block["body"] or ""
        data = _yaml_fields(body)
        if data is None:
            data = _line_fields(body)
        return _fields(data, block.end())
    org = _ORG_BLOCK_RE.match(text)
    if org:  # "#+TITLE: …" / "#+DATE: <2024-05-27 Mon>": an Org file's keywords
        fields = {m["key"]: m["value"].strip().strip("<>[]") for m in _ORG_LINE_RE.finditer(org.group())}
        return _fields(dict(fields), org.end())
    pandoc = _PANDOC_BLOCK_RE.match(text)
    if pandoc:  # "% Title" / "% Author; Author" / "% Date": a Pandoc title block
        return _fields(
            {"title": pandoc["title"], "author": pandoc["author"] or "", "date": pandoc["date"] or ""}, pandoc.end()
        )
    toml_block = _TOML_BLOCK_RE.match(text)
    if toml_block:
        try:
            toml_data: dict[str, object] = tomllib.loads(toml_block["body"])
        except tomllib.TOMLDecodeError:
            toml_data = _line_fields(toml_block["body"])
        return _fields(toml_data, toml_block.end())
    return FrontMatter()


def _yaml_fields(body: str) -> dict[str, object] | None:
    try:
        data = yaml.safe_load(body) if body.strip() else {}
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else None


def _line_fields(body: str) -> dict[str, object]:
    """Fields of a block YAML cannot read: each unindented "key: value" line, its value quotes stripped."""
    data: dict[str, object] = {}
    for line in body.split("\n"):
        if not line or line[0] in " \t#-":
            continue  # an indented continuation, a comment or a list item: no field of its own
        match = _FIELD_LINE_RE.match(line)
        if match and match["value"]:
            value = match["value"]
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            data.setdefault(match["key"], value)
    return data


def _fold(key: object) -> str:
    return re.sub(r"[\s_\-.:]", "", str(key)).lower()


def _fields(data: dict[str, object], end: int) -> FrontMatter:
    folded: dict[str, object] = {}
    for key, value in data.items():
        folded.setdefault(_fold(key), value)
    front = FrontMatter(end=end)
    front.title = _first_text(folded, TITLE_KEYS)
    if front.title:
        front.title = _TRAILING_MARK_RE.sub("", front.title).strip() or None  # entities: decoded once, as every title
    front.date = _first_date(folded)
    outlet = _first_text(folded, OUTLET_KEYS)
    front.url = next((u for k in URL_KEYS + OUTLET_KEYS if (u := _first_text(folded, (k,))) and _URL_RE.match(u)), None)
    if front.url and not any(k in folded for k in DATE_KEYS if k not in RECORD_DATE_KEYS):
        front.date = url_date(front.url) or front.date  # a web clipper's "created:" is the day it copied the page
    if outlet and _URL_RE.match(outlet):
        outlet = None  # "source: https://…": the page's address, no outlet's name
    front.outlet = html.unescape(outlet) if outlet else None
    front.authors = _names(next((folded[k] for k in AUTHOR_KEYS if k in folded), None))
    keywords = next((folded[k] for k in KEYWORD_KEYS if k in folded), None)
    if isinstance(keywords, str):
        keywords = re.split(r"[,，、;；]", keywords)
    if isinstance(keywords, list):
        front.keywords = [str(k).strip() for k in keywords if str(k).strip()]
    return front


def _first_text(folded: dict[str, object], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = folded.get(key)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            return " ".join(str(value).split())
    return None


def _first_date(folded: dict[str, object]) -> str | None:
    for key in DATE_KEYS:
        value = folded.get(key)
        if isinstance(value, datetime.datetime):
            return value.date().isoformat()  # the day as written: YAML keeps the offset, never shifts it
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int) and not isinstance(value, bool) and MIN_EPOCH_SECONDS <= value <= MAX_EPOCH_SECONDS:
            return datetime.datetime.fromtimestamp(value, tz=datetime.UTC).date().isoformat()  # "1716771600"
    return None


# A count of seconds since 1970 that a crawler wrote as the date ("timestamp: 1716771600"): 2001 to 2033.
MIN_EPOCH_SECONDS = 1_000_000_000
MAX_EPOCH_SECONDS = 2_000_000_000


def _names(value: object) -> list[str]:
    return [_WIKILINK_RE.sub(r"\1", name) for name in _listed_names(value)]


# "[[Jane Roe]]", "[[People/Jane Roe|Jane Roe]]": a note-taking app's link around a name (a web clipper's author).
_WIKILINK_RE = re.compile(r"^\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]$")


def _listed_names(value: object) -> list[str]:
    if isinstance(value, str):
        return [a.strip() for a in re.split(r"[;,、]| and ", html.unescape(value)) if a.strip()]
    if isinstance(value, list):
        names: list[str] = []
        for item in value:
            if isinstance(item, dict):
                item = item.get("name") or item.get("display_name") or ""
            if str(item).strip():
                names.append(html.unescape(str(item)).strip())
        return names
    if isinstance(value, dict) and value.get("name"):
        return [str(value["name"]).strip()]
    return []
