"""The Indonesian UD training scripts: conversion, scoring, unlabelled text, assembly."""

import doctest
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from pipelines.id_ud import convert, evaluate, joint, text
from pipelines.id_ud.convert import POOL, TESTS
from pipelines.id_ud.evaluate import score, universal

SHARED_UD = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "id-ud"


def conllu(sentences):
    """CoNLL-U text of ``(word, upos, head, deprel)`` rows, sentence by sentence."""
    blocks = []
    for n, rows in enumerate(sentences):
        lines = [f"# sent_id = s{n}"]
        for i, (word, upos, head, dep) in enumerate(rows, 1):
            lines.append(f"{i}\t{word}\t{word.lower()}\t{upos}\t_\t_\t{head}\t{dep}\t_\t_")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


SENT = [("Budi", "PROPN", 2, "nsubj"), ("membaca", "VERB", 0, "root"), ("buku", "NOUN", 2, "obj")]


@pytest.mark.parametrize("module", [convert, evaluate, joint, text])
def test_doctests(module):
    assert doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed == 0


def test_convert_holds_out_every_tenth_sentence(tmp_path):
    data = tmp_path / "ud"
    data.mkdir()
    for stem in POOL + tuple(TESTS.values()):
        (data / f"{stem}.conllu").write_text(conllu([SENT] * 20), encoding="utf-8")
    counts = convert.convert(data, tmp_path / "out")
    assert counts["train"] == 3 * 18 and counts["select"] == 3 * 2
    vocab = spacy.blank("id").vocab
    train = list(DocBin().from_disk(tmp_path / "out" / "train.spacy").get_docs(vocab))
    # ten sentences to a doc, so the parser sees sentence ends
    assert len(train) == 6 and len(list(train[0].sents)) == 10
    test = list(DocBin().from_disk(tmp_path / "out" / "gsd-test.spacy").get_docs(vocab))
    assert [(t.text, t.dep_, t.head.text) for t in test[0]] == [
        ("Budi", "nsubj", "membaca"), ("membaca", "ROOT", "membaca"), ("buku", "obj", "membaca")]


def test_score_counts_every_word_and_universal_labels():
    vocab = spacy.blank("id").vocab
    words = ["Budi", "membaca", "buku", "."]
    gold = Doc(vocab, words=words, pos=["PROPN", "VERB", "NOUN", "PUNCT"], heads=[1, 1, 1, 1],
               deps=["nsubj", "ROOT", "obj", "punct"])
    pred = Doc(vocab, words=words, pos=["NOUN", "VERB", "NOUN", "PUNCT"], heads=[1, 1, 1, 2],
               deps=["nsubj:pass", "ROOT", "obj", "punct"])
    s = score([pred], [gold])
    # punctuation counts (CoNLL 2018); the subtype after ":" does not
    assert (s["upos"], s["uas"], s["las"]) == (0.75, 0.75, 0.75)
    assert universal("obl:agent") == "obl"
    with pytest.raises(ValueError):
        score([Doc(vocab, words=["x"])], [gold])


@pytest.mark.skipif(not SHARED_UD.exists(), reason="../shared data not available")
def test_real_treebanks_convert(tmp_path):
    counts = convert.convert(SHARED_UD, tmp_path)
    assert counts == {"train": 1995, "select": 220, "gsd-test": 557, "csui-test": 374}


def test_config_loads_the_pretrained_tok2vec():
    # spaCy applies [initialize] init_tok2vec only through the [pretraining] block; without
    # it the pretrained weights are silently ignored
    from thinc.api import Config

    root = Path(__file__).resolve().parents[2]
    cfg = Config().from_disk(root / "pipelines" / "id_ud" / "config.cfg", interpolate=False)
    assert cfg["pretraining"]["component"] == "tok2vec"
    assert cfg["initialize"]["init_tok2vec"] == "${paths.init_tok2vec}"
    assert cfg["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"] is True
    assert cfg["paths"]["vectors"] == "pipelines/id_ud/vectors"
    names = ("morphologizer", "trainable_lemmatizer", "parser")
    assert all(cfg["components"][n]["model"]["tok2vec"]["upstream"] == "*" for n in names)


