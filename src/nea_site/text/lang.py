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
        trad = sum(map(_TRADITIONAL_ONLY.__contains__, text))  # map: the loop over characters runs in C
        simp = sum(map(_SIMPLIFIED_ONLY.__contains__, text))
        return "zh-Hant" if trad > simp else "zh"
    return "en"


def is_cjk_lang(lang: ContentLang) -> bool:
    """True for languages written without spaces between words."""
    return lang in ("zh", "zh-Hant", "ja")


# The most frequent characters of Chinese (both scripts), Korean and Japanese text. A wrong decoding of CJK bytes
# yields valid but rare characters, so the share of frequent ones tells a right decoding from a wrong one.
_FREQUENT = frozenset(
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都"
    "然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实"
    "回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听"
    "世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期"
    "叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色"
    "字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候"
    "七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研"
    "像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切复尔般跑吧参米"
    "們來時說為國會經濟關係發對學這個與區實東亞協議韓將進貿務總統開問題動際讓變長還應從當點機產業體現兩後種過麼並間義論決權"
    "軍稱認無構鐵轉據領導書聯積極傳達處員態響圍歷陸網"
    "、。，：；！？（）《》“”‘’—…·"
    "이의가에는을를하고다한국대로지서기사정수일자적인도과와리시부해전게여어제나상보주으있것들위화동경중된면소만성원장발관"
    "문조업결회연방계유공재생아구마내분무신비치개우실미외년월등및통협력정책"
    "のにはをたがでてとしれさあるいうかもなこからすまりつっよだどけくおんせやえそみきめ"
)


def decoding_plausibility(text: str) -> float:
    """Share of characters that are ASCII, whitespace or frequent CJK characters: high for a right decoding."""
    if not text:
        return 0.0
    good = sum(
        1
        for ch in text
        if ch.isascii() or ch.isspace() or ch in _FREQUENT or "\u3040" <= ch <= "\u30ff" or "\u00c0" <= ch <= "\u00ff"
    )
    return good / len(text)
