"""The Explore page's data files: a small index loaded first, then only the shards a filter needs.

Under explore/data/ of each language (render/explore.py writes them; explore.js reads them):
- `index.json`: the facet values with their counts and shards, the kinds and languages, each document's first item
  and language, and the "cube": items counted by (kind, language, first year, span), from which the page counts
  the kind, language and year facets when no country, actor or theme is chosen. Always loaded.
- `e<n>.bin`: the items that name one country, actor or theme (rare values share a file): what a filter by that
  value loads (the rarest value chosen).
- `k<kind>-<n>.bin`: the items of one kind whose first year falls in one decade (or that give no year): what a
  filter without country, actor or theme loads.
- `t<n>.json`: the result rows of items n * CHUNK_ITEMS ... (n + 1) * CHUNK_ITEMS - 1 and their documents' ids and
  titles: fetched for the results on screen only.

An item in a .bin file, in item order: varint gap to the previous item number (the first: its number), one byte
kind (index into KINDS), varint year code (0: no year; else first year - base + 1, then varint span in years),
varint count of values, then each value index as a varint gap to the previous one (the first: itself).
Every file is a function of the records alone: byte-identical across builds.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from nea_site.render.explore_data import KINDS, ROW_KINDS, ExploreData, Item
from nea_site.render.labels import Labels

FORMAT_VERSION = 1
CHUNK_ITEMS = 48  # result rows per text file: a page of 20 results reads one to twenty of them
OWN_SHARD_ITEMS = 256  # a value with this many items gets a file of its own
SHARED_SHARD_ITEMS = 512  # rarer values share a file until it holds this many of their items
DECADE = 10


def explore_files(data: ExploreData, t: Labels) -> dict[str, bytes]:
    """File name (under explore/data/) -> content."""
    items = data.items
    base = min((i.years[0] for i in items if i.years), default=0)
    files: dict[str, bytes] = {}
    value_shard: list[str] = [""] * len(data.values)
    postings: dict[int, list[int]] = defaultdict(list)
    for number, item in enumerate(items):
        for value in item.values:
            postings[value].append(number)
    tails = [_encode_tail(item, base) for item in items]  # an item is in the files of its values and its kind
    for name, members in _entity_shards(postings, len(data.values)):
        numbers = sorted({n for v in members for n in postings[v]})
        files[f"{name}.bin"] = _encode_numbered(tails, numbers)
        for value in members:
            value_shard[value] = name
    kind_shards: list[tuple[int, str, int | None, int | None, int]] = []  # kind, file, first, last year, items
    buckets: dict[tuple[int, int | None], list[int]] = defaultdict(list)
    for number, item in enumerate(items):
        buckets[(item.kind, item.years[0] // DECADE if item.years else None)].append(number)
    for (kind, decade), numbers in sorted(buckets.items(), key=lambda kv: (kv[0][0], _decade_key(kv[0][1]))):
        name = f"k{kind}-{'x' if decade is None else decade}"
        files[f"{name}.bin"] = _encode_numbered(tails, numbers)
        spans = [y for y in (items[n].years for n in numbers) if y is not None]
        first = min(s[0] for s in spans) if spans else None
        last = max(s[1] for s in spans) if spans else None
        kind_shards.append((kind, name, first, last, len(numbers)))
    for start in range(0, len(items), CHUNK_ITEMS):
        files[f"t{start // CHUNK_ITEMS}.json"] = _chunk(data, start)
    counts = Counter(v for item in items for v in item.values)
    index = {
        "version": FORMAT_VERSION,
        "total": len(items),
        "chunk": CHUNK_ITEMS,
        "base": base,
        "kinds": [[kind, t(f"explore_kind_{kind}"), sum(1 for i in items if KINDS[i.kind] == kind)] for kind in KINDS],
        "rowKinds": [[k, t(f"explore_kind_{k}") if k in KINDS else t(f"kind_{k}")] for k in ROW_KINDS],
        "langs": [[code, t(f"lang_{code}")] for code in sorted(set(data.doc_langs), key=_lang_order)],
        "docs": {"start": data.doc_starts, "lang": data.doc_langs},
        "values": [[v.facet, v.id, v.name, counts[n], value_shard[n]] for n, v in enumerate(data.values)],
        "kindShards": kind_shards,
        "cube": _cube(data, base),
    }
    files["index.json"] = _json(index)
    return files


def _decade_key(decade: int | None) -> tuple[int, int]:
    return (1, 0) if decade is None else (0, decade)


def _lang_order(code: str) -> tuple[int, str]:
    order = ("en", "zh", "zh-Hant", "ja", "ko", "und")
    return (order.index(code), code) if code in order else (len(order), code)


def _entity_shards(postings: dict[int, list[int]], count: int) -> list[tuple[str, list[int]]]:
    """Files of values: a common value alone, rare ones together in value order until a file is full."""
    shards: list[list[int]] = []
    shared: list[int] = []
    held = 0
    for value in range(count):
        size = len(postings.get(value, ()))
        if size >= OWN_SHARD_ITEMS:
            shards.append([value])
            continue
        shared.append(value)
        held += size
        if held >= SHARED_SHARD_ITEMS:
            shards.append(shared)
            shared, held = [], 0
    if shared:
        shards.append(shared)
    return [(f"e{n}", members) for n, members in enumerate(shards)]


def _cube(data: ExploreData, base: int) -> list[list[int]]:
    """[kind, language index, year code, span, count] for each combination the items have."""
    langs = sorted(set(data.doc_langs), key=_lang_order)
    cells: Counter[tuple[int, int, int, int]] = Counter()
    for item in data.items:
        code, span = (item.years[0] - base + 1, item.years[1] - item.years[0]) if item.years else (0, 0)
        cells[(item.kind, langs.index(data.doc_langs[item.doc]), code, span)] += 1
    return [[*key, n] for key, n in sorted(cells.items())]


def encode_items(items: list[Item], numbers: list[int], base: int) -> bytes:
    """The items of `numbers` (ascending) in the binary form the module docstring gives."""
    return _encode_numbered({n: _encode_tail(items[n], base) for n in numbers}, numbers)


def _encode_numbered(tails: Sequence[bytes] | Mapping[int, bytes], numbers: list[int]) -> bytes:
    """Items `numbers` (ascending), each its varint gap then its encoded rest (`_encode_tail`)."""
    out: list[bytes] = []
    add = out.append
    previous = -1
    for number in numbers:
        gap = number - previous - 1
        add(_ONE_BYTE[gap] if 0 <= gap < 0x80 else _varint_bytes(gap))
        add(tails[number])
        previous = number
    return b"".join(out)


def _encode_tail(item: Item, base: int) -> bytes:
    """An item after its gap: kind, year code (and span), count of values, value gaps. The same in every file."""
    out: list[int] = [item.kind]  # the bytes; most values are below 0x80, one byte each, appended without a call
    add = out.append
    if item.years:
        _varint(out, item.years[0] - base + 1)
        _varint(out, item.years[1] - item.years[0])
    else:
        add(0)
    values = item.values
    add(len(values)) if len(values) < 0x80 else _varint(out, len(values))
    last = 0
    for value in values:
        step = value - last
        add(step) if 0 <= step < 0x80 else _varint(out, step)
        last = value
    return bytes(out)


_ONE_BYTE = [bytes((n,)) for n in range(0x80)]


def _varint_bytes(value: int) -> bytes:
    out: list[int] = []
    _varint(out, value)
    return bytes(out)


def decode_items(content: bytes, base: int) -> list[tuple[int, int, tuple[int, int] | None, tuple[int, ...]]]:
    """(number, kind, years, values) of each item of a .bin file: the reading explore.js does, for tests."""
    found: list[tuple[int, int, tuple[int, int] | None, tuple[int, ...]]] = []
    position = 0

    def read() -> int:
        nonlocal position
        value = shift = 0
        while True:
            byte = content[position]
            position += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value

    number = -1
    while position < len(content):
        number += read() + 1
        kind = content[position]
        position += 1
        code = read()
        years = (code - 1 + base, code - 1 + base + read()) if code else None
        values: list[int] = []
        for _ in range(read()):
            values.append((values[-1] if values else 0) + read())
        found.append((number, kind, years, tuple(values)))
    return found


def _varint(out: list[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"explore data: negative varint {value}")
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def _chunk(data: ExploreData, start: int) -> bytes:
    """Result rows [row kind, record id, date, text, paragraph] of CHUNK_ITEMS items, with their documents."""
    items = data.items[start : start + CHUNK_ITEMS]
    docs = sorted({item.doc for item in items})
    return _json(
        {
            "docs": [[d, data.doc_ids[d], data.doc_titles[d]] for d in docs],
            "rows": [[i.row_kind, i.ref, i.date, i.text, i.paragraph] for i in items],
        }
    )


def _json(data: Mapping[str, object]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
