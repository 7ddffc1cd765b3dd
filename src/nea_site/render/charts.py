"""Inline SVG charts made at build time: a timeline, horizontal bars and a heat-map matrix.

Pure functions from typed inputs to an SVG string: no JavaScript, no web fonts, every text argument escaped,
byte-identical output for the same input.
"""

from __future__ import annotations

import html
import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

FONT_STACK = (
    "system-ui, -apple-system, 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
)
# Mid-tone colours that read on both Material's light and dark (slate) schemes; text uses currentColor.
_PALETTE = ("#3f6ec6", "#1a9e8f", "#e07b28", "#8e5cc4", "#c8445a", "#7f9a2e", "#b08a1e", "#6b7a8f")
_ACCENT = "#3f6ec6"
_AXIS = "#888"
_FONT_PX = 12.0
_LABEL_GAP = 10.0
_SAFE_SCHEMES = frozenset({"", "http", "https", "mailto"})

_TIMELINE_PLOT_PX = 640.0
_TIMELINE_RADIUS = 5.0
_TIMELINE_STACK_PX = 7.0  # less than a diameter: stacked marks overlap slightly and stay inside their row
_TIMELINE_MAX_LEVELS = 7  # deeper stacks reuse levels rather than growing the row without bound
# Above this many points the chart would grow with the corpus (and be unreadable): the marks of a row that fall
# in the same plot column are merged into one, so a chart has at most (plot / column) x 2 marks per row.
_TIMELINE_MAX_MARKS = 200
_TIMELINE_MERGE_PX = 2 * _TIMELINE_RADIUS
_TIMELINE_MERGED_LABEL_CHARS = 80
_BAR_MAX_PX = 400.0
_BAR_ROW_PX = 24.0
_BAR_HEIGHT_PX = 16.0
_CELL_PX = 30.0


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelinePoint:
    """One event on a timeline: its date (month optional), tooltip text, optional link and row (group)."""

    year: int
    month: int | None
    label: str
    href: str | None
    group: str


