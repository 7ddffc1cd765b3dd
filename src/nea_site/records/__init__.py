"""Records stage: model <-> YAML on disk, validated on write and on read; curated data."""

from nea_site.records.codec import from_plain, to_plain
from nea_site.records.corrections import Correction, apply_corrections, read_corrections, unused_corrections
from nea_site.records.curated import (
    SIDECAR_DIR,
    CuratedCatalog,
    CuratedDocument,
    merge_metadata,
    read_candidate_ignore_list,
    read_catalog,
    read_focus_countries,
)
from nea_site.records.discovered import accept_actor, reject_names
from nea_site.records.groups import GROUPS_FILE, read_group_edits
from nea_site.records.scores import SCORES_FILE, read_scores, write_scores
from nea_site.records.store import (
    dump_yaml,
    load_yaml,
    read_record,
    read_records,
    stage_records,
    swap_dir,
    write_records,
)
from nea_site.records.translations import (
    Translation,
    apply_translations,
    missing_translations,
    read_translations,
    sentence_key,
)
from nea_site.records.vocabulary import read_vocabulary

__all__ = [
    "GROUPS_FILE",
    "read_group_edits",
    "accept_actor",
    "reject_names",
    "Correction",
    "apply_corrections",
    "read_corrections",
    "unused_corrections",
    "CuratedCatalog",
    "CuratedDocument",
    "SIDECAR_DIR",
    "dump_yaml",
    "from_plain",
    "load_yaml",
    "merge_metadata",
    "read_candidate_ignore_list",
    "read_catalog",
    "read_focus_countries",
    "read_record",
    "read_records",
    "read_translations",
    "sentence_key",
    "apply_translations",
    "missing_translations",
    "Translation",
    "read_vocabulary",
    "stage_records",
    "swap_dir",
    "to_plain",
    "write_records",
    "SCORES_FILE",
    "read_scores",
    "write_scores",
]
