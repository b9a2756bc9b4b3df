"""Cue-phrase relations (:mod:`kg.extract.cues`).

For each cue family (ownership, regulation, partnership, competition) and
both languages: sentences that must give an edge, and sentences that must
not give an asserted one (no cue, wrong argument types, a cue word in
another sense, a hedged or negated statement). Ownership and regulation are
directed (the reverse edge must be absent); partnership and competition are
symmetric and compared as unordered pairs. Then what the families share:
lists ("X, Y and Z"), group cues, passive and nominal cues, modality,
amounts and stakes. Entities are marked up as described in ``conftest.py``.
"""

import pytest

ACME, BETA, CITRA, DELTA = "Acme Holdings", "Beta Mart", "Citra Pay", "Delta Logistik"
MOF, KK, OJK = "Ministry of Finance", "Kementerian Keuangan", "Otoritas Jasa Keuangan"

DIRECTED = [
    # ownership: owner -> owned
    ("en", "[Acme Holdings] owns [Beta Mart].", (ACME, "owns", BETA)),
    ("en", "[Beta Mart], which is owned by [Acme Holdings], opened a store.", (ACME, "owns", BETA)),
    ("en", "[Beta Mart] is a subsidiary of [Acme Holdings].", (ACME, "owns", BETA)),
    ("en", "[Acme Holdings] took control of [Beta Mart] in March.", (ACME, "controls", BETA)),
    ("en", "[Beta Mart] was acquired by [Acme Holdings] in May.", (ACME, "acquires_stake", BETA)),
    ("en", "[Acme Holdings] acquired a 40% stake in [Beta Mart].", (ACME, "acquires_stake", BETA)),
    ("id", "[Acme Holdings] memiliki [Beta Mart].", (ACME, "owns", BETA)),
    ("id", "[Beta Mart] merupakan anak usaha [Acme Holdings].", (ACME, "owns", BETA)),
    ("id", "[Beta Mart] kini dikendalikan oleh [Acme Holdings].", (ACME, "controls", BETA)),
    ("id", "[Acme Holdings] mengakuisisi [Beta Mart] pekan lalu.", (ACME, "acquires_stake", BETA)),
    # regulation: regulator -> regulated
    ("en", "The [Ministry of Finance] banned [Beta Mart] last year.", (MOF, "bans", BETA)),
    ("en", "[Beta Mart] was banned by the [Ministry of Finance].", (MOF, "bans", BETA)),
    ("en", "[Beta Mart] is regulated by the [Financial Services Authority].",
     ("Financial Services Authority", "regulates", BETA)),
    ("en", "The [Ministry of Finance] issued [Regulation 12/2024](LAW) on payments.",
     (MOF, "issues", "Regulation 12/2024")),
    ("en", "The [Ministry of Finance] requires [Beta Mart] to register its sellers.",
     (MOF, "requires", BETA)),
    ("en", "The ban on [Beta Mart] by the [Ministry of Finance] took effect in May.",
     (MOF, "bans", BETA)),
    ("id", "[Kementerian Keuangan] melarang [Beta Mart] berjualan.", (KK, "bans", BETA)),
    ("id", "[Beta Mart] diawasi oleh [Otoritas Jasa Keuangan].", (OJK, "regulates", BETA)),
    ("id", "[Kementerian Keuangan] menerbitkan [PMK 12/2024](LAW) tentang pajak digital.",
     (KK, "issues", "PMK 12/2024")),
    ("id", "Pemblokiran [Beta Mart] oleh [Kementerian Keuangan] berlaku hari ini.",
     (KK, "bans", BETA)),
]


@pytest.mark.parametrize("lang,marked,expected", DIRECTED)
def test_directed_edge_and_never_its_reverse(relate, lang, marked, expected):
    found = relate(lang, marked)
    source, relation, target = expected
    edge = found.get(*expected)
    assert edge is not None, found.triples()
    assert edge.modality == "asserted" and edge.family in ("ownership", "regulation")
    assert found.get(target, relation, source) is None


