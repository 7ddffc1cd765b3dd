"""UI strings per language, from templates/labels/<lang>.yml (corpus knowledge lives in corpus/curated/)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import yaml

from nea_site.errors import RenderError
from nea_site.model import Lang

Labels = Callable[[str], str]  # t(key): the UI string of `key` in one language
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser where PyYAML has it (3 loads a language)


def load_labels(templates_dir: Path, lang: Lang) -> Labels:
    """Return t(key) for `lang`; an unknown key fails the build rather than showing a blank."""
    path = templates_dir / "labels" / f"{lang}.yml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError) as exc:
        raise RenderError(f"{path}: cannot read labels: {exc}") from exc
    labels = {str(k): str(v) for k, v in (data or {}).items()}

    def t(key: str) -> str:
        if key not in labels:
            raise RenderError(f"{path}: missing label {key!r}")
        return labels[key]

    return t
