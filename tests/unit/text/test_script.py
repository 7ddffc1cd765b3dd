"""Traditional -> Simplified: the prefilter never skips a text that the conversion would change."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nea_site.text import script

_CJK_BLOCKS = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF), (0x2F800, 0x2FA1F)]


def _changes(ch: str) -> bool:
    converted = script._T2S.convert(ch)
    return len(converted) == 1 and converted != ch


def test_every_character_the_conversion_changes_is_listed_as_convertible() -> None:
    convertible = script.convertible_characters()
    changed = [chr(cp) for low, high in _CJK_BLOCKS for cp in range(low, high + 1) if _changes(chr(cp))]
    assert len(changed) > 3000  # 國, 經, 濟, … and the extension blocks' variants
    assert [ch for ch in changed if ch not in convertible] == []
    assert {"國", "經", "濟"} <= convertible and not {"国", "经", "a"} & convertible


def _plain(text: str) -> str:
    """The conversion without a prefilter: every character through the table."""
    return text.translate(script._TABLE)


_mixed = st.text(
    alphabet=st.sampled_from(["國", "经", "濟", "合", "作", "\U00020000", "\U0002a6d6", "😀", "a", " ", "“", "。"]),
    max_size=30,
)


@settings(max_examples=300)
@given(st.one_of(_mixed, st.text(max_size=40)))
def test_to_simplified_equals_translating_every_character(text: str) -> None:
    assert script.to_simplified(text) == _plain(text)
    assert len(script.to_simplified(text)) == len(text)


def test_astral_convertible_characters_are_converted() -> None:
    astral = sorted(ch for ch in script.convertible_characters() if ch > "\uffff" and _changes(ch))
    assert astral, "the t2s dictionaries list characters beyond the BMP"
    text = f"abc {astral[0]} 中"
    assert script.to_simplified(text) != text
    assert script.to_simplified(text) == _plain(text)
