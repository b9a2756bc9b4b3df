"""Indonesian cue lexicons and word lists for relation extraction (data only).

Same format as :mod:`kg.lang.en.relations`.
"""

_PARTNER = {"relation": "partners_with", "family": "partnership"}
_RIVAL = {"relation": "competes_with", "family": "competition"}

RELATION_CUES = [
    # --- ownership -------------------------------------------------------
    {"relation": "owns", "family": "ownership", "order": "active", "confidence": 0.7,
     "source_types": ["ORG", "PERSON"],
     "cues": ["memiliki", "mempunyai", "induk dari", "induk usaha dari", "induk perusahaan dari",
              "pemilik", "pemilik dari", "membawahi"]},
    {"relation": "owns", "family": "ownership", "order": "passive", "confidence": 0.7,
     "cues": ["milik", "dimiliki oleh", "dimiliki", "di bawah naungan",
              "anak usaha", "anak perusahaan", "bagian dari", "besutan", "kepunyaan",
              "unit usaha dari", "unit dari"]},
    {"relation": "owns", "family": "ownership", "order": "passive", "confidence": 0.6,
     "gap": 1, "cues": ["di bawah"]},  # "Tokopedia di bawah TikTok", not "di bawah harga"
    {"relation": "controls", "family": "ownership", "order": "active", "confidence": 0.7,
     "source_types": ["ORG", "PERSON"],
     "cues": ["mengendalikan", "menguasai", "memegang kendali", "pengendali"]},
    {"relation": "controls", "family": "ownership", "order": "passive", "confidence": 0.7,
     "cues": ["dikendalikan oleh", "dikendalikan", "dikuasai oleh", "dikuasai"]},
    {"relation": "acquires_stake", "family": "ownership", "order": "active", "confidence": 0.7,
     "cues": ["mengakuisisi", "membeli", "akuisisi", "mencaplok", "membeli saham",
              "mengambil alih", "saham"], "not_through": ["dari"]},
    {"relation": "acquires_stake", "family": "ownership", "order": "passive", "confidence": 0.7,
     "cues": ["diakuisisi oleh", "diakuisisi", "dibeli oleh", "diambil alih oleh"]},
    {"relation": "owns", "family": "ownership", "order": "fronted", "confidence": 0.6,
     "source_types": ["ORG", "PERSON"],
     "cues": ["dengan memiliki", "dengan menguasai", "kini memiliki"]},
    {"relation": "acquires_stake", "family": "ownership", "order": "fronted", "confidence": 0.6,
     "cues": ["setelah mengakuisisi", "usai mengakuisisi", "dengan mengakuisisi",
              "setelah membeli", "usai membeli", "setelah mengambil alih"]},
    {"relation": "invests_in", "family": "ownership", "order": "active", "confidence": 0.65,
     "cues": ["berinvestasi", "investasi", "menanamkan modal", "menyuntikkan dana",
              "menyuntik", "menginvestasikan", "kucuran dana"]},
    {"relation": "merges_with", "family": "ownership", "order": "active", "confidence": 0.65,
     "cues": ["merger", "bergabung dengan", "menggabungkan", "digabungkan dengan",
              "dilebur", "melebur", "dilebur ke"]},
    {"relation": "merges_with", "family": "ownership", "order": "after", "confidence": 0.6,
     "links": ["dengan", "ke", "dan"], "cues": ["penggabungan", "peleburan", "merger antara"]},
    # --- regulation ------------------------------------------------------
    {"relation": "bans", "family": "regulation", "order": "active", "confidence": 0.7,
     "target_types": ["ORG"], "cues": ["melarang", "menutup", "memblokir", "menghentikan",
                                        "mencabut izin", "mencabut izin usaha", "membekukan",
                                        "menangguhkan"]},
    {"relation": "bans", "family": "regulation", "order": "passive", "confidence": 0.7,
     "target_types": ["ORG"], "cues": ["dilarang oleh", "ditutup oleh", "diblokir oleh"]},
    {"relation": "bans", "family": "regulation", "order": "nominal", "confidence": 0.6,
     "target_types": ["ORG"], "cues": ["larangan", "pelarangan", "penutupan", "pemblokiran"]},
    {"relation": "regulates", "family": "regulation", "order": "active", "confidence": 0.65,
     "target_types": ["ORG", "PERSON"],
     "cues": ["mengatur", "mengawasi", "menata", "menertibkan", "menyanksi", "mendenda"]},
    {"relation": "regulates", "family": "regulation", "order": "passive", "confidence": 0.65,
     "cues": ["diatur oleh", "diatur dalam", "diawasi oleh", "diatur melalui",
              "di bawah pengawasan", "dalam pengawasan", "di bawah otoritas"]},
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
    # --- partnership -----------------------------------------------------
    {**_PARTNER, "order": "active", "confidence": 0.65,
     "cues": ["kerja sama dengan", "kerjasama dengan", "bekerja sama dengan",
              "bekerjasama dengan", "kemitraan dengan", "bermitra dengan",
              "berkolaborasi dengan", "kolaborasi dengan", "berkolaborasi bersama",
              "menggandeng", "usaha patungan dengan", "bersinergi dengan"]},
    {**_PARTNER, "order": "active", "confidence": 0.45, "modality": "planned",
     "cues": ["pembicaraan dengan", "berbicara dengan", "bernegosiasi dengan",
              "negosiasi dengan", "penjajakan dengan", "menjajaki kerja sama dengan"]},
    {**_PARTNER, "order": "group_after", "confidence": 0.65,
     "cues": ["kerja sama antara", "kerjasama antara", "kemitraan antara",
              "kolaborasi antara", "usaha patungan antara"]},
    {**_PARTNER, "order": "group_after", "confidence": 0.45, "modality": "planned",
     "cues": ["pembicaraan antara"]},
    {**_PARTNER, "order": "group_either", "confidence": 0.6,
     "cues": ["bermitra", "berkolaborasi", "bekerja sama", "kemitraan", "kolaborasi",
              "kerja sama", "kerjasama"]},
    # --- competition -----------------------------------------------------
    {**_RIVAL, "order": "active", "confidence": 0.6,
     "cues": ["bersaing dengan", "pesaing", "rival", "saingan", "kompetitor",
              "melawan"]},
    {**_RIVAL, "order": "group_after", "confidence": 0.6,
     "cues": ["persaingan antara", "rivalitas antara"]},
    {**_RIVAL, "order": "group_before", "confidence": 0.55,
     "cues": ["bersaing", "persaingan", "rivalitas"]},
    {**_RIVAL, "order": "group_around", "confidence": 0.55,
     "cues": ["didominasi oleh", "didominasi"]},
]