def test_assemble_adds_the_ner_with_its_own_tok2vec(tmp_path):
    from spacy.training import Example

    from pipelines.id_ud.assemble import assemble

    ud = spacy.blank("id")
    ud.add_pipe("tok2vec")
    ud.add_pipe("morphologizer")
    doc = Doc(ud.vocab, words=["Budi", "pergi"], pos=["PROPN", "VERB"])
    ud.initialize(lambda: [Example(ud.make_doc("Budi pergi"), doc)])
    ud.to_disk(tmp_path / "ud")
    ner = spacy.blank("id")
    ner.add_pipe("tok2vec")
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"}
    ner.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
        "extra_state_tokens": False, "hidden_width": 16, "maxout_pieces": 2, "use_upper": True,
        "tok2vec": listener}})
    gold = Doc(ner.vocab, words=["Budi", "pergi"], ents=["B-PER", "O"])
    ner.initialize(lambda: [Example(ner.make_doc("Budi pergi"), gold)])
    ner.to_disk(tmp_path / "ner")
    assemble(tmp_path / "ud", tmp_path / "ner", tmp_path / "out")
    nlp = spacy.load(tmp_path / "out")
    assert nlp.pipe_names == ["tok2vec", "morphologizer", "ner"]
    # the NER no longer listens to the UD tok2vec: it holds its own
    assert "tok2vec" not in nlp.get_pipe("tok2vec").listening_components
    assert nlp.meta["name"] == "kg_id"
    assert {s["license"] for s in nlp.meta["sources"]} >= {"CC BY-SA 4.0", "CC BY-SA 3.0"}
    assert len(nlp("Budi pergi")) == 2


def test_joint_reader_repeats_the_ud_file(tmp_path):
    from pipelines.id_ud.joint import create_ud_and_ner_corpus

    nlp = spacy.blank("id")
    ud = Doc(nlp.vocab, words=["Budi", "membaca"], heads=[1, 1], deps=["nsubj", "ROOT"])
    ner = Doc(nlp.vocab, words=["Budi", "pergi"], ents=["B-PER", "O"])
    DocBin(docs=[ud]).to_disk(tmp_path / "ud.spacy")
    DocBin(docs=[ner]).to_disk(tmp_path / "ner.spacy")
    read = create_ud_and_ner_corpus(str(tmp_path / "ud.spacy"), str(tmp_path / "ner.spacy"),
                                    ud_repeats=3)
    texts = [eg.reference.text.strip() for eg in read(nlp)]
    assert texts == ["Budi membaca"] * 3 + ["Budi pergi"]


def test_lemmatizer_labels_survive_loading_for_further_training(tmp_path):
    from spacy.training import Example

    from pipelines.id_ud.joint import create_lemmatizer_labels

    nlp = spacy.blank("id")
    nlp.add_pipe("trainable_lemmatizer", config={"min_tree_freq": 1})
    gold = Doc(nlp.vocab, words=["membaca", "buku"], lemmas=["baca", "buku"])
    nlp.initialize(lambda: [Example(nlp.make_doc("membaca buku"), gold)])
    trained = dict(nlp.get_pipe("trainable_lemmatizer").tree2label)
    assert len(trained) == 2
    nlp.to_disk(tmp_path / "m")
    loaded = spacy.load(tmp_path / "m")
    lemmatizer = loaded.get_pipe("trainable_lemmatizer")
    # spaCy 3.8 does not rebuild the map on load: every tree would train as label 0
    assert lemmatizer.tree2label == {}
    create_lemmatizer_labels()(loaded, {"step": 0, "epoch": 0})
    assert lemmatizer.tree2label == trained
