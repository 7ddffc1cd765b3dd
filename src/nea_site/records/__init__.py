"""Records stage: model <-> YAML on disk, validated on write and on read; curated data."""

from nea_site.records.codec import from_plain, to_plain
from nea_site.records.curated import CuratedCatalog, CuratedDocument, merge_metadata, read_catalog
from nea_site.records.store import (
    dump_yaml,
    load_yaml,
    read_record,
    read_records,
    stage_records,
    swap_dir,
    write_records,
)

__all__ = [
    "CuratedCatalog",
    "CuratedDocument",
    "dump_yaml",
    "from_plain",
    "load_yaml",
    "merge_metadata",
    "read_catalog",
    "read_record",
    "read_records",
    "stage_records",
    "swap_dir",
    "to_plain",
    "write_records",
]
