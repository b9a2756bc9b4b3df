"""Where a sentence may start (kg.nlp.sentences)."""

import spacy

import kg.nlp.sentences  # noqa: F401  registers "kg_sentence_bounds"


def starts(text):
    nlp = spacy.blank("id")
    nlp.add_pipe("kg_sentence_bounds")
    return [(t.text, t.is_sent_start) for t in nlp(text)]


def test_only_sentence_ends_leave_the_choice_to_the_parser():
    found = dict(starts("Harga naik, kata Ani. Dia pulang!"))
    assert found["Harga"] is True
    assert found["kata"] is False and found["Ani"] is False
    assert found["Dia"] is None


def test_line_break_starts_a_sentence():
    found = starts("Judul berita\nIsi berita")
    assert ("Isi", True) in found


def test_closing_quote_after_a_full_stop():
    found = starts('"Kami setuju." Lalu dia pergi.')
    # the closing quote stays with its sentence; the next word may start one
    assert found[4:6] == [('"', False), ("Lalu", None)]


def test_end_marks_together_stay_in_one_sentence():
    found = starts("Benarkah?! Ya.")
    assert found[1:4] == [("?", False), ("!", False), ("Ya", None)]


def test_empty_doc():
    assert starts("") == []
