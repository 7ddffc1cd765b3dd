"""Rendered pages kept across builds, keyed by what each is made from, so an add computes only the pages it changes.

A page made this way (`CachedSpec`) names its inputs as a digest: the digests of the records it shows (the JSON
of each record's data, `records.record_digest`), the names of the actors and themes its rows link, where each of
its records is listed, and the shape of its list (every page's path, keys and row count: the pager and the
list's index). The key of its stored text adds the site's: the code (every module of nea_site and its word
lists), the templates and labels, the language and the site URL. A page whose key is the same as when it was
stored is written from the store; its rows, citations and template are not computed at all. Any other page is
made as before and stored. The Markdown is the same either way (tests/e2e/test_page_cache.py compares an
incremental build with a clean one).

`.nea-cache/render/<lang>/keys.json`: each kept page's key and the SHA-256 of its text; the text is read from
`build/docs/<lang>/` (`PageStore`), so the cache holds no second copy of the Markdown.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from nea_site.model import Actor, ActorId, DocumentRecord, Theme, ThemeId
from nea_site.records import record_digest
from nea_site.render.page_spec import PageContext, PageSpec
from nea_site.render.paging import PageSlice

FORMAT = "nea-render-cache 2"
KEYS_FILE = "keys.json"


@dataclass(frozen=True, slots=True, kw_only=True)
class CachedSpec:
    """A page whose context is made (by `make`) only when the store holds no text for its inputs."""

    uri: str
    template: str
    inputs: str  # digest of what the page is made from, besides the site's (PageStore's key)
    make: Callable[[], PageContext]


@dataclass(frozen=True, slots=True)
class RenderCache:
    """Where rendered pages are kept (`<folder>/<lang>/`), and what every page's key holds besides its own inputs."""

    folder: Path
    code: str  # the version of nea_site's code and of the word lists it reads
    records: Mapping[str, str]  # record id -> digest of the record's data (`records.record_digest`)
    previous: Path  # the docs folder the last render was synced into (build/docs): `<previous>/<lang>/<page>`


@dataclass(frozen=True, slots=True)
class Inputs:
    """What the pages of one language are made from, besides the site: for `CachedSpec.inputs`."""

    records: Mapping[str, str]  # record id -> record digest
    actors: Mapping[ActorId, Actor]
    themes: Mapping[ThemeId, Theme]


class Digest:
    """A SHA-256 fed with strings, each ended so that no two sequences of parts give the same bytes."""

    def __init__(self, *parts: object) -> None:
        self._hash = hashlib.sha256(FORMAT.encode("utf-8"))
        self.add(*parts)

    def add(self, *parts: object) -> Digest:
        for part in parts:
            self._hash.update(repr(part).encode("utf-8") + b"\x1e")
        return self

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def lazy_spec(
    inputs: Inputs | None,
    uri: str,
    template: str,
    make: Callable[[], PageContext],
    head: tuple[object, ...],  # what the page shows besides its rows (its list's shape, its title's name)
    rows: Callable[[Inputs], Iterable[object]],  # what each row shows
) -> PageSpec | CachedSpec:
    """The page made now (no `inputs`: nothing is kept across builds), or as a CachedSpec keyed by head and rows."""
    if inputs is None:
        return PageSpec(uri=uri, template=template, context=make())
    return CachedSpec(uri=uri, template=template, inputs=Digest(*head, *rows(inputs)).hexdigest(), make=make)


def record_key(inputs: Inputs, record: DocumentRecord) -> str:
    """The record's digest; a record missing from the map (none in a build) is keyed by its own content."""
    found = inputs.records.get(record.id)
    return record_digest(record) if found is None else found


def actors_key(inputs: Inputs, actors: Iterable[ActorId]) -> tuple[object, ...]:
    """Each actor's id, names and type (what a row's link to it shows), None for one the site does not know."""
    out: list[object] = []
    for actor_id in actors:
        actor = inputs.actors.get(actor_id)
        out.append((actor_id, None) if actor is None else (actor_id, actor.name.en, actor.name.zh, actor.type))
    return tuple(out)


def themes_key(inputs: Inputs, themes: Iterable[ThemeId]) -> tuple[object, ...]:
    out: list[object] = []
    for theme_id in themes:
        theme = inputs.themes.get(theme_id)
        out.append((theme_id, None) if theme is None else (theme_id, theme.name.en, theme.name.zh))
    return tuple(out)