SYMMETRIC = [
    ("en", "[Acme Holdings] signed a partnership with [Beta Mart].", "partners_with",
     [(ACME, BETA)]),
    ("en", "[Acme Holdings] partnered with [Beta Mart] and [Citra Pay] to deliver food.",
     "partners_with", [(ACME, BETA), (ACME, CITRA)]),
    ("en", "The collaboration between [Acme Holdings], [Beta Mart] and [Citra Pay] began.",
     "partners_with", [(ACME, BETA), (ACME, CITRA), (BETA, CITRA)]),
    ("en", "[Acme Holdings] and [Beta Mart] formed a joint venture.", "partners_with",
     [(ACME, BETA)]),
    ("id", "[Acme Holdings] bekerja sama dengan [Beta Mart] untuk layanan antar.",
     "partners_with", [(ACME, BETA)]),
    ("id", "[Acme Holdings] menggandeng [Beta Mart] dan [Citra Pay].", "partners_with",
     [(ACME, BETA), (ACME, CITRA)]),
    ("id", "Kerja sama antara [Acme Holdings] dan [Beta Mart] dimulai bulan lalu.",
     "partners_with", [(ACME, BETA)]),
    ("id", "[Acme Holdings] dan [Beta Mart] resmi bermitra.", "partners_with", [(ACME, BETA)]),
    ("en", "[Acme Holdings] competes with [Beta Mart] in [Jakarta](GPE).", "competes_with",
     [(ACME, BETA)]),
    ("en", "[Acme Holdings] and [Beta Mart] are rivals.", "competes_with", [(ACME, BETA)]),
    ("en", "The competition between [Acme Holdings] and [Beta Mart] is fierce.",
     "competes_with", [(ACME, BETA)]),
    ("en", "[Acme Holdings] entered a market dominated by [Beta Mart], [Citra Pay] and "
           "[Delta Logistik].", "competes_with",
     [(ACME, BETA), (ACME, CITRA), (ACME, DELTA), (BETA, CITRA), (CITRA, DELTA)]),
    ("id", "[Acme Holdings] bersaing dengan [Beta Mart].", "competes_with", [(ACME, BETA)]),
    ("id", "Persaingan antara [Acme Holdings] dan [Beta Mart] makin ketat.", "competes_with",
     [(ACME, BETA)]),
    ("id", "[Acme Holdings], [Beta Mart] dan [Citra Pay] bersaing ketat.", "competes_with",
     [(ACME, BETA), (ACME, CITRA), (BETA, CITRA)]),
    ("id", "[Acme Holdings] merupakan pesaing [Beta Mart].", "competes_with", [(ACME, BETA)]),
    ("en", "[Acme Holdings] is merging [Beta Mart] with [Citra Pay].", "merges_with",
     [(BETA, CITRA)]),
    ("id", "Penggabungan [Beta Mart] dengan [Citra Pay] selesai bulan lalu.", "merges_with",
     [(BETA, CITRA)]),
]


@pytest.mark.parametrize("lang,marked,relation,pairs", SYMMETRIC)
def test_symmetric_edges_as_unordered_pairs(relate, lang, marked, relation, pairs):
    found = relate(lang, marked)
    assert {frozenset(p) for p in pairs} <= found.pairs(relation), found.triples()
    assert all(found.between(a, relation, b).modality == "asserted" for a, b in pairs)


