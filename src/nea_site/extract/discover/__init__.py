"""Actors no vocabulary knows yet, found by how texts name them: discovered actors, shown as not yet reviewed.

A rule reads a kind of naming, never a particular name: a title or office with a person's name ("Prime Minister
Kishida", "its president, Koike Atsuyoshi", "国务院总理李强", "赵乐际委员长", "외교부 장관 박진", "岸田文雄首相"); a
phrase headed by an organisation's word ("Stanford University", "Ministry of Foreign Affairs", "欧洲理事会",
"외교부", "外務省"); a phrase headed by an agreement's or an initiative's word ("Washington Declaration",
"《甲乙渔业合作协定》", "공동선언", "日中韓投資協定"); a capitalised phrase with its acronym in
parentheses ("Leading-Edge Semiconductor Technology Center (LSTC)"); an agreement or initiative named in prose,
in quotation marks or by an edition's ordinal (agreements.py: "the agreement on …;", "“甲乙”规划", "第九届…电影节").
The words are lexicon lists (person_titles, organisation_suffixes, agreement_words, initiative_words, ...); the
shapes are here.

Each found name becomes an Actor with `found_by` set to its rule and a stable id (`found-` and a slug of its
English name, or a short hash of its CJK name), so the same name found in two documents is one actor. A name
the vocabulary knows is never discovered: the gazetteer's spans win, and a discovered name holding one makes
that mention nested. A person named by the family name only ("Mr Kishi") is the person the document names in
full with that family name, if any; later bare occurrences of a discovered person's name are linked too.
"""

from nea_site.extract.discover.assemble import discovered_id
from nea_site.extract.discover.citations import link_list_heading_re
from nea_site.extract.discover.document import discover_actors, prepare
from nea_site.extract.discover.notes import author_note_paragraphs, from_author_notes
from nea_site.extract.discover.rules import DISCOVERED_PREFIX, Discovery

__all__ = [
    "DISCOVERED_PREFIX",
    "Discovery",
    "author_note_paragraphs",
    "discover_actors",
    "discovered_id",
    "from_author_notes",
    "link_list_heading_re",
    "prepare",
]
