import spacy
from spacy.tokens import DocBin

from pipelines.id_ner.convert import harmonise, main, read_sentences, truecase


def test_harmonise_maps_drops_and_repairs():
    assert harmonise(["B-PERSON", "I-PERSON", "B-ORGANISATION", "B-PLACE"]) == [
        "B-PER", "I-PER", "B-ORG", "B-LOC"]
    assert harmonise(["B-EVT", "I-EVT", "B-FNB", "O"]) == ["O", "O", "O", "O"]
    # orphan I- (as in NERP) starts an entity; I- after another type too
    assert harmonise(["O", "I-PPL", "I-PPL", "I-PLC"]) == ["O", "B-PER", "I-PER", "B-LOC"]


def test_truecase_only_entities_and_first_token():
    words = ["menurut", "teten", "masduki", ",", "harga", "di", "pasar", "naik"]
    tags = ["O", "B-PER", "I-PER", "O", "O", "O", "O", "O"]
    assert truecase(words, tags) == ["Menurut", "Teten", "Masduki", ",", "harga", "di", "pasar",
                                     "naik"]


def write(path, rows, sep):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(sep.join(r) if r else "" for r in rows) + "\n", encoding="utf-8")


def test_read_sentences_splits_on_blank_lines(tmp_path):
    write(tmp_path / "a.txt", [("Budi", "PROPN", "B-PER"), ("pergi", "VERB", "O"), (),
                                ("Ke", "ADP", "O")], " ")
    assert list(read_sentences(tmp_path / "a.txt", " ")) == [
        (["Budi", "pergi"], ["B-PER", "O"]), (["Ke"], ["O"])]


def test_main_writes_docbins(tmp_path, capsys):
    data = tmp_path / "data"
    idner = [("Budi", "PROPN", "B-PER"), ("ke", "ADP", "O"), ("Bandung", "PROPN", "B-LOC")]
    for split in ("train", "dev", "test"):
        write(data / "idner-news-2k" / f"{split}.txt", idner, " ")
    grit = [("PT", "B-ORGANISATION"), ("Maju", "I-ORGANISATION"), ("tumbuh", "O")]
    nerp = [("kata", "O"), ("siti", "B-PPL"), ("di", "O"), ("lebaran", "B-EVT")]
    for split in ("train", "valid", "test"):
        write(data / "nergrit" / f"{split}_preprocess.txt", grit, "\t")
        write(data / "nerp" / f"{split}_preprocess.txt", nerp, "\t")
    out = tmp_path / "out"
    assert main(["--data", str(data), "--out", str(out), "--nerp", "truecase"]) == 0
    vocab = spacy.blank("xx").vocab
    train = list(DocBin().from_disk(out / "train-truecase.spacy").get_docs(vocab))
    assert len(train) == 3
    ents = sorted((e.text, e.label_) for d in train for e in d.ents)
    assert ents == [("Bandung", "LOC"), ("Budi", "PER"), ("PT Maju", "ORG"), ("Siti", "PER")]
    assert "Kata siti" not in " ".join(d.text for d in train)
    assert (out / "dev.spacy").is_file() and (out / "test-nergrit.spacy").is_file()
