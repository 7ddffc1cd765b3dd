"""Formatting of values for display in one language: dates at their precision, texts with a translation mark."""

from __future__ import annotations

from collections.abc import Callable

from nea_site import lexicon
from nea_site.model import Lang, LocalizedText, PartialDate, Precision
from nea_site.render.body import HTML_LANG
from nea_site.render.environment import SafeMarkdown, escape_html, escape_markdown
from nea_site.render.source_links import links_as_text
from nea_site.text.lang import detect_lang

_MONTHS_EN = lexicon.current().words("written_months", "en")  # in calendar order


def format_date(date: PartialDate, precision: Precision, lang: Lang) -> str:
    """Format a date at its precision: "September 2011" / "2011年9月", "26 January 2022" / "2022年1月26日"."""
    if precision == "decade":
        return f"{date.year}s" if lang == "en" else f"{date.year}年代"
    if lang == "zh":
        out = f"{date.year}年"
        if date.month is not None and precision in ("month", "day"):
            out += f"{date.month}月"
            if date.day is not None and precision == "day":
                out += f"{date.day}日"
        return out
    if date.month is None or precision == "year":
        return str(date.year)
    month = _MONTHS_EN[date.month - 1]
    if date.day is None or precision == "month":
        return f"{month} {date.year}"
    return f"{date.day} {month} {date.year}"


def format_span(start: PartialDate, end: PartialDate | None, precision: Precision, lang: Lang) -> str:
    """A date or a range of dates."""
    text = format_date(start, precision, lang)
    if end is not None and end != start:
        text += "–" + format_date(end, precision, lang)
    return text


def localized_markdown(text: LocalizedText, lang: Lang, t: Callable[[str], str]) -> SafeMarkdown:
    """Escaped Markdown of a record text in `lang`; the original with a "not yet translated" mark otherwise.

    A link the source wrote in the text ("[Seoul](../Page/Seoul.md)") is shown as its words: its target is no
    page of the site. The original is escaped as Markdown too: the span around it is inline HTML, whose content
    Markdown still reads, so HTML escaping alone would let "[x](y)" or "**x**" in a source become markup.
    """
    own = text.get(lang)
    if own:
        return escape_markdown(links_as_text(own))
    fallback = links_as_text(text.best(lang))
    code = HTML_LANG[detect_lang(fallback)] or ("zh-Hans" if text.original == "zh" else "en")
    return SafeMarkdown(
        f'<span lang="{code}">{escape_markdown(fallback)}</span> '
        f'<em class="nea-untranslated">({escape_html(t("not_translated"))})</em>'
    )


def name_in(text: LocalizedText, lang: Lang) -> str:
    """A name in `lang`, or in the other language when missing."""
    return text.best(lang)
