"""Matcher patterns of the entity rules that both languages share (data only).

Stock tickers ("GOTO.JK") and the number-and-year tails of regulations ("No.
31 of 2023", "Nomor 31 Tahun 2023", "31/2023"), which :mod:`kg.lang.en.rules`
and :mod:`kg.lang.id.rules` put after their regulation types.  The tails cover
both tokenizers: the English one keeps ``"31/2023"``, ``"No.11/2020"`` and
``"GOTO.JK"`` as one token and splits ``"No. 31"`` into ``"No"`` ``"."``
``"31"``; the Indonesian one splits ``"31/2023"`` into ``"31"`` ``"/"``
``"2023"`` but keeps ``"No."`` and ``"No.11"``.

Examples
--------
>>> import spacy
>>> from spacy.matcher import Matcher
>>> nlp = spacy.blank("id")
>>> m = Matcher(nlp.vocab)
>>> m.add("TAIL", LAW_NUMBER_TAILS, greedy="LONGEST")
>>> m.add("TICKER", TICKER_PATTERNS)
>>> doc = nlp("Nomor 31 Tahun 2023, 80/2019 dan GOTO.JK")
>>> [doc[s:e].text for _, s, e in sorted(m(doc), key=lambda x: x[1])]
['Nomor 31 Tahun 2023', '80/2019', 'GOTO.JK']
"""

# --------------------------------------------------------------------------
# Tickers
# --------------------------------------------------------------------------

#: Exchange suffixes of stock tickers: .JK Indonesia (IDX), .HK Hong Kong,
#: .SI Singapore, .KL Kuala Lumpur, .BK Bangkok, .SS Shanghai, .SZ Shenzhen,
#: .T Tokyo, .KS Korea, .TW Taiwan, .AX Australia, .L London, and the Reuters
#: codes .N (NYSE), .O / .OQ (Nasdaq).
TICKER_EXCHANGES = ("JK", "HK", "SI", "KL", "BK", "SS", "SZ", "T", "KS", "TW", "AX", "L",
                    "N", "O", "OQ")

#: Token shapes of tickers (spaCy caps runs of one character class at 4):
#: "GOTO.JK" and "ABCDE.JK" are "XXXX.XX", "0700.HK" "dddd.XX".  A text must
#: hold one of them for ``TICKER_PATTERNS`` to be tried.
TICKER_GATE_SHAPES = tuple(
    f"{head}.{'X' * len(suffix)}"
    for head in ("XX", "XXX", "XXXX", "dddd") for suffix in ("X", "XX")
)

#: One-token tickers: "GOTO.JK", "BUKA.JK", "0700.HK", "AAPL.O".  Anchored, so
#: e-mail addresses and URLs ("info@goto.co.id", "https://x.co/A.JK") are not.
_OTHER_EXCHANGES = "|".join(x for x in TICKER_EXCHANGES if x != "JK")
TICKER_PATTERNS = [
    [{"TEXT": {"REGEX": r"^[A-Z]{3,5}\.JK$"}}],
    [{"TEXT": {"REGEX": rf"^(?:[A-Z]{{2,5}}|\d{{4,6}})\.(?:{_OTHER_EXCHANGES})$"}}],
]

# --------------------------------------------------------------------------
# Laws
# --------------------------------------------------------------------------

_YEAR = {"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}}
_NUM = {"TEXT": {"REGEX": r"^\d{1,4}[A-Z]?$"}}
#: Words before a regulation's number ("No. 31", "Nomor 31", "Number 31").
LAW_NUMBER_WORDS = ["no", "no.", "nomor", "nomer", "number", "nr", "nr.", "num", "num."]
_SLASH = {"ORTH": "/"}
_CODE = {"TEXT": {"REGEX": r"^(?:[A-Z][A-Z0-9.\-]*|[/\-])$"}}
_YEAR_WORD = {"LOWER": {"IN": ["tahun", "of", "th", "th.", "thn", "thn."]}}
_NUMBER_WORD = [{"LOWER": {"IN": LAW_NUMBER_WORDS}, "OP": "?"}, {"ORTH": ".", "OP": "?"}]

#: Number-and-year tails of a regulation, for either tokenizer: "No. 31 of
#: 2023", "Nomor 31 Tahun 2023", "31/2023", "31 / 2023", "No.11/2020",
#: "96/PMK.04/2023", "Nomor 50/M-DAG/PER/12/2020".
LAW_NUMBER_TAILS = [
    _NUMBER_WORD + tail
    for tail in (
        [_NUM, _YEAR_WORD, _YEAR],
        [_NUM, _SLASH, _YEAR],
        [{"TEXT": {"REGEX": r"^\d{1,4}/(?:19|20)\d\d$"}}],
        [_NUM, _SLASH, dict(_CODE, OP="{1,8}"), _YEAR],
        [_NUM, _SLASH, dict(_CODE, OP="{0,8}"),
         {"TEXT": {"REGEX": r"^[A-Z][A-Z0-9.\-]*/(?:19|20)\d\d$"}}],
    )
] + [
    [{"TEXT": {"REGEX": r"^(?i:no|nr)\.?\d{1,4}$"}}, _YEAR_WORD, _YEAR],
    [{"TEXT": {"REGEX": r"^(?i:no|nr)\.?\d{1,4}$"}}, _SLASH, _YEAR],
    [{"TEXT": {"REGEX": r"^(?i:no|nr)\.?\d{1,4}/(?:19|20)\d\d$"}}],
]
