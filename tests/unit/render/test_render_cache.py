"""Pages kept across builds (render/page_cache.py): reused only while their inputs are the same, same Markdown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from test_record_pages import RECORDS, REPO, _vocabulary

from nea_site.model import DocumentRecord, Event, LocalizedText, Vocabulary
from nea_site.records import record_digest
from nea_site.render import RenderCache, pages, record_lists, render_language


def _render(records: list[DocumentRecord], vocabulary: Vocabulary, out: Path, cache: Path | None) -> dict[str, bytes]:
    # The pages kept are read from the folder the last render wrote: here the output folder itself.
    digests = {r.id: record_digest(r) for r in records}
    store = None if cache is None else RenderCache(cache, "code-1", digests, out / "docs")
    render_language(
        records, vocabulary, REPO / "templates", out, "en", focus=(), site_url="https://x.org/", cache=store
    )
    docs = out / "docs" / "en"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*.md"))}


@pytest.fixture
def cites(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The claims whose "Cite this" a claim list page computed: a page from the cache computes none."""
    made: list[str] = []
    real = record_lists.record_cite

    def counting(record: DocumentRecord, evidence: object, record_id: str, *args: object) -> object:
        made.append(record_id)
        return real(record, evidence, record_id, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(record_lists, "record_cite", counting)
    return made


def test_a_warm_render_computes_no_claim_list_and_writes_the_same_pages(tmp_path: Path, cites: list[str]) -> None:
    plain = _render(RECORDS, _vocabulary(), tmp_path / "plain", None)
    cites.clear()
    assert _render(RECORDS, _vocabulary(), tmp_path / "site", tmp_path / "cache") == plain
    assert cites  # the first build with the cache makes every page
    cites.clear()
    assert _render(RECORDS, _vocabulary(), tmp_path / "site", tmp_path / "cache") == plain
    assert cites == []
    # A kept page is read from the last render's folder only while its bytes are what that render wrote.
    edited = next(p for p in sorted((tmp_path / "site" / "docs" / "en" / "claims").rglob("*.md")) if p.stem != "index")
    edited.write_text("edited by hand\n", encoding="utf-8")
    assert _render(RECORDS, _vocabulary(), tmp_path / "site", tmp_path / "cache") == plain
    assert cites  # that page was made again


def test_a_changed_claim_makes_its_pages_again_and_only_them(tmp_path: Path, cites: list[str]) -> None:
    _render(RECORDS, _vocabulary(), tmp_path / "site", tmp_path / "cache")
    first = RECORDS[0]
    claim = first.claims[1]
    edited = replace(claim, text=LocalizedText(en="An edited claim.", zh="改过的论断。", original="en"))
    changed = [replace(first, claims=(first.claims[0], edited, *first.claims[2:])), *RECORDS[1:]]
    cites.clear()
    warm = _render(changed, _vocabulary(), tmp_path / "site", tmp_path / "cache")
    # The pages that list the claim are made again; the pages of the lists that hold only other documents' claims
    # (the second page of the assessments) are not.
    assert claim.id in cites and not any(c.startswith("cl-2-") and "-asse" in c for c in cites)
    assert len(cites) < sum(len(r.claims) for r in RECORDS)
    cites.clear()
    assert warm == _render(changed, _vocabulary(), tmp_path / "plain", None)
    assert any(b"An edited claim." in text for text in warm.values())


def test_a_renamed_actor_makes_the_pages_that_name_it_again(tmp_path: Path, cites: list[str]) -> None:
    _render(RECORDS, _vocabulary(), tmp_path / "site", tmp_path / "cache")
    vocabulary = _vocabulary()
    renamed = tuple(
        replace(a, name=LocalizedText(en="Nippon", zh="日本国")) if a.id == "japan" else a for a in vocabulary.actors
    )
    vocabulary = replace(vocabulary, actors=renamed)
    warm = _render(RECORDS, vocabulary, tmp_path / "site", tmp_path / "cache")
    assert warm == _render(RECORDS, vocabulary, tmp_path / "plain", None)
    assert any(b"Nippon" in text for name, text in warm.items() if name.startswith("claims/"))


def test_another_code_version_or_site_url_makes_every_page_again(tmp_path: Path, cites: list[str]) -> None:
    _render(RECORDS, _vocabulary(), tmp_path / "site", tmp_path / "cache")
    digests = {r.id: record_digest(r) for r in RECORDS}
    cites.clear()
    other = RenderCache(tmp_path / "cache", "code-2", digests, tmp_path / "site" / "docs")
    render_language(
        RECORDS,
        _vocabulary(),
        REPO / "templates",
        tmp_path / "a",
        "en",
        focus=(),
        site_url="https://x.org/",
        cache=other,
    )
    made = len(cites)
    assert made == sum(len(r.claims) for r in RECORDS)
    cites.clear()
    render_language(
        RECORDS, _vocabulary(), REPO / "templates", tmp_path / "b", "en", focus=(), site_url="https://y/", cache=other
    )
    assert len(cites) == made


def test_document_pages_and_entity_lists_come_from_the_cache_until_their_record_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    real_document, real_row = pages._document_page, record_lists.event_row

    def document(record: DocumentRecord, *args: object) -> object:
        made.append(record.id)
        return real_document(record, *args)  # type: ignore[arg-type]

    def event_row(event: Event, record: DocumentRecord, *args: object, **kwargs: object) -> object:
        made.append(event.id)
        return real_row(event, record, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pages, "_document_page", document)
    monkeypatch.setattr(record_lists, "event_row", event_row)
    _render(RECORDS, _vocabulary(), tmp_path / "site", tmp_path / "cache")
    assert "doc-1" in made and any(m.startswith("ev-1-") for m in made)
    made.clear()
    _render(RECORDS, _vocabulary(), tmp_path / "site", tmp_path / "cache")
    assert made == []
    second = RECORDS[1]
    event = replace(second.events[0], label=LocalizedText(en="An edited event.", zh="改过的事件。", original="en"))
    changed = [RECORDS[0], replace(second, events=(event, *second.events[1:])), *RECORDS[2:]]
    warm = _render(changed, _vocabulary(), tmp_path / "site", tmp_path / "cache")
    assert "doc-1" in made and "doc-0" not in made  # the other documents' pages: from the cache
    assert event.id in made  # the entity lists that hold the event
    assert warm == _render(changed, _vocabulary(), tmp_path / "plain", None)


def test_a_kept_page_is_the_last_renders_file_linked_and_not_read(
    tmp_path: Path, record_reads: Callable[[], list[Path]]
) -> None:
    digests = {r.id: record_digest(r) for r in RECORDS}
    last = tmp_path / "build"  # the folder the last render was synced into
    store = RenderCache(tmp_path / "cache", "code-1", digests, last / "docs")
    for out in (last, tmp_path / "staging"):
        render_language(RECORDS, _vocabulary(), REPO / "templates", out, "en", focus=(), site_url="", cache=store)
    document = Path("docs/en") / pages.page_uri("document", RECORDS[0].id)
    # The page kept is the same file (a hard link), so syncing the render into build/ compares nothing.
    assert (tmp_path / "staging" / document).samefile(last / document)
    read = record_reads()
    render_language(
        RECORDS, _vocabulary(), REPO / "templates", tmp_path / "again", "en", focus=(), site_url="", cache=store
    )
    assert (tmp_path / "again" / document).samefile(last / document)
    assert document.name not in [p.name for p in read]  # the file is the one the store saw: not read to check its hash
    # A page edited in place is read, found changed, and made again.
    (last / document).write_text("edited by hand\n", encoding="utf-8")
    for out, cache in ((tmp_path / "third", store), (tmp_path / "plain", None)):
        render_language(RECORDS, _vocabulary(), REPO / "templates", out, "en", focus=(), site_url="", cache=cache)
    assert (tmp_path / "third" / document).read_bytes() == (tmp_path / "plain" / document).read_bytes()
