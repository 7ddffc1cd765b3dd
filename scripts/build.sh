#!/usr/bin/env bash
# README command 1: set up .venv and build the bilingual site from corpus/ into site/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/nea-site build "$@"
