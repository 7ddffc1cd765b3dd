"""Statistic groups: the figures several documents give for one measure, year and set of actors, compared.

A figure is one number of a statistic claim. Its **measure** is the measure word (lexicon group_measure_*)
nearest before the number in the sentence: 'trade', '贸易', '교역'. Its value is normalised by its scale word
(亿, 万, 兆, 억, billion, trillion: lexicon group_scale_words) and its unit is a currency code (group_currency_words,
currencies never compared with each other), '%' or 'pp' (percentage points); other figures (counts of years,
ranks) are left out, as are figures without a year, without a country, or from a sentence that gives figures
'respectively' (whose figure belongs to which actor is not known).

Figures of the same measure, unit, year and countries group when two documents or more give them. A group
**agrees** when its values lie within rounding of the least precise one ('1300亿' is written to the hundred
亿: ±50亿), and **differs** otherwise, by the spread of its values.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from nea_site import lexicon
from nea_site.model import Actor, ActorId, Claim, DocumentRecord, Quantity, content_hash
from nea_site.text.literals import ASCII_WORD_CHARS, Literals

MEASURES = ("trade", "exports", "imports", "gdp", "population", "investment", "visitors")
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class Figure:
    """One number of a statistic claim, read for comparison."""

    claim: Claim
    record: DocumentRecord
    quantity: Quantity
    measure: str
    value: float  # normalised: scale applied ('1300亿美元' -> 1.3e11)
    unit: str  # "USD", "JPY", …, "%", "pp"
    year: int
    actors: tuple[ActorId, ...]  # the claim's countries, sorted
    step: float  # the rounding of the value as written ('1300亿' -> 1e10)


@dataclass(frozen=True, slots=True)
class StatisticGroup:
    """Figures of several documents for one measure, unit, year and set of countries."""

    id: str
    measure: str
    year: int
    unit: str
    actors: tuple[ActorId, ...]
    figures: tuple[Figure, ...]  # by document id, claim id
    agree: bool
    spread: float  # largest value minus smallest
    tolerance: float  # half the rounding step of the least precise figure


# measure words, scale words, currency words, percent words, point words, 'respectively' words
_Tables = tuple[
    list[tuple[str, str]],
    list[tuple[str, float]],
    list[tuple[str, str]],
    tuple[str, ...],
    tuple[str, ...],
    tuple[str, ...],
]


@lru_cache(maxsize=4)
def _tables(version: str) -> _Tables:
    del version
    words = lexicon.current()
    measures = [(w, m) for m in MEASURES for w in words.words(f"group_measure_{m}")]

    def valued(name: str) -> list[tuple[str, str]]:
        pairs = [tuple(entry.rsplit("=", 1)) for entry in words.words(name)]
        return sorted(((w, v) for w, v in pairs), key=lambda p: -len(p[0]))

    scales = [(w, float(v)) for w, v in valued("group_scale_words")]
    return (
        measures,
        scales,
        valued("group_currency_words"),
        words.words("group_percent_words"),
        words.words("group_point_words"),
        words.words("group_respectively_words"),
    )


def _tables_now() -> _Tables:
    return _tables(lexicon.current().version)


def _contains(text: str, word: str) -> bool:
    if word.isascii() and word[:1].isalpha():
        return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) is not None
    return word in text


def normalise(quantity: Quantity) -> tuple[float, str, float] | None:
    """(value with its scale applied, unit, rounding step) of a figure; None when it is no amount or share."""
    return _normalise(quantity.text, quantity.unit, quantity.value, lexicon.current().version)


@lru_cache(maxsize=4096)
def _normalise(text: str, unit_text: str, value: float, version: str) -> tuple[float, str, float] | None:
    del version  # the lexicon's version keys the cache
    quantity = Quantity(text=text, value=value, unit=unit_text, year=None)
    _, scales, currencies, percents, points, _ = _tables_now()
    written = f"{quantity.text} {quantity.unit}"
    unit = ""
    if any(_contains(written, w) for w in points):
        unit = "pp"
    elif any(_contains(written, w) for w in percents):
        unit = "%"
    else:
        for word, code in currencies:
            if _contains(written, word):
                unit = code
                break
    if not unit:
        return None
    scale = 1.0
    if unit not in ("%", "pp"):
        for word, factor in scales:
            if _contains(quantity.unit, word) or _contains(quantity.text, word):
                scale = factor
                break
    return quantity.value * scale, unit, _step(quantity.text) * scale


def _step(text: str) -> float:
    """The rounding of a number as written: '27.1' -> 0.1, '1300' -> 100, '3623' -> 1."""
    match = _NUMBER_RE.search(text)
    if match is None:
        return 1.0
    digits = match.group().replace(",", "")
    if "." in digits:
        return float(10 ** -len(digits.split(".", 1)[1]))
    stripped = digits.rstrip("0")
    return float(10 ** (len(digits) - len(stripped))) if stripped else 1.0


def measure_of(text: str, quantity: Quantity) -> str | None:
    """The measure word nearest before the number in the sentence (or anywhere, when the number is not found)."""
    at = text.find(quantity.text)
    before = (text[:at] if at >= 0 else text).lower()
    best: tuple[int, str] | None = None
    for start, end, measure in _measure_words(lexicon.current().version).find_all(before):
        word = before[start:end]
        if word[:1] in ASCII_WORD_CHARS and start > 0 and before[start - 1] in ASCII_WORD_CHARS:
            continue
        if word[-1:] in ASCII_WORD_CHARS and end < len(before) and before[end] in ASCII_WORD_CHARS:
            continue
        if best is None or start > best[0]:
            best = (start, measure)
    return best[1] if best else None


@lru_cache(maxsize=4)
def _measure_words(version: str) -> Literals[str]:
    del version
    measures, *_ = _tables_now()
    return Literals((w.lower(), m) for w, m in measures)


def year_of(text: str, quantity: Quantity) -> int | None:
    """The year written nearest the figure: '从1999年的1300亿美元增长至2022年的近8000亿美元' gives 1999 and 2022."""
    at = text.find(quantity.text)
    years = list(_YEAR_RE.finditer(text))
    if not years:
        return None
    if at < 0:
        return int(years[0].group()) if len({m.group() for m in years}) == 1 else None
    nearest = min(years, key=lambda m: (min(abs(m.end() - at), abs(m.start() - (at + len(quantity.text)))), m.start()))
    return int(nearest.group())


def figures_of(record: DocumentRecord, actors: dict[ActorId, Actor]) -> list[Figure]:
    """The comparable figures of a document's statistic claims."""
    *_, respectively = _tables_now()
    out: list[Figure] = []
    for claim in record.claims:
        if claim.kind != "statistic":
            continue
        quote = claim.evidence.quote
        countries = tuple(
            sorted(a for a in set(claim.actors) if (x := actors.get(a)) is not None and x.type == "country")
        )
        if not countries or not any(normalise(q) for q in claim.numbers):
            continue
        if any(_contains(quote, w) for w in respectively):
            continue
        for quantity in claim.numbers:
            year = quantity.year if quantity.year is not None else year_of(quote, quantity)
            measure = measure_of(quote, quantity)
            read = normalise(quantity)
            if year is None or measure is None or read is None:
                continue
            value, unit, step = read
            out.append(Figure(claim, record, quantity, measure, value, unit, year, countries, step))
    return out


