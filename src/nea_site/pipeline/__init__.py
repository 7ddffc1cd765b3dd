"""Pipeline: the only package that calls every stage (each through its __init__), in order."""

from nea_site.pipeline.add import (
    AddedFile,
    AddManyResult,
    AddRequest,
    AddResult,
    PassedFile,
    add_document,
    add_documents,
    collect_files,
)
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
    "AddManyResult",
    "Verdict",
    "accept_discovered",
    "discovered_actors",
    "reject_discovered",
    "AddRequest",
    "AddResult",
    "AddedFile",
    "PassedFile",
    "BuildResult",
    "BuildSettings",
    "CandidateLine",
    "add_document",
    "add_documents",
    "collect_files",
    "dump_json",
    "export_json",
    "extract_files",
    "list_candidates",
    "list_missing_translations",
    "load_records",
    "produce_records",
    "run_build",
]
