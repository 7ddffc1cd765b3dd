"""A known agreement named by its head word alone: "the obligations under the Charter" in a text on the Union.

Once a text has named a body, "the Charter", "the Treaty", "the Convention" (a capitalised head word of an
agreement's name after "the", lexicon `agreement_words`) is that body's agreement: the one the vocabulary names
"<head> of (the) <body>" or "<body> <head>" ("Charter of the Atlantic Union", "Atlantic Union Charter"). Only
where exactly one such agreement belongs to the bodies and agreements the document names; each bare occurrence
becomes a mention of it (a vocabulary actor, so no discovered one).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from nea_site import lexicon
from nea_site.extract.actors import Gazetteer, Span
from nea_site.extract.discover.rules import Found
from nea_site.model import ActorId, Paragraph

PerParagraph = list[tuple[Paragraph, list[Found]]]


@lexicon.table
def _heads(lex: lexicon.Lexicon) -> tuple[str, ...]:
    return tuple(w for w in lex.words("agreement_words", "en") if " " not in w and w[:1].isupper())


@functools.cache
def _quick_re(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, heads)))


@functools.cache
def _head_re(heads: tuple[str, ...]) -> re.Pattern[str]:
    """A "the <Head>" standing alone: no capitalised word or "of" after it, which would go on naming another."""
    alternation = "|".join(map(re.escape, heads))
    # The look-behind after the "t": a pattern that opens with a literal is searched for in C.
    return re.compile(rf"t(?<![\w-]t)he\s+(?P<head>{alternation})(?![\w-])(?!\s+(?:of\b|[A-Z]))")


def bare_agreements(per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], gazetteer: Gazetteer) -> PerParagraph:
    """The document's found names with a mention of the known agreement each bare "the <Head>" stands for."""
    heads = _heads(lexicon.current())
    if not heads:
        return per_paragraph
    pattern, quick = _head_re(heads), _quick_re(heads)
    hits: list[tuple[int, re.Match[str]]] = []
    for i, (paragraph, _) in enumerate(per_paragraph):
        # A literal alternation: most paragraphs hold no head word. Capitals are rare, so the engine skips to the
        # next one in C (three times as fast as a substring test per head word).
        if quick.search(paragraph.text):
            hits.extend((i, m) for m in pattern.finditer(paragraph.text))
    if not hits:
        return per_paragraph
    named = {a for items in spans.values() for s in items for a in s.actors}
    owners = _owned_agreements(gazetteer, {m.group("head") for _, m in hits})
    chosen: dict[str, ActorId] = {}
    for head, candidates in owners.items():
        mine = {agreement for agreement, owner in candidates if owner & named}
        if len(mine) == 1:
            chosen[head] = next(iter(mine))
    if not chosen:
        return per_paragraph
    out = [(paragraph, list(items)) for paragraph, items in per_paragraph]
    for i, match in hits:
        agreement = chosen.get(match.group("head"))
        if agreement is None:
            continue
        paragraph, items = out[i]
        start, end = match.span("head")
        own = spans.get(paragraph.index, [])
        if any(s.start < end and start < s.end for s in own) or any(f.start < end and start < f.end for f in items):
            continue
        items.append(Found(start, end, match.group("head"), "agreement", "bare_agreement", actor=agreement))
    return out


def _owned_agreements(gazetteer: Gazetteer, heads: set[str]) -> dict[str, list[tuple[ActorId, frozenset[ActorId]]]]:
    """Each head word's known agreements named "<head> of (the) <owner>" or "<owner> <head>", with the owner's ids."""
    out: dict[str, list[tuple[ActorId, frozenset[ActorId]]]] = {h: [] for h in heads}
    for name, ids in gazetteer.targets.items():
        if len(ids) != 1 or gazetteer.kinds.get(ids[0]) != "agreement" or not name.isascii():
            continue
        for head in heads:
            owner = _owner(name, head)
            owner_ids = gazetteer.targets.get(owner) if owner else None
            if owner_ids:
                out[head].append((ids[0], frozenset(owner_ids)))
    return out


def _owner(name: str, head: str) -> str | None:
    for opening in (f"{head} of the ", f"{head} of "):
        if name.startswith(opening):
            return name[len(opening) :]
    return name[: -len(head) - 1] if name.endswith(f" {head}") else None
