"""The compiled segmenter is imported only by processes that cut text (it builds a ~35 MB default dictionary)."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_cli_and_the_pipeline_does_not_load_rjieba() -> None:
    code = (
        "import sys; import nea_site.cli, nea_site.pipeline, nea_site.extract; "
        "from nea_site.text.segment import make_segmenter, UserWord; "
        "s = make_segmenter([UserWord('东北亚', 'ns')]); loaded = 'rjieba' in sys.modules; "
        "words = s.cut('东北亚合作'); print(loaded, 'rjieba' in sys.modules, '/'.join(words))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "东北亚/合作"]