NO_EDGE = [
    # no cue
    (None, "en", "[Acme Holdings] and [Beta Mart] held a meeting in [Jakarta](GPE)."),
    (None, "id", "[Acme Holdings] dan [Beta Mart] bertemu di [Jakarta](GPE)."),
    # wrong argument types: a place or a person where an organisation must stand
    ("ownership", "en", "Shoppers in [Bandung](GPE) own [Beta Mart] loyalty cards."),
    ("ownership", "en", "[Budi Santoso](PERSON) owns a house in [Bandung](GPE)."),
    ("ownership", "id", "Warga [Bandung](GPE) memiliki kartu anggota [Beta Mart]."),
    ("regulation", "en", "The [Ministry of Finance] issued new guidance to [Beta Mart]."),
    ("regulation", "en", "[Beta Mart] closed three stores in [Bandung](GPE)."),
    ("regulation", "id", "[Beta Mart] menutup tiga gerainya di [Bandung](GPE)."),
    ("regulation", "id", "[Kementerian Keuangan] menerbitkan laporan tentang [Beta Mart]."),
    ("partnership", "en", "[Budi Santoso](PERSON) is working with [Beta Mart] on a report."),
    ("partnership", "id", "[Budi Santoso](PERSON) bekerja sama dengan [Beta Mart]."),
    ("competition", "en", "[Acme Holdings] won a cooking competition in [Jakarta](GPE)."),
    ("competition", "id", "Tim [Acme Holdings] bertanding melawan tim dari [Bandung](GPE)."),
    # cue words in another sense
    ("ownership", "en", "[Beta Mart] buys rice from [Acme Holdings]."),
    ("ownership", "en", "[Beta Mart] opened a store in a building owned by [Acme Holdings]."),
    ("ownership", "en", "[Acme Holdings] was under pressure after [Beta Mart] cut prices."),
    ("ownership", "en", "[Beta Mart], as part of a deal, pays [Acme Holdings] a fee."),
    ("ownership", "id", "[Beta Mart] membeli barang dari [Acme Holdings]."),
    ("ownership", "id", "[Beta Mart] membuka toko di gedung milik [Acme Holdings]."),
    ("ownership", "id", "[Beta Mart] menjual produk di bawah harga pasar, kata [Acme Holdings]."),
    ("regulation", "en", "[Acme Holdings] closed the year with a profit while [Beta Mart] "
                         "lost money."),
    ("regulation", "id", "[Acme Holdings] menutup tahun dengan laba, sementara [Beta Mart] "
                         "merugi."),
    ("partnership", "en", "[Acme Holdings] has to deal with complaints about [Beta Mart]."),
    ("competition", "en", "[Acme Holdings] won a design competition organised by [Beta Mart]."),
    ("competition", "id", "[Acme Holdings] memenangi persaingan tender yang digelar [Beta Mart]."),
    # negated
    ("partnership", "en", "[Acme Holdings] has no partnership with [Beta Mart]."),
]


@pytest.mark.parametrize("family,lang,marked", NO_EDGE)
def test_no_asserted_edge(relate, family, lang, marked):
    assert relate(lang, marked).asserted(family) == set()


HEDGED = [
    ("en", "[Acme Holdings] is in talks to acquire [Beta Mart].", (ACME, "acquires_stake", BETA),
     "planned"),
    ("en", "[Acme Holdings] plans to acquire [Beta Mart].", (ACME, "acquires_stake", BETA),
     "planned"),
    ("en", "[Acme Holdings] does not own [Beta Mart].", (ACME, "owns", BETA), "negated"),
    ("en", "[Acme Holdings] denied it would buy [Beta Mart].", (ACME, "acquires_stake", BETA),
     "negated"),
    ("id", "[Acme Holdings] tidak memiliki [Beta Mart].", (ACME, "owns", BETA), "negated"),
    ("id", "[Acme Holdings] berencana mengakuisisi [Beta Mart].", (ACME, "acquires_stake", BETA),
     "planned"),
    ("id", "[Acme Holdings] membantah akan membeli [Beta Mart].", (ACME, "acquires_stake", BETA),
     "negated"),
    ("en", "The [Ministry of Finance] is considering a ban on [Beta Mart].", (MOF, "bans", BETA),
     "planned"),
    ("en", "The [Ministry of Finance] did not ban [Beta Mart].", (MOF, "bans", BETA), "negated"),
    ("id", "[Kementerian Keuangan] belum melarang [Beta Mart].", (KK, "bans", BETA), "negated"),
    ("id", "[Kementerian Keuangan] akan melarang [Beta Mart].", (KK, "bans", BETA), "planned"),
    ("en", "[Acme Holdings] is in talks with [Beta Mart].", (ACME, "partners_with", BETA),
     "planned"),
    ("id", "[Acme Holdings] sedang dalam pembicaraan dengan [Beta Mart].",
     (ACME, "partners_with", BETA), "planned"),
    ("id", "[Acme Holdings] tidak bekerja sama dengan [Beta Mart].",
     (ACME, "partners_with", BETA), "negated"),
    ("id", "[Acme Holdings] tidak bersaing dengan [Beta Mart].", (ACME, "competes_with", BETA),
     "negated"),
]


