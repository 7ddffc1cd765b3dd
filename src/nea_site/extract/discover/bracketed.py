"""Titles in 《…》, 「…」, 『…』 that end with an agreement's or initiative's word, in Chinese, Japanese or Korean."""

from __future__ import annotations

from collections.abc import Mapping

from nea_site.extract.discover.rules import BRACKET_OPENINGS, BRACKETED_RE, Found, Rules
from nea_site.model import ActorType
from nea_site.text.openings import matches_at_words


def bracketed_titles(text: str, simplified: str, rules: Rules, lang: str) -> list[Found]:
    """《…》, 「…」, 『…』 titles that end with an agreement's or initiative's word."""
    found: list[Found] = []
    heads = rules.heads_cjk[lang]
    for match in matches_at_words(BRACKETED_RE, BRACKET_OPENINGS, simplified):  # most texts hold no mark
        group = next(g for g in (1, 2, 3) if match.group(g))
        inner = match.group(group)
        kind = _ending_kind(inner, heads, rules.longest_head[lang])
        if kind is None or inner in rules.generic_cjk[lang]:
            continue
        # The name inside the marks; the vocabulary's own name of it wins ("《甲乙渔业合作协定》" once listed).
        start, end = match.start(group), match.end(group)
        found.append(Found(start, end, text[start:end], kind, "bracketed_title"))
    return found


def _ending_kind(inner: str, heads: Mapping[str, ActorType], longest: int) -> ActorType | None:
    """The kind of the longest head word that ends `inner`, unless an organisation's (then the next longest)."""
    for length in range(min(longest, len(inner)), 0, -1):
        kind = heads.get(inner[-length:])
        if kind is not None and kind != "organization":
            return kind
    return None