def timeline_svg(points: Sequence[TimelinePoint], *, title: str, year_label: str) -> str:
    """Draw events on a horizontal year axis, one row per group (rows in order of first appearance).

    Ticks fall on 1 January every 1, 2, 5 or 10 years depending on the span. An event known to the month sits in
    the middle of that month; one known only to the year sits on the year's tick as a lighter ring. Events closer
    than a mark's width in the same row are stacked vertically. No points: an empty SVG carrying only the title.
    More than _TIMELINE_MAX_MARKS points: each row's points are merged per plot column into one mark, labelled
    with its first event and how many more ("… (+12)") and linking to that first event.
    """
    if not points:
        return _render_empty(title)
    for point in points:
        if point.month is not None and not 1 <= point.month <= 12:
            raise ValueError(f"timeline point {point.label!r}: month must be 1-12, found {point.month}")
    groups = list(dict.fromkeys(point.group for point in points))
    first = min(point.year for point in points)
    last = max(point.year for point in points)
    step = _choose_tick_step(last + 1 - first)
    start = first // step * step
    end = -(-(last + 1) // step) * step
    label_px = _max_label_px(groups, 220.0)
    left = label_px + 2 * _LABEL_GAP
    scale = _TIMELINE_PLOT_PX / (end - start)

    def x_of(point: TimelinePoint) -> float:
        offset = 0.0 if point.month is None else (point.month - 0.5) / 12
        return left + (point.year + offset - start) * scale

    placed: dict[str, list[tuple[float, int, TimelinePoint]]] = {}
    for group in groups:
        members = sorted(
            (p for p in points if p.group == group),
            key=lambda p: (x_of(p), p.month is None, p.label, p.href or ""),
        )
        marks = [(x_of(p), p) for p in members]
        placed[group] = _stack_marks(_merge_marks(marks, left) if len(points) > _TIMELINE_MAX_MARKS else marks)

    top = 8.0
    rows: list[tuple[str, float, float]] = []  # group, row top, row height
    for group in groups:
        levels = max(level for _, level, _ in placed[group]) + 1
        reach = math.ceil((levels - 1) / 2) * _TIMELINE_STACK_PX + _TIMELINE_RADIUS
        height = max(28.0, 2 * reach + 10)
        rows.append((group, top, height))
        top += height
    axis_y = top + 4
    width = left + _TIMELINE_PLOT_PX + 24
    height = axis_y + (40.0 if year_label else 26.0)

    out = _open_svg(width, height, title)
    grid = [
        f'<line x1="{_num(x)}" y1="8" x2="{_num(x)}" y2="{_num(axis_y)}"/>'
        for x in _tick_xs(start, end, step, left, scale)
    ]
    out.append(f'<g stroke="{_AXIS}" stroke-opacity=".25">{"".join(grid)}</g>')
    for index, (group, row_top, row_height) in enumerate(rows):
        mid = row_top + row_height / 2
        colour = _PALETTE[index % len(_PALETTE)]
        out.append(
            f'<line x1="{_num(left)}" y1="{_num(mid)}" x2="{_num(left + _TIMELINE_PLOT_PX)}" y2="{_num(mid)}" '
            f'stroke="{_AXIS}" stroke-opacity=".5"/>'
        )
        out.append(_render_label(group, left - _LABEL_GAP, mid, label_px, anchor="end"))
        out.append(f'<g fill="{colour}" stroke="{colour}">')
        for x, level, point in placed[group]:
            cy = mid + _stack_offset(level)
            ring = ' fill-opacity=".3"' if point.month is None else ""
            circle = (
                f'<circle cx="{_num(x)}" cy="{_num(cy)}" r="{_num(_TIMELINE_RADIUS)}"{ring}>'
                f"<title>{_esc(point.label)}</title></circle>"
            )
            out.append(_wrap_link(circle, point.href))
        out.append("</g>")
    out.append(
        f'<line x1="{_num(left)}" y1="{_num(axis_y)}" x2="{_num(left + _TIMELINE_PLOT_PX)}" y2="{_num(axis_y)}" '
        f'stroke="{_AXIS}"/>'
    )
    ticks = []
    for year, x in zip(range(start, end + 1, step), _tick_xs(start, end, step, left, scale), strict=True):
        ticks.append(
            f'<line x1="{_num(x)}" y1="{_num(axis_y)}" x2="{_num(x)}" y2="{_num(axis_y + 4)}" stroke="{_AXIS}"/>'
        )
        ticks.append(f'<text x="{_num(x)}" y="{_num(axis_y + 17)}" text-anchor="middle">{year}</text>')
    out.extend(ticks)
    if year_label:
        centre = left + _TIMELINE_PLOT_PX / 2
        out.append(f'<text x="{_num(centre)}" y="{_num(axis_y + 34)}" text-anchor="middle">{_esc(year_label)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def bar_chart_svg(
    items: Sequence[tuple[str, float]],
    *,
    title: str,
    value_format: str = "{:.0%}",
    href_for: Mapping[str, str] | None = None,
) -> str:
    """Draw one horizontal bar per item, in the given order: label on the left, formatted value at the bar end.

    The largest value spans the full bar width; zero and negative values get an empty bar (their value still
    shown). When `href_for` has a label, that whole row (label, bar, value) links there.
    """
    if not items:
        return _render_empty(title)
    for label, value in items:
        if not math.isfinite(value):
            raise ValueError(f"bar {label!r}: value must be finite, found {value}")
    texts = [value_format.format(value) for _, value in items]
    label_px = _max_label_px([label for label, _ in items], 240.0)
    left = label_px + 2 * _LABEL_GAP
    top_value = max(value for _, value in items)
    value_px = max(_text_px(text) for text in texts)
    width = left + _BAR_MAX_PX + 6 + value_px + 8
    height = 8 + len(items) * _BAR_ROW_PX + 8

    out = _open_svg(width, height, title)
    out.append(f'<line x1="{_num(left)}" y1="6" x2="{_num(left)}" y2="{_num(height - 6)}" stroke="{_AXIS}"/>')
    for index, ((label, value), text) in enumerate(zip(items, texts, strict=True)):
        mid = 8 + (index + 0.5) * _BAR_ROW_PX
        length = _BAR_MAX_PX * value / top_value if top_value > 0 and value > 0 else 0.0
        row = (
            _render_label(label, left - _LABEL_GAP, mid, label_px, anchor="end")
            + f'<rect x="{_num(left)}" y="{_num(mid - _BAR_HEIGHT_PX / 2)}" width="{_num(length)}" '
            f'height="{_num(_BAR_HEIGHT_PX)}" fill="{_ACCENT}"><title>{_esc(label)}: {_esc(text)}</title></rect>'
            + f'<text x="{_num(left + length + 6)}" y="{_num(mid + 4)}">{_esc(text)}</text>'
        )
        out.append(_wrap_link(row, (href_for or {}).get(label)))
    out.append("</svg>")
    return "\n".join(out)


def matrix_svg(
    rows: Sequence[str],
    cols: Sequence[str],
    values: Mapping[tuple[str, str], int],
    *,
    title: str,
    row_href: Mapping[str, str] | None = None,
    col_href: Mapping[str, str] | None = None,
) -> str:
    """Draw a heat map with one cell per (row, col): shade proportional to the count, the count printed.

    Zero (or missing) cells are drawn as empty outlines. Column labels stand at the top rotated by -45 degrees,
    row labels on the left; either may link through `row_href` / `col_href`. Keys not in rows × cols are ignored.
    """
    if not rows or not cols:
        return _render_empty(title)
    for key, count in values.items():
        if count < 0:
            raise ValueError(f"matrix cell {key!r}: count must not be negative, found {count}")
    row_px = _max_label_px(rows, 220.0)
    col_px = _max_label_px(cols, 180.0)
    left = row_px + 2 * _LABEL_GAP
    diagonal = math.sqrt(0.5)
    top = col_px * diagonal + 16
    top_count = max((values.get((r, c), 0) for r in rows for c in cols), default=0)
    width = max(left + len(cols) * _CELL_PX + 8, left + (len(cols) - 0.5) * _CELL_PX + col_px * diagonal + 14)
    height = top + len(rows) * _CELL_PX + 8

    out = _open_svg(width, height, title)
    for index, col in enumerate(cols):
        x = left + (index + 0.5) * _CELL_PX
        y = top - 6
        label = _render_label(col, x, y, col_px, anchor="start", rotate=True)
        out.append(_wrap_link(label, (col_href or {}).get(col)))
    for row_index, row in enumerate(rows):
        y = top + row_index * _CELL_PX
        label = _render_label(row, left - _LABEL_GAP, y + _CELL_PX / 2, row_px, anchor="end")
        out.append(_wrap_link(label, (row_href or {}).get(row)))
        for col_index, col in enumerate(cols):
            count = values.get((row, col), 0)
            out.append(_render_cell(row, col, count, top_count, left + col_index * _CELL_PX, y))
    out.append("</svg>")
    return "\n".join(out)


def _render_cell(row: str, col: str, count: int, top_count: int, x: float, y: float) -> str:
    box = f'x="{_num(x + 1)}" y="{_num(y + 1)}" width="{_num(_CELL_PX - 2)}" height="{_num(_CELL_PX - 2)}"'
    tip = f"<title>{_esc(row)} × {_esc(col)}: {count}</title>"
    if count == 0:
        return f'<rect {box} fill="none" stroke="{_AXIS}" stroke-opacity=".35">{tip}</rect>'
    opacity = 0.15 + 0.85 * count / top_count
    # Dark cells need light digits; pale ones keep the page's text colour (currentColor) in both schemes.
    ink = ' fill="#fff"' if opacity >= 0.6 else ""
    return (
        f'<rect {box} fill="{_ACCENT}" fill-opacity="{opacity:.2f}">{tip}</rect>'
        f'<text x="{_num(x + _CELL_PX / 2)}" y="{_num(y + _CELL_PX / 2 + 4)}" text-anchor="middle"{ink}>'
        f"{count}</text>"
    )


def _choose_tick_step(span_years: int) -> int:
    for step, max_span in ((1, 12), (2, 24), (5, 60)):
        if span_years <= max_span:
            return step
    return 10


def _tick_xs(start: int, end: int, step: int, left: float, scale: float) -> list[float]:
    return [left + (year - start) * scale for year in range(start, end + 1, step)]


def _merge_marks(marks: list[tuple[float, TimelinePoint]], left: float) -> list[tuple[float, TimelinePoint]]:
    """One mark per plot column (and per kind: month known or year only), at its first point's position."""
    columns: dict[tuple[int, bool], list[tuple[float, TimelinePoint]]] = {}
    for x, point in marks:
        columns.setdefault((int((x - left) // _TIMELINE_MERGE_PX), point.month is None), []).append((x, point))
    merged = []
    for members in columns.values():
        x, first = members[0]
        label = first.label
        if len(label) > _TIMELINE_MERGED_LABEL_CHARS:
            label = label[: _TIMELINE_MERGED_LABEL_CHARS - 1].rstrip() + "…"
        if len(members) > 1:
            label += f" (+{len(members) - 1})"
        merged.append((x, replace(first, label=label)))
    return sorted(merged, key=lambda m: (m[0], m[1].month is None, m[1].label))


def _stack_marks(marks: list[tuple[float, TimelinePoint]]) -> list[tuple[float, int, TimelinePoint]]:
    """Give each mark (sorted by x) a stack level: 0 unless it falls within a mark's width of its cluster's start."""
    placed: list[tuple[float, int, TimelinePoint]] = []
    cluster_x: float | None = None
    level = 0
    for x, point in marks:
        if cluster_x is None or x - cluster_x >= 2 * _TIMELINE_RADIUS:
            cluster_x, level = x, 0
        else:
            level += 1
        placed.append((x, level % _TIMELINE_MAX_LEVELS, point))
    return placed


def _stack_offset(level: int) -> float:
    """Levels alternate around the row line: 0, above, below, further above, ..."""
    distance = (level + 1) // 2 * _TIMELINE_STACK_PX
    return -distance if level % 2 else distance


def _open_svg(width: float, height: float, title: str) -> list[str]:
    w, h, label = _num(math.ceil(width)), _num(math.ceil(height)), _esc(title)
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" '
        f'style="max-width:{w}px;height:auto" role="img" aria-label="{label}" '
        f'font-family="{_esc(FONT_STACK)}" font-size="{_num(_FONT_PX)}" fill="currentColor">',
        f"<title>{label}</title>",
    ]


def _render_empty(title: str) -> str:
    return "\n".join([*_open_svg(320, 24, title), "</svg>"])


def _render_label(text: str, x: float, y: float, max_px: float, *, anchor: str, rotate: bool = False) -> str:
    """A label vertically centred on y (or rotated -45° about its anchor), shortened with … to fit max_px."""
    shown = _shorten(text, max_px)
    tip = f"<title>{_esc(text)}</title>" if shown != text else ""
    turn = f' transform="rotate(-45 {_num(x)} {_num(y)})"' if rotate else ""
    baseline = y if rotate else y + 4
    return f'<text x="{_num(x)}" y="{_num(baseline)}" text-anchor="{anchor}"{turn}>{tip}{_esc(shown)}</text>'


def _wrap_link(inner: str, href: str | None) -> str:
    if href is None:
        return inner
    scheme = urlsplit(href.strip()).scheme.lower()
    if scheme not in _SAFE_SCHEMES:
        raise ValueError(f"chart link {href!r}: scheme {scheme!r} is not allowed (use a relative or http(s) URL)")
    return f'<a href="{_esc(href)}">{inner}</a>'


def _max_label_px(labels: Sequence[str], cap_px: float) -> float:
    return min(max((_text_px(label) for label in labels), default=0.0), cap_px)


def _shorten(text: str, max_px: float) -> str:
    if _text_px(text) <= max_px:
        return text
    budget = max_px - _text_px("…")
    used = 0.0
    for end, char in enumerate(text):
        used += _text_px(char)
        if used > budget:
            return text[:end].rstrip() + "…"
    return text


def _text_px(text: str) -> float:
    """Estimated rendered width: CJK and other wide characters ~1 em, everything else ~0.55 em."""
    ems = sum(1.0 if unicodedata.east_asian_width(char) in ("W", "F") else 0.55 for char in text)
    return ems * _FONT_PX


def _num(value: float) -> str:
    """Fixed one-decimal formatting, without a trailing ".0" or a negative zero, so output is byte-stable."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def _esc(text: str) -> str:
    return html.escape(text, quote=True)
