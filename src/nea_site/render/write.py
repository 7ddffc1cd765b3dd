"""Render the whole site: Markdown pages and data files for both languages, and the per-language MkDocs configs."""

from __future__ import annotations

import logging
from pathlib import Path

import jinja2
import yaml

from nea_site.errors import RenderError
from nea_site.model import LANGS, DocumentRecord, Lang, MeasuredScores, Vocabulary
from nea_site.render.citation import write_reference_files
from nea_site.render.crossref import CrossRef, build_crossref
from nea_site.render.environment import SafeMarkdown, make_environment
from nea_site.render.explore import write_explore_files
from nea_site.render.export import RECORD_SCHEMA_VERSION, build_export, data_files
from nea_site.render.export_shape import Export
from nea_site.render.labels import Labels, load_labels
from nea_site.render.links import PageKind, other_language_href, page_uri
from nea_site.render.manifest import MANIFEST_FILE, manifest
from nea_site.render.page_cache import CachedSpec, Inputs, PageStore, RenderCache, site_digest
from nea_site.render.page_spec import PageContext
from nea_site.render.pages import build_pages
from nea_site.render.sqlite_fts import KeptWords
from nea_site.render.sqlite_release import SQLITE_FILE, build_database, table_counts
from nea_site.render.withdrawn import Withdrawal
from nea_site.text.segment import UserWord, make_segmenter

log = logging.getLogger(__name__)

LANGUAGE_NAMES: dict[Lang, str] = {"en": "English", "zh": "中文"}
USER_DICT_FILE = "jieba_user_dict.txt"


def render_site(
    records: list[DocumentRecord],
    vocabulary: Vocabulary,
    templates_dir: Path,
    build_dir: Path,
    *,
    focus: tuple[str, ...],
    search_words: str,
    site_url: str,
    scores: MeasuredScores | None = None,
    build_date: str | None = None,
    withdrawn: tuple[Withdrawal, ...] = (),
) -> dict[Lang, int]:
    """Write build/docs/<lang>/… and build/mkdocs.<lang>.yml; return the number of pages per language.

    `withdrawn`: records once published that this build no longer has (render/withdrawn.py gives them pages).
    """
    write_search_words(build_dir, search_words)
    write_data_files(records, vocabulary, build_dir, search_words=search_words, build_date=build_date)
    cx = build_crossref(records, vocabulary)
    counts: dict[Lang, int] = {}
    for lang in LANGS:
        counts[lang] = _write_language(cx, lang, templates_dir, build_dir, focus, site_url, scores, withdrawn)
        cx.rows.clear()  # rendered rows are per language: the next language renders its own
    return counts


def write_search_words(build_dir: Path, search_words: str) -> None:
    """The jieba user dictionary that the Chinese build's search plugin reads (shared by the language builds)."""
    (build_dir / USER_DICT_FILE).write_text(search_words, encoding="utf-8")


def write_data_files(
    records: list[DocumentRecord],
    vocabulary: Vocabulary,
    build_dir: Path,
    *,
    search_words: str = "",
    build_date: str | None = None,
    database: bool = True,
    manifest: bool = True,
    words_cache: Path | None = None,
) -> None:
    """The downloads, the same in each language's pages: JSON, CSVs, the SQLite release and `manifest.json`.

    One JSON of everything, a CSV per record type, then (unless `database` is False, when the caller runs
    `write_database` itself, say in another process) the database, made from the same export, and (unless
    `manifest` is False: the caller writes it when the other files of the data folder are there) the manifest.
    """
    export = build_export(records, vocabulary)
    _write_downloads(build_dir, {name: text.encode("utf-8") for name, text in data_files(export).items()})
    if database:
        write_database(
            records,
            vocabulary,
            build_dir,
            search_words=search_words,
            build_date=build_date,
            export=export,
            words_cache=words_cache,
        )
    if manifest:
        write_manifest(build_dir, vocabulary, build_date=build_date)


