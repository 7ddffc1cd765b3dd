"""Discovery over invented paragraphs with the repository's vocabulary: shared by the discovery unit tests."""

from __future__ import annotations

from conftest import REPO
from nea_site.curation import read_vocabulary
from nea_site.extract import make_extractor
from nea_site.extract.actors import find_actor_spans
from nea_site.extract.discover import Discovery, discover_actors
from nea_site.model import ContentLang, Paragraph

EXTRACTOR = make_extractor(read_vocabulary(REPO / "corpus" / "curated"))


def discover_texts(*texts: str, lang: ContentLang = "en") -> Discovery:
    """What discovery finds in `texts`, one paragraph each, in language `lang`."""
    paragraphs = [
        Paragraph(index=i, anchor=f"p-{i}", text=t, lang=lang, section_id=None) for i, t in enumerate(texts, 1)
    ]
    spans = {p.index: find_actor_spans(p.text, EXTRACTOR.gazetteer) for p in paragraphs}
    return discover_actors(paragraphs, spans, EXTRACTOR.gazetteer, EXTRACTOR.segmenter)