AGENT_MARKERS = ["oleh"]

#: Words before an active cue that make its subject the one acted upon
#: ("TikTok was forced to close its shop"): the cue then states no relation.
AGENT_BLOCKERS = ["terpaksa", "dipaksa", "harus"]

FAMILY_TYPES = {
    "ownership": (["ORG"], ["ORG"]),
    "regulation": (["ORG", "GPE", "PERSON", "LAW"], ["ORG", "PERSON", "LAW"]),
    "partnership": (["ORG"], ["ORG"]),
    "competition": (["ORG"], ["ORG"]),
}

STATEMENT_CUES = {
    "kata": "after", "ujar": "after", "ungkap": "after", "tutur": "after", "jelas": "after",
    "tegas": "after", "imbuh": "after", "tambah": "after", "papar": "after",
    "menurut": "after", "mengatakan": "before", "menyatakan": "before",
    "menegaskan": "before", "menjelaskan": "before", "mengungkapkan": "before",
    "menilai": "before", "berpendapat": "before", "menyebut": "before",
    "menambahkan": "before", "memastikan": "before", "mengingatkan": "before",
    "mengkritik": "before", "menuding": "before", "berharap": "before",
    "melaporkan": "before", "mengklaim": "before", "menekankan": "before",
    "mengecam": "before", "mengumumkan": "before", "memperkirakan": "before",
    "memprediksi": "before", "menduga": "before", "meminta": "before", "mendesak": "before",
    "mengaku": "before", "tulis": "after", "tulisnya": "pronoun",
    "katanya": "pronoun", "ujarnya": "pronoun", "ungkapnya": "pronoun",
    "pungkasnya": "pronoun", "jelasnya": "pronoun", "tuturnya": "pronoun",
    "tegasnya": "pronoun", "imbuhnya": "pronoun", "tambahnya": "pronoun",
    "paparnya": "pronoun", "sebutnya": "pronoun", "ucapnya": "pronoun",
    "terangnya": "pronoun",
}

CRITICISM_CUES = ["mengkritik", "menuding", "mengecam"]

SPEAKER_SKIP = ["manajemen", "pihak", "juru bicara", "perwakilan"]

#: Statement cues whose object is the person addressed, not a topic: none listed.
ADDRESSEE_CUES = []

#: Prepositions of what a statement is about ("kata X tentang Y", "ujar X mengenai
#: Y"): with the parse, a phrase they mark after the cue is a topic, neither the
#: speaker's nor the setting (where and when it was said).
TOPIC_PREPOSITIONS = ["tentang", "mengenai", "soal", "terkait", "perihal", "atas"]

CRITIC_NOUNS = ["pengkritik", "pengritik", "kritikus"]

