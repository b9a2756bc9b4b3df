"""Shared fixtures: paths to the bundled samples and to ../shared (skipped when absent),
and the sample corpus built once per session."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture(scope="session")
def samples_dir():
    return SAMPLES


@pytest.fixture(scope="session")
def seeds_dir():
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not present")
    return SEEDS


@pytest.fixture(scope="session")
def samples_build(samples_dir, tmp_path_factory):
    """``(BuildResult, output folder)`` of the bundled sample corpus."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("samples")
    return build([samples_dir], out), out
