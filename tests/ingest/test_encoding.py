"""Tests of kg.ingest.encoding: byte-order marks, UTF-8, legacy encodings, line streaming."""

import codecs
import random

import pytest

from kg.errors import ReadError
from kg.ingest.encoding import decode_bytes, iter_lines, normalize_text

EN = ("The minister said the café on Jalan Sudirman would reopen next week. "
      "“We are confident the situation is under control,” she told reporters – adding "
      "that the naïve rumours about a closure were unfounded.")
ID = ("Menteri mengatakan kafe di Jalan Sudirman akan dibuka kembali pekan depan. "
      "“Kami yakin situasinya terkendali,” katanya kepada wartawan – seraya menambahkan "
      "bahwa rumor tentang penutupan itu tidak benar. Résumé acara dirilis Senin.")


@pytest.mark.parametrize("bom, codec, name", [
    (b"", "utf-8", "utf-8"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
])
def test_unicode_encodings_round_trip(bom, codec, name):
    assert decode_bytes(bom + ID.encode(codec)) == (ID, name)


@pytest.mark.parametrize("text", [EN, ID, EN + "\n\n" + ID])
def test_cp1252_paragraphs_decode_as_cp1252(text):
    # charset-normalizer alone says cp1250 for EN ("naď"); kg prefers cp1252.
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_latin1_english_is_not_taken_for_baltic():
    # charset-normalizer's best guess for these bytes is cp775 ("cafķ").
    text = ("The minister said the café on Jalan Sudirman would reopen next week. "
            "The naïve rumours about a closure were unfounded.")
    assert decode_bytes(text.encode("latin-1")) == (text, "cp1252")


def test_cp1252_preference_does_not_override_a_clearly_better_encoding():
    text = "Министр сказал, что кафе на улице Судирман откроется на следующей неделе."
    assert decode_bytes(text.encode("cp1251")) == (text, "cp1251")


@pytest.mark.parametrize("data", [b"caf\xe9", b"caf\x81"])  # charset-normalizer says utf_16_be
def test_tiny_legacy_text_is_never_guessed_as_utf16(data):
    text, encoding = decode_bytes(data)
    assert not encoding.startswith("utf")
    assert len(text) == 4


def test_nul_bytes_without_bom_are_binary():
    with pytest.raises(ReadError, match=r"binary file \(contains NUL bytes\)"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_nul_bytes_with_utf16_bom_are_text():
    assert decode_bytes(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le"))[0] == "ab"


def test_undecodable_noise_is_binary():
    noise = random.Random(0).randbytes(4000).replace(b"\x00", b"\x01")
    with pytest.raises(ReadError, match="binary file"):
        decode_bytes(noise)


def test_broken_utf16_after_bom_is_an_error():
    with pytest.raises(ReadError, match="invalid utf-16-le"):
        decode_bytes(codecs.BOM_UTF16_LE + b"a\x00b")


def test_newlines_and_nfc_are_normalised():
    text, _ = decode_bytes("Jose\u0301\r\nline\rend".encode("utf-8"))
    assert text == "Jos\u00e9\nline\nend"
    assert normalize_text("a\r\n\r\nb") == "a\n\nb"


def test_empty_bytes_decode_to_empty_text():
    assert decode_bytes(b"") == ("", "utf-8")


def test_iter_lines_decodes_each_line_on_its_own(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes("one é\r\n".encode() + (ID + "\n").encode("cp1252") + b"three")
    lines = list(iter_lines(path, max_line=10_000))
    assert [(n.number, n.encoding) for n in lines] == [(1, "utf-8"), (2, "cp1252"), (3, "utf-8")]
    assert [n.text for n in lines] == ["one é\n", ID + "\n", "three"]


def test_iter_lines_utf16_with_bom(tmp_path):
    path = tmp_path / "wide.jsonl"
    path.write_bytes(codecs.BOM_UTF16_BE + "satu\r\ndua\n".encode("utf-16-be"))
    lines = list(iter_lines(path, max_line=100))
    assert [(n.text, n.encoding) for n in lines] == [("satu\n", "utf-16-be"),
                                                     ("dua\n", "utf-16-be")]


def test_iter_lines_skips_an_over_long_line_and_goes_on(tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_bytes(b"short\n" + b"x" * 5000 + b"\nafter\n")
    lines = list(iter_lines(path, max_line=100))
    assert [n.number for n in lines] == [1, 2, 3]
    assert lines[1].text is None and "longer than 100 bytes" in lines[1].error
    assert lines[2].text == "after\n"


def test_iter_lines_rejects_binary_files(tmp_path):
    path = tmp_path / "bin.jsonl"
    path.write_bytes(b"{}\n\x00\x01\x02")
    with pytest.raises(ReadError, match="NUL"):
        list(iter_lines(path, max_line=100))