PERSON_PRONOUNS = ["ia", "dia", "beliau"]
OBJECT_PRONOUNS = []

ORG_PRONOUNS = []
ORG_DESCRIPTIONS = ["perusahaan tersebut", "perusahaan itu", "platform tersebut",
                    "platform itu", "aplikasi tersebut", "aplikasi itu", "perseroan"]

PREPOSITIONS = ["dengan", "kepada", "oleh", "untuk", "dari", "bagi", "terhadap", "tentang",
                "pada", "bersama", "menemui", "bertemu", "ke", "sebagai", "di"]

CLAUSE_BREAKS = ["dan", "tetapi", "namun", "sedangkan", "sementara", "yang"]

CLAUSE_OPENERS = ["sementara", "sedangkan", "padahal", "meskipun", "walaupun", "karena"]

LIST_SEPARATORS = [",", "dan", "serta", "&", "atau", "-", ";"]

#: Nouns before an owner and its unit ("unit e-commerce GoTo Tokopedia") or
#: with "-nya" before the unit ("layanan e-commerce-nya TikTok Shop").
OWNED_NOUNS = ["unit", "unit usaha", "unit bisnis", "anak usaha", "anak perusahaan",
               "layanan", "divisi", "platform", "merek", "fitur", "unit keuangan"]

#: "Induk usaha TikTok, ByteDance": the name after is the owner of the name before.
PARENT_NOUNS = ["induk usaha", "induk perusahaan", "perusahaan induk"]

#: The owner follows the unit noun: "unit e-commerce GoTo Tokopedia".
OWNER_BEFORE_NOUN = False

#: "Lazada dari Alibaba": an organisation right before the link word is owned by
#: the organisation right after it.
OWNER_LINKS = ["dari"]

ROLE_WORDS = ["dosen", "peneliti", "profesor", "direktur", "ketua", "kepala", "pendiri",
              "ceo", "presiden", "sekretaris jenderal", "juru bicara", "ekonom",
              "analis", "komisaris", "anggota", "pimpinan"]

ROLE_LINKS = ["dari", "di", "pada"]

ROLE_VERBS = ["memimpin", "mengepalai", "mengetuai"]

ROLE_WHOSE = []

TITLE_ORGS = {"menteri": "Kementerian", "kementerian": "Kementerian"}

TITLE_ORGS_BEFORE = {}

#: Ministers' short titles and the ministry they head ("Mendag Zulkifli Hasan").
TITLE_ABBREVIATIONS = {
    "mendag": "Kementerian Perdagangan", "wamendag": "Kementerian Perdagangan",
    "menkeu": "Kementerian Keuangan", "wamenkeu": "Kementerian Keuangan",
    "menkop": "Kementerian Koperasi dan UKM", "menkopukm": "Kementerian Koperasi dan UKM",
    "menkop ukm": "Kementerian Koperasi dan UKM",
    "menkominfo": "Kementerian Komunikasi dan Informatika",
    "menkomdigi": "Kementerian Komunikasi dan Digital", "menperin": "Kementerian Perindustrian",
    "menlu": "Kementerian Luar Negeri", "mendagri": "Kementerian Dalam Negeri",
    "menkes": "Kementerian Kesehatan", "mentan": "Kementerian Pertanian",
    "menhub": "Kementerian Perhubungan", "menaker": "Kementerian Ketenagakerjaan",
    "menparekraf": "Kementerian Pariwisata dan Ekonomi Kreatif",
    "menteri bumn": "Kementerian BUMN",
}

TITLE_ORG_DROP_TAIL = ["indonesia", "ri", "republik"]

MODALITY_CUES = {
    "negated": ["tidak", "belum", "bukan", "menolak berkomentar", "tidak mengetahui",
                "belum memberikan tanggapan", "membantah", "tak"],
    "planned": ["pembicaraan", "menjajaki", "berencana", "rencana", "akan", "mungkin",
                "berpotensi", "potensi", "kemungkinan", "berjanji", "diperkirakan",
                "diusulkan", "mengusulkan", "bertujuan", "ingin", "hendak"],
}

NEGATED_STATEMENT = ["tidak mengetahui", "menolak berkomentar", "belum memberikan tanggapan",
                     "belum memberikan komentar", "enggan berkomentar"]

AMOUNT_PATTERN = (
    r"(?:US\$|\$|USD\s?|Rp\.?\s?|IDR\s?)\s?\d[\d.,]*\s?(?:triliun|miliar|juta)?"
    r"|\d[\d.,]*\s?(?:triliun|miliar|juta)\s?(?:dolar AS|dolar|rupiah)"
)
STAKE_PATTERN = r"\d{1,3}(?:[.,]\d+)?\s?(?:%|persen)"
