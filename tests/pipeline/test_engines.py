"""Engines: results of every batch, a bounded number in flight, clear failures."""

import os

import pytest

from kg.errors import EngineError
from kg.pipeline.engines import WINDOW_PER_WORKER, make_engine


def _square_all(batch):
    return [x * x for x in batch]


def _die(batch):
    os._exit(1)  # a worker killed (out of memory, say)


def test_in_process_keeps_order():
    with make_engine() as engine:
        assert engine.workers == 1
        assert list(engine.map(_square_all, [[1, 2], [3], [4]])) == [[1, 4], [9], [16]]


@pytest.mark.parametrize("workers", [2, 3])
def test_process_pool_runs_every_batch(workers):
    batches = [[i, i + 100] for i in range(20)]
    with make_engine(workers=workers) as engine:
        assert engine.workers == workers
        got = list(engine.map(_square_all, batches))
    assert sorted(got) == sorted(_square_all(b) for b in batches)


def test_process_pool_reads_batches_lazily():
    taken, seen_ahead = [], []

    def batches():
        for i in range(12):
            taken.append(i)
            yield [i]

    with make_engine(workers=2) as engine:
        for done, _ in enumerate(engine.map(_square_all, batches()), 1):
            seen_ahead.append(len(taken) - done)
    # never more than the window in flight: input is read only as fast as work goes
    assert max(seen_ahead) <= WINDOW_PER_WORKER * 2


def test_dead_worker_is_an_engine_error():
    with make_engine(workers=2) as engine:
        with pytest.raises(EngineError, match="worker process died"):
            list(engine.map(_die, [[1], [2]]))


@pytest.mark.parametrize("kwargs, message", [
    ({"engine": "spark"}, "unknown engine"),
    ({"workers": 0}, "workers must be"),
    ({"workers": True}, "workers must be"),
    ({"scheduler": "tcp://localhost:8786"}, "needs the dask engine"),
])
def test_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        make_engine(**kwargs)


def test_unreachable_scheduler_is_an_engine_error(monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr("kg.pipeline.engines.CONNECT_TIMEOUT", "2s")
    with pytest.raises(EngineError, match="cannot reach the Dask scheduler"):
        make_engine("dask", scheduler="tcp://127.0.0.1:9")
