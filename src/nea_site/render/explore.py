"""The Explore page: documents, events and claims filtered by country, actor, theme, years, kind and language.

The filter lives in the page's URL (`?country=japan&theme=trade&year=2010-2020&kind=event`, docs/explore.md), so
a view can be shared; explore.js counts and lists in the browser from the files render/explore_files.py writes
next to the page, with no server-side part. The page itself is a skeleton: labels and empty boxes.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from nea_site.model import Lang
from nea_site.render.crossref import CrossRef
from nea_site.render.environment import SafeMarkdown, escape_html
from nea_site.render.explore_data import collect_items
from nea_site.render.explore_files import explore_files
from nea_site.render.labels import Labels
from nea_site.render.links import html_href, page_uri
from nea_site.render.page_spec import PageContext, PageSpec

ASSETS = ("explore.js", "explore.css")  # src/nea_site/render/explore_assets/, copied next to the page
DATA_FOLDER = "data"
# Labels explore.js shows (templates/labels/<lang>.yml, each prefixed "explore_").
_SCRIPT_LABELS = (
    "results", "none", "loading", "clear", "error", "apply", "year_from", "year_to", "more_values",
    "facet_kind", "facet_country", "facet_theme", "facet_year", "facet_lang", "facet_actor",
)  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class ExploreContext(PageContext):
    shell: SafeMarkdown  # the boxes explore.js fills
    assets: SafeMarkdown


def explore_page(lang: Lang, t: Labels) -> PageSpec:
    """The page: its title and introduction, and the boxes explore.js fills."""
    uri = page_uri("explore")
    labels = {key: t(f"explore_{key}") for key in _SCRIPT_LABELS}
    document = html_href(uri, page_uri("document", "ID")).replace("ID", "{id}", 1)
    shell = (
        f"<noscript><p>{escape_html(t('explore_noscript'))}</p></noscript>\n"
        '<p id="nea-explore-status" class="nea-explore-status" role="status" hidden></p>\n'
        f'<div id="nea-explore" class="nea-explore" hidden data-labels="{escape_html(_json(labels))}"'
        f' data-document="{escape_html(document)}">\n'
        '<div id="nea-explore-facets" class="nea-explore-facets"></div>\n'
        '<div class="nea-explore-main">\n'
        '<p id="nea-explore-total" class="nea-explore-total" aria-live="polite"></p>\n'
        '<ol id="nea-explore-results" class="nea-explore-results"></ol>\n'
        f'<button id="nea-explore-more" class="md-button" type="button" hidden>{escape_html(t("explore_more"))}'
        "</button>\n</div>\n</div>"
    )
    return PageSpec(
        uri=uri,
        template="pages/explore.md.j2",
        context=ExploreContext(
            shell=SafeMarkdown(shell),
            assets=SafeMarkdown('<script src="explore.js"></script>'),  # it adds explore.css itself
        ),
    )


def write_explore_files(cx: CrossRef, lang: Lang, t: Labels, docs_dir: Path) -> None:
    """explore.js and explore.css next to the page, and the page's data files under data/."""
    folder = docs_dir / posixpath.dirname(page_uri("explore"))
    (folder / DATA_FOLDER).mkdir(parents=True, exist_ok=True)
    for name, content in explore_files(collect_items(cx, lang), t).items():
        (folder / DATA_FOLDER / name).write_bytes(content)
    assets = resources.files("nea_site.render").joinpath("explore_assets")
    for name in ASSETS:
        (folder / name).write_bytes(assets.joinpath(name).read_bytes())


def _json(data: dict[str, str]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
