#!/usr/bin/env bash
# Create .venv (if needed) and install the locked dependencies plus nea_site itself.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.nea-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s requirements.lock "$stamp"; then
  .venv/bin/python -m pip install --quiet --upgrade "pip>=24" "setuptools>=68" "wheel>=0.42"
  .venv/bin/python -m pip install --quiet --require-hashes -r requirements.lock
  cp requirements.lock "$stamp"
fi
.venv/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
# In a git checkout, use the project's hooks (commit subjects <= 72 characters) unless hooks are set elsewhere.
if git rev-parse --git-dir >/dev/null 2>&1 && [ -z "$(git config --get core.hooksPath || true)" ]; then
  git config core.hooksPath scripts/hooks
fi
