"""The cross-document step: after every document's records, before render, group the reports of one happening."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from nea_site import curation, group
from nea_site.model import DocumentRecord, Vocabulary, merge_discovered

log = logging.getLogger(__name__)


def group_corpus(
    found: list[DocumentRecord], curated_dir: Path, vocabulary: Vocabulary
) -> tuple[list[DocumentRecord], float]:
    """The records with their group links (corpus/curated/groups.yml applied), and the seconds it took."""
    start = time.perf_counter()
    edits = curation.read_group_edits(curated_dir)
    actors = {a.id: a for a in vocabulary.actors}
    for actor_id, actor in merge_discovered(r.discovered for r in sorted(found, key=lambda r: r.id)).items():
        actors.setdefault(actor_id, actor)
    grouped, warnings = group.group_records(found, actors, edits)
    for warning in warnings:
        log.warning("%s", warning)
    return grouped, time.perf_counter() - start
