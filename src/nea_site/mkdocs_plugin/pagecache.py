"""The page cache of the `nea-lean` MkDocs plugin: what one page's build produced, kept across builds.

A page's entry holds what MkDocs made of its Markdown (HTML, table of contents, title, anchors, the links it
resolved), the search entries made from that HTML and the themed page written for it. It is used again only when
everything that went into it is the same:
- the entry's key: the page's Markdown and front matter, its path, and the site digest (the resolved MkDocs
  config, the files it names such as the theme overrides and the search dictionary, the versions of MkDocs,
  Material, Markdown and this plugin, SOURCE_DATE_EPOCH);
- every link of the page resolves to the same target as when the entry was made (a page that was added,
  removed or excluded changes the HTML of the pages that link to it);
- for the themed page, the navigation (every nav item's title and URL) is the same.
A page whose conversion or build logged a warning is not stored, so a strict build fails again on it.

Files, per MkDocs config, under the folder given by NEA_PAGE_CACHE: `<id>.json` (the entry), `<id>.content.html`
(its HTML) and `<id>.page.html` (the themed page), `<id>` a hash of the page's path. The JSON names the SHA-256 of
both HTML files; a file that does not match (an interrupted build) is a miss. Safe to delete at any time.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import marshal
import os
import shutil
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure import StructureItem
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

ENV_VAR = "NEA_PAGE_CACHE"  # the cache folder; unset, the plugin caches nothing (a bare MkDocs build)
FORMAT = "nea-page-cache 5"
_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jieba", "nea-site")

Dep = tuple[str, str | None, bool]  # a link target path, the URL it resolved to (None: no such file), excluded
# One page in the index (`PageStore.save_index`): its entry's data, the stamp of its Markdown file when it was
# read and the front matter read from it. A page whose file has that stamp again is not read, parsed or hashed.
Indexed = dict[str, Any]


def cache_dir(config: MkDocsConfig) -> Path | None:
    """This config's cache folder, or None when NEA_PAGE_CACHE is not set."""
    root = os.environ.get(ENV_VAR)
    if not root:
        return None
    name = Path(config.config_file_path or "mkdocs.yml").stem
    return Path(root) / name


@dataclass(slots=True, kw_only=True)
class Entry:
    key: str
    title: str | None
    toc: list[dict[str, Any]]
    anchors: list[str]
    links: dict[str, dict[str, str]]  # target src_uri -> {anchor: link as written}
    deps: list[Dep]
    content_sha: str
    content_size: int = -1
    nav: str | None = None  # the navigation digest the themed page was made with
    output_sha: str | None = None
    output_size: int = -1
    output_stamp: list[int] | None = None  # inode, size and mtime of the themed page's file as written
    search: list[dict[str, Any]] | None = None  # Material's search entries of the page


class PageStore:
    """Entries on disk, one set of files per page path."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def _base(self, src_uri: str) -> Path:
        return self.folder / hashlib.sha256(src_uri.encode("utf-8")).hexdigest()[:32]

    def load(self, src_uri: str, key: str) -> Entry | None:
        """The stored entry of this page if it was made for `key`."""
        try:
            data = json.loads(self._base(src_uri).with_suffix(".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key:
            return None
        data.pop("format")
        return entry_from_data(data)

    def _index_path(self) -> Path:
        # marshal's format belongs to the Python version: another version reads no index (and rebuilds it)
        return self.folder / f"index.{sys.version_info[0]}.{sys.version_info[1]}.marshal"

    def load_index(self, site: str) -> dict[str, Indexed]:
        """The entries of the last build by page, if it was made for the site digest `site` (else empty)."""
        try:
            data = marshal.loads(self._index_path().read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("site") != site:
            return {}
        pages = data.get("pages")
        return pages if isinstance(pages, dict) else {}

    def save_index(self, site: str, pages: dict[str, Indexed]) -> None:
        """Write the index of this build's stored entries: each with its source file's stamp and front matter."""
        path = self._index_path()
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(marshal.dumps({"format": FORMAT, "site": site, "pages": pages}))
        os.replace(tmp, path)

    def content(self, src_uri: str, entry: Entry) -> str | None:
        return self._read(self._base(src_uri).with_suffix(".content.html"), entry.content_sha)

    def has_content(self, src_uri: str, entry: Entry) -> bool:
        """The converted HTML is there with its size (its hash is checked when it is read)."""
        return _has(self._base(src_uri).with_suffix(".content.html"), entry.content_size)

    def has_output(self, src_uri: str, entry: Entry) -> bool:
        """The themed page is there with its size (its hash is checked when it is read)."""
        return _has(self._base(src_uri).with_suffix(".page.html"), entry.output_size)

    def link_output(self, src_uri: str, entry: Entry, dest: str) -> bool:
        """Hard-link the themed page's file to `dest` (a copy where links fail); False if the file is not whole.

        A file with the inode, size and mtime it was written with is not read; another is checked by its hash.
        """
        path = self._base(src_uri).with_suffix(".page.html")
        try:
            seen = _stamp(path)
            if seen != entry.output_stamp and self._read(path, entry.output_sha or "") is None:
                return False
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            if os.path.lexists(dest):
                os.unlink(dest)
            try:
                os.link(path, dest)
            except OSError:
                shutil.copyfile(path, dest)
        except OSError:
            return False
        return True

    def output(self, src_uri: str, entry: Entry) -> str | None:
        if entry.output_sha is None:
            return None
        return self._read(self._base(src_uri).with_suffix(".page.html"), entry.output_sha)

    @staticmethod
    def _read(path: Path, sha: str) -> str | None:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        return data.decode("utf-8") if hashlib.sha256(data).hexdigest() == sha else None

    def put_content(self, src_uri: str, entry: Entry, content: str) -> None:
        entry.content_sha = self._write(self._base(src_uri).with_suffix(".content.html"), content)
        entry.content_size = len(content.encode("utf-8"))

    def put_output(self, src_uri: str, entry: Entry, output: str) -> None:
        data = output.encode("utf-8")
        path = self._base(src_uri).with_suffix(".page.html")
        entry.output_sha = self._write(path, output)
        entry.output_size = len(data)
        entry.output_stamp = _stamp(path)

    def save(self, src_uri: str, entry: Entry) -> None:
        data = {"format": FORMAT, **entry_data(entry)}
        self._write(self._base(src_uri).with_suffix(".json"), json.dumps(data, ensure_ascii=False))

    @staticmethod
    def _write(path: Path, text: str) -> str:
        data = text.encode("utf-8")
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        return hashlib.sha256(data).hexdigest()


def entry_data(entry: Entry) -> dict[str, Any]:
    """The entry as plain data (JSON- and marshal-ready)."""
    return {name: getattr(entry, name) for name in Entry.__slots__}


def entry_from_data(data: dict[str, Any]) -> Entry:
    data = dict(data)
    data["deps"] = [tuple(dep) for dep in data["deps"]]
    return Entry(**data)


def indexable_meta(meta: dict[str, Any]) -> bool:
    """The front matter is plain data that comes back equal from the index (no dates or other YAML objects)."""
    try:
        return bool(marshal.loads(marshal.dumps(meta)) == meta) and json.loads(json.dumps(meta)) == meta
    except (ValueError, TypeError):
        return False


def source_stamp(path: str | None) -> list[int] | None:
    """Inode, size and mtime of a page's Markdown file (None: no such file)."""
    if path is None:
        return None
    try:
        return _stamp(Path(path))
    except OSError:
        return None


