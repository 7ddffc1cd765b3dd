"""E-mail fields over a saved newsletter: subject as title, date, sender's name as outlet; no address kept."""

from __future__ import annotations

import pytest

from nea_site.model import SourceId, SourceText
from nea_site.parse import parse_document
from nea_site.parse.header.mail import read_mail_fields
from nea_site.parse.header.state import Header
from nea_site.parse.layout import split_units

NEWSLETTER = (
    "From: Example Monitor <newsletter@example.org>\n"
    "Sent: Monday, December 4, 2023 9:15 AM\n"
    "To: subscribers@example.org\n"
    "Subject: Fwd: Weekly | Ministers meet in Busan\n\n"
    "Dear readers,\n\n"
    "This week the foreign ministers met in Busan.\n\n"
    "Best regards,\nThe Monitor Team\n"
)


def _parse(text: str) -> tuple[str | None, str | None, str | None, list[str]]:
    source = SourceText(source_id=SourceId("d"), file_name="d.txt", text=text, encoding="utf_8", sha256="0")
    document = parse_document(source)
    meta = document.meta
    return meta.title, meta.published, meta.outlet, [p.text for p in document.paragraphs]


def test_an_e_mail_s_fields_are_its_metadata_and_never_its_text() -> None:
    title, published, outlet, paragraphs = _parse(NEWSLETTER)
    assert (title, published, outlet) == ("Weekly | Ministers meet in Busan", "2023-12-04", "Example Monitor")
    assert paragraphs[:2] == ["Dear readers,", "This week the foreign ministers met in Busan."]
    assert not any("@" in p for p in paragraphs)  # no address reaches the site


def test_chinese_mail_fields() -> None:
    text = "发件人：示例研究院\n发送时间：2023年12月4日 9:15\n收件人：张三\n主题：三国外长会晤\n\n各位同事：\n\n"
    text += "三国外长在釜山会晤。\n"
    title, published, outlet, paragraphs = _parse(text)
    assert (title, published, outlet) == ("三国外长会晤", "2023-12-04", None)  # no display name: no outlet
    assert paragraphs == ["各位同事：", "三国外长在釜山会晤。"]


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Trade in Northeast Asia\nTrade grew in 2023.\n",  # one field line
        "From: Example Monitor <news@example.org>\nTo: readers@example.org\nTrade grew.\n",  # no subject
    ],
)
def test_without_two_fields_and_a_subject_there_is_no_e_mail(text: str) -> None:
    header = Header()
    assert read_mail_fields(header, split_units(text)) == 0
    assert header == Header()
