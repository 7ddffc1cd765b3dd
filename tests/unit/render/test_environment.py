"""Labels may hold **bold** and `code`; everything else in them is shown as written."""

from __future__ import annotations

import markdown
import pytest

from nea_site.render.environment import label_markup


def html_of(label: str) -> str:
    return markdown.markdown(label_markup(label))


def test_bold_and_code_spans_become_markup_with_spaces_kept() -> None:
    assert html_of("**Documents**: id, title. See `nea-site export --json`, then **themes**.") == (
        "<p><strong>Documents</strong>: id, title. See <code>nea-site export --json</code>, then "
        "<strong>themes</strong>.</p>"
    )


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("[a link](https://example.org)", "[a link](https://example.org)"),
        ("<script>alert(1)</script> _x_ # y", "&lt;script&gt;alert(1)&lt;/script&gt; _x_ # y"),
        ("`<b>&amp;</b>`", "<code>&lt;b&gt;&amp;amp;&lt;/b&gt;</code>"),
        ("**[x](y)**", "<strong>[x](y)</strong>"),
        ("a ** b ` c", "a ** b ` c"),
    ],
)
def test_other_markup_in_a_label_is_literal(label: str, shown: str) -> None:
    assert html_of(label) == f"<p>{shown}</p>"
