"""Words of an English text as the discovery rules read them."""

from __future__ import annotations

import re
from typing import NamedTuple

from nea_site.extract.discover.rules import WORD_RE

# --- English -------------------------------------------------------------------------------------------------


def words_at(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in WORD_RE.finditer(text[start:end])]


def is_token(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


class Cue(NamedTuple):
    """Where a title, a verb of speech or a head word stands in a text."""

    at: int
    to: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def group(self, text: str) -> str:
        return text[self.at : self.to]


def fold_space(text: str) -> str:
    """Spaces folded; a hyphen a line break left before a space closed: "Atlantean- Utopian" -> "Atlantean-Utopian"."""
    return re.sub(r"\s+", " ", text).strip().replace("- ", "-")
