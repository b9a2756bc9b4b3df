"""Roles: a person holds a title at an organisation (:mod:`kg.extract.roles`).

Forms: ``TITLE ORG [,] PERSON``, ``ORG's TITLE, PERSON``, ``PERSON, TITLE of
ORG``, ``PERSON, who heads ORG``, and a title naming its own organisation
("Minister of Trade" -> "Ministry of Trade", "Menteri Koperasi dan UKM" ->
"Kementerian Koperasi dan UKM", "Mendag" -> "Kementerian Perdagangan"),
whose made organisation mention is handed back through ``made=``. The edge
points from the person to the organisation and keeps the title as written.
Title phrases are marked ``{...}`` (``doc.spans["kg_titles"]``).
"""

import pytest

BUDI, ACME = "Budi Santoso", "Acme Holdings"


@pytest.mark.parametrize("lang,marked,org,title", [
    ("en", "[Acme Holdings]'s {Chief Executive}, [Budi Santoso](PERSON), spoke in "
           "[Jakarta](GPE).", ACME, "Chief Executive"),
    ("en", "[Budi Santoso](PERSON), secretary general of the [Retailers Association], spoke.",
     "Retailers Association", "secretary general"),
    ("en", "[Budi Santoso](PERSON), who heads [Acme Holdings], spoke.", ACME, "heads"),
    ("id", "{Kepala Eksekutif} [Acme Holdings], [Budi Santoso](PERSON), hadir di "
           "[Jakarta](GPE).", ACME, "Kepala Eksekutif"),
    ("id", "{CEO} [Acme Holdings] [Budi Santoso](PERSON) hadir di [Jakarta](GPE).", ACME, "CEO"),
    ("id", "[Budi Santoso](PERSON), yang memimpin [Acme Holdings], hadir.", ACME, "memimpin"),
    ("id", "[Budi Santoso](PERSON), sekretaris jenderal [Asosiasi Peritel], hadir.",
     "Asosiasi Peritel", "sekretaris jenderal"),
    ("id", "[Budi Santoso](PERSON), direktur [Acme Holdings], hadir.", ACME, "direktur"),
])
def test_role_of_a_named_organisation(relate, lang, marked, org, title):
    made = []
    found = relate(lang, marked, made=made)
    edge = found.get(BUDI, "holds_role", org)
    assert edge is not None, found.triples()
    assert (edge.family, edge.title) == ("role", title)
    assert found.get(org, "holds_role", BUDI) is None
    assert made == []


@pytest.mark.parametrize("lang,marked,org", [
    ("en", "{Minister of Trade} [Budi Santoso](PERSON) visited [Beta Mart].", "Ministry of Trade"),
    ("en", "{Minister of Finance} [Budi Santoso](PERSON) met [Sri Wahyuni](PERSON).",
     "Ministry of Finance"),
    ("id", "{Menteri Koperasi dan UKM} [Budi Santoso](PERSON) mengunjungi [Beta Mart].",
     "Kementerian Koperasi dan UKM"),
    ("id", "{Mendag} [Budi Santoso](PERSON) hadir di [Jakarta](GPE).", "Kementerian Perdagangan"),
    ("id", "{Menteri Keuangan Republik Indonesia} [Budi Santoso](PERSON) hadir.",
     "Kementerian Keuangan"),
])
def test_title_names_its_organisation(relate, lang, marked, org):
    made = []
    found = relate(lang, marked, made=made, offset=40)
    assert [(m.text, m.type) for m in made] == [(org, "ORG")]
    edge = found.get(BUDI, "holds_role", org)
    assert edge is not None, found.triples()
    assert edge.target is made[0]
    # the made mention stands on the title, in article offsets
    title = found.doc.spans["kg_titles"][0].text
    assert edge.title == title
    assert found.text[made[0].start - 40:made[0].end - 40] == title


