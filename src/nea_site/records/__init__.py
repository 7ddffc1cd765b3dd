"""Records storage: the typed model <-> YAML on disk (codec, emitter, store), validated on write and on read.

What a curator edits under corpus/curated/ and how it is applied lives in `nea_site.curation`.
"""

from nea_site.records.codec import from_plain, to_plain
from nea_site.records.emit import emit_yaml
from nea_site.records.store import (
    dump_yaml,
    key_lines,
    load_yaml,
    read_record,
    read_records,
    record_digest,
    stage_records,
    swap_dir,
    write_records,
)

__all__ = [
    "dump_yaml",
    "emit_yaml",
    "from_plain",
    "key_lines",
    "load_yaml",
    "read_record",
    "read_records",
    "record_digest",
    "stage_records",
    "swap_dir",
    "to_plain",
    "write_records",
]
