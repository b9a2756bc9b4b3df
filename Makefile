# Two commands on a fresh machine:
#   make demo   create .venv, install kg, build the bundled sample corpus into outputs/
#               (graph, exports, run report, and the summary report)
#   make test   create .venv if missing, install kg with its test extras (and Debian's chromium
#               for the browser tests, if missing), run ruff's checks, then the whole test suite
# Both install the exact versions pinned in constraints.txt. Also:
#   make lint   ruff's checks (configured in pyproject.toml)
#   make lock   refresh constraints.txt after a change to the dependencies in setup.cfg
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LOCK   := constraints.txt

.PHONY: demo test lint lock install clean train-id train-id-joint evaluate-id

# Training data for the Indonesian model (not shipped; see pipelines/id_ud/README.md)
ID_NER_DATA ?= ../shared/data/id-ner
ID_UD_DATA  ?= ../shared/data/id-ud
ID_BULK     ?= ../shared/corpus/bulk/articles.jsonl.gz
ID_NER      := pipelines/id_ner
ID_UD       := pipelines/id_ud
# epochs of tok2vec pretraining on the bulk corpus's Indonesian articles
PRETRAIN_EPOCHS ?= 4

install: $(STAMP)

$(STAMP): setup.cfg pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e ".[test]"
	touch $(STAMP)

# The lock: every dependency of kg and of its test, dask, train and kb extras, pinned, resolved by
# uv for the interpreter of .venv. Versions already pinned are kept unless setup.cfg rules them out;
# `make lock LOCK_FLAGS=--upgrade` moves everything to the newest allowed versions
# (`LOCK_FLAGS="--upgrade-package NAME"` moves one).
UV_VERSION ?= 0.13.9
LOCK_FLAGS ?=

lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	UV_CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/uv pip compile setup.cfg \
		--extra test --extra dask --extra train --extra kb --python $(BIN)/python --quiet --output-file $(LOCK) $(LOCK_FLAGS)

lint: $(STAMP)
	$(BIN)/ruff check .

demo: $(STAMP)
	$(BIN)/kg build data/samples --out outputs
	$(BIN)/kg report outputs/graph.json

# The browser tests of the graph page drive Debian's Chromium (installed here if missing)
CHROMIUM ?= /usr/bin/chromium
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

$(CHROMIUM):
	@command -v apt-get >/dev/null || { echo "make test: install Chromium at $(CHROMIUM) (or set CHROMIUM=...) for the browser tests"; exit 1; }
	$(SUDO) apt-get install -y -q chromium || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q chromium; }

test: $(STAMP) lint $(CHROMIUM)
	KG_REQUIRE_BROWSER=1 KG_CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest

# Retrain the shipped Indonesian pipeline: the NER, then the UD tagger, lemmatiser and parser
# with floret vectors and a pretrained tok2vec, then both in one model (not run in CI;
# times on 2 CPU cores in pipelines/id_ud/README.md)
train-id: $(STAMP)
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e ".[test,train]"
	$(BIN)/python -m pipelines.id_ner.convert --data $(ID_NER_DATA) --out $(ID_NER)/corpus --nerp lower
	$(BIN)/python -m spacy train $(ID_NER)/config.cfg --output $(ID_NER)/training \
		--paths.train $(ID_NER)/corpus/train-lower.spacy --paths.dev $(ID_NER)/corpus/dev.spacy
	$(BIN)/python -m pipelines.id_ud.convert --data $(ID_UD_DATA) --out $(ID_UD)/corpus
	$(BIN)/python -m pipelines.id_ud.text --bulk $(ID_BULK) --out $(ID_UD)/corpus --vectors $(ID_UD)/vectors
	$(BIN)/python -m spacy pretrain $(ID_UD)/config.cfg $(ID_UD)/pretrain \
		--pretraining.max_epochs $(PRETRAIN_EPOCHS)
	$(BIN)/python -m spacy train $(ID_UD)/config.cfg --output $(ID_UD)/training \
		--paths.init_tok2vec $(ID_UD)/pretrain/model$$(($(PRETRAIN_EPOCHS) - 1)).bin
	$(BIN)/python -m pipelines.id_ud.assemble $(ID_UD)/training/model-best \
		$(ID_NER)/training/model-best kg/nlp/models/id

# Experiment, not shipped (pipelines/id_ud/README.md): the NER on the UD pipeline's tok2vec,
# all five components trained together; needs the corpora and training/ of train-id
train-id-joint: $(STAMP)
	$(BIN)/python -m spacy train $(ID_UD)/joint.cfg --code $(ID_UD)/joint.py \
		--output $(ID_UD)/joint --paths.ud $(ID_UD)/training/model-best

# UPOS, UFeats, lemma, UAS, LAS on GSD and CSUI test; entity P/R/F1 on the idner-news-2k,
# NERGrit and NERP tests; words/s of the whole Indonesian pipeline in 1 and 2 processes
evaluate-id: $(STAMP)
	test -f $(ID_UD)/corpus/gsd-test.spacy || \
		$(BIN)/python -m pipelines.id_ud.convert --data $(ID_UD_DATA) --out $(ID_UD)/corpus
	$(BIN)/python -m pipelines.id_ud.evaluate kg/nlp/models/id --corpus $(ID_UD)/corpus \
		--sents --speed $(ID_BULK)
	$(BIN)/python -m pipelines.evaluate_ner --data $(ID_NER_DATA) --model-only

clean:
	rm -rf $(VENV) outputs build *.egg-info .pytest_cache .ruff_cache
