"""Stable citations end to end: every permalink a build published still lands on a page after its source changed.

A two-document project (invented texts) is built, rebuilt unchanged (the ledger is the same bytes and nothing is
withdrawn), then one source loses a sentence and the other is replaced by a revised text under a new name, and it
is built again with MkDocs --strict. Every record permalink of the first build must then lead to an element with
its id: the live record, or the entry its document page (or the gone document's page) keeps, which links a
"withdrawn" page in both languages saying the record was withdrawn or where its sentence went.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bibtex_strict import parse_bibtex
from conftest import REPO
from nea_site.pipeline import BuildSettings, run_build
from nea_site.render import LEDGER_FILE

LANGS = ("en", "zh")
PORTS = (
    "Rail Port Notes\n\nJane Roe\n\nIn April 2016, China and Mongolia signed a rail transit agreement that opened "
    "a new freight route to the coast. Freight on the route grew by 25% in 2017.\n"
)
FERRY_KEPT = "In May 2018, Japan and South Korea opened a new ferry line between two of their ports."
FERRY_CUT = "Passenger numbers on the line rose by 40% in 2019, and officials expect the ferry to keep growing."
FERRY = f"Ferry Line Notes\n\nJohn Doe\n\n{FERRY_KEPT} {FERRY_CUT}\n"


def _permalinks(site: Path) -> dict[str, str]:
    """Record id -> the path under site/ and anchor of its permalink, as its "Cite this" BibTeX gives it."""
    found: dict[str, str] = {}
    for page in sorted(site.rglob("index.html")):
        text = page.read_text(encoding="utf-8")
        for block in re.findall(r"<b>BibTeX</b><pre>(.*?)</pre>", text, flags=re.S):
            [(_, key, fields)] = parse_bibtex(html.unescape(block))
            url = urlsplit(fields["url"])
            if url.fragment:
                found[f"{url.path.split('/')[1]}:{url.fragment}"] = url.path.lstrip("/") + "#" + url.fragment
    return found


def _element(site: Path, permalink: str) -> str:
    """The HTML of the element a permalink lands on ("" when its page or anchor is missing)."""
    path, _, anchor = permalink.partition("#")
    page = site / path / "index.html"
    if not page.exists():
        return ""
    match = re.search(rf'<li id="{re.escape(anchor)}">(.*?)</li>', page.read_text(encoding="utf-8"), flags=re.S)
    return match[1] if match else ""


@pytest.fixture
def project(make_corpus: Callable[..., Path]) -> Path:
    project = make_corpus({"corpus/sources/ports.txt": PORTS, "corpus/sources/ferry.txt": FERRY})
    for name in ("actors.yml", "themes.yml", "site.yml"):
        (project / "corpus" / "curated" / name).write_bytes((REPO / "corpus" / "curated" / name).read_bytes())
    return project


def test_old_permalinks_lead_to_the_record_or_a_withdrawn_page(project: Path) -> None:
    settings = BuildSettings(project_dir=project)
    site = project / "site"
    ledger = project / "corpus" / LEDGER_FILE
    run_build(settings)
    first = _permalinks(site)
    assert sum(1 for k in first if k.startswith("en:")) >= 4, sorted(first)  # events and claims of both texts
    assert all(_element(site, link) for link in first.values())  # every permalink lands on its record now
    published = ledger.read_bytes()
    assert published.count(b"\tpublished\n") == len(first) // 2

    run_build(settings)  # nothing changed: the same ledger, nothing withdrawn
    assert ledger.read_bytes() == published
    assert not (site / "en" / "withdrawn").exists()

    sources = project / "corpus" / "sources"
    (sources / "ferry.txt").write_text(FERRY.replace(f" {FERRY_CUT}", ""), encoding="utf-8")
    # A revised text under a new name: the same sentences, so its records take the old ones' place ("moved").
    (sources / "ports.txt").unlink()
    (sources / "rail-ports.txt").write_text(PORTS.replace("Rail Port Notes", "Rail Port Notes, Revised"), "utf-8")
    run_build(settings)  # MkDocs --strict: every link and anchor of the withdrawn pages resolves

    after = _permalinks(site)
    states = {line.split("\t")[0]: line.split("\t")[4] for line in ledger.read_text(encoding="utf-8").splitlines()[1:]}
    withdrawn = moved = 0
    for key, link in sorted(first.items()):
        lang, record_id = key.split(":")
        element = _element(site, link)
        assert element, f"{link} lands nowhere after the change"
        if key in after:
            assert after[key] == link  # a record its source still yields keeps its permalink
            assert "withdrawn/" not in element
            continue
        # The entry its old permalink lands on links the record's withdrawn page, in the same language.
        href = re.search(r'href="([^"]+)"', element)
        assert href and href[1].endswith(f"withdrawn/{record_id}/"), element
        page = (site / lang / "withdrawn" / record_id / "index.html").read_text(encoding="utf-8")
        assert record_id in page
        if states[record_id].startswith("moved "):
            new_id = states[record_id].removeprefix("moved ")
            assert f"{lang}:{new_id}" in after
            new_link = after[f"{lang}:{new_id}"]
            assert new_link.startswith(f"{lang}/documents/rail-ports") and _element(site, new_link)
            assert f"#{new_id}" in page  # the withdrawn page says where the sentence went
            moved += 1
        else:
            assert states[record_id] == "withdrawn"
            assert link.startswith(f"{lang}/documents/ferry/")
            withdrawn += 1
    # Every record of the replaced text moved to the new document; the cut sentence's were withdrawn.
    ports_records = sum(1 for link in first.values() if "/documents/ports/" in link)
    assert moved == ports_records > 0
    assert withdrawn > 0
    assert (site / "en" / "documents" / "ports" / "index.html").exists()  # the gone document's old address
