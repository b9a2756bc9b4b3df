"""Smoke test of ``pipelines/benchmark_export.py`` on tiny graphs (each writer in a process)."""

from pipelines.benchmark_export import main


def test_main_prints_the_table(capsys):
    assert main(["--relations", "40", "--old-relations", "20", "--seed", "1"]) == 0
    out = capsys.readouterr().out
    for expected in ("machine:", "memory: ru_maxrss", "graph RSS", "writer RSS",
                     "Turtle / GraphML time at 20 relations:",
                     "Turtle via rdflib / streamed Turtle time at 20 relations:",
                     "Turtle / GraphML time at 40 relations:",
                     "target: Turtle within 3x GraphML's time at 40 relations:"):
        assert expected in out, expected
    rows = [line.split() for line in out.splitlines() if line.split()[:1] in (["20"], ["40"])]
    assert [(row[0], " ".join(row[3:-9])) for row in rows] == [
        ("20", "graphml"), ("20", "turtle"), ("20", "turtle via rdflib"),
        ("40", "graphml"), ("40", "turtle")]
    assert "failed" not in out
