"""Blocks of raw wikitext that are no prose: galleries and boxes drawn as tables (see wikitext.py).

A gallery ("<gallery>" … "</gallery>") holds a line per picture, "File:Portrait.jpg|caption": the caption is
an item of a list, the file's name is no word of the text. A box drawn as a table ("{| class="infobox" …|}")
lists the page's key facts, often as definitions ("; {{flag|Example}}" over ": Premier '''Example Name'''"): its
lines are a list after the lead, like an infobox template's, and never the page's lead or title.
"""

from __future__ import annotations

import re

_GALLERY_RE = re.compile(r"<gallery\b[^>]*>(?P<body>.*?)</gallery\s*>", re.IGNORECASE | re.DOTALL)
_PICTURE_LINE_RE = re.compile(r"^\s*(?:[^|\n:]{1,20}:)?[^|\n]+\.(?:jpe?g|png|gif|svg|tiff?|webp)\s*\|", re.IGNORECASE)
_BOX_TABLE_RE = re.compile(r"^\s*\{\|[^\n]*\binfobox\b", re.IGNORECASE)


def reduce_galleries(text: str) -> str:
    """Each gallery's pictures as list items of their captions ("* caption"); a picture with none gives none."""

    def items(match: re.Match[str]) -> str:
        lines = []
        for line in match["body"].split("\n"):
            picture = _PICTURE_LINE_RE.match(line)
            caption = line[picture.end() :].strip() if picture else ""
            if caption:
                lines.append(f"* {caption}")
        return "\n" + "\n".join(lines) + "\n"

    return _GALLERY_RE.sub(items, text) if "<gallery" in text.lower() else text


def take_box_tables(text: str) -> tuple[str, list[str]]:
    """The text without its box tables, and their lines as raw items: "; term" and its ": value" on one line.

    Rows and cells ("|-", "| style=… | words", "!header") become their words; a definition's term opens an item
    and each ": value" line after it goes on with it ("Example: Premier Example Name").
    """
    if "infobox" not in text:
        return text, []
    out: list[str] = []
    items: list[str] = []
    depth = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if not depth:
            if _BOX_TABLE_RE.match(line):
                depth = 1
                continue
            out.append(line)
            continue
        if stripped.startswith("{|"):
            depth += 1
        elif stripped.startswith("|}"):
            depth -= 1
            continue
        if not stripped or stripped.startswith(("|-", "|+", "{|")):
            continue
        if stripped[0] in "|!":  # a row's cells: "| 首都 || 例示市" is "首都: 例示市"
            stripped = ": ".join(w for w in (_cell_words(c) for c in re.split(r"\|\||!!", stripped[1:])) if w)
        if stripped.startswith(";"):
            items.append(stripped[1:].strip())
        elif stripped.startswith(":") and items:
            items[-1] = f"{items[-1]}: {stripped[1:].strip()}"
        elif stripped:
            items.append(stripped.lstrip(":").strip())
    return "\n".join(out), items


def _cell_words(cell: str) -> str:
    """A cell without its attributes ('style="…" | words')."""
    attrs, bar, words = cell.partition("|")
    return words.strip() if bar and "=" in attrs and "[[" not in attrs and "{{" not in attrs else cell.strip()


# A flag template that a country's code or name alone names: "{{CHN}}", "{{越南}}". On the page it is the flag
# and the country's name; without it a table's row or a list's item loses its label ("{{PRK}}：Name, envoy").
FLAG_NAME_TEMPLATE_RE = re.compile(r"\{\{\s*(?P<name>[A-Z]{2,3}|[\u4e00-\u9fff]{2,5})\s*\}\}")
_NOT_FLAGS = frozenset(["TOC", "PDF"])


def flag_names(text: str) -> str:
    """Flag templates named by a country's code or Chinese name, inside a line, as that code or name.

    A Chinese name counts only opening a cell or an item ("| {{越南}}", "** {{印尼}}"). Alone on their line such
    templates are navigation boxes ("{{东亚主题}}"), which show no words; those stay for the templates' removal.
    """

    def name(match: re.Match[str]) -> str:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        line = text[start : end if end >= 0 else len(text)]
        if line.strip() == match.group() or match["name"] in _NOT_FLAGS:
            return match.group()
        if not match["name"].isascii() and text[start : match.start()].strip(" \t|!*#:;") != "":
            return match.group()  # a Chinese-named template within a sentence: a maintenance tag ("{{来源请求}}")
        return match["name"]

    return FLAG_NAME_TEMPLATE_RE.sub(name, text) if "{{" in text else text


# Brackets that a removed template emptied ("'''例示关系'''（{{kor|…}}）", "**예시**(例示, )"): the empty pair goes,
# and so does a separator left before the closing bracket.
_EMPTY_BRACKETS_RE = re.compile(r"[ \t]?[(（][\s,，、;；]*[)）]")
_SEPARATOR_BEFORE_CLOSE_RE = re.compile(r"(?:[ \t]*[,，、;；])+[ \t]*(?=[)）])")  # "（ろくしゃかいごう、、、、）"


def tidy_brackets(text: str) -> str:
    """Empty brackets and separators left before a closing bracket, where templates were removed, go."""
    if "(" not in text and "（" not in text:
        return text
    return _EMPTY_BRACKETS_RE.sub("", _SEPARATOR_BEFORE_CLOSE_RE.sub("", text))
