"""Kinds of sections by their headings: reference lists, recommendations, link lists, with the sections under them."""

from __future__ import annotations

import re

from nea_site.model import Section
from nea_site.text.patterns import RECOMMENDATIONS_HEADING_RE, REFERENCES_HEADING_RE


def reference_sections(sections: tuple[Section, ...]) -> frozenset[str]:
    """Ids of reference-list sections ("References", "参考文献", "Notes") and of the sections under them."""
    return sections_under(sections, REFERENCES_HEADING_RE)


def recommendation_sections(sections: tuple[Section, ...]) -> frozenset[str]:
    """Ids of sections of recommendations ("Policy Recommendations", "对策建议") and of the sections under them."""
    return sections_under(sections, RECOMMENDATIONS_HEADING_RE)


def sections_under(sections: tuple[Section, ...], title: re.Pattern[str]) -> frozenset[str]:
    """Ids of the sections whose heading `title` matches and of the sections under them."""
    found: set[str] = set()
    for section in sections:  # in document order: a parent comes before its children
        if title.match(section.title) or (section.parent is not None and section.parent in found):
            found.add(section.id)
    return frozenset(found)
