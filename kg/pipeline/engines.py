"""Where a build's per-article work runs: this process, N local processes, or Dask.

An engine maps a function over batches of work and yields the results as
they finish, in any order, with a bounded number of batches in flight, so
that a build reads its input only as fast as the work goes. The build puts
results back in input order itself (:func:`kg.pipeline.driver.build`).

- ``local`` with one worker: in this process, batch after batch;
- ``local`` with N workers: a pool of N processes (forked on Linux, so
  models already loaded here are shared);
- ``dask``: an existing Dask cluster (``scheduler="tcp://host:8786"``), or
  a local one of N single-threaded worker processes started for the build.
  Every worker needs kg installed, with the same version.

Examples
--------
>>> with make_engine() as engine:
...     sorted(engine.map(sum, [[1, 2], [3, 4]]))
[3, 7]
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import logging
import multiprocessing
import signal
import threading

from kg.errors import EngineError

ENGINES = ("local", "dask")

#: How long to try reaching a Dask scheduler.
CONNECT_TIMEOUT = "20s"

#: Batches in flight per worker.
WINDOW_PER_WORKER = 2


def make_engine(engine: str = "local", *, workers: int = 1, scheduler: str | None = None):
    """Return an engine (a context manager with ``map(func, batches)``).

    Parameters
    ----------
    engine : {"local", "dask"}
    workers : int
        Worker processes (``local``), or worker processes of the local Dask
        cluster started when no ``scheduler`` is given.
    scheduler : str, optional
        Address of a running Dask scheduler (``dask`` only).

    Raises
    ------
    ValueError
        For an unknown engine, ``workers`` below 1, or a scheduler without Dask.
    kg.errors.EngineError
        If Dask is not installed or the scheduler cannot be reached.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a whole number of 1 or more, not {workers!r}")
    if scheduler is not None and engine != "dask":
        raise ValueError("a scheduler address needs the dask engine")
    if engine == "dask":
        return DaskEngine(workers=workers, scheduler=scheduler)
    return InProcess() if workers == 1 else ProcessPool(workers)


class InProcess:
    """Runs the work here, one batch after the other."""

    name, workers = "local", 1

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def map(self, func, batches):
        """Yield ``func(batch)`` for each batch, in order."""
        for batch in batches:
            yield func(batch)


def _bounded(submit, wait, func, batches, window):
    """Submit ``func(batch)`` keeping at most ``window`` in flight; yield results as done."""
    pending = set()
    for batch in batches:
        pending.add(submit(func, batch))
        if len(pending) >= window:
            done, pending = wait(pending)
            for future in done:
                yield future.result()
    while pending:
        done, pending = wait(pending)
        for future in done:
            yield future.result()


class ProcessPool:
    """Runs the work in ``workers`` local processes."""

    name = "local"

    def __init__(self, workers: int):
        self.workers = workers
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                           initializer=_ignore_sigint)

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is not None:  # Ctrl-C or a failure: the batches under way are of no use
            self.terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)

    def terminate(self) -> None:
        """End the worker processes now, without waiting for their batches."""
        if hasattr(self.pool, "terminate_workers"):  # Python 3.14
            self.pool.terminate_workers()
            return
        for process in list((getattr(self.pool, "_processes", None) or {}).values()):
            process.terminate()

    def map(self, func, batches):
        """Yield ``func(batch)`` for each batch, as the processes finish them."""
        def wait(pending):
            return cf.wait(pending, return_when=cf.FIRST_COMPLETED)
        try:
            yield from _bounded(self.pool.submit, wait, func, batches,
                                WINDOW_PER_WORKER * self.workers)
        except cf.process.BrokenProcessPool as exc:
            raise EngineError(f"a worker process died ({exc}); out of memory? What was "
                              "done is cached: run the build again") from exc


def _ignore_sigint():
    """In a worker: leave Ctrl-C to the main process, which ends the workers itself.

    A terminal sends SIGINT to every process of the command; without this,
    each worker would print a traceback of its own.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def _sigint_ignored():
    """Ignore Ctrl-C (SIGINT) while processes that should inherit that are started."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class DaskEngine:
    """Runs the work on a Dask cluster: the one at ``scheduler``, or a local one."""

    name = "dask"

    def __init__(self, *, workers: int = 1, scheduler: str | None = None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise EngineError("the dask engine needs Dask: pip install 'kg[dask]' "
                              "(or dask[distributed])") from exc
        self.cluster = None
        try:
            if scheduler is None:
                with _sigint_ignored():  # the workers inherit it: Ctrl-C is for this process
                    self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                                                processes=True, dashboard_address=None,
                                                silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
            else:
                self.client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            if self.cluster is not None:
                self.cluster.close()
            raise EngineError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
        info = self.client.scheduler_info()
        self.workers = max(1, sum(w.get("nthreads", 1) for w in info.get("workers", {}).values()))

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is not None:
            # Ctrl-C or a failure: the cluster's workers are stopped in the middle of a
            # batch, which Dask logs as warnings and errors; they are expected here
            logging.getLogger("distributed").setLevel(logging.CRITICAL)
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def map(self, func, batches):
        """Yield ``func(batch)`` for each batch, as the cluster finishes them."""
        from dask.distributed import wait as dask_wait

        def submit(f, batch):
            return self.client.submit(f, batch, pure=False)

        def wait(pending):
            done, rest = dask_wait(list(pending), return_when="FIRST_COMPLETED")
            return set(done), set(rest)

        yield from _bounded(submit, wait, func, batches, WINDOW_PER_WORKER * self.workers)