@pytest.mark.parametrize("lang,marked", [
    ("en", "[Budi Santoso](PERSON) visited [Acme Holdings] on Monday."),
    ("en", "[Budi Santoso](PERSON) met the chief executive of [Acme Holdings]."),
    ("en", "[Budi Santoso](PERSON), a customer of [Acme Holdings], complained."),
    ("en", "[Budi Santoso](PERSON), head of the [Bandung](GPE) chamber, spoke."),  # a place
    ("en", "{Minister} [Budi Santoso](PERSON) spoke."),  # a title naming no organisation
    ("id", "[Budi Santoso](PERSON) bertemu direktur [Acme Holdings]."),
    ("id", "[Budi Santoso](PERSON) berbelanja di [Acme Holdings]."),
    ("id", "[Budi Santoso](PERSON), kepala desa di [Bandung](GPE), hadir."),
])
def test_no_role(relate, lang, marked):
    made = []
    assert relate(lang, marked, made=made).triples("role") == set()
    assert made == []


def test_role_needs_a_person_and_an_organisation(relate):
    found = relate("en", "[Acme Holdings]'s {Chief Executive}, [Beta Mart], spoke.")
    assert found.triples("role") == set()


# --- with the real pipelines: titles found by the rule layers ----------------

@pytest.mark.parametrize("lang,marked,org,title", [
    ("en", "Minister of Trade [Budi Santoso](PERSON) said [Beta Mart] must register.",
     "Ministry of Trade", "Minister of Trade"),
    ("en", "[Acme Holdings]'s Chief Executive, [Budi Santoso](PERSON), spoke in [Jakarta](GPE).",
     ACME, "Chief Executive"),
    ("en", "[Budi Santoso](PERSON), secretary general of the [Indonesian Retailers "
           "Association], spoke on Monday.", "Indonesian Retailers Association",
     "secretary general"),
    ("id", "Menteri Koperasi dan UKM [Budi Santoso](PERSON) mengunjungi [Beta Mart].",
     "Kementerian Koperasi dan UKM", "Menteri Koperasi dan UKM"),
    ("id", "Kepala Eksekutif [Acme Holdings], [Budi Santoso](PERSON), hadir di [Jakarta](GPE).",
     ACME, "Kepala Eksekutif"),
])
def test_roles_with_the_real_pipelines(relate_parsed, lang, marked, org, title):
    made = []
    edge = relate_parsed(lang, marked, made=made).get(BUDI, "holds_role", org)
    assert edge is not None
    assert edge.title == title
    assert [m.text for m in made] == ([org] if org.startswith(("Ministry", "Kementerian")) else [])


# --- with the Indonesian parse: a title phrase longer than the title found ----

@pytest.mark.parametrize("marked,org,title", [
    ("{Direktur} Pemasaran dan Penjualan [Acme Holdings] [Budi Santoso](PERSON) hadir di "
     "[Bandung](GPE).", ACME, "Direktur Pemasaran dan Penjualan"),
    ("{Ketua} Dewan Pengawas [Bank Sentosa Jaya], [Budi Santoso](PERSON), meresmikan kantor "
     "baru.", "Bank Sentosa Jaya", "Ketua Dewan Pengawas"),
    ("{Kepala} Divisi Riset [Lembaga Sigma] ([LS]) [Budi Santoso](PERSON) mengatakan harga naik.",
     "Lembaga Sigma", "Kepala Divisi Riset"),
    # a long title: nine words between the title found and the organisation
    ("{Kepala} Pusat Riset dan Pengembangan Teknologi Pangan dan Gizi Nasional [Badan Riset "
     "Sentosa], [Budi Santoso](PERSON), membuka acara itu.", "Badan Riset Sentosa",
     "Kepala Pusat Riset dan Pengembangan Teknologi Pangan dan Gizi Nasional"),
    # only the bracketed short name is a mention
    ("{Ketua} Dewan Komisioner Badan Pengawas Nusantara ([BPN]) [Budi Santoso](PERSON) membuka "
     "rapat itu.", "BPN", "Ketua Dewan Komisioner Badan Pengawas Nusantara"),
])
def test_parsed_title_phrase_before_the_organisation(relate_parsed, marked, org, title):
    found = relate_parsed("id", marked)
    edge = found.get(BUDI, "holds_role", org)
    assert edge is not None, found.triples()
    assert edge.title == title


@pytest.mark.parametrize("marked", [
    "{Ketua} panitia datang ke [Acme Holdings], [Budi Santoso](PERSON) menyambutnya.",
    "{Direktur} itu menelepon [Acme Holdings] [Budi Santoso](PERSON) kemarin.",
])
def test_parsed_title_phrase_stops_at_a_verb(relate_parsed, marked):
    assert relate_parsed("id", marked).triples("role") == set()