def _stamp(path: Path) -> list[int]:
    found = path.stat()
    return [found.st_ino, found.st_size, found.st_mtime_ns]


def _has(path: Path, size: int) -> bool:
    try:
        return path.stat().st_size == size
    except OSError:
        return False


def page_key(site: str, page: Page, markdown: str) -> str:
    """What the page's HTML is made from: the site digest, its path, front matter and Markdown."""
    digest = hashlib.sha256(site.encode("utf-8"))
    for part in (page.file.src_uri, _canonical(page.meta), markdown):
        digest.update(b"\0" + part.encode("utf-8"))
    return digest.hexdigest()


def site_digest(config: MkDocsConfig) -> str:
    """The resolved config, the non-package files it names, the versions of the code that turns pages into HTML."""
    digest = hashlib.sha256(FORMAT.encode("utf-8"))
    digest.update(_canonical({key: _plain(value) for key, value in config.items()}).encode("utf-8"))
    for package in _PACKAGES:
        try:
            digest.update(f"{package}={importlib.metadata.version(package)}\n".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{package}=-\n".encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(Path(__file__).with_name("__init__.py").read_bytes())
    digest.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode("utf-8"))
    for path in _named_files(config):
        digest.update(f"\0{path}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _named_files(config: MkDocsConfig) -> list[Path]:
    """Theme folders outside site-packages (custom_dir) and the files the plugins' options name."""
    paths: list[Path] = []
    for folder in config.theme.dirs:
        if "site-packages" not in Path(folder).parts:
            paths += sorted(p for p in Path(folder).rglob("*") if p.is_file())
    for plugin in config.plugins.values():
        for value in dict(plugin.config).values():
            if isinstance(value, str) and value and os.path.isfile(value):
                paths.append(Path(value))
    return paths


def nav_digest(nav: Navigation) -> str:
    """Every nav item's kind, title and URL, in order: the part of a themed page that other pages decide."""

    def walk(items: Iterable[StructureItem]) -> list[Any]:
        out: list[Any] = []
        for item in items:
            if isinstance(item, Section):
                out.append(["section", item.title, walk(item.children)])
            else:
                out.append([type(item).__name__, item.title, getattr(item, "url", None)])
        return out

    homepage = nav.homepage.url if nav.homepage is not None else None
    return hashlib.sha256(_canonical([homepage, walk(nav.items)]).encode("utf-8")).hexdigest()


def toc_to_data(toc: Iterable[AnchorLink]) -> list[dict[str, Any]]:
    return [{"title": a.title, "id": a.id, "level": a.level, "children": toc_to_data(a.children)} for a in toc]


class _TocLink(AnchorLink):
    """An anchor of a cached table of contents: MkDocs marks the first `active`, an attribute it does not declare."""

    active: bool = False


def toc_from_data(data: list[dict[str, Any]]) -> TableOfContents:
    """The table of contents as MkDocs' get_toc makes it (its first item marked active)."""

    def build(item: Mapping[str, Any]) -> _TocLink:
        link = _TocLink(item["title"], item["id"], item["level"])
        link.children = [build(child) for child in item["children"]]
        return link

    items = [build(item) for item in data]
    if items:
        items[0].active = True
    return TableOfContents(list[AnchorLink](items))


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _plain(value: Any) -> Any:
    """A JSON-ready form of a config value; objects without a stable form count by their type only."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_plain(v) for v in value]
        return sorted(items, key=_canonical) if isinstance(value, set | frozenset) else items
    config = getattr(value, "config", None)
    if config is not None and hasattr(config, "items"):  # a plugin: its options
        return {"plugin": type(value).__name__, "config": _plain(dict(config))}
    if hasattr(value, "_vars") and hasattr(value, "dirs"):  # the theme
        return {"theme": _plain(dict(value._vars)), "dirs": list(value.dirs)}
    text = str(value)
    return type(value).__name__ if " at 0x" in text else f"{type(value).__name__}:{text}"
