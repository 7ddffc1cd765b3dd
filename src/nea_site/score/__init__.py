"""Score: the extraction (ingest → parse → extract, no site) against hand-written gold annotations."""

from nea_site.score.compare import ACTOR_TYPES, DocumentScore, name_keys, quotes_overlap, score_document
from nea_site.score.gold import Gold, find_gold, read_gold
from nea_site.score.report import ScoreReport, run_score, save_scores

__all__ = [
    "ACTOR_TYPES",
    "DocumentScore",
    "Gold",
    "ScoreReport",
    "find_gold",
    "name_keys",
    "quotes_overlap",
    "read_gold",
    "run_score",
    "save_scores",
    "score_document",
]
