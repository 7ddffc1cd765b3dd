"""`nea-lean`: the project's MkDocs plugin: less memory in a large build, and a page cache kept across builds.

Memory: MkDocs converts every page to HTML first and only then renders the pages into the theme, so by default
each page's Markdown and HTML stay in memory until the end of the build (measured at 500 documents: ~480 MB per
language process after conversion, ~640 MB at the end). This plugin drops a page's Markdown as soon as it is
HTML (the page keeps the title found in its first heading) and the page's HTML once the themed page is written.

Page cache (only when the environment names a folder in NEA_PAGE_CACHE, as `nea-site build` does; a bare
`mkdocs build` caches nothing): a page whose Markdown, links and site are as in an earlier build is not converted
again; its HTML, title, table of contents and anchors come from the cache (`nea_site.mkdocs_plugin.pagecache` says what
an entry is keyed by). A page outside the navigation whose navigation is the same too is not themed again either:
its themed page and its search entries come from the cache, the theme renders an empty stub instead, and the
cached file itself is hard-linked into the site (MkDocs writes nothing for it). Output is byte-identical to a
build without the cache. After the build, `<cache>/last-build.json` lists the pages made
again ("built") and those taken whole from the cache ("reused"): a search index built from the HTML afterwards
can index only the first list and keep what it had for the others. An index of the build's entries
(`PageStore.save_index`) lets the next build skip reading, hashing and parsing a page whose Markdown file has
the same inode, size and mtime ("unread" in last-build.json), as render and its sync keep an unchanged page's file.
"""

from __future__ import annotations

import json
import logging
import marshal
from typing import Any, cast

import jinja2
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import meta as front_matter

from nea_site.mkdocs_plugin import pagecache as pc


class LeanPagesConfig(Config):
    """No options."""


FIRST = 100  # before every other plugin's handler of the same event
LAST = -100  # after every other plugin's handler of the same event (search reads the HTML in on_page_context)
STUB_TEMPLATE = "nea-cached-page.html"  # rendered instead of the theme for a page whose themed output is cached
_pages_log = logging.getLogger("mkdocs.structure.pages")
_build_log = logging.getLogger("mkdocs.commands.build")