def write_database(
    records: list[DocumentRecord],
    vocabulary: Vocabulary,
    build_dir: Path,
    *,
    search_words: str,
    build_date: str | None,
    export: Export | None = None,
    words_cache: Path | None = None,
) -> None:
    """The SQLite release beside the other downloads.

    `search_words` is the jieba user dictionary (`write_search_words`) that cuts Chinese text for the database's
    full-text index; `build_date` (ISO, from the build's fixed source date) goes into its `meta` table. With
    `words_cache`, the cut of each text is kept there across builds (`sqlite_fts.KeptWords`).
    """
    export = export if export is not None else build_export(records, vocabulary)
    cut = KeptWords(make_segmenter(_user_words(search_words)), words_cache, search_words)
    content = build_database(records, export, cut, _release_meta(vocabulary, build_date))
    cut.save()
    _write_downloads(build_dir, {SQLITE_FILE: content})


def write_manifest(build_dir: Path, vocabulary: Vocabulary, *, build_date: str | None) -> None:
    """Each language's `manifest.json` of the downloads written so far (its data folder but the Markdown page).

    Most files are the same bytes in both languages; the reference files are in the page's language.
    """
    for lang in LANGS:
        folder = _data_folder(build_dir, lang)
        files = {
            path.name: path.read_bytes()
            for path in sorted(folder.iterdir())
            if path.is_file() and path.suffix != ".md" and path.name != MANIFEST_FILE
        }
        counts = table_counts(files[SQLITE_FILE]) if SQLITE_FILE in files else {}
        text = manifest(files, counts, _release_meta(vocabulary, build_date))
        (folder / MANIFEST_FILE).write_bytes(text.encode("utf-8"))


def _release_meta(vocabulary: Vocabulary, build_date: str | None) -> dict[str, str]:
    return {
        "build_date": build_date or "",
        "record_schema_version": str(RECORD_SCHEMA_VERSION),
        "vocabulary_version": vocabulary.version,
    }


def _data_folder(build_dir: Path, lang: Lang) -> Path:
    return build_dir / "docs" / lang / page_uri("data").rsplit("/", 1)[0]


def _write_downloads(build_dir: Path, files: dict[str, bytes]) -> None:
    for lang in LANGS:
        folder = _data_folder(build_dir, lang)
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            (folder / name).write_bytes(content)


def _user_words(search_words: str) -> list[UserWord]:
    """The user dictionary's "word tag" lines as segmenter words."""
    return [UserWord(*line.split(" ", 1)) for line in search_words.splitlines() if " " in line]


def render_language(
    records: list[DocumentRecord],
    vocabulary: Vocabulary,
    templates_dir: Path,
    build_dir: Path,
    lang: Lang,
    *,
    focus: tuple[str, ...],
    site_url: str,
    scores: MeasuredScores | None = None,
    withdrawn: tuple[Withdrawal, ...] = (),
    cache: RenderCache | None = None,
) -> int:
    """Write the pages of build/docs/<lang>/ and build/mkdocs.<lang>.yml; return the number of pages.

    A language reads and writes no file of the other, so separate processes can render the two at once. The
    data files and the search words are written once for both (`write_data_files`, `write_search_words`).
    With `cache`, pages whose inputs did not change since a build are written from it (render/page_cache.py).
    """
    cx = build_crossref(records, vocabulary)
    return _write_language(cx, lang, templates_dir, build_dir, focus, site_url, scores, withdrawn, cache)


