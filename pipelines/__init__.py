"""Runnable pipeline scripts (``python -m pipelines.<name>`` from the repo root)."""
