"""Pipeline: the only package that calls every stage (each through its __init__), in order."""

from nea_site.pipeline.add import AddRequest, AddResult, add_document
from nea_site.pipeline.build import (
    BuildResult,
    CandidateLine,
    dump_json,
    export_json,
    list_candidates,
    list_missing_translations,
    load_records,
    run_build,
)
from nea_site.pipeline.curate import Verdict, discovered_actors
from nea_site.pipeline.curate import accept as accept_discovered
from nea_site.pipeline.curate import reject as reject_discovered
from nea_site.pipeline.produce import extract_files, produce_records
from nea_site.pipeline.settings import BuildSettings

__all__ = [
    "Verdict",
    "accept_discovered",
    "discovered_actors",
    "reject_discovered",
    "AddRequest",
    "AddResult",
    "BuildResult",
    "BuildSettings",
    "CandidateLine",
    "add_document",
    "dump_json",
    "export_json",
    "extract_files",
    "list_candidates",
    "list_missing_translations",
    "load_records",
    "produce_records",
    "run_build",
]
