"""People and places known by the company they keep: the other names of a list or of a table's column.

- A list of short CJK names set apart by "/" or "、", one of them a known person ("甲乙丙 / 丁戊己庚 / 辛壬"):
  the others, two to four characters each and no word of the dictionary, are people too. A wiki's list of
  officeholders per term names them so.
- A place named without "国际" where the document gives its full name is that place ("某某机场", "某某国际机场").
- A table's column (rows of "cell | cell" paragraphs) whose cells are mostly known people or places: its other
  cells that hold a bare name are people or places too (a column of host cities, of foreign ministers).

Both run once per document after the paragraph rules, on what those and the vocabulary found.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from nea_site import lexicon
from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import PERSON_TAGS, Found
from nea_site.model import ActorId, ActorType, Paragraph
from nea_site.text.script import to_simplified
from nea_site.text.segment import Segmenter

_HAN = r"\u3400-\u9fff々"
_ITEM = rf"[{_HAN}]{{2,4}}"
_LIST_RE = re.compile(rf"(?<![{_HAN}·]){_ITEM}(?:\s*[/／、]\s*{_ITEM})+(?![{_HAN}·])")
_ITEM_RE = re.compile(_ITEM)
# A cell that holds a bare name: CJK characters (a middle dot inside), or capitalised words.
_CELL_NAME_RE = re.compile(
    rf"[{_HAN}\uac00-\ud7a3][{_HAN}\uac00-\ud7a3·・ ]{{1,11}}|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{0,3}}"
)
MIN_KNOWN_CELLS = 2  # known names a column needs before its other cells are read as its kind
COLUMN_KINDS: tuple[ActorType, ...] = ("person", "place")

PerParagraph = list[tuple[Paragraph, list[Found]]]


def listed_people(
    per_paragraph: PerParagraph,
    spans: Mapping[int, list[Span]],
    kinds: Mapping[ActorId, ActorType],
    segmenter: Segmenter,
) -> PerParagraph:
    """Each paragraph's found names, with the people its lists and the names its table columns add."""
    out: PerParagraph = []
    for paragraph, items in per_paragraph:
        text = paragraph.text
        if "/" in text or "、" in text or "／" in text:
            own = spans.get(paragraph.index, [])
            # A list is read only where one of its names is a person's (_kind_of): none, no search for lists.
            if any(s.actors and kinds.get(s.actors[0]) == "person" for s in own) or any(
                i.type == "person" for i in items
            ):
                items = items + _list_people(text, own, items, kinds, segmenter)
        out.append((paragraph, items))
    return _short_place_names(_table_columns(out, spans, kinds))


def _short_place_names(per_paragraph: PerParagraph) -> PerParagraph:
    """A place named without "国际" where the document names it in full ("某某机场", "某某国际机场") is that place."""
    full = {
        to_simplified(item.name).replace("国际", ""): item.name
        for _, items in per_paragraph
        for item in items
        if item.type == "place" and "国际" in to_simplified(item.name)
    }
    if not full:
        return per_paragraph
    return [(p, [_full_name(i, full) for i in items]) for p, items in per_paragraph]


def _full_name(item: Found, full: Mapping[str, str]) -> Found:
    name = full.get(to_simplified(item.name)) if item.type == "place" else None
    return replace(item, name=name) if name else item


def _kind_of(start: int, end: int, own: list[Span], items: list[Found], kinds: Mapping[ActorId, ActorType]) -> str:
    """What names the stretch exactly: a known actor's kind, a found name's kind, "" (nothing), "x" (part of one)."""
    for span in own:
        if span.start == start and span.end == end and span.actors:
            return kinds.get(span.actors[0], "x")
        if span.start < end and start < span.end:
            return "x"
    for item in items:
        if item.start == start and item.end == end:
            return item.type
        if item.start < end and start < item.end:
            return "x"
    return ""


def _list_people(
    text: str, own: list[Span], items: list[Found], kinds: Mapping[ActorId, ActorType], segmenter: Segmenter
) -> list[Found]:
    found: list[Found] = []
    for match in _LIST_RE.finditer(text):
        members = [(m.start() + match.start(), m.end() + match.start()) for m in _ITEM_RE.finditer(match.group())]
        what = [_kind_of(start, end, own, items, kinds) for start, end in members]
        if "person" not in what:
            continue
        for (start, end), kind in zip(members, what, strict=True):
            if kind == "" and not _dictionary_word(text[start:end], segmenter):
                found.append(Found(start, end, text[start:end], "person", "person_list"))
    return found


def _dictionary_word(word: str, segmenter: Segmenter) -> bool:
    """A word of jieba's dictionary that it does not tag as a person's name ("经济"; "王毅" is a name)."""
    if not segmenter.has_word(word):
        return False
    tagged = segmenter.quick_tags(word)
    return len(tagged) == 1 and tagged[0][1] not in PERSON_TAGS


def _cell_kind(start: int, end: int, own: list[Span], items: list[Found], kinds: Mapping[ActorId, ActorType]) -> str:
    """What a cell holds: as `_kind_of`, or the kind of a known name filling most of it ("北京市" is 北京 and 市)."""
    kind = _kind_of(start, end, own, items, kinds)
    if kind != "x":
        return kind
    inside = [s for s in own if start <= s.start and s.end <= end and s.actors]
    longest = max(inside, key=lambda s: s.end - s.start, default=None)
    if longest is not None and 2 * (longest.end - longest.start) >= end - start:
        return kinds.get(longest.actors[0], "x")
    return "x"


def _cells(row: Paragraph) -> list[tuple[int, int]]:
    """The spans of a table row's cells; a trailing empty cell dropped."""
    cells = list(row.cell_spans())
    if cells and cells[-1][0] == cells[-1][1]:
        cells.pop()
    return cells


def _table_columns(
    per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], kinds: Mapping[ActorId, ActorType]
) -> PerParagraph:
    """Names in a table's column of known people or places, its header rows and placeholders ("TBA") aside."""
    rows = [i for i, (p, _) in enumerate(per_paragraph) if p.is_row]
    tables: list[list[int]] = []
    for i in rows:
        if tables and tables[-1][-1] == i - 1 and per_paragraph[i][0].kind != "table_header":
            tables[-1].append(i)
        else:
            tables.append([i])
    added: dict[int, list[Found]] = {}
    placeholders = frozenset(lexicon.current().words("table_cell_placeholders"))
    for table in tables:
        if len(table) < MIN_KNOWN_CELLS + 1:
            continue
        cells = {i: _cells(per_paragraph[i][0]) for i in table}
        width = Counter(len(c) for c in cells.values()).most_common(1)[0][0]
        body = [i for i in table[1:] if len(cells[i]) == width]  # the first row: the header
        for column in range(width):
            what: dict[int, str] = {}
            for i in body:
                paragraph, items = per_paragraph[i]
                start, end = cells[i][column]
                if start < end:
                    what[i] = _cell_kind(start, end, spans.get(paragraph.index, []), items, kinds)
            tally = Counter(what.values())
            kind = next((k for k in COLUMN_KINDS if tally[k] >= MIN_KNOWN_CELLS and 2 * tally[k] >= len(what)), None)
            if kind is None:
                continue
            for i, seen in what.items():
                paragraph = per_paragraph[i][0]
                start, end = cells[i][column]
                name = paragraph.text[start:end]
                if seen == "" and _CELL_NAME_RE.fullmatch(name) and name not in placeholders:
                    added.setdefault(i, []).append(Found(start, end, name, kind, "table_column"))
    return [(p, items + added.get(i, [])) for i, (p, items) in enumerate(per_paragraph)]
