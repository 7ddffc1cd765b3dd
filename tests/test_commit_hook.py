"""The commit-msg hook that scripts/setup.sh installs keeps commit subjects within 72 characters."""

import subprocess
from pathlib import Path

HOOK = Path(__file__).resolve().parents[1] / "scripts" / "hooks" / "commit-msg"


def _run_hook(tmp_path: Path, message: str) -> subprocess.CompletedProcess[str]:
    message_file = tmp_path / "COMMIT_EDITMSG"
    message_file.write_text(message, encoding="utf-8")
    return subprocess.run(["bash", str(HOOK), str(message_file)], capture_output=True, text=True, check=False)


def test_subject_of_72_characters_with_a_long_body_passes(tmp_path: Path) -> None:
    result = _run_hook(tmp_path, "s" * 72 + "\n\n" + "body " * 40 + "\n")
    assert result.returncode == 0, result.stderr


def test_subject_of_73_characters_is_refused_with_its_length(tmp_path: Path) -> None:
    result = _run_hook(tmp_path, "s" * 73 + "\n")
    assert result.returncode == 1
    assert "73 characters" in result.stderr


def test_subject_length_counts_characters_not_bytes(tmp_path: Path) -> None:
    result = _run_hook(tmp_path, "中" * 70 + "\n")
    assert result.returncode == 0, result.stderr
