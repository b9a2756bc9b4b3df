"""Smoke test of ``pipelines/long_paragraph.py`` on a short paragraph (one cold build)."""

from pipelines.long_paragraph import main, make_paragraph


def test_paragraphs_are_seeded_single_lines_with_names():
    for lang, name in (("en", "Tokopedia"), ("id", "Kementerian Perdagangan")):
        para = make_paragraph(lang, 20_000, seed=2)
        assert len(para) == 20_000 and "\n" not in para and name in para
        assert para == make_paragraph(lang, 20_000, seed=2) != make_paragraph(lang, 20_000)


def test_main_prints_a_row_per_build(tmp_path, capsys):
    assert main(["--sizes", "3000", "--langs", "en", "--limits", "1000",
                 "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "peak MB" in out and "route_paragraphs" in out
    row = next(line for line in out.splitlines() if line.startswith("en "))
    assert row.split()[:5] == ["en", "3000", str((tmp_path / "en_3000.txt").stat().st_size),
                               "1000", "ok"]