def list_shape(pages: Sequence[PageSlice[Any]]) -> str:
    """Every page of a list: path, keys and row count (what the first page of a split list shows of the others)."""
    return Digest(*((page.uri, page.parts, page.until, len(page.rows)) for page in pages)).hexdigest()


def page_shape(pages: Sequence[PageSlice[Any]], index: int, whole: str) -> tuple[object, ...]:
    """What page `index` of a list shows of the list (paging.pager, paging.page_links); `whole` is `list_shape`.

    The first page (or the only one) lists every page with its count; any other page names itself, the first page
    and its neighbours.
    """
    page = pages[index]
    if not page.parts:
        return ("whole", whole)

    def named(other: PageSlice[Any]) -> tuple[object, ...]:
        return (other.uri, other.parts, other.until)

    before = named(pages[index - 1]) if index > 1 else None
    after = named(pages[index + 1]) if index + 1 < len(pages) else None
    return (named(page), named(pages[0]), before, after)


def site_digest(code: str, templates_dir: Path, lang: str, site_url: str) -> str:
    """The code's version, every file of the templates folder (pages, partials, labels), the language, the URL.

    The versions of Python and Jinja, which make the text from the templates, too.
    """
    digest = Digest(code, lang, site_url, sys.version, jinja2.__version__)
    for path in sorted(p for p in templates_dir.rglob("*") if p.is_file()):
        digest.add(path.relative_to(templates_dir).as_posix())
        digest._hash.update(path.read_bytes())
    return digest.hexdigest()


class PageStore:
    """The keys of the pages of one language kept across builds; their text is the last render's, in `previous`.

    `keys.json` maps each kept page's path to its key and the SHA-256 of its text. The text itself is not copied:
    a page found under its key is read from the folder the last successful render was synced into (`build/`),
    and used only if its bytes still have that SHA-256 (a render that failed before its sync, or a hand edit,
    makes it a miss).
    """

    def __init__(self, folder: Path, site: str, previous: Path) -> None:
        self.folder = folder
        self.site = site
        self.previous = previous
        self.hits = 0
        try:
            known = json.loads((folder / KEYS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            known = {}
        self._known: dict[str, list[Any]] = known if isinstance(known, dict) else {}
        self._now: dict[str, list[Any]] = {}  # the keys of this render's pages

    def key(self, spec: CachedSpec) -> str:
        return Digest(self.site, spec.uri, spec.template, spec.inputs).hexdigest()

    def place(self, uri: str, key: str, out: Path) -> bool:
        """Put the last render's page at `uri` at `out` if it was made under `key`; False (nothing done) if not.

        The page is hard-linked from the last render's folder, not read and written again, so that syncing the
        render into `build/` finds the same file and compares nothing. A page whose file is the one this store
        saw last (same inode, size and modification time) is not read at all; any other is read and used only
        if its bytes still have the stored SHA-256.
        """
        entry = self._known.get(uri)
        if not isinstance(entry, list) or len(entry) not in (2, 3) or entry[0] != key:
            return False
        source = self.previous / uri
        try:
            seen = _stamp(source.stat())
            if len(entry) != 3 or entry[2] != seen:
                data = source.read_bytes()
                if hashlib.sha256(data).hexdigest() != entry[1]:
                    return False
            out.parent.mkdir(parents=True, exist_ok=True)
            if not (out.exists() and os.path.samefile(source, out)):
                _link_or_copy(source, out)
        except OSError:
            return False
        self.hits += 1
        self._now[uri] = [key, entry[1], seen]
        return True

    def put(self, uri: str, key: str, text: str, out: Path | None = None) -> None:
        """Keep the key of a page made now (`out`: where it was written, whose file a later `place` links)."""
        entry: list[Any] = [key, hashlib.sha256(text.encode("utf-8")).hexdigest()]
        if out is not None:
            entry.append(_stamp(out.stat()))
        self._now[uri] = entry

    def save(self) -> None:
        """Write the keys of this render's pages (those of pages it no longer makes are dropped)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / KEYS_FILE
        tmp = path.with_name(f".{KEYS_FILE}.tmp")
        tmp.write_text(json.dumps(self._now, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)


def _stamp(found: os.stat_result) -> list[int]:
    """What names one version of a file: inode, size, modification time (a link keeps them, an edit does not)."""
    return [found.st_ino, found.st_size, found.st_mtime_ns]


def _link_or_copy(source: Path, out: Path) -> None:
    """`out` becomes the file `source` (a hard link), or a copy of it where the file system cannot link."""
    try:
        os.link(source, out)
    except OSError:
        shutil.copy2(source, out)
