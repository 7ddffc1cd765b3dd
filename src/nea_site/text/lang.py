"""Language of a span of source text, from the scripts it is written in."""

from __future__ import annotations

from nea_site.model import ContentLang
from nea_site.text.patterns import HAN_RE, HANGUL_RE, KANA_RE, LATIN_RE

# Common characters that exist only in Traditional Chinese; their share tells zh-Hant from zh.
_TRADITIONAL_ONLY = frozenset(
    "國與會經濟關係發對灣學這個們來時說為於區實東亞協議韓將進貿務總統開問題動國際讓變長還應從"
    "當點機產業體現兩後種過麼現並間義論決權軍稱認無構鐵轉據領導書聯積極傳達處員態響圍歷陸網"
)
_SIMPLIFIED_ONLY = frozenset(
    "国与会经济关系发对湾学这个们来时说为于区实东亚协议韩将进贸务总统开问题动际让变长还应从"
    "当点机产业体现两后种过么现并间义论决权军称认无构铁转据领导书联积极传达处员态响围历陆网"
)


def detect_lang(text: str) -> ContentLang:
    """Return the language of `text`: Han-dominated text is Chinese unless kana or hangul say otherwise."""
    han = len(HAN_RE.findall(text))
    kana = len(KANA_RE.findall(text))
    hangul = len(HANGUL_RE.findall(text))
    latin_letters = len(LATIN_RE.findall(text))
    # Latin letters come in words of ~5 letters while one Han character is one word: weigh accordingly.
    latin = latin_letters / 3
    if max(han, kana, hangul, latin) == 0:
        return "und"
    if hangul > max(han + kana, latin) * 0.5:
        return "ko"
    if kana > 0 and kana >= (han + kana) * 0.15 and han + kana > latin:
        return "ja"
    if han > latin:
        trad = sum(1 for ch in text if ch in _TRADITIONAL_ONLY)
        simp = sum(1 for ch in text if ch in _SIMPLIFIED_ONLY)
        return "zh-Hant" if trad > simp else "zh"
    return "en"


def is_cjk_lang(lang: ContentLang) -> bool:
    """True for languages written without spaces between words."""
    return lang in ("zh", "zh-Hant", "ja")
