"""Stable citations: the ledger of published records, and a page for every record that a source change withdrew.

A record's permalink is its anchor on its document's page (`documents/<document>/#<record>`), which no other
document's change moves. The build keeps `corpus/published.tsv`: one line per record id it ever published, with
its document, paragraph, a digest of its quote and its state. When a published id is no longer built:
- its document page (or, when the document itself is gone, a page at the document's old address) keeps an entry
  with the old id as anchor, so the old permalink still lands somewhere, and links it to
- a "withdrawn" page at `withdrawn/<record>/` (both languages) saying the record was withdrawn, or, when a record
  built now quotes the same sentence (a renamed source file, a claim now read as another kind), where it went.

The ledger is written by the build alone (pipeline), after a build succeeded, in id order: deterministic.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from nea_site.errors import RenderError
from nea_site.model import DocumentRecord, Provenance
from nea_site.render.context import RenderContext
from nea_site.render.environment import SafeMarkdown, escape_html, escape_markdown
from nea_site.render.labels import Labels
from nea_site.render.links import html_href, md_link, page_uri
from nea_site.render.page_spec import PageContext, PageSpec

LEDGER_FILE = "published.tsv"  # under the project's corpus/
_HEADER = "# record\tdocument\tparagraph\tquote sha256\tstate (published | withdrawn | moved <record>)"
State = Literal["published", "withdrawn", "moved"]
_STATES: dict[str, State] = {"published": "published", "withdrawn": "withdrawn", "moved": "moved"}


@dataclass(frozen=True, slots=True)
class Published:
    """One ledger line: a record id the build published, where it was, and what became of it."""

    record: str
    document: str
    paragraph: int
    quote: str  # the first 16 hex digits of the SHA-256 of the quote, its whitespace collapsed
    state: State = "published"
    moved_to: str = ""  # the record now quoting the same sentence (state "moved")


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """A published record no longer built, and the record that now quotes its sentence, if any."""

    old: Published
    new: Published | None


def quote_digest(quote: str) -> str:
    return hashlib.sha256(" ".join(quote.split()).encode("utf-8")).hexdigest()[:16]


def current(records: Iterable[DocumentRecord]) -> dict[str, Published]:
    """The records of this build, by id (an id that repeats, a repeated sentence, keeps its first place)."""
    found: dict[str, Published] = {}
    for record in sorted(records, key=lambda r: r.id):
        pairs: list[tuple[str, Provenance]] = [(e.id, e.evidence) for e in record.events]
        pairs += [(c.id, c.evidence) for c in record.claims]
        for record_id, ev in pairs:
            found.setdefault(record_id, Published(record_id, record.id, ev.paragraph, quote_digest(ev.quote)))
    return found


def read_ledger(path: Path) -> dict[str, Published]:
    """The ledger's lines by record id; no file is an empty ledger (a first build)."""
    if not path.exists():
        return {}
    entries: dict[str, Published] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        try:
            record, document, paragraph, quote, state = fields
            word, _, target = state.partition(" ")
            kind = _STATES.get(word)
            if kind is None:
                raise ValueError(f"unknown state {state!r}")
            entries[record] = Published(record, document, int(paragraph), quote, kind, target)
        except ValueError as exc:
            raise RenderError(f"{path}:{number}: not a ledger line ({exc}): {line!r}") from exc
    return entries


def update_ledger(
    ledger: dict[str, Published], records: Iterable[DocumentRecord]
) -> tuple[dict[str, Published], list[Withdrawal]]:
    """The ledger after this build, and every record once published that this build no longer has."""
    return merge_ledger(ledger, current(records))


def merge_ledger(
    ledger: dict[str, Published], now: dict[str, Published]
) -> tuple[dict[str, Published], list[Withdrawal]]:
    """The ledger after a build that has the records `now`, and the withdrawals (`update_ledger`).

    A withdrawn record "moved" when a record built now has the same kind of id (event, claim) and the same quote:
    one in the same document first, then the lowest id. A withdrawn id that is built again is published again.
    """
    by_quote: dict[tuple[str, str], list[Published]] = {}
    for entry in now.values():
        by_quote.setdefault((entry.record[:3], entry.quote), []).append(entry)
    updated = dict(now)
    withdrawals: list[Withdrawal] = []
    for record_id, old in sorted(ledger.items()):
        if record_id in now:
            continue
        same = by_quote.get((record_id[:3], old.quote), [])
        new = min(same, key=lambda e: (e.document != old.document, e.record)) if same else None
        state: State = "moved" if new else "withdrawn"
        entry = Published(old.record, old.document, old.paragraph, old.quote, state, new.record if new else "")
        updated[record_id] = entry
        withdrawals.append(Withdrawal(entry, new))
    return dict(sorted(updated.items())), withdrawals