def _write_language(
    cx: CrossRef,
    lang: Lang,
    templates_dir: Path,
    build_dir: Path,
    focus: tuple[str, ...],
    site_url: str,
    scores: MeasuredScores | None,
    withdrawn: tuple[Withdrawal, ...] = (),
    cache: RenderCache | None = None,
) -> int:
    docs_dir = build_dir / "docs" / lang
    count = _render_language(cx, lang, templates_dir, docs_dir, focus, scores, site_url, withdrawn, cache)
    write_explore_files(cx, lang, load_labels(templates_dir, lang), build_dir / "docs" / lang)
    write_reference_files(cx.records, build_dir / "docs" / lang, lang, site_url)
    config = mkdocs_config(
        lang,
        templates_dir,
        base_config="../mkdocs.yml",
        theme_dir="../templates/theme",
        docs_dir=f"docs/{lang}",
        site_dir=f"../site.staging/{lang}",
        site_url=site_url,
    )
    (build_dir / f"mkdocs.{lang}.yml").write_text(
        yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return count


def _render_language(
    cx: CrossRef,
    lang: Lang,
    templates_dir: Path,
    docs_dir: Path,
    focus: tuple[str, ...],
    scores: MeasuredScores | None = None,
    site_url: str = "",
    withdrawn: tuple[Withdrawal, ...] = (),
    cache: RenderCache | None = None,
) -> int:
    env = make_environment(templates_dir)
    t = load_labels(templates_dir, lang)
    store = None
    inputs = None
    if cache is not None:
        site = site_digest(cache.code, templates_dir, lang, site_url)
        store = PageStore(cache.folder / lang, site, cache.previous / lang)
        inputs = Inputs(records=cache.records, actors=cx.actors, themes=cx.themes)
    count = 0
    for spec in build_pages(cx, lang, t, focus, scores, site_url=site_url, withdrawn=withdrawn, inputs=inputs):
        count += 1
        out = docs_dir / spec.uri
        if isinstance(spec, CachedSpec):
            assert store is not None
            key = store.key(spec)
            if store.place(spec.uri, key, out):  # the last render's file, linked: not read, not written
                continue
            text = _render_page(env, templates_dir, spec.uri, spec.template, spec.make(), lang, t)
            _write_page(out, text)
            store.put(spec.uri, key, text, out)
        else:
            _write_page(out, _render_page(env, templates_dir, spec.uri, spec.template, spec.context, lang, t))
    if store is not None:
        store.save()
        log.info("render %s: %d of %d pages from the render cache", lang, store.hits, count)
    return count


def _write_page(out: Path, text: str) -> None:
    """A new file at `out` (never written through: a file there may be a link to the last render's)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    out.write_text(text, encoding="utf-8")


def _render_page(
    env: jinja2.Environment, templates_dir: Path, uri: str, template: str, page: PageContext, lang: Lang, t: Labels
) -> str:
    context = {"other_lang_link": SafeMarkdown(other_language_href(uri, lang)), **page.variables()}
    try:
        return env.get_template(template).render(lang=lang, t=t, **context)
    except jinja2.TemplateError as exc:
        raise RenderError(f"{templates_dir / template}: cannot render {uri}: {exc}") from exc


def mkdocs_config(
    lang: Lang,
    templates_dir: Path,
    *,
    base_config: str,
    theme_dir: str,
    docs_dir: str,
    site_dir: str,
    site_url: str,
) -> dict[str, object]:
    """The per-language MkDocs config: inherits the root mkdocs.yml, sets language, search and switcher."""
    t = load_labels(templates_dir, lang)
    nav_kinds: tuple[PageKind, ...] = (
        "home",
        "documents",
        "explore",
        "timeline",
        "themes",
        "countries",
        "actors",
        "claims",
        "glossary",
        "coverage",
        "data",
        "about",
    )
    return {
        "INHERIT": base_config,
        "site_name": t("site_name"),
        "site_description": t("site_description"),
        "site_url": site_url.rstrip("/") + f"/{lang}/",
        "docs_dir": docs_dir,
        "site_dir": site_dir,
        "theme": {"language": lang, "custom_dir": theme_dir},
        # No Material search: the pipeline writes a Pagefind index after MkDocs (nea_site.search), and the theme's
        # partials/search.html drives it. nea-lean: see nea_site.mkdocs_plugin.
        "plugins": ["nea-lean"],
        "nav": [{t(kind): page_uri(kind)} for kind in nav_kinds],
        # The nav lists the index pages only; every other page (documents, entities, list pages) is reached
        # by links, so it is declared out of the nav rather than reported as omitted (a warning in strict mode).
        "not_in_nav": "\n".join(["*.md", *(f"!/{page_uri(kind)}" for kind in nav_kinds)]),
        "extra": {
            "alternate": [{"name": LANGUAGE_NAMES[code], "link": f"../{code}/", "lang": code} for code in LANGS],
        },
    }
