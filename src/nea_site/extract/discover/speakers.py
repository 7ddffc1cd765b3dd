"""Speakers of an interview or a transcript: a name and a colon opening two or more paragraphs.

"Wang Wu: The summit to be held …" / … / "Wang Wu: Negotiations were launched …": the name that opens the turns
is a person. A label that is a title, a body's head word or a word that opens no name ("Reporter:", "Prime
Minister:", "Foreign Ministry:", "Question:") is no one's name, nor is a label whose words the text also writes in
lower case ("Dried Grapes:" over an item of a record); a name the vocabulary already links is left to it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from nea_site.extract.actors import Span
from nea_site.extract.discover.rules import Found, Rules
from nea_site.model import Paragraph

# Two or three capitalised words, then a colon, then the turn's words.
_SPEAKER_RE = re.compile(r"(?P<name>[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+){1,2})\s*[:：]\s*(?=\S)")
_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z’'-]+\b")
MIN_TURNS = 2  # a label opening one paragraph only may be a heading run into its text

PerParagraph = list[tuple[Paragraph, list[Found]]]


def transcript_speakers(per_paragraph: PerParagraph, spans: Mapping[int, list[Span]], rules: Rules) -> PerParagraph:
    """The document's found names with the speakers whose name opens two or more of its paragraphs."""
    openers = [(i, _SPEAKER_RE.match(paragraph.text)) for i, (paragraph, _) in enumerate(per_paragraph)]
    turns = Counter(m["name"] for _, m in openers if m is not None)
    if not turns or max(turns.values()) < MIN_TURNS:
        return per_paragraph
    lower = {w for paragraph, _ in per_paragraph for w in _LOWER_WORD_RE.findall(paragraph.text)}
    out = list(per_paragraph)
    for i, match in openers:
        if match is None or turns[match["name"]] < MIN_TURNS or not _is_name(match["name"], rules):
            continue
        if any(w.casefold() in lower for w in re.split(r"[ -]", match["name"])):
            continue  # "Dried Grapes:" over a record's item: words the text writes in lower case too
        paragraph, items = out[i]
        start, end = match.span("name")
        taken = [(s.start, s.end) for s in spans.get(paragraph.index, [])] + [(f.start, f.end) for f in items]
        if any(s < end and start < e for s, e in taken):
            continue
        out[i] = (paragraph, [*items, Found(start, end, match["name"], "person", "person_speaker")])
    return out


def _is_name(label: str, rules: Rules) -> bool:
    words = [w.casefold() for w in re.split(r"[ -]", label)]
    return not any(
        w in rules.title_words or w in rules.not_names or w in rules.org_en or w in rules.generic_en for w in words
    )