def ledger_text(ledger: dict[str, Published]) -> str:
    lines = [_HEADER]
    for e in ledger.values():
        state = f"moved {e.moved_to}" if e.state == "moved" else e.state
        lines.append(f"{e.record}\t{e.document}\t{e.paragraph}\t{e.quote}\t{state}")
    return "\n".join(lines) + "\n"


def write_ledger(path: Path, ledger: dict[str, Published]) -> None:
    """Replace the ledger in one step (a build stopped half-way leaves the previous one)."""
    staging = path.with_name(path.name + ".staging")
    staging.write_text(ledger_text(ledger), encoding="utf-8")
    staging.replace(path)


# ---- pages ----


@dataclass(frozen=True, slots=True, kw_only=True)
class WithdrawnContext(PageContext):
    title: str
    text: SafeMarkdown
    records: SafeMarkdown  # a gone document's page: the entries of its withdrawn records


def withdrawn_uri(record_id: str) -> str:
    return f"withdrawn/{record_id}.md"


def notices(withdrawals: Iterable[Withdrawal], document: str, uri: str, t: Labels) -> SafeMarkdown:
    """The entries a document page (or a gone document's page) keeps for its withdrawn records: old id, link."""
    items = [
        f'<li id="{escape_html(w.old.record)}"><code>{escape_html(w.old.record)}</code> · ¶{w.old.paragraph} · '
        f'<a href="{escape_html(html_href(uri, withdrawn_uri(w.old.record)))}">'
        f"{escape_html(t('withdrawn_moved_short') if w.new else t('withdrawn_short'))}</a></li>"
        for w in withdrawals
        if w.old.document == document
    ]
    return SafeMarkdown(f'<ul class="nea-withdrawn">{"".join(items)}</ul>' if items else "")


def withdrawn_pages(withdrawals: list[Withdrawal], rc: RenderContext) -> list[PageSpec]:
    """A page per withdrawn record, and one at the old address of each document no longer built."""
    lang, t = rc.lang, rc.t
    titles: dict[str, str] = {r.id: r.title.get(lang) or r.title.best(lang) or r.id for r in rc.cx.records}

    def title(document: str) -> str:
        return escape_markdown(titles.get(document, document))

    specs = []
    for w in withdrawals:
        uri = withdrawn_uri(w.old.record)
        old_doc = page_uri("document", w.old.document)
        text = [
            t("withdrawn_text").format(
                record=f"`{w.old.record}`",
                document=f"[{title(w.old.document)}]({md_link(uri, old_doc)})",
                paragraph=w.old.paragraph,
            )
        ]
        if w.new:
            new_doc = page_uri("document", w.new.document)
            text.append(
                t("withdrawn_moved").format(
                    record=f"[`{w.new.record}`]({md_link(uri, new_doc, w.new.record)})",
                    document=f"[{title(w.new.document)}]({md_link(uri, new_doc)})",
                    paragraph=w.new.paragraph,
                )
            )
        else:
            text.append(t("withdrawn_gone"))
        context = WithdrawnContext(
            title=t("withdrawn_title").format(record=w.old.record),
            text=SafeMarkdown("\n\n".join(text)),
            records=SafeMarkdown(""),
        )
        specs.append(PageSpec(uri=uri, template="pages/withdrawn.md.j2", context=context))
    built = set(titles)
    for document in sorted({w.old.document for w in withdrawals} - built):
        uri = page_uri("document", document)
        context = WithdrawnContext(
            title=t("withdrawn_document_title").format(document=document),
            text=SafeMarkdown(t("withdrawn_document_text")),
            records=notices(withdrawals, document, uri, t),
        )
        specs.append(PageSpec(uri=uri, template="pages/withdrawn.md.j2", context=context))
    return specs
