"""A strict reader of the BibTeX the site writes (no dependency): what BibTeX itself would reject, it rejects.

Entries are `@type{key, name = {value}, …}`; braces in a value must balance, and TeX's specials (# $ % & _ ~ ^)
must be escaped with a backslash in every field but `url` (read verbatim by biber and the url package).
"""

from __future__ import annotations

import re

ENTRY_TYPES = frozenset({"article", "book", "inbook", "incollection", "misc", "techreport", "report", "online"})
_HEAD_RE = re.compile(r"@(?P<type>[a-z]+)\{(?P<key>[A-Za-z0-9_:\-]+),\s*")
_FIELD_RE = re.compile(r"(?P<name>[a-z]+)\s*=\s*\{")
_UNESCAPED_SPECIAL_RE = re.compile(r"(?<!\\)[#$%&_~^]")


class BibTeXError(ValueError):
    pass


def _braced(text: str, start: int) -> tuple[str, int]:
    """The value of the brace group opened just before `start`, and the index after its closing brace."""
    depth = 1
    i = start
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2  # an escaped character ("\{", "\%") is never a group delimiter
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return text[start:i], i + 1
        i += 1
    raise BibTeXError("unbalanced braces")


def parse_bibtex(text: str) -> list[tuple[str, str, dict[str, str]]]:
    """Every entry as (type, key, fields); BibTeXError on anything a strict reader would not accept."""
    entries: list[tuple[str, str, dict[str, str]]] = []
    i = 0
    text = text.strip()
    while i < len(text):
        head = _HEAD_RE.match(text, i)
        if not head:
            raise BibTeXError(f"no entry at {text[i : i + 40]!r}")
        if head["type"] not in ENTRY_TYPES:
            raise BibTeXError(f"unknown entry type {head['type']}")
        i = head.end()
        fields: dict[str, str] = {}
        while True:
            field = _FIELD_RE.match(text, i)
            if not field:
                raise BibTeXError(f"no field at {text[i : i + 40]!r}")
            value, i = _braced(text, field.end())
            name = field["name"]
            if name in fields:
                raise BibTeXError(f"field {name} twice")
            if name != "url" and _UNESCAPED_SPECIAL_RE.search(value):
                raise BibTeXError(f"unescaped special in {name}: {value!r}")
            fields[name] = value
            rest = re.match(r"\s*(,)?\s*(\})?\s*", text[i:])
            assert rest is not None
            i += rest.end()
            if rest[2]:
                break
            if not rest[1]:
                raise BibTeXError(f"no comma after field {name}")
        entries.append((head["type"], head["key"], fields))
    return entries