def test_hand_parsed_title_stops_at_another_title(relate_hand):
    # "{Direktur Utama} PT Acme dan {Komisaris} Beta Mart Budi Santoso hadir.", the
    # second title read as a conjunct of the first: Budi is Komisaris of Beta Mart
    words = ["Direktur", "Utama", "PT", "Acme", "dan", "Komisaris", "Beta", "Mart", "Budi",
             "Santoso", "hadir", "."]
    heads = [10, 0, 0, 2, 5, 0, 5, 6, 5, 8, 10, 10]
    deps = ["nsubj", "amod", "nmod", "flat:name", "cc", "conj", "nmod", "flat:name", "appos",
            "flat:name", "ROOT", "punct"]
    pos = ["NOUN", "ADJ", "PROPN", "PROPN", "CCONJ", "NOUN", "PROPN", "PROPN", "PROPN", "PROPN",
           "VERB", "PUNCT"]
    found = relate_hand("id", words, heads, deps, pos,
                        ents=[(2, 4, "ORG"), (6, 8, "ORG"), (8, 10, "PERSON")],
                        titles=[(0, 2), (5, 6)])
    assert {(r.source.text, r.target.text, r.title) for r in found
            if r.relation == "holds_role"} == {(BUDI, "Beta Mart", "Komisaris")}


def test_hand_parsed_title_stops_at_another_organisation(relate_hand):
    # "{Direktur} Acme Holdings dan Beta Mart Budi Santoso hadir.": no title runs
    # across Acme Holdings to Beta Mart ("Direktur Acme Holdings dan")
    words = ["Direktur", "Acme", "Holdings", "dan", "Beta", "Mart", "Budi", "Santoso", "hadir",
             "."]
    heads = [8, 0, 1, 4, 1, 4, 0, 6, 8, 8]
    deps = ["nsubj", "nmod", "flat:name", "cc", "conj", "flat:name", "appos", "flat:name",
            "ROOT", "punct"]
    pos = ["NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB",
           "PUNCT"]
    found = relate_hand("id", words, heads, deps, pos,
                        ents=[(1, 3, "ORG"), (4, 6, "ORG"), (6, 8, "PERSON")], titles=[(0, 1)])
    assert found.get(BUDI, "holds_role", "Beta Mart") is None, found.triples()


def test_hand_parsed_title_drops_a_trailing_conjunction(relate_hand):
    # "{Direktur} Pemasaran dan Acme Holdings Budi Santoso", "dan" read under the title
    words = ["Direktur", "Pemasaran", "dan", "Acme", "Holdings", "Budi", "Santoso", "hadir", "."]
    heads = [7, 0, 3, 0, 3, 0, 5, 7, 7]
    deps = ["nsubj", "nmod", "cc", "nmod", "flat:name", "appos", "flat:name", "ROOT", "punct"]
    pos = ["NOUN", "NOUN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    found = relate_hand("id", words, heads, deps, pos,
                        ents=[(3, 5, "ORG"), (5, 7, "PERSON")], titles=[(0, 1)])
    edge = found.get(BUDI, "holds_role", ACME)
    assert edge is not None, found.triples()
    assert edge.title == "Direktur Pemasaran"


def test_hand_parsed_title_holds_the_body_it_heads(relate_hand):
    # "{Kepala} Badan Riset Delta Budi Santoso hadir.": an organisation alone between
    # the title and the next one names the body the title is in
    words = ["Kepala", "Badan", "Riset", "Delta", "Budi", "Santoso", "hadir", "."]
    heads = [6, 0, 1, 0, 0, 4, 6, 6]
    deps = ["nsubj", "nmod", "nmod", "nmod", "appos", "flat:name", "ROOT", "punct"]
    pos = ["NOUN", "NOUN", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    found = relate_hand("id", words, heads, deps, pos,
                        ents=[(1, 3, "ORG"), (3, 4, "ORG"), (4, 6, "PERSON")], titles=[(0, 1)])
    edge = found.get(BUDI, "holds_role", "Delta")
    assert edge is not None, found.triples()
    assert edge.title == "Kepala Badan Riset"
