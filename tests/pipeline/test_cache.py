"""The build cache: keys, round trips, pruning and damaged files."""

import sqlite3

import pytest

import kg.pipeline.cache
from kg.errors import CacheError
from kg.extract import RelationMention
from kg.nlp.mentions import Mention
from kg.pipeline.analyse import ArticleResult, Found
from kg.pipeline.cache import Store, content_key, pipeline_version, types_key


def result(key, title="T", text="Judul\nIsi"):
    a = Mention("a", "GoTo", "ORG", 6, 10, 6, 20, "id", 0, 1)
    b = Mention("a", "Tokopedia", "ORG", 11, 20, 6, 20, "id", 2, 3)
    rel = RelationMention(a, b, "owns", "ownership", 0.8, "a", "id", "GoTo Tokopedia", 6, 20)
    return ArticleResult(0, "a", key, title, True, "d", lang="id", lang_confidence=1.0,
                         segments=[(0, 5, "id"), (6, 10, "id")], mentions=[a, b],
                         relations=[rel], text=text)


def test_content_key_depends_on_every_part_and_the_pipeline(monkeypatch):
    base = content_key("a", "T", "x")
    assert len({base, content_key("b", "T", "x"), content_key("a", "U", "x"),
                content_key("a", "T", "y")}) == 4
    monkeypatch.setattr("kg.pipeline.cache.pipeline_version", lambda: "other")
    assert content_key("a", "T", "x") != base


def test_pipeline_version_is_stable():
    assert pipeline_version() == pipeline_version() and len(pipeline_version()) == 32


def test_results_round_trip_keeps_mention_identity(tmp_path):
    with Store(tmp_path / "c.sqlite") as store:
        store.put_results([result("k1")])
    with Store(tmp_path / "c.sqlite") as store:
        got = store.get_results(["k1", "missing"])
        assert list(got) == ["k1"]
        r = got["k1"]
        assert r.text == "" and store.get_parse("k1") == ("Judul\nIsi", b"")
        assert store.get_parse("missing") == ("", b"")
        assert r.relations[0].source is r.mentions[0]  # speakers are found by identity
        assert r.relations[0].target is r.mentions[1]
        assert r.segments == [(0, 5, "id"), (6, 10, "id")]


def test_put_keeps_the_callers_text(tmp_path):
    r = result("k1")
    with Store(tmp_path / "c.sqlite") as store:
        store.put_results([r])
    assert r.text == "Judul\nIsi"


def test_reparsed_entries_by_types(tmp_path):
    t1, t2 = types_key({(0, 4, "GoTo"): "PERSON"}), types_key({(0, 4, "GoTo"): "GPE"})
    assert t1 != t2 and t1 == types_key({(0, 4, "GoTo"): "PERSON"})
    with Store(tmp_path / "c.sqlite") as store:
        store.put_reparsed([("k1", t1, Found([], [], []))])
        assert store.get_reparsed("k1", t1) == Found([], [], [])
        assert store.get_reparsed("k1", t2) is None


def test_prune_drops_what_the_build_did_not_use(tmp_path):
    path = tmp_path / "c.sqlite"
    t = types_key({(0, 4, "GoTo"): "PERSON"})
    with Store(path) as store:
        store.put_results([result("k1"), result("k2")])
        store.put_reparsed([("k1", t, Found([], [], [])), ("k2", t, Found([], [], []))])
    with Store(path) as store:
        store.get_results(["k1"])
        store.get_reparsed("k1", t)
        assert store.prune() == 2
    with Store(path) as store:
        assert list(store.get_results(["k1", "k2"])) == ["k1"]
        assert store.get_reparsed("k1", t) is not None and store.get_reparsed("k2", t) is None


def test_unreadable_entry_is_a_miss(tmp_path):
    path = tmp_path / "c.sqlite"
    with Store(path) as store:
        store.put_results([result("k1")])
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE results SET result = ? WHERE key = 'k1'", (b"not a pickle",))
    db.close()
    with Store(path) as store:
        assert store.get_results(["k1"]) == {}


def test_damaged_or_unusable_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "c.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CacheError, match="cannot use the cache file"):
        Store(bad)
    with pytest.raises(CacheError):
        Store(tmp_path)  # a folder


def test_older_schema_is_dropped(tmp_path, monkeypatch):
    path = tmp_path / "c.sqlite"
    with Store(path) as store:
        store.put_results([result("k1")])
    monkeypatch.setattr("kg.pipeline.cache.SCHEMA", kg.pipeline.cache.SCHEMA + 1)
    with Store(path) as store:
        assert store.get_results(["k1"]) == {}


def test_prune_keeps_entries_of_files_on_disk_that_were_not_named(tmp_path, monkeypatch):
    kept, gone, read = tmp_path / "kept.txt", tmp_path / "gone.txt", tmp_path / "read.txt"
    for f in (kept, read):
        f.write_text("x", encoding="utf-8")
    path = tmp_path / "c.sqlite"
    with Store(path) as store:
        store.put_results([result("k-kept"), result("k-gone"), result("k-read"),
                           result("k-now")],
                          sources={"k-kept": str(kept), "k-gone": str(gone),
                                   "k-read": str(read), "k-now": str(read)})
    with Store(path) as store:
        # this build read read.txt only, and found a new version of its article
        assert list(store.get_results(["k-now"])) == ["k-now"]
        assert store.prune(read=[str(read)]) == 2
    with Store(path) as store:
        assert sorted(store.get_results(["k-kept", "k-gone", "k-read", "k-now"])) == \
            ["k-kept", "k-now"]
    monkeypatch.setattr("kg.pipeline.cache.pipeline_version", lambda: "a newer pipeline")
    with Store(path) as store:
        assert store.prune() == 2  # entries of an older pipeline are of no more use


def test_a_hit_records_where_its_article_is_now(tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    new.write_text("x", encoding="utf-8")
    path = tmp_path / "c.sqlite"
    with Store(path) as store:
        store.put_results([result("k1")], sources={"k1": str(old)})
    with Store(path) as store:
        store.get_results(["k1"], sources={"k1": str(new)})
    with Store(path) as store:
        assert store.prune() == 0  # old.txt is gone, but the entry now points at new.txt


def test_a_failed_write_is_a_cache_error(tmp_path):
    with Store(tmp_path / "c.sqlite") as store:
        store.db.execute("PRAGMA query_only = ON")  # every write now fails, as on a full disk
        with pytest.raises(CacheError, match="cannot write the cache file .*c.sqlite"):
            store.put_results([result("k1")])
        with pytest.raises(CacheError):
            store.put_reparsed([("k1", "t", Found([], [], []))])
        with pytest.raises(CacheError):
            store.prune()