class _WarningCount(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _no_render(config: MkDocsConfig, files: Files) -> None:
    """Page.render of a page whose HTML came from the cache."""


class LeanPagesPlugin(BasePlugin[LeanPagesConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._store: pc.PageStore | None = None
        self._reset()

    def _reset(self) -> None:
        self._site = ""
        self._files: Files | None = None
        self._entries: dict[str, pc.Entry] = {}  # src_uri -> entry of this build (loaded or made)
        self._hits: set[str] = set()  # converted HTML from the cache
        self._whole: set[str] = set()  # themed page and search entries from the cache too
        self._linked: set[str] = set()  # pages whose file is the cached one: MkDocs' "Page skipped" is no news
        self._deps: dict[str, pc.Dep] | None = None  # link lookups of the page being converted
        self._resolved: dict[str, pc.Dep] = {}  # link target path -> how it resolves in this build
        self._built: list[str] = []  # pages made again, for last-build.json
        self._warnings = _WarningCount()
        self._mark = 0
        self._nav = ""
        self._search: Any = None  # Material's search plugin, if the config has it
        self._lookup: Any = None  # Files.get_file_from_path, not recorded
        self._navigation: Navigation | None = None
        self._index: dict[str, pc.Indexed] = {}  # the last build's stored pages (`PageStore.load_index`)
        self._next: dict[str, pc.Indexed] = {}  # this build's, written at its end
        self._stamps: dict[str, list[int] | None] = {}  # src_uri -> stamp of its Markdown file before it was read
        self._meta: dict[str, Any] = {}  # src_uri -> its front matter as read (None: not plain data)
        self._trusted: set[str] = set()  # pages not read: their file has the stamp the index holds

    # --- the cache: set-up -------------------------------------------------------------------------------------

    @event_priority(LAST)
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self._reset()
        folder = pc.cache_dir(config)
        self._store = pc.PageStore(folder) if folder is not None else None
        if self._store is None:
            return files
        logging.getLogger("mkdocs").addHandler(self._warnings)
        _build_log.addFilter(self._quiet_linked)
        self._site = pc.site_digest(config)  # every on_config has run: the config is as the build uses it
        self._index = self._store.load_index(self._site)
        self._files = files
        lookup = files.get_file_from_path

        def recording(path: str) -> File | None:
            found = lookup(path)
            if self._deps is not None:
                self._deps[path] = _dep(path, found)
            return found

        cast(Any, files).get_file_from_path = recording  # recorded for this page only
        self._lookup = lookup
        self._search = next((p for p in config.plugins.values() if hasattr(p, "search_index")), None)
        return files

    def _quiet_linked(self, record: logging.LogRecord) -> bool:
        """Drop MkDocs' "Page skipped: 'x.md'. Generated empty output." of a page whose file the plugin linked."""
        message = record.getMessage()
        if record.levelno == logging.INFO and message.startswith("Page skipped: '"):
            return message[len("Page skipped: '") :].split("'", 1)[0] not in self._linked
        return True

    # --- conversion ----------------------------------------------------------------------------------------------

    @event_priority(FIRST)
    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        """A page whose Markdown file has the stamp (inode, size, mtime) of the last build's is not read again.

        Render and the sync keep the file of a page whose Markdown did not change, so at N=500 nearly every page
        is such a file: reading, hashing and parsing the front matter of all of them was a third of a build that
        converted nothing. Its key, front matter and entry come from the index instead (`on_page_markdown`).
        """
        if self._store is None:
            return None
        src = page.file.src_uri
        stamp = self._stamps[src] = pc.source_stamp(page.file.abs_src_path)
        indexed = self._index.get(src)
        if stamp is not None and indexed is not None and indexed["stamp"] == stamp:
            self._trusted.add(src)
            return ""  # MkDocs parses it into no Markdown and no front matter; on_page_markdown sets both
        return None

    @event_priority(FIRST)
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self._store is None:
            return markdown
        src = page.file.src_uri
        if src in self._trusted:
            indexed = self._index[src]
            entry = pc.entry_from_data(indexed["entry"])
            if self._store.has_content(src, entry) and all(map(self._resolves, entry.deps)):
                self._meta[src] = indexed["meta"]
                page.meta = marshal.loads(marshal.dumps(indexed["meta"]))  # a copy: the build may change it
                self._reuse(page, entry)
                return markdown
            # A link of the page resolves otherwise now: the page is read, as MkDocs reads it, and made again.
            self._trusted.discard(src)
            page.markdown, page.meta = front_matter.get_data(page.file.content_string)
            markdown = page.markdown
        meta = dict(page.meta)
        self._meta[src] = marshal.loads(marshal.dumps(meta)) if pc.indexable_meta(meta) else None
        key = pc.page_key(self._site, page, markdown)
        found = self._store.load(src, key)
        if found is not None and self._store.has_content(src, found) and all(map(self._resolves, found.deps)):
            self._reuse(page, found)
            return markdown
        self._entries[src] = pc.Entry(key=key, title=None, toc=[], anchors=[], links={}, deps=[], content_sha="")
        self._deps = {}
        self._mark = self._warnings.count
        return markdown

    def _reuse(self, page: Page, entry: pc.Entry) -> None:
        """The page's HTML, title, table of contents and anchors come from its cached entry."""
        src = page.file.src_uri
        self._entries[src] = entry
        self._hits.add(src)
        cast(Any, page).render = _no_render  # the HTML comes from the cache
        page.content = ""  # the cached HTML is read in on_env, for the pages themed again
        page.toc = pc.toc_from_data(entry.toc)
        page._title_from_render = entry.title
        page.present_anchor_ids = set(entry.anchors)
        if _pages_log.getEffectiveLevel() > logging.DEBUG:  # as Page.render does
            # The stored targets are src_uris as MkDocs gave them: looked up directly (get_file_from_path makes
            # a PurePath of each, ~100,000 links at N=500).
            assert self._files is not None
            known = self._files.src_uris
            page.links_to_anchors = {known.get(t): a for t, a in entry.links.items()}  # type: ignore[misc]

    def _resolves(self, dep: pc.Dep) -> bool:
        """The link target resolves now as when the entry was made."""
        path = dep[0]
        now = self._resolved.get(path)
        if now is None:
            now = self._resolved[path] = _dep(path, self._lookup(path))
        return now == dep

    @event_priority(FIRST)
    def _cache_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        src = page.file.src_uri
        if self._store is None:
            return html
        entry = self._entries[src]
        if src in self._hits:
            del page.render  # the instance's stand-in; Page.render again
            return html
        entry.deps, self._deps = sorted((self._deps or {}).values()), None
        if self._warnings.count != self._mark:
            del self._entries[src]  # a warning: not stored, so the next build warns again
            return html
        entry.title = page._title_from_render
        entry.toc = pc.toc_to_data(page.toc)
        entry.anchors = sorted(page.present_anchor_ids or ())
        entry.links = {f.src_uri: dict(a) for f, a in (page.links_to_anchors or {}).items()}
        self._store.put_content(src, entry, html)
        return html

    @event_priority(LAST)
    def _lean_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        # "" and not None: MkDocs reads a None Markdown as "no title"; the rendered title is kept either way.
        page.markdown = ""
        return html

    on_page_content = CombinedEvent(_cache_page_content, _lean_page_content)

    # --- theming ----------------------------------------------------------------------------------------------

    @event_priority(FIRST)
    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        self._navigation = nav
        return nav

    @event_priority(FIRST)
    def on_env(self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        """Every page is converted (the nav's titles are known): which cached pages are reused whole."""
        if self._store is None:
            return env
        assert env.loader is not None
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({STUB_TEMPLATE: ""}), env.loader])
        # The theme's templates compiled once, not in every build (0.1-0.2 CPU s of a build process); an entry is
        # keyed by the template's name and source, so a changed template is compiled again.
        bytecode = self._store.folder / "jinja"
        bytecode.mkdir(exist_ok=True)
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(bytecode))
        assert self._navigation is not None
        self._nav = pc.nav_digest(self._navigation)
        in_nav = {page.file.src_uri for page in self._navigation.pages}
        for src in sorted(self._hits):
            entry, file = self._entries[src], self._lookup(src)
            whole = src not in in_nav and entry.nav == self._nav and (entry.search is not None or self._search is None)
            assert file is not None and file.page is not None
            if whole and self._store.has_output(src, entry):
                self._whole.add(src)
                file.page.meta["template"] = STUB_TEMPLATE
                continue
            content = self._store.content(src, entry)
            if content is None:
                raise RuntimeError(f"{self._store.folder}: the page cache lost the HTML of {src}; delete the folder")
            file.page.content = content
        self._wrap_search()
        return env

    def _wrap_search(self) -> None:
        """Material's search indexes a page from its HTML; a page reused whole gets its stored entries instead."""
        if self._search is None:
            return
        index = self._search.search_index
        add = index.add_entry_from_context

        def add_entry(page: Page) -> None:
            entry = self._entries.get(page.file.src_uri)
            if page.file.src_uri in self._whole and entry is not None and entry.search is not None:
                index.entries.extend(entry.search)
                return
            before = len(index.entries)
            add(page)
            if entry is not None:
                entry.search = index.entries[before:]

        index.add_entry_from_context = add_entry

    @event_priority(FIRST)
    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> Any:
        self._mark = self._warnings.count
        return context

    @event_priority(FIRST)
    def _cache_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        src = page.file.src_uri
        if self._store is None or src not in self._entries:
            return output
        entry = self._entries.pop(src)  # gone once the page is written: its search entries are the index's
        if src in self._whole:
            page.meta.pop("template", None)
            # The cached file itself becomes the page (a hard link): MkDocs writes nothing for an empty output.
            if not self._store.link_output(src, entry, page.file.abs_dest_path):
                raise RuntimeError(f"{self._store.folder}: the page cache lost the page of {src}; delete the folder")
            self._linked.add(src)
            self._add_to_index(src, entry)
            return ""
        self._built.append(src)
        if self._warnings.count == self._mark:
            self._store.put_output(src, entry, output)
            entry.nav = self._nav
            self._store.save(src, entry)
            self._add_to_index(src, entry)
        return output

    def _add_to_index(self, src: str, entry: pc.Entry) -> None:
        stamp, meta = self._stamps.get(src), self._meta.get(src)
        if stamp is not None and meta is not None:
            self._next[src] = {"entry": pc.entry_data(entry), "stamp": stamp, "meta": meta}

    @event_priority(LAST)
    def _lean_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        page.content = None  # the themed page is `output`, about to be written; nothing reads the HTML again
        return output

    on_post_page = CombinedEvent(_cache_post_page, _lean_post_page)

    @event_priority(LAST)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self._store is None:
            return
        logging.getLogger("mkdocs").removeHandler(self._warnings)
        _build_log.removeFilter(self._quiet_linked)
        self._store.save_index(self._site, self._next)
        # "unread": the pages whose Markdown file was not read (its stamp was the index's)
        report = {"built": sorted(self._built), "reused": sorted(self._whole), "unread": sorted(self._trusted)}
        (self._store.folder / "last-build.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")


def _dep(path: str, found: File | None) -> pc.Dep:
    if found is None:
        return (path, None, False)
    return (path, found.url, found.inclusion.is_excluded())