def find_statistic_groups(records: list[DocumentRecord], actors: dict[ActorId, Actor]) -> list[StatisticGroup]:
    """Groups of figures that two documents or more give for one measure, unit, year and set of countries."""
    by_key: dict[tuple[str, str, int, tuple[ActorId, ...]], list[Figure]] = defaultdict(list)
    for record in sorted(records, key=lambda r: r.id):
        for figure in figures_of(record, actors):
            by_key[(figure.measure, figure.unit, figure.year, figure.actors)].append(figure)
    groups = []
    for (measure, unit, year, countries), figures in by_key.items():
        if len({f.record.id for f in figures}) < 2:
            continue
        values = [f.value for f in figures]
        spread = max(values) - min(values)
        tolerance = max(f.step for f in figures) / 2
        members = tuple(sorted(figures, key=lambda f: (f.record.id, f.claim.id, f.quantity.text)))
        key = "|".join([measure, unit, str(year), *countries, *(f"{f.claim.id}:{f.quantity.text}" for f in members)])
        groups.append(
            StatisticGroup(
                id=f"sg-{year}-{measure}-{content_hash(key)}",
                measure=measure,
                year=year,
                unit=unit,
                actors=countries,
                figures=members,
                agree=spread <= tolerance * (1 + 1e-9),
                spread=spread,
                tolerance=tolerance,
            )
        )
    # Figures that differ first (largest relative spread first), then those that agree; then by year and id.
    return sorted(groups, key=lambda g: (g.agree, -_relative(g), g.year, g.id))


def _relative(group: StatisticGroup) -> float:
    top = max(abs(f.value) for f in group.figures)
    return group.spread / top if top else 0.0
