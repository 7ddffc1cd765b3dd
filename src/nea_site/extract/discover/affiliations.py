"""Bodies named by whom they belong to: an acronym as someone's place of work; a unit with its owner's possessive.

"a Visiting Fellow at RUSI", "researcher at KIEP"; "Acme’s Design Center" (owned_names).

An acronym alone is no organisation anywhere (GDP, EUV, DRAM); after a role of an author's note (lexicon bio_roles:
fellow, professor, researcher, …) and "at" it is the body the person works at. Names of several words are left to
the rules that read how names end ("University of …").
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

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


_POSSESSIVE_BEFORE_RE = re.compile(r"[’']s\s+$")


def owned_names(text: str, items: list[Found], owners: list[tuple[int, int]]) -> list[Found]:
    """A body named with its known owner's possessive, "Acme’s Design Center": also "Acme Design Center".

    `owners`: spans of the known organisations in the paragraph. The name found is the unit's own; the alias is the
    name it goes by with its owner, as lists of a company's sites write it.
    """
    out = []
    for item in items:
        before = text[max(0, item.start - 4) : item.start]
        possessive = _POSSESSIVE_BEFORE_RE.search(before)
        if item.type == "organization" and item.alias is None and possessive is not None:
            owner_end = item.start - len(before) + possessive.start()
            owner = next((text[a:b] for a, b in owners if b == owner_end), None)
            if owner is not None:
                item = replace(item, alias=f"{owner} {item.name}")
        out.append(item)
    return out
