"""Tests of kg.ingest.readers: every format, every encoding, every kind of bad input."""

import codecs
import json
import os

import pytest

import kg.ingest.readers
from kg.ingest.readers import iter_articles, read_file

BODY = ("Menteri mengatakan kafe di Jalan Sudirman akan dibuka kembali pekan depan. "
        "“Kami yakin situasinya terkendali,” katanya – seraya menambahkan bahwa rumor "
        "tentang penutupan itu tidak benar. Résumé acara dirilis Senin.")
ENCODINGS = {  # name: (bytes prefix, codec, encoding reported)
    "utf-8": (b"", "utf-8", "utf-8"),
    "utf-8-bom": (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    "utf-16-le": (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    "utf-16-be": (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    "cp1252": (b"", "cp1252", "cp1252"),
}


def write(path, text, encoding="utf-8", newline="\n"):
    bom, codec, _ = ENCODINGS[encoding]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bom + text.replace("\n", newline).encode(codec))
    return path


def one(path, **kwargs):
    articles = read_file(path, **kwargs)
    assert len(articles) == 1, articles
    return articles[0]


# --- .txt and .md ---------------------------------------------------------------

@pytest.mark.parametrize("encoding", ENCODINGS)
def test_txt_in_every_encoding(tmp_path, encoding):
    path = write(tmp_path / "berita.txt", f"\n  Kafé dibuka “lagi”  \n\n{BODY}\n\nParagraf dua.\n",
                 encoding, newline="\r\n")
    a = one(path)
    assert (a.id, a.status, a.path) == ("berita", "ok", str(path))
    assert a.title == "Kafé dibuka “lagi”"
    assert a.text == BODY + "\n\nParagraf dua."
    assert a.encoding == ENCODINGS[encoding][2]


def test_md_title_loses_heading_marks(tmp_path):
    a = one(write(tmp_path / "a.md", "## Banjir di Jakarta ##\n\nHujan deras **semalam**.\n"))
    assert (a.title, a.text) == ("Banjir di Jakarta", "Hujan deras **semalam**.")


def test_md_setext_title(tmp_path):
    a = one(write(tmp_path / "a.md", "Banjir di Jakarta\n=================\nHujan deras.\n"))
    assert (a.title, a.text) == ("Banjir di Jakarta", "Hujan deras.")


def test_txt_keeps_leading_hash(tmp_path):
    assert one(write(tmp_path / "a.txt", "# not markdown\nbody")).title == "# not markdown"


# --- .html ------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Site | Berita</title>
<style>.x { color: red }</style><script>var secret = "SCRIPT";</script></head>
<body><nav><a href="/">NAVMENU</a></nav><header>Masthead</header>
<article><h1>Gempa   di <b>Sulawesi</b></h1>
<p>Paragraf   pertama
   berlanjut di sini.</p>
<p>Paragraf&nbsp;kedua<br>baris kedua.</p>
<ul><li>satu</li><li>dua</li></ul>
<noscript>NOSCRIPT</noscript><aside>ASIDE</aside><form><button>BUTTON</button></form>
<!-- COMMENT --><script>track("SCRIPT2")</script></article>
<footer>FOOTER</footer></body></html>"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "cp1252"])
def test_html_visible_text(tmp_path, encoding):
    page = PAGE.replace("&nbsp;kedua", "&nbsp;kedua – “é”")
    a = one(write(tmp_path / "gempa.html", page, encoding))
    assert a.title == "Gempa di Sulawesi"
    assert a.text == ("Masthead\n\nParagraf pertama berlanjut di sini.\n\n"
                      "Paragraf kedua – “é”\nbaris kedua.\n\nsatu\ndua")
    for hidden in ("SCRIPT", "NAVMENU", "NOSCRIPT", "ASIDE", "BUTTON", "COMMENT", "FOOTER",
                   "color", "Site", "Gempa"):
        assert hidden not in a.text


def test_html_title_falls_back_to_title_element(tmp_path):
    a = one(write(tmp_path / "a.htm", "<title> Judul  Halaman </title><div>Isi.</div>"))
    assert (a.title, a.text) == ("Judul Halaman", "Isi.")


def test_html_without_visible_text_is_an_error(tmp_path):
    a = one(write(tmp_path / "a.html", "<script>x()</script><nav>menu</nav>"))
    assert (a.status, a.error) == ("error", "no visible text in HTML")


# --- .jsonl -----------------------------------------------------------------------

def jsonl(*rows):
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in rows)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_jsonl_rows_in_every_encoding(tmp_path, encoding):
    text = jsonl({"id": "a1", "title": "Satu", "text": BODY, "url": "http://x/1",
                  "published": "2024-05-01", "lang": "id"},
                 "", {"title": "Dua", "text": "Isi\r\ndua."})
    path = write(tmp_path / "feed.jsonl", text, encoding)
    first, second = read_file(path)
    assert (first.id, first.title, first.text, first.url, first.published, first.lang_hint) == \
        ("a1", "Satu", BODY, "http://x/1", "2024-05-01", "id")
    assert first.path == f"{path}:1"
    assert (second.id, second.path, second.text) == ("feed-3", f"{path}:3", "Isi\ndua.")
    expected = ENCODINGS[encoding][2]
    assert first.encoding == expected  # rows are decoded one by one: an ASCII row is utf-8
    assert second.encoding == ("utf-8" if encoding == "cp1252" else expected)


def test_jsonl_malformed_line_does_not_stop_the_file(tmp_path):
    path = write(tmp_path / "f.jsonl", jsonl({"id": "a", "text": "satu"},
                                             '{"id": "b" "text": "dua"}',
                                             {"id": "c", "text": "tiga"}))
    a, b, c = read_file(path)
    assert (a.id, a.status, c.id, c.status) == ("a", "ok", "c", "ok")
    assert (b.id, b.status, b.path) == ("f-2", "error", f"{path}:2")
    assert b.error == "line 2: malformed JSON: expecting ',' delimiter at column 12"


@pytest.mark.parametrize("line, reason", [
    ('{"id": "a", "text": "tab\there"}', "invalid control character at column 25"),
    ('{"id": "a", "text": }', "expecting value at column 21"),
    ('{"id": "a"} {"id": "b"}', "extra data at column 13"),
])
def test_jsonl_reason_reads_as_a_sentence(tmp_path, line, reason):
    (row,) = read_file(write(tmp_path / "f.jsonl", line + "\n"))
    assert row.error == f"line 1: malformed JSON: {reason}"


@pytest.mark.parametrize("row, error", [
    ({"id": "x", "title": "t"}, "line 1: missing 'text'"),
    ({"id": "x", "text": 42}, "line 1: 'text' is not a string (got int)"),
    (["text"], "line 1: expected a JSON object, got list"),
])
def test_jsonl_bad_rows(tmp_path, row, error):
    a = one(write(tmp_path / "f.jsonl", jsonl(row)))
    assert (a.id, a.status, a.error) == ("f-1", "error", error)


def test_jsonl_numeric_id_becomes_text(tmp_path):
    assert one(write(tmp_path / "f.jsonl", jsonl({"id": 7, "text": "x"}))).id == "7"


def test_jsonl_size_limit_is_per_row(tmp_path):
    small, big = "a" * 400, "b" * 1_500
    path = write(tmp_path / "f.jsonl", jsonl({"text": small}, {"text": big}, {"text": small}))
    assert path.stat().st_size > 2000  # the file is over the limit, its rows mostly not
    a, b, c = read_file(path, max_bytes=1000)
    assert (a.status, c.status, c.text) == ("ok", "ok", small)
    assert b.status == "error"
    assert b.error == ("line 2: text too large: 1,500 bytes > limit 1,000 bytes "
                       "(raise it with --max-bytes)")


def test_jsonl_huge_line_is_skipped_unread(tmp_path):
    path = write(tmp_path / "f.jsonl", jsonl({"text": "x" * 5000}, {"text": "ok"}))
    a, b = read_file(path, max_bytes=1000)
    assert a.status == "error" and "longer than" in a.error
    assert (b.status, b.text) == ("ok", "ok")


def test_jsonl_of_blank_lines_is_empty(tmp_path):
    a = one(write(tmp_path / "f.jsonl", "\n\n  \n"))
    assert (a.id, a.status, a.error) == ("f", "error", "file is empty")


# --- .csv -------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ENCODINGS)
def test_csv_rows_in_every_encoding(tmp_path, encoding):
    text = ('ID, Title ,text,url,published,lang\n'
            f'a1,Satu,"{BODY}",http://x/1,2024-05-01,id\n'
            '\n'
            ',Dua,"Baris satu\nbaris ""dua"""\n'
            'a4,Empat,empat,,,\n')
    path = write(tmp_path / "feed.csv", text, encoding, newline="\r\n")
    a, b, c = read_file(path)
    assert (a.id, a.title, a.text, a.url, a.published, a.lang_hint, a.path) == \
        ("a1", "Satu", BODY, "http://x/1", "2024-05-01", "id", f"{path}:2")
    assert (b.id, b.text, b.path, b.url) == ("feed-4", 'Baris satu\nbaris "dua"', f"{path}:4", None)
    assert (c.id, c.path) == ("a4", f"{path}:6")
    assert a.encoding == ENCODINGS[encoding][2]


def test_csv_row_missing_text_is_an_error(tmp_path):
    a, b = read_file(write(tmp_path / "f.csv", "id,title,text\nx,Judul\ny,T,isi\n"))
    assert (a.id, a.status, a.error) == ("f-2", "error", "row 2: missing 'text'")
    assert (b.id, b.status) == ("y", "ok")


def test_csv_without_text_column(tmp_path):
    a = one(write(tmp_path / "f.csv", "id,body\nx,isi\n"))
    assert (a.status, a.error) == ("error",
                                   "no 'text' column in the CSV header (columns: id, body)")


def test_csv_with_header_only(tmp_path):
    assert one(write(tmp_path / "f.csv", "id,text\n")).error == "no rows after the CSV header"


def test_csv_size_limit_is_per_row(tmp_path):
    a, b = read_file(write(tmp_path / "f.csv", f"text\n{'a' * 2000}\nkecil\n"), max_bytes=1000)
    assert a.status == "error" and a.error.startswith("row 2: text too large")
    assert (b.status, b.text) == ("ok", "kecil")


# --- bad input --------------------------------------------------------------------

def test_missing_file(tmp_path):
    a = one(tmp_path / "nope.txt")
    assert (a.id, a.status, a.error, a.path) == ("nope", "error", "file not found",
                                                 str(tmp_path / "nope.txt"))


def test_dangling_symlink(tmp_path):
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    a = one(tmp_path / "link.txt")
    assert (a.id, a.status, a.error) == ("link", "error",
                                         "dangling symlink (target does not exist)")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", "x")
    path.chmod(0)
    assert one(path).error == "permission denied"


def test_permission_denied_on_open(tmp_path, monkeypatch):
    path = write(tmp_path / "secret.txt", "Judul\nisi")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(kg.ingest.readers, "open", deny, raising=False)
    a = one(path)
    assert (a.id, a.status, a.error) == ("secret", "error", "permission denied")


def test_binary_file(tmp_path):
    path = tmp_path / "logo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert one(path).error == "binary file (contains NUL bytes)"


@pytest.mark.parametrize("content", [b"", b"  \r\n\t\n", codecs.BOM_UTF8 + b"\n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "kosong.md"
    path.write_bytes(content)
    a = one(path)
    assert (a.id, a.status, a.error) == ("kosong", "error", "file is empty")


def test_large_file_is_rejected_by_size_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: no disk used

    def must_not_open(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(kg.ingest.readers, "open", must_not_open, raising=False)
    a = one(path)
    assert (a.id, a.status) == ("big", "error")
    assert a.error == "file too large: 52.4 MB > limit 10.0 MB (raise it with --max-bytes)"


def test_max_bytes_can_be_raised(tmp_path):
    path = write(tmp_path / "a.txt", "Judul\n" + "x" * 2000)
    assert one(path, max_bytes=1000).status == "error"
    assert one(path, max_bytes=3000).status == "ok"


@pytest.mark.parametrize("name, error", [
    ("report.pdf", "unsupported file type '.pdf'"),
    ("README", "unsupported file type (no extension)"),
])
def test_unsupported_file_named_directly(tmp_path, name, error):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4")
    assert (one(path).status, one(path).error) == ("error", error)


def test_folder_given_to_read_file(tmp_path):
    assert one(tmp_path).status == "error"


def test_unexpected_failure_becomes_an_error_record(tmp_path, monkeypatch):
    def boom(html):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(kg.ingest.readers, "html_to_text", boom)
    a = one(write(tmp_path / "a.html", "<p>x</p>"))
    assert (a.status, a.error) == ("error", "unexpected RuntimeError: parser exploded")


# --- iter_articles ----------------------------------------------------------------

def test_folder_walk_order_and_hidden_files(tmp_path):
    for rel in ["b.txt", "a/z.md", "a/b/c.txt", "c.html", ".hidden.txt", ".git/x.txt",
                "a/.cache/y.txt", "notes.pdf"]:
        write(tmp_path / rel, "Judul\n<p>isi</p>")
    paths = [a.path for a in iter_articles([tmp_path])]
    assert paths == [str(tmp_path / rel) for rel in
                     ["a/b/c.txt", "a/z.md", "b.txt", "c.html", "notes.pdf"]]


def test_hidden_file_named_directly_is_read(tmp_path):
    path = write(tmp_path / ".draft.txt", "Judul\nisi")
    assert [a.status for a in iter_articles([path])] == ["ok"]


def test_unsupported_file_in_folder_is_an_error_record(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    [a] = iter_articles([tmp_path])
    assert (a.id, a.status, a.error) == ("scan", "error", "unsupported file type '.pdf'")


def test_ids_are_unique(tmp_path):
    write(tmp_path / "x" / "berita.txt", "A\nsatu")
    write(tmp_path / "y" / "berita.md", "B\ndua")
    write(tmp_path / "z.jsonl", jsonl({"id": "berita", "text": "tiga"},
                                      {"id": "berita-2", "text": "4"}))
    articles = list(iter_articles([tmp_path / "x", tmp_path / "y", tmp_path / "z.jsonl"]))
    assert [a.id for a in articles] == ["berita", "berita-2", "berita-3", "berita-2-2"]
    assert articles[1].extra["original_id"] == "berita"
    assert "original_id" not in articles[0].extra


def test_ids_are_unique_across_error_records(tmp_path):
    ids = [a.id for a in iter_articles([tmp_path / "a.txt", tmp_path / "a.txt"])]
    assert ids == ["a", "a-2"]


def test_every_input_yields_a_record_and_nothing_raises(tmp_path):
    write(tmp_path / "ok.txt", "Judul\nisi")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.md").write_bytes(b"\x00\x01")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere")
    write(tmp_path / "rows.jsonl", jsonl({"text": "a"}, "{bad", {"text": "b"}))
    (tmp_path / "loop").symlink_to(tmp_path)  # a folder symlink loop must not hang
    articles = list(iter_articles([tmp_path, tmp_path / "missing.csv"]))
    assert [(a.id, a.status) for a in articles] == [
        ("bin", "error"), ("dangling", "error"), ("empty", "error"), ("ok", "ok"),
        ("rows-1", "ok"), ("rows-2", "error"), ("rows-3", "ok"), ("missing", "error")]
    assert all(a.error for a in articles if a.status == "error")


def test_iter_articles_accepts_one_path_and_is_lazy(tmp_path):
    write(tmp_path / "a.txt", "Judul\nisi")
    articles = iter_articles(str(tmp_path))
    assert iter(articles) is articles
    assert [a.id for a in articles] == ["a"]
