"""Benchmark harness: a synthetic corpus of N documents, cold builds timed against bare MkDocs builds.

`nea-site bench` and scripts/benchmark.py call `run_bench`; the pipeline knows nothing of it.
"""

from nea_site.bench.harness import run_bench

__all__ = ["run_bench"]
