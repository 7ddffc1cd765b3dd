"""detect_lang: the script mix of a span decides en, zh, zh-Hant, ja, ko or und."""

from __future__ import annotations

import pytest

from nea_site.text.lang import detect_lang, is_cjk_lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Regional cooperation in Northeast Asia has grown since 2011.", "en"),
        ("区域合作不断深化，经济关系持续发展。", "zh"),
        ("區域合作不斷深化，經濟關係持續發展。", "zh-Hant"),
        ("臺灣與香港的經濟關係", "zh-Hant"),
        ("地域協力が進んでいる。", "ja"),
        ("日本と中国の経済関係について", "ja"),
        ("東京で会議", "ja"),
        ("지역 협력이 강화되고 있다.", "ko"),
        ("한중일 협력 사무국", "ko"),
        ("中日韩合作秘书处（TCS）成立于2011年。", "zh"),  # a Latin acronym does not outweigh Chinese
        ("The Secretariat (秘书处) opened in Seoul in 2011.", "en"),  # nor a Chinese gloss English
        ("“港口是区域合作最务实的起点，”朴敏说。", "zh"),
        ("2011.", "und"),
        ("", "und"),
        ("— … ！", "und"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


@pytest.mark.parametrize(("lang", "cjk"), [("zh", True), ("zh-Hant", True), ("ja", True), ("ko", False), ("en", False)])
def test_is_cjk_lang(lang: str, cjk: bool) -> None:
    # Korean is written with spaces between words, so it joins lines like English.
    assert is_cjk_lang(lang) is cjk  # type: ignore[arg-type]
