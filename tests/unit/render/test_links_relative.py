"""Relative links between docs pages: the fast common-folder walk gives what posixpath.relpath gives."""

from __future__ import annotations

import posixpath

from hypothesis import given
from hypothesis import strategies as st

from nea_site.render.links import _relative, built_path, html_href

_PART = st.sampled_from(["documents", "themes", "trade", "a", "b", "index.md", ".", "..", ""])
_PATH = st.lists(_PART, max_size=4).map("/".join)


@given(_PATH, _PATH)
def test_relative_is_relpath(from_dir: str, to_uri: str) -> None:
    to_uri = to_uri or "."  # as html_href calls it: the docs root is "."
    assert _relative(from_dir, to_uri) == posixpath.relpath(to_uri, from_dir or ".")


def test_hrefs_between_built_pages() -> None:
    assert html_href("documents/a.md", "documents/b.md", "p-3") == "../b/#p-3"
    assert html_href("index.md", "themes/trade.md") == "themes/trade/"
    assert html_href("themes/trade.md", "index.md") == "../../"
    assert html_href("themes/index.md", "themes/index.md") == "./"
    assert built_path("themes/index.md") == "themes/"
