"""`nea-site score GOLD_DIR --save`: the totals and their date in corpus/curated/scores.yml, on the About page."""

from __future__ import annotations

import datetime
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from conftest import REPO, SCORE_NOTE, SCORE_NOTE_GOLD

CLI = str(Path(sys.executable).parent / "nea-site")
NOTE, NOTE_GOLD = SCORE_NOTE, SCORE_NOTE_GOLD


def test_saved_scores_are_shown_on_the_about_page_in_both_languages(
    make_corpus: Callable[..., Path], tmp_path: Path
) -> None:
    project = make_corpus({"corpus/sources/note.md": NOTE})
    for name in ("actors.yml", "themes.yml", "site.yml"):
        (project / "corpus/curated" / name).write_bytes((REPO / "corpus/curated" / name).read_bytes())
    gold_dir = project / "gold"
    gold_dir.mkdir()
    (gold_dir / "note.md").write_text(NOTE, encoding="utf-8")
    (gold_dir / "note.gold.yaml").write_text(NOTE_GOLD, encoding="utf-8")
    before = _run(CLI, "score", str(gold_dir), "--project", str(project))
    assert not (project / "corpus/curated/scores.yml").exists()  # only --save writes it
    run = _run(CLI, "score", str(gold_dir), "--save", "--project", str(project))
    assert run.stdout.startswith(before.stdout) and "saved the totals in" in run.stdout
    saved = (project / "corpus/curated/scores.yml").read_text(encoding="utf-8")
    today = datetime.date.today()
    assert f"measured: '{today.isoformat()}'" in saved and "gold: gold\n" in saved and "documents: 1\n" in saved
    assert "statistics_recall: '1.000'" in saved and "metadata: 1/1" in saved
    assert "person:" not in saved  # no person in this gold: a share of nothing is not shown as 100%
    built = _run(CLI, "build", "--project", str(project))
    assert (project / "corpus/curated/scores.yml").read_text(encoding="utf-8") == saved  # build does not score
    en = (project / "site/en/about/index.html").read_text(encoding="utf-8")
    zh = (project / "site/zh/about/index.html").read_text(encoding="utf-8")
    assert built.returncode == 0
    assert f"on 1 documents annotated by hand (gold) on {today.day} " in en
    assert "<td>Statistics found</td>" in en and "<td>100%</td>" in en and "<td>1/1</td>" in en
    assert f"{today.year}年{today.month}月{today.day}日，以 1 篇人工标注的文献" in zh
    assert "<td>找到的统计数据</td>" in zh


def test_the_about_page_says_when_nothing_was_measured(make_corpus: Callable[..., Path]) -> None:
    project = make_corpus({"corpus/sources/note.md": NOTE})
    _run(CLI, "build", "--project", str(project))
    en = (project / "site/en/about/index.html").read_text(encoding="utf-8")
    assert "Not measured yet." in en and "<code>nea-site score GOLD_DIR --save</code>" in en
    assert "尚未测量" in (project / "site/zh/about/index.html").read_text(encoding="utf-8")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, check=True, timeout=900)
