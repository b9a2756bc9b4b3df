"""Helpers shared by the relation patterns (kg.extract.base)."""

import spacy
from spacy.tokens import Doc

from kg.extract.base import english_parse


def _parsed(lang):
    vocab = spacy.blank(lang).vocab
    return Doc(vocab, words=["Dia", "pergi"], heads=[1, 1], deps=["nsubj", "ROOT"],
               pos=["PRON", "VERB"])


def test_english_parse_only_for_english_docs():
    # the English patterns read ClearNLP labels (dobj, pobj, nsubjpass); an Indonesian
    # parse has UD labels (obj, obl, nsubj:pass) and must not reach them
    assert english_parse(_parsed("en"))
    assert not english_parse(_parsed("id"))
    assert not english_parse(spacy.blank("en")("No parse here."))