@pytest.mark.parametrize("lang,marked,expected,modality", HEDGED)
def test_hedged_and_negated_cues_carry_their_modality(relate, lang, marked, expected, modality):
    found = relate(lang, marked)
    edge = found.between(*expected)
    assert edge is not None, found.triples()
    assert edge.modality == modality
    assert found.asserted(expected[1]) == set()


@pytest.mark.parametrize("lang,marked", [
    ("en", "[Acme Holdings] owns [Beta Mart], [Citra Pay] and [Delta Logistik]."),
    ("id", "[Acme Holdings] memiliki [Beta Mart], [Citra Pay] dan [Delta Logistik]."),
    ("en", "[Acme Holdings] owns [Beta Mart], the popular grocery chain, [Citra Pay] and "
           "[Delta Logistik]."),
    ("en", "[Beta Mart], [Citra Pay] and [Delta Logistik] are owned by [Acme Holdings]."),
    ("id", "[Beta Mart], [Citra Pay] dan [Delta Logistik] dimiliki oleh [Acme Holdings]."),
])
def test_a_list_gives_one_edge_per_member(relate, lang, marked):
    assert relate(lang, marked).triples("owns") == {
        (ACME, "owns", BETA), (ACME, "owns", CITRA), (ACME, "owns", DELTA)}


def test_bracketed_alias_is_no_argument(relate):
    found = relate("en", "[Acme Holdings] ([ACME.JK]) owns [Beta Mart].")
    assert found.triples() == {(ACME, "owns", BETA)}


def test_owner_phrase_inside_a_list_is_stepped_over(relate):
    # "Beta Mart dari Acme Holdings" only says who owns Beta Mart
    found = relate("id", "[Beta Mart] dari [Acme Holdings] dan [Citra Pay] bersaing ketat.")
    assert found.pairs("competes_with") == {frozenset((BETA, CITRA))}
    assert (ACME, "owns", BETA) in found.triples()


def test_possessive_nominal_cue_with_agent(relate):
    found = relate("en", "[Beta Mart]'s ban by the [Ministry of Finance] was lifted.")
    assert found.triples("regulation") == {(MOF, "bans", BETA)}


@pytest.mark.parametrize("lang,marked,attr,value", [
    ("en", "[Acme Holdings] will invest US$1.5 billion in [Beta Mart].", "amount",
     "US$1.5 billion"),
    ("id", "[Acme Holdings] menyuntikkan dana Rp 500 miliar ke [Beta Mart].", "amount",
     "Rp 500 miliar"),
    ("en", "[Acme Holdings] bought a 30% stake in [Beta Mart].", "stake", "30%"),
    ("id", "[Acme Holdings] membeli 75,01 persen saham [Beta Mart].", "stake", "75,01 persen"),
    ("en", "[Acme Holdings] invested in [Beta Mart].", "amount", None),
])
def test_amount_and_stake(relate, lang, marked, attr, value):
    found = [r for r in relate(lang, marked) if r.family == "ownership"]
    assert found and {getattr(r, attr) for r in found} == {value}


# --- with the English parse --------------------------------------------------

