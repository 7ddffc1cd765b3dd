"""Links a source writes in its own text are shown as their words (absolute http(s): external links), never markup."""

from __future__ import annotations

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nea_site.model import FootnoteRef, LocalizedText, Paragraph
from nea_site.render.body import LinkSpan, render_paragraph
from nea_site.render.format import localized_markdown
from nea_site.render.source_links import find_source_links, links_as_text

EXTENSIONS = ["attr_list", "md_in_html", "tables"]


def _para(text: str, refs: tuple[FootnoteRef, ...] = ()) -> Paragraph:
    return Paragraph(index=1, anchor="p-1", text=text, lang="en", section_id=None, refs=refs)


def _html(text: str, links: list[LinkSpan] | None = None, refs: tuple[FootnoteRef, ...] = ()) -> str:
    return str(render_paragraph(_para(text, refs), {}, links or [], [], "Records"))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('[Seoul](Page/Seoul.md "wikilink") hosts it', "Seoul hosts it"),
        ("see ../[Busan](../Page/부산광역시.md) port", "see ../Busan port"),
        ("a note[[1]](#f1) and ![map](img/map.png) here", "a note[1] and map here"),
        ("[spaced](<Page/Two words.md>) x", "spaced x"),
        ("[Wiki](Page/A_(city).md) x", "Wiki x"),
        (r"escaped \[not](a link)", r"escaped \[not](a link)"),
        ("[no target] (far)", "[no target] (far)"),
    ],
)
def test_links_as_text_keeps_the_words_only(text: str, shown: str) -> None:
    assert links_as_text(text) == shown


def test_relative_links_and_missing_anchors_become_text_in_a_paragraph() -> None:
    html = _html('[대한민국](../Page/대한민국.md "wikilink"), [일본](Page/일본.md) and a note[[1]](#f1).')
    assert "<p" in html and "대한민국, 일본 and a note[1]." in html
    assert "Page/" not in html and "#f1" not in html and "wikilink" not in html


def test_an_absolute_http_link_stays_an_external_link_with_its_address_escaped() -> None:
    html = _html("Read [the statement](https://example.org/a?b=1&c=2) today.")
    assert (
        '<a class="nea-external" href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener noreferrer">'
        "the statement</a> today." in html
    )


@pytest.mark.parametrize(
    "text",
    [
        "[click](javascript:alert(1))",
        '[click](https://x.org/"onmouseover="alert(1))',
        "[click](data:text/html,<script>alert(1)</script>)",
        "[<script>alert(1)</script>](https://x.org/)",
        "[x](https://x.org/<script>)",
    ],
)
def test_no_script_or_attribute_reaches_the_page(text: str) -> None:
    html = _html(text)
    assert "<script" not in html and 'href="javascript:' not in html and 'href="data:' not in html
    assert "onmouseover=" not in html.replace("&quot;", "")


def test_entity_links_inside_a_link_words_are_kept_and_never_cross_its_syntax() -> None:
    text = "[Seoul](Page/Seoul.md) and Busan"
    inside = LinkSpan(start=1, end=6, href="../../actors/seoul/", title="Seoul")
    across = LinkSpan(start=4, end=10, href="../../x/", title="X")  # "ul](Pa": over the hidden syntax
    html = _html(text, [inside])
    assert '<a class="nea-mention" href="../../actors/seoul/" title="Seoul">Seoul</a> and Busan' in html
    assert 'href="../../x/"' not in _html(text, [across])


def test_no_entity_link_inside_an_external_link() -> None:
    text = "[Seoul news](https://example.org/) today"
    html = _html(text, [LinkSpan(start=1, end=6, href="../../actors/seoul/", title="Seoul")])
    assert "nea-mention" not in html and html.count("<a ") == 2  # the external link and the pilcrow


def test_a_note_mark_inside_a_link_goes_after_it() -> None:
    text = "[Seoul](Page/Seoul.md) hosts"
    html = _html(text, refs=(FootnoteRef(offset=3, label="1", footnote_id=None),))
    assert "Seoul<sup>[1]</sup> hosts" in html


def test_a_record_text_shows_link_words_and_stays_literal_markdown() -> None:
    text = LocalizedText(en='**Summit** of [대한민국](../Page/대한민국.md "wikilink") <b>x</b> _y_', original="en")
    for lang in ("en", "zh"):
        html = markdown.markdown("- " + localized_markdown(text, lang, lambda key: key), extensions=EXTENSIONS)
        assert "<a" not in html and "<strong>" not in html and "<em>y" not in html and "<b>" not in html
        assert "**Summit** of 대한민국 &lt;b&gt;x&lt;/b&gt; _y_" in html


def test_an_untranslated_original_is_marked_with_its_own_language() -> None:
    text = LocalizedText(en="한중일 정상회의는 서울에서 열렸다", original="en")
    assert '<span lang="ko">' in localized_markdown(text, "zh", lambda key: key)


@given(st.text(alphabet=st.sampled_from("ab[]()<>!\"'#/.:h tps\\&"), max_size=80))
def test_any_text_renders_without_markup_of_its_own(text: str) -> None:
    html = _html(text)
    body = html.split('class="nea-para" lang="en">', 1)[1].rsplit('<a class="nea-pilcrow"', 1)[0]
    # The only tags in the text's HTML are the external links we made.
    for found in find_source_links(text):
        if found.external:
            body = body.replace(f'<a class="nea-external" href="{found.external}"', "", 1)
    tags = [part for part in body.split("<")[1:] if not part.startswith(("/a>", ' rel="nofollow'))]
    assert all(not part or not part[0].isalpha() for part in tags), body
