"""Wiki pages converted to Markdown by a mirror (links titled "wikilink"): invented pages, one quirk each."""

from __future__ import annotations

from nea_site.model import Document, SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.formats.markup import reduce_markdown
from nea_site.parse.formats.wikimarkdown import reduce_wiki_markdown


def _parse(text: str) -> Document:
    source = SourceText(source_id=SourceId("w"), file_name="w.md", text=text, encoding="utf_8", sha256="0")
    return parse_document(source)


def _texts(text: str) -> list[str]:
    return [p.text for p in _parse(text).paragraphs]


LEAD = '**例示会議**は[例示国](../Page/例示国.md "wikilink")の会議である。\n\n'


def test_a_definition_under_a_list_item_is_an_item_not_a_heading() -> None:
    page = (
        LEAD
        + "## 第1回\n\n  - 各国首席代表\n\n"
        + '    : [甲野太郎](../Page/甲野太郎.md "wikilink")外務審議官\n\n    : 乙山次郎局長\n'
    )
    document = _parse(page)
    assert [s.title for s in document.sections] == ["第1回"]
    assert [p.text for p in document.paragraphs][1:] == ["各国首席代表", "甲野太郎外務審議官", "乙山次郎局長"]
    assert {p.kind for p in document.paragraphs[1:]} == {"list_item"}


def test_each_line_of_a_run_on_item_is_an_item_of_its_own() -> None:
    page = LEAD + "## 開催地\n\n  - 第四回　2009年4月12日　例示市\n    第五回　2010年10月30日 架空市\n\n本文。\n"
    assert _texts(page)[1:] == ["第四回 2009年4月12日 例示市", "第五回 2010年10月30日 架空市", "本文。"]


def test_a_run_on_line_needs_the_converters_signature() -> None:
    # plain Markdown: a wrapped item's second line goes on with its words
    text = "- A long item that\n  wraps here.\n"
    assert reduce_wiki_markdown(text) == text


def test_stray_closing_brackets_go() -> None:
    text = '[例示](../Page/例示.md "wikilink")\n\n<span>█</span>例示地域フォーラム\\]\\]\n'
    assert "]]" not in reduce_wiki_markdown(text).replace("\\]", "]")


def test_a_link_whose_target_holds_escaped_parentheses_shows_its_words_only() -> None:
    line = '[전진의](https://ko.wikipedia.org/wiki/전진_\\(오호_십육국\\) "wikilink") 황제가 왔다.'
    assert reduce_markdown(line) == "전진의 황제가 왔다."
    assert reduce_markdown("[Example](https://example.org/wiki/Example_(city)) grew.") == "Example grew."


def test_a_maps_colour_swatches_and_their_style_tags_go() -> None:
    line = '<span style="color:navy;">█</span><span style="color:red;">█</span>예시 정상회의'
    assert reduce_markdown(line) == "예시 정상회의"


def test_bold_run_on_by_a_cjk_comma_loses_its_marks() -> None:
    page = "**例示会議**（れいじ、または**例示首脳会合**、）は、会議である。\n"
    assert _texts(page) == ["例示会議（れいじ、または例示首脳会合、）は、会議である。"]


def test_a_list_of_short_items_of_like_length_is_not_a_text_cut_at_a_width() -> None:
    items = "\n".join(f"  - 第{n}回　20{10 + n}年11月{n}日　例示市{n}" for n in range(1, 9))
    page = LEAD + "## 開催地\n\n" + items + "\n\n  - 欧州例示体\n  - 例示研究センター\n"
    texts = _texts(page)
    assert len(texts) == 1 + 8 + 2
    assert texts[-2:] == ["欧州例示体", "例示研究センター"]


def test_templates_left_as_source_and_emptied_brackets_go() -> None:
    line = (
        '**예시 관계**(例示關係, )는 [갑군](../Page/갑군.md "wikilink"){{.cw}}[을군](../Page/을군.md "wikilink")이다.'
    )
    assert (
        reduce_wiki_markdown(line)
        == '**예시 관계**(例示關係)는 [갑군](../Page/갑군.md "wikilink")·[을군](../Page/을군.md "wikilink")이다.'
    )
    broken = '10月12日、[甲家{{lang国務委員が訪米し](../Page/甲家.md "wikilink")、会談。'
    assert "{{" not in reduce_wiki_markdown(broken)


def test_an_escaped_tilde_shows_no_backslash_in_a_heading_or_a_range() -> None:
    page = LEAD + "### 고대\\~18세기의 관계\n\n왜(250년 \\~ 538년)는 교류하였다.\n"
    document = _parse(page)
    assert [s.title for s in document.sections] == ["고대~18세기의 관계"]
    assert document.paragraphs[-1].text == "왜(250년 ~ 538년)는 교류하였다."


def test_the_numbered_list_ending_the_page_is_its_notes() -> None:
    page = (
        LEAD
        + "## 経過\n\n例示基金が発足した\\[1\\]。後に改組された\\[2\\]。\n\n"
        + '[Category:例示](https://ja.wikipedia.org/wiki/Category:例示 "wikilink")\n\n'
        + '1.  「例示基金が発足」[例示新聞](../Page/例示新聞.md "wikilink")2011年4月24日\n2.\n'
    )
    document = _parse(page)
    assert document.paragraphs[-1].text == "例示基金が発足した。後に改組された。"
    assert [(n.label, n.text) for n in document.footnotes] == [("1", "「例示基金が発足」例示新聞2011年4月24日")]
    assert document.footnotes[0].paragraph == document.paragraphs[-1].index


def test_a_numbered_list_not_counted_from_one_stays_a_list() -> None:
    text = '[例示](../Page/例示.md "wikilink")は会議\\[1\\]。\n\n3.  第三項\n4.  第四項\n'
    assert reduce_wiki_markdown(text) == text


def test_a_converted_pages_bold_line_is_text_its_headings_are_marked() -> None:
    page = LEAD + "## 実施要領\n\n**第一回　2005年12月14日　例示市**\n\n  - 人口30億人の市場。\n"
    document = _parse(page)
    assert [s.title for s in document.sections] == ["実施要領"]
    assert document.paragraphs[1].text == "第一回 2005年12月14日 例示市"


def test_separators_of_emptied_names_before_a_closing_bracket_go() -> None:
    line = "**例示会合**（れいじかいごう、、、、）は、会議。"
    assert reduce_wiki_markdown('[甲](../Page/甲.md "wikilink")\n' + line).endswith("（れいじかいごう）は、会議。")


def test_a_figures_digits_do_not_date_an_undated_page() -> None:
    page = LEAD + "예시국의 수출은 683억2017만USD(각 2011년)에 달하며, 2017万人이 방문했다.\n"
    assert _parse(page).meta.published == "2011"


def test_a_language_template_left_as_source_keeps_its_words() -> None:
    line = '[甲](../Page/甲.md "wikilink")は{{lang|ko|예시회의}}に出席した。{{要出典}}'
    assert reduce_wiki_markdown(line) == '[甲](../Page/甲.md "wikilink")は예시회의に出席した。'
