"""Indonesian cue lexicons for relation extraction (data only).

Same format as :mod:`kg.lang.en.relations`.
"""

RELATION_CUES = [
    # --- ownership -------------------------------------------------------
    {"relation": "owns", "family": "ownership", "order": "active", "confidence": 0.7,
     "cues": ["memiliki", "mempunyai", "induk dari", "induk usaha dari", "induk perusahaan"]},
    {"relation": "owns", "family": "ownership", "order": "passive", "confidence": 0.7,
     "cues": ["milik", "dimiliki oleh", "dimiliki", "di bawah naungan", "di bawah",
              "anak usaha", "anak perusahaan", "bagian dari", "besutan", "kepunyaan"]},
    {"relation": "owns", "family": "ownership", "order": "after", "confidence": 0.6,
     "cues": ["unit", "unit usaha", "unit bisnis"]},
    {"relation": "controls", "family": "ownership", "order": "active", "confidence": 0.7,
     "cues": ["mengendalikan", "menguasai", "memegang kendali", "pengendali"]},
    {"relation": "controls", "family": "ownership", "order": "passive", "confidence": 0.7,
     "cues": ["dikendalikan oleh", "dikendalikan", "dikuasai oleh", "dikuasai"]},
    {"relation": "acquires_stake", "family": "ownership", "order": "active", "confidence": 0.7,
     "cues": ["mengakuisisi", "membeli", "akuisisi", "mencaplok", "membeli saham",
              "mengambil alih", "saham"]},
    {"relation": "acquires_stake", "family": "ownership", "order": "passive", "confidence": 0.7,
     "cues": ["diakuisisi oleh", "diakuisisi", "dibeli oleh", "diambil alih oleh"]},
    {"relation": "invests_in", "family": "ownership", "order": "active", "confidence": 0.65,
     "cues": ["berinvestasi", "investasi", "menanamkan modal", "menyuntikkan dana",
              "menyuntik", "menginvestasikan", "kucuran dana"]},
    {"relation": "merges_with", "family": "ownership", "order": "active", "confidence": 0.65,
     "cues": ["merger", "bergabung dengan", "menggabungkan", "digabungkan dengan",
              "dilebur", "melebur", "penggabungan"]},
    # --- regulation ------------------------------------------------------
    {"relation": "bans", "family": "regulation", "order": "active", "confidence": 0.7,
     "target_types": ["ORG"], "cues": ["melarang", "menutup", "memblokir", "menghentikan"]},
    {"relation": "bans", "family": "regulation", "order": "passive", "confidence": 0.7,
     "target_types": ["ORG"], "cues": ["dilarang oleh", "ditutup oleh", "diblokir oleh"]},
    {"relation": "bans", "family": "regulation", "order": "nominal", "confidence": 0.6,
     "target_types": ["ORG"], "cues": ["larangan", "pelarangan", "penutupan"]},
    {"relation": "regulates", "family": "regulation", "order": "active", "confidence": 0.65,
     "cues": ["mengatur", "mengawasi", "menata"]},
    {"relation": "regulates", "family": "regulation", "order": "passive", "confidence": 0.65,
     "cues": ["diatur oleh", "diatur dalam", "diawasi oleh", "diatur melalui"]},
    {"relation": "issues", "family": "regulation", "order": "active", "confidence": 0.7,
     "target_types": ["LAW"],
     "cues": ["menerbitkan", "mengeluarkan", "menetapkan", "meneken", "menandatangani",
              "merevisi"]},
    {"relation": "issues", "family": "regulation", "order": "passive", "confidence": 0.7,
     "source_types": ["ORG", "GPE", "PERSON"], "target_types": ["LAW"],
     "cues": ["diterbitkan oleh", "dikeluarkan oleh", "ditetapkan oleh", "diteken oleh"]},
    {"relation": "approves", "family": "regulation", "order": "active", "confidence": 0.65,
     "cues": ["menyetujui", "merestui", "memberi lampu hijau", "memberikan lampu hijau",
              "mengizinkan"]},
    {"relation": "approves", "family": "regulation", "order": "passive", "confidence": 0.65,
     "cues": ["disetujui oleh", "direstui oleh", "diizinkan oleh"]},
    {"relation": "requires", "family": "regulation", "order": "active", "confidence": 0.6,
     "target_types": ["ORG"], "cues": ["mewajibkan", "mengharuskan", "memaksa"]},
    {"relation": "assigns", "family": "regulation", "order": "active", "confidence": 0.6,
     "target_types": ["PERSON"], "cues": ["menugaskan", "menunjuk"]},
    {"relation": "assigns", "family": "regulation", "order": "passive", "confidence": 0.6,
     "target_types": ["PERSON"], "cues": ["ditugaskan oleh", "ditunjuk oleh"]},
]

AGENT_MARKERS = ["oleh"]

FAMILY_TYPES = {
    "ownership": (["ORG", "PERSON"], ["ORG"]),
    "regulation": (["ORG", "GPE", "PERSON", "LAW"], ["ORG", "PERSON", "LAW"]),
}

STATEMENT_CUES = {
    "kata": "after", "ujar": "after", "ungkap": "after", "tutur": "after", "jelas": "after",
    "tegas": "after", "imbuh": "after", "tambah": "after", "papar": "after",
    "menurut": "after", "mengatakan": "before", "menyatakan": "before",
    "menegaskan": "before", "menjelaskan": "before", "mengungkapkan": "before",
    "menilai": "before", "berpendapat": "before", "menyebut": "before",
    "menambahkan": "before", "memastikan": "before", "mengingatkan": "before",
    "mengkritik": "before", "menuding": "before", "berharap": "before",
    "katanya": "pronoun", "ujarnya": "pronoun", "ungkapnya": "pronoun",
    "pungkasnya": "pronoun", "jelasnya": "pronoun", "tuturnya": "pronoun",
    "tegasnya": "pronoun", "imbuhnya": "pronoun", "tambahnya": "pronoun",
    "paparnya": "pronoun", "sebutnya": "pronoun",
}

SPEAKER_PRONOUNS = ["ia", "dia", "beliau"]

CRITICISM_CUES = ["mengkritik", "menuding", "mengecam"]

MODALITY_CUES = {
    "negated": ["tidak", "belum", "bukan", "menolak berkomentar", "tidak mengetahui",
                "belum memberikan tanggapan", "membantah"],
    "planned": ["pembicaraan", "menjajaki", "berencana", "rencana", "akan", "mungkin",
                "berpotensi", "potensi", "kemungkinan", "berjanji", "diperkirakan",
                "diusulkan", "mengusulkan", "bertujuan"],
}

AMOUNT_PATTERN = (
    r"(?:US\$|\$|USD\s?|Rp\.?\s?|IDR\s?)\s?\d[\d.,]*\s?(?:triliun|miliar|juta)?"
    r"|\d[\d.,]*\s?(?:triliun|miliar|juta)\s?(?:dolar AS|dolar|rupiah)"
)
STAKE_PATTERN = r"\d{1,3}(?:[.,]\d+)?\s?(?:%|persen)"