@pytest.mark.parametrize("marked,expected", [
    ("[Acme Holdings], which owns [Citra Pay], will buy [Beta Mart].",
     {(ACME, "owns", CITRA), (ACME, "acquires_stake", BETA)}),
    ("[Acme Holdings] owns [Beta Mart] and sued [Citra Pay].", {(ACME, "owns", BETA)}),
    ("[Beta Mart], which was forced to close, sold [Citra Pay].", set()),
    ("[Acme Holdings] sells its own brand of rice at [Beta Mart].", set()),
], ids=["subject-over-relative-clause", "list-closed-by-verb", "forced-to", "own-adjective"])
def test_parsed_subjects_and_clauses(relate_parsed, marked, expected):
    found = relate_parsed("en", marked)
    assert found.triples("ownership") | found.triples("regulation") == expected


@pytest.mark.parametrize("lang,marked,relation", [
    ("en", "Now, by holding the local platform [Beta Mart], [Acme Holdings] has returned.", "owns"),
    ("en", "After acquiring [Beta Mart], [Acme Holdings] cut prices.", "acquires_stake"),
    ("id", "Setelah mengakuisisi [Beta Mart], [Acme Holdings] memangkas harga.", "acquires_stake"),
    ("id", "Dengan memiliki [Beta Mart], [Acme Holdings] kembali ke pasar.", "owns"),
])
def test_fronted_clause_names_its_subject_after_the_comma(relate, lang, marked, relation):
    assert relate(lang, marked).triples("ownership") == {(ACME, relation, BETA)}


@pytest.mark.parametrize("lang,marked", [
    ("en", "By holding prices low, [Acme Holdings] hurt [Beta Mart]."),
    ("en", "[Citra Pay] rose after acquiring [Beta Mart], [Acme Holdings] said."),
    ("id", "Setelah mengakuisisi [Beta Mart] [Acme Holdings] memangkas harga."),
])
def test_fronted_cue_needs_its_own_clause_and_comma(relate, lang, marked):
    assert not relate(lang, marked).asserted("ownership")


# --- with the Indonesian parse ----------------------------------------------

@pytest.mark.parametrize("marked", [
    "[Budi Santoso](PERSON) menutup pidatonya dengan menyatakan bahwa kerja sama antara "
    "[Acme Holdings] dan pemerintah akan berlanjut.",
    "[Acme Holdings] menutup rapat itu sebelum [Beta Mart] membuka tokonya.",
], ids=["object-is-no-name", "name-in-another-clause"])
def test_parsed_target_is_an_argument_of_the_cue_verb(relate_parsed, marked):
    assert relate_parsed("id", marked).triples("regulation") == set()


def test_parsed_target_inside_the_object_phrase(relate_parsed):
    found = relate_parsed("id", "[Acme Holdings] mencabut izin usaha [Beta Mart] dan "
                                "[Citra Pay] pekan lalu.")
    assert found.triples("regulation") == {(ACME, "bans", BETA), (ACME, "bans", CITRA)}



def test_parsed_target_under_a_verb_modifying_a_noun():
    # the parser may read an adjective-like verb ("daring", online) as a noun modifier
    # with the name under it: a noun modifier heads no clause, so the name stays a target
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Doc

    from kg.extract.cues import _ud_argument

    words = ["Acme", "membawahi", "layanan", "daring", "Beta", "dan", "toko", "yang",
             "menjual", "Citra"]
    heads = [1, 1, 1, 2, 3, 6, 2, 8, 6, 8]
    deps = ["nsubj", "ROOT", "obj", "amod", "nsubj:pass", "cc", "conj", "nsubj", "acl:relcl",
            "obj"]
    pos = ["PROPN", "VERB", "NOUN", "VERB", "PROPN", "CCONJ", "NOUN", "PRON", "VERB", "PROPN"]
    doc = Doc(spacy.blank("id").vocab, words=words, heads=heads, deps=deps, pos=pos)
    sent = SimpleNamespace(doc=doc)

    def name(i):
        return SimpleNamespace(token=i, token_end=i + 1)

    assert _ud_argument(sent, doc[1:2], name(4))  # under "daring", a modifier
    assert not _ud_argument(sent, doc[1:2], name(9))  # object of a relative clause
