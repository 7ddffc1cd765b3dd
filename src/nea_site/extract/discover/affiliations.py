"""A body named by its acronym alone as someone's place of work: "a Visiting Fellow at RUSI", "researcher at KIEP".

An acronym alone is no organisation anywhere (GDP, EUV, DRAM); after a role of an author's note (lexicon bio_roles:
fellow, professor, researcher, …) and "at" it is the body the person works at. Names of several words are left to
the rules that read how names end ("University of …").
"""

from __future__ import annotations

import functools
import re

from nea_site import lexicon
from nea_site.extract.discover.rules import Found


@functools.cache
def _affiliation_re(lex: lexicon.Lexicon) -> re.Pattern[str]:
    roles = "|".join(re.escape(r) for r in sorted(lex.words("bio_roles", "en"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{roles})s?\s+(?:at|with)\s+(?:the\s+)?(?P<name>[A-Z][A-Z&]{{1,7}})(?![\w&’'-])", re.IGNORECASE
    )


def affiliated_bodies(text: str) -> list[Found]:
    """Acronyms after "<role> at": organisations (one regex over the paragraph)."""
    out = []
    for match in _affiliation_re(lexicon.current()).finditer(text):
        name = match.group("name")
        if name.isupper():  # IGNORECASE is for the role's words only
            out.append(Found(match.start("name"), match.end("name"), name, "organization", "affiliation"))
    return out
