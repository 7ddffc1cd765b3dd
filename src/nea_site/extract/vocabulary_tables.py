"""Tables the extractor reads from the vocabulary once per build: people's English names, actors' Chinese names."""

from __future__ import annotations

from nea_site.model import ActorId, Vocabulary


def chinese_names(vocabulary: Vocabulary) -> dict[tuple[ActorId, ...], str]:
    """Each actor's, and each group's, Chinese name: "日中韓投資協定" is also "中日韩投资协定"."""
    names: dict[tuple[ActorId, ...], str] = {(a.id,): a.name.zh for a in vocabulary.actors if a.name.zh}
    for group in vocabulary.groups:
        if group.lang == "zh":
            names.setdefault(tuple(group.actors), group.text)
    return names


def vocabulary_people(vocabulary: Vocabulary) -> dict[ActorId, tuple[str, ...]]:
    """The vocabulary's people with their English names: whom "Mr Kishida" names when the text names him in full."""
    return {
        a.id: tuple(n for n in (a.name.en, *a.aliases.en) if n)
        for a in vocabulary.actors
        if a.type == "person" and a.name.en
    }
