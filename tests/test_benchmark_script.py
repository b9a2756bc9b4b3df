"""Smoke test of ``pipelines/benchmark.py`` on a tiny corpus (no subprocess builds)."""

from pipelines.benchmark import main, make_articles, sample_pools


def test_synthetic_articles_are_seeded_bilingual_and_distinct():
    pools = sample_pools()
    first, again = make_articles(12, pools, seed=3), make_articles(12, pools, seed=3)
    assert first == again
    assert [lang for _, lang, _ in first].count("en") == 6
    texts = [text for _, _, text in first]
    assert len(set(texts)) == len(texts)
    for _, _, text in first:
        title, blank, *body = text.split("\n")
        assert title and blank == "" and 3 <= len([p for p in body if p.strip()]) <= 9


def test_main_prints_the_table(tmp_path, capsys):
    assert main(["--articles", "6", "--seed", "1", "--no-cli", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for expected in ("machine:", "raw nlp.pipe, the same work in 2 processes at once",
                     "  en: 3 articles (kg detects 3)", "  id: 3 articles (kg detects 3)",
                     "measure", "raw nlp.pipe", "kg.pipeline.driver.build() in process",
                     "kg build --workers 2", "build() again after adding 1 article",
                     "build() stages", "targets of the scaling issue",
                     "build <= 1.25x raw nlp.pipe"):
        assert expected in out, expected
    assert "reused 6, processed 1" in out  # the rebuild used the cache of the first build
    # the added article is removed again: the corpus holds exactly N articles
    assert len(list((tmp_path / "corpus").glob("*.txt"))) == 6
