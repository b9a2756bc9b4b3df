from pipelines.benchmark_aliases import main


def test_main_times_the_tables_and_the_fan_out_is_refused(monkeypatch, capsys):
    monkeypatch.setattr("kg.graph.aliases.MAX_ALIAS_BYTES", 20_000)
    assert main(["--entries", "40"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["aliases.csv", "aliases.yaml", "fan_out.yaml"]
    assert lines[0].endswith("40 entries") and lines[1].endswith("20 entries")
    assert "refused: its YAML anchors expand" in lines[2]
