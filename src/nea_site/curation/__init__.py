"""Curation: what a curator edits under corpus/curated/ and how it is applied.

Read before extraction (vocabularies, document metadata, candidates to ignore) and after it (corrections,
translations, group joins and splits, a verdict on a discovered actor, the saved scores). Files are read and
written through `nea_site.records`' store, and every problem is reported with its file and line.
"""

from nea_site.curation.corrections import Correction, apply_corrections, read_corrections, unused_corrections
from nea_site.curation.curated import (
    SIDECAR_DIR,
    CuratedCatalog,
    CuratedDocument,
    merge_metadata,
    read_candidate_ignore_list,
    read_catalog,
    read_focus_countries,
)
from nea_site.curation.discovered import accept_actor, reject_names
from nea_site.curation.groups import GROUPS_FILE, read_group_edits
from nea_site.curation.scores import SCORES_FILE, read_scores, write_scores
from nea_site.curation.translations import (
    Translation,
    apply_translations,
    missing_translations,
    read_translations,
    sentence_key,
)
from nea_site.curation.vocabulary import read_vocabulary

__all__ = [
    "GROUPS_FILE",
    "SCORES_FILE",
    "SIDECAR_DIR",
    "Correction",
    "CuratedCatalog",
    "CuratedDocument",
    "Translation",
    "accept_actor",
    "apply_corrections",
    "apply_translations",
    "merge_metadata",
    "missing_translations",
    "read_candidate_ignore_list",
    "read_catalog",
    "read_corrections",
    "read_focus_countries",
    "read_group_edits",
    "read_scores",
    "read_translations",
    "read_vocabulary",
    "reject_names",
    "sentence_key",
    "unused_corrections",
    "write_scores",
]
