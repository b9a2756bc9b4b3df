"""Indonesian entity cues for the rule-based recogniser (:mod:`pipelines.ner_baseline`).

Data only: every constant is a tuple of strings, hand-written from general
knowledge of Indonesian news (none is derived from an annotated corpus).
Multi-word entries are written as they appear in running text and are
tokenised with the Indonesian tokenizer before matching.

Case conventions
----------------
* Constants whose name ends in ``_LOWER`` are compared lower-cased
  (titles, cue words, head words, common words).
* Gazetteers of names (``PLACES``, ``KNOWN_ORGS``, ``COMPANIES``) are
  matched case-sensitively, so "Malang" the city is not "malang" (unlucky)
  and "Batu" the city is not "batu" (stone).
"""

# --------------------------------------------------------------------------
# PERSON evidence
# --------------------------------------------------------------------------

#: Titles, offices and honorifics that precede a person's name.  The name
#: after them is a PERSON; the title itself is not part of the entity
#: ("Menteri Perdagangan Zulkifli Hasan" -> PERSON "Zulkifli Hasan").
PERSON_TITLES_LOWER = (
    # heads of state and government
    "presiden", "wakil presiden", "wapres", "capres", "cawapres", "presiden terpilih",
    "perdana menteri", "pm", "raja", "ratu", "sultan", "pangeran", "putri mahkota",
    "putra mahkota", "kaisar", "paus", "kanselir",
    # ministers (with or without a portfolio after them)
    "menteri", "menteri koordinator", "menko", "wakil menteri", "wamen", "mendag",
    "wamendag", "menkeu", "wamenkeu", "menkop", "menkopukm", "menkop ukm",
    "menkominfo", "menkomdigi", "menperin", "menlu", "mendagri", "menkes", "mendikbud",
    "mendikbudristek", "menristek", "menhan", "menpora", "menaker", "menhub", "mensos",
    "menag", "mentan", "menparekraf", "menpar", "menkumham", "menpan", "menpan-rb",
    "mensesneg", "menteri bumn", "menteri esdm", "menteri pupr", "menteri investasi",
    "menko perekonomian", "menko polhukam", "menko marves", "menko pmk",
    "sekretaris kabinet", "seskab", "kepala staf kepresidenan",
    # regional government
    "gubernur", "wakil gubernur", "wagub", "bupati", "wakil bupati", "wabup",
    "wali kota", "walikota", "wakil wali kota", "wawali", "camat", "lurah",
    "kepala desa", "kades", "pj gubernur", "plt gubernur", "pj bupati", "pj wali kota",
    # corporate
    "direktur", "direktur utama", "dirut", "direktur jenderal", "dirjen",
    "direktur eksekutif", "direktur keuangan", "direktur operasional",
    "presiden direktur", "presdir", "wakil direktur", "wakil direktur utama",
    "komisaris", "komisaris utama", "komut", "ceo", "cfo", "coo", "cto", "cmo",
    "chief executive officer", "managing director", "country director", "head",
    "general manager", "gm", "manajer", "manager", "vice president", "vp",
    "pendiri", "founder", "co-founder", "salah satu pendiri", "pemilik", "bos",
    "chairman", "president", "kepala eksekutif", "corporate secretary",
    "sekretaris perusahaan", "corsec",
    # organisations and parties
    "ketua", "ketua umum", "ketum", "wakil ketua", "wakil ketua umum", "waketum",
    "ketua harian", "pelaksana harian", "plh", "kepala", "wakil kepala", "sekjen", "sekretaris jenderal",
    "wasekjen", "sekretaris", "sekretaris eksekutif", "bendahara", "bendahara umum",
    "juru bicara", "jubir", "anggota", "deputi", "asisten deputi", "staf khusus",
    "stafsus", "kepala biro", "kepala divisi", "kepala bagian", "koordinator",
    "inspektur jenderal", "irjen", "plt", "pj", "pelaksana tugas",
    # law, security and courts
    "hakim", "hakim ketua", "jaksa", "jaksa agung", "jaksa penuntut umum", "jpu",
    "kuasa hukum", "pengacara", "advokat", "kapolri", "kapolda", "kapolres",
    "kapolsek", "kabareskrim", "panglima", "panglima tni", "kasad", "kasal", "kasau",
    "jenderal", "jendral", "letjen", "mayjen", "brigjen", "kolonel", "letkol",
    "mayor", "kapten", "komjen", "kombes", "akbp", "ajun komisaris", "bripka", "pol",
    "pol.", "jaksa agung muda", "laksamana", "marsekal",
    "tersangka", "terdakwa", "terpidana", "saksi",
    # academia, religion, commentary
    "rektor", "dekan", "dosen", "guru besar", "profesor", "peneliti", "pengamat",
    "ekonom", "analis", "kepala ekonom", "ahli", "pakar", "kiai", "kyai", "ustadz",
    "ustaz", "habib", "syekh", "imam besar", "pendeta", "romo", "biksu",
    # diplomacy and politics
    "duta besar", "dubes", "konsul jenderal", "utusan khusus", "senator",
    "politikus", "politisi", "legislator", "anggota dpr", "anggota dewan",
    # culture and sport
    "pelatih", "penyanyi", "aktor", "aktris", "artis", "sutradara", "penulis",
    "wartawan", "jurnalis", "pebulu tangkis", "pesepak bola", "petenis", "pembalap",
    "influencer", "kreator konten", "selebgram", "youtuber",
    # honorifics and academic / religious prefixes
    "bapak", "pak", "ibu", "bu", "saudara", "sdr.", "sdr", "tuan", "nyonya", "ny.",
    "ny", "nona", "mas", "mbak", "bang", "kak", "haji", "hajjah", "h.", "hj.", "hj", "dr.", "dr", "drs.", "drs", "dra.", "ir.",
    "ir", "prof.", "prof", "mr.", "mrs.", "ms.", "sir", "dato", "datuk",
    "tan sri", "almarhum", "almarhumah", "mendiang",
    # English titles seen in Indonesian business news
    "minister", "prime minister", "governor", "director", "chief",
    "spokesman", "spokeswoman", "spokesperson", "secretary", "analyst", "economist",
)

#: Words that introduce a quoted speaker: "..., kata Teten." -> PERSON.
PERSON_CUES_LOWER = (
    "kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "imbuh", "tambah", "tegas",
    "terang", "papar", "sebut", "tandas", "lanjut", "pungkas", "ungkapnya", "katanya",
    "sapaan", "bernama", "oleh", "kepada", "bersama", "menurut", "said",
)

#: Portfolio and office words that may follow a title before the name
#: ("Menteri Koperasi dan UKM Teten Masduki", "Wakil Ketua Komisi VI ...").
#: They are neither part of the person nor an entity on their own.
TITLE_COMPLEMENT_LOWER = (
    "koperasi", "dan", "ukm", "umkm", "usaha", "kecil", "menengah", "mikro",
    "perdagangan", "keuangan", "luar", "dalam", "negeri", "hukum", "ham", "sosial",
    "agama", "pertahanan", "keamanan", "politik", "perekonomian", "ekonomi",
    "kesehatan", "pendidikan", "kebudayaan", "riset", "teknologi", "pendidikan tinggi",
    "perindustrian", "industri", "pertanian", "kelautan", "perikanan", "kehutanan",
    "lingkungan", "hidup", "energi", "sumber", "daya", "mineral", "esdm", "pekerjaan",
    "umum", "perumahan", "rakyat", "pupr", "perhubungan", "komunikasi", "informatika",
    "digital", "ketenagakerjaan", "tenaga", "kerja", "pariwisata", "kreatif",
    "investasi", "hilirisasi", "bumn", "milik", "negara",
    "sekretaris", "sekretariat", "kabinet", "pemuda", "olahraga", "desa", "muda",
    "pidana", "perdata", "khusus", "intelijen", "pengawasan", "niaga", "pemasaran",
    "pembangunan", "daerah", "tertinggal", "transmigrasi", "agraria", "tata", "ruang",
    "pemberdayaan", "perempuan", "perlindungan", "anak", "aparatur", "reformasi",
    "birokrasi", "pan-rb", "perencanaan", "nasional", "ppn", "bappenas", "maritim",
    "koordinator", "bidang", "polhukam", "marves", "pmk", "kominfo", "kumham",
    "utama", "eksekutif", "jenderal", "pelaksana", "harian", "tugas", "operasional",
    "bisnis", "korporat", "komersial", "senior", "regional", "asia",
    "tenggara", "pasifik", "wilayah", "pusat", 
    "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
    "ri", "republik", "indonesia", "dki", "provinsi", "kabupaten", "kota", "istana",
    "kepresidenan", "kantor",
    "perbankan", "pasar", "modal", "kebijakan", "moneter", "fiskal",
    "makroprudensial", "sistem", "pembayaran", "eksternal", "domestik", "global",
    "ceo", "cfo", "officer", "chief", "executive", "of", "operations",
    "public", "policy", "government", "relations", "affairs", "head",
)

#: Lower-case particles allowed inside a person's name ("Abdurrahman bin Ali",
#: "Ludwig van Beethoven").
NAME_PARTICLES_LOWER = (
    "bin", "binti", "bt", "ibn", "ibnu", "van", "von", "der", "den", "de", "da",
    "del", "della", "al", "el", "ul", "dos", "das",
)

#: Honorifics that are part of the name people use ("Gus Dur", "Cak Imin",
#: "Teuku Umar"): kept inside the PERSON span, unlike ``PERSON_TITLES_LOWER``.
NAME_PREFIXES_LOWER = (
    "gus", "cak", "bung", "kang", "mbah", "ning", "ki", "nyi", "teuku", "tengku",
    "cut", "raden", "andi", "daeng", "sutan", "ida", "i", "ni",
)

#: Words that follow a sentence-initial name used as the subject ("Jokowi
#: mengatakan", "Teten juga ..."): besides verbs with the prefixes me-,
#: ber-, di-, ter-, which :mod:`pipelines.ner_baseline` recognises by shape.  A lone
#: unknown capitalised word opening a sentence is taken as a name only when
#: one of these follows; otherwise it is most often a common noun ("Harga
#: naik", "Desa ini").
SUBJECT_FOLLOWERS_LOWER = (
    ",", "(", ")", ":", "akan", "telah", "sudah", "pun", "segera", "bahkan", "sendiri",
    "lantas", "lalu", "kemudian", "pernah", "tidak", "tak", "belum", "masih", "kini",
    "sempat", "mengaku", "yakin", "optimistis", "optimis", "berharap", "ingin",
    "mau", "harus", "bisa", "dapat", "tengah", "sedang", "baru", "justru", "hanya",
    "selalu", "langsung", "kembali", "resmi", "enggan", "menolak", "setuju", "said",
    "says", "is", "was", "has",
)

# --------------------------------------------------------------------------
# ORG evidence
# --------------------------------------------------------------------------

#: Words that start an organisation name when capitalised and followed by
#: more capitalised words ("Kementerian Perdagangan", "PT Bank Mandiri Tbk",
#: "Universitas Gadjah Mada").  Alone ("Kementerian itu ...") they are not
#: an entity.
ORG_HEADS_LOWER = (
    "pt", "pt.", "cv", "cv.", "perum", "perumda", "pd", "kementerian", "kementrian",
    "kemenko", "kemen", "departemen", "depdag", "badan", "bank", "universitas",
    "institut", "politeknik", "sekolah tinggi", "akademi", "fakultas", "partai",
    "komisi", "komite", "dewan", "lembaga", "asosiasi", "perusahaan", "grup", "group",
    "pemerintah", "pemprov", "pemkot", "pemkab", "pemda", "mahkamah", "pengadilan",
    "pengadilan negeri", "pengadilan tinggi", "kejaksaan", "kejaksaan negeri",
    "kepolisian", "polda", "polres", "polresta", "polrestabes", "polsek", "kodam",
    "korem", "kodim", "majelis", "fraksi", "yayasan", "koperasi", "himpunan",
    "ikatan", "persatuan", "perserikatan", "serikat", "perhimpunan", "organisasi",
    "otoritas", "direktorat", "direktorat jenderal", "ditjen", "dinas", "biro",
    "kamar dagang", "federasi", "konfederasi", "forum", "gerakan", "front", "aliansi",
    "koalisi", "liga", "klub", "bursa", "kongres", "senat", "parlemen", "satgas",
    "satuan tugas", "inspektorat", "sekretariat", "kedutaan besar", "kedubes",
    "konsulat", "konsulat jenderal", "kantor berita", "harian", "majalah", "radio",
    "televisi", "stasiun televisi", "rumah sakit", "rsud", "rs", "puskesmas",
    "pusat", "balai", "kantor", "unit", "divisi", "perkumpulan", "paguyuban",
    "kelompok", "laskar", "brigade", "batalyon", "pasukan", "angkatan", "tentara",
    "garda", "korps", "ormas", "lsm", "bumn", "bumd", "holding",
    # English
    "ministry", "department", "university", "institute", "council", "commission",
    "committee", "agency", "association", "federation", "board", "bank of",
    "organisation", "organization",
    "the",
)

#: Words that end (and so mark) an organisation name: "... Tbk", "... Inc".
ORG_TRAILERS_LOWER = (
    "tbk", "tbk.", "(persero)", "persero", "inc", "inc.", "corp", "corp.",
    "corporation", "ltd", "ltd.", "limited", "llc", "plc", "co.", "company", "group",
    "grup", "holdings", "ag", "gmbh", "s.a.", "n.v.", "b.v.", "pte", "pte.", "bhd",
    "berhad", "sdn", "fc", "f.c.", "united", "airlines", "airways", "air",
    "foundation", "institute", "university", "association", "council", "agency",
    "ministry", "committee", "organization", "organisation", "party", "times",
    "post", "journal", "securities", "sekuritas", "ventures", "technologies",
    "labs", "insurance", "motors", "telecom", "service", "services", "alliance",
    "exchange", "centre", "center", "systems", "network", "networks",
)

#: Tokens that extend an organisation already found: "DPR RI", "PT Pertamina
#: (Persero)", "PT GoTo Gojek Tokopedia Tbk".
ORG_EXTENSIONS = (
    "RI", "Tbk", "Tbk.", "(Persero)", "Persero", "Indonesia", "Inc", "Inc.", "Corp",
    "Corp.", "Ltd", "Ltd.", "Group", "Grup",
)

#: Lower-case words that announce an organisation: "platform Shopee",
#: "perusahaan ByteDance", "partai Gerindra".
ORG_CUES_LOWER = (
    "perusahaan", "platform", "aplikasi", "startup", "perusahaan rintisan",
    "lokapasar", "marketplace", "e-commerce", "situs", "layanan", "maskapai",
    "emiten", "raksasa", "raksasa teknologi", "konglomerasi", "lembaga", "partai",
    "organisasi", "kelompok", "ormas", "bank", "media", "harian", "majalah",
    "kantor berita", "stasiun televisi", "klub", "tim", "band", "grup", "produsen",
    "pabrikan", "operator", "anak usaha", "induk usaha", "unicorn", "decacorn",
    "fraksi", "koalisi", "kementerian", "pemerintah", "pihak", "penyedia",
)

#: Well-known Indonesian and international organisations: government bodies,
#: parties, international bodies, media.  All-caps acronyms not listed here
#: are still ORG by the acronym rule unless in ``NON_ENTITY_ACRONYMS``.
KNOWN_ORGS = (
    # state bodies
    "KPK", "Komisi Pemberantasan Korupsi", "OJK", "Otoritas Jasa Keuangan", "BI",
    "Bank Indonesia", "DPR", "DPR RI", "DPR-RI", "DPRD", "MPR", "MPR RI", "DPD",
    "DPD RI", "BPS", "Badan Pusat Statistik", "BPK", "Badan Pemeriksa Keuangan",
    "BPKP", "KPU", "Komisi Pemilihan Umum", "Bawaslu", "MK", "Mahkamah Konstitusi",
    "MA", "Mahkamah Agung", "Polri", "Kepolisian Republik Indonesia", "TNI",
    "Kejagung", "Kejaksaan Agung", "BNN", "BNPB", "BMKG", "BPOM", "Badan POM", "BKPM",
    "Bappenas", "LPS", "KPPU", "BRIN", "BSSN", "Basarnas", "Bulog", "Ombudsman",
    "Komnas HAM", "KPAI", "LKPP", "PPATK", "Bea Cukai", "Ditjen Pajak", "DJP",
    "Kemenkeu", "Kementerian Keuangan", "Kemendag", "Kementerian Perdagangan",
    "KemenKopUKM", "KemenkopUKM", "Kemenkop UKM", "Kemenkop",
    "Kementerian Koperasi dan UKM",
    "Kementerian Koperasi dan Usaha Kecil dan Menengah", "Kemenperin",
    "Kementerian Perindustrian", "Kominfo", "Kemenkominfo", "Kemkominfo",
    "Kementerian Komunikasi dan Informatika", "Komdigi", "Kemkomdigi",
    "Kementerian Komunikasi dan Digital", "Kemenlu", "Kemlu",
    "Kementerian Luar Negeri", "Kemendagri", "Kementerian Dalam Negeri", "Kemenkes",
    "Kementerian Kesehatan", "Kemendikbud", "Kemendikbudristek", "Kemenristek",
    "Kemenhub", "Kementerian Perhubungan", "Kemensos", "Kementerian Sosial",
    "Kemenag", "Kementerian Agama", "Kemenhan", "Kementerian Pertahanan",
    "Kemenkumham", "Kementerian Hukum dan HAM", "Kemenaker", "Kemnaker",
    "Kementerian Ketenagakerjaan", "Kementan", "Kementerian Pertanian",
    "Kemenparekraf", "Kemenpar", "Kementerian Pariwisata dan Ekonomi Kreatif",
    "Kementerian BUMN", "Kemen BUMN", "KemenPUPR", "Kementerian PUPR",
    "Kementerian ESDM", "Kemen ESDM", "KLHK", "KKP", "Kemenpora", "Kemenpan-RB",
    "KemenPAN-RB", "Kemensetneg", "Setneg", "Setkab", "KSP",
    "Kemenko Perekonomian", "Kemenko Marves", "Kemenko Polhukam",
    "Kementerian Investasi", "Kementerian Investasi/BKPM",
    "Pemprov DKI", "Pemprov DKI Jakarta", "Pemerintah Indonesia",
    "Pemerintah Provinsi DKI Jakarta", "Kadin", "Kadin Indonesia", "Apindo", "Hipmi",
    "YLKI", "idEA", "Asosiasi E-Commerce Indonesia", "AFPI", "Aftech", "Perbanas",
    "BEI", "Bursa Efek Indonesia", "IDX", "KSEI", "Danantara", "INA",
    # political parties
    "PDI-P", "PDIP", "PDI Perjuangan", "Partai Demokrasi Indonesia Perjuangan",
    "Golkar", "Partai Golkar", "Gerindra", "Partai Gerindra", "PKB", "PKS", "PAN",
    "PPP", "NasDem", "Nasdem", "Partai NasDem", "Demokrat", "Partai Demokrat",
    "Hanura", "Perindo", "PSI", "Partai Buruh", "Gelora", "Partai Ummat", "PBB",
    # international bodies
    "Perserikatan Bangsa-Bangsa", "UN", "United Nations", "WHO", "WTO", "IMF",
    "Bank Dunia", "World Bank", "ASEAN", "APEC", "G20", "G7", "OPEC", "OECD", "NATO",
    "Uni Eropa", "EU", "European Union", "Komisi Eropa", "European Commission",
    "UNICEF", "UNESCO", "UNHCR", "ILO", "ADB", "AIIB", "FIFA", "IOC", "Interpol",
    "The Fed", "Federal Reserve", "ECB", "Bank Sentral Eropa", "BRICS", "Hamas",
    "Hizbullah", "Taliban", "Al-Qaeda", "ISIS", "Kremlin", "Gedung Putih",
    "White House", "Pentagon", "Kongres AS", "Senat AS", "FBI", "CIA", "SEC", "FTC",
    # media
    "Kompas", "Kompas.com", "Tempo", "Antara", "Detik", "detikcom", "detikFinance",
    "CNN Indonesia", "CNBC Indonesia", "Kontan", "Bisnis Indonesia", "Katadata",
    "Liputan6", "Tribunnews", "Republika", "Jakarta Post", "The Jakarta Post",
    "Jakarta Globe", "Reuters", "Bloomberg", "AFP", "AP", "Associated Press", "BBC",
    "CNN", "CNBC", "Financial Times", "Wall Street Journal", "New York Times",
    "The New York Times", "Xinhua", "Nikkei", "TechCrunch", "The Verge",
)

#: Companies, platforms and investors common in Indonesian business news.
COMPANIES = (
    # platforms and e-commerce
    "TikTok", "TikTok Shop", "Tokopedia", "GoTo", "GoTo Gojek Tokopedia", "Gojek",
    "GoPay", "GoFood", "Grab", "Shopee", "ShopeePay", "Lazada", "Bukalapak", "Blibli",
    "Traveloka", "Tiket.com", "OVO", "LinkAja", "Akulaku", "Kredivo", "Zalora",
    "Bhinneka", "JD.ID", "JD.com", "Sea", "Sea Group", "Sea Limited", "Ruangguru",
    "eFishery", "Xendit", "Ajaib", "Bibit", "Halodoc", "Alodokter", "Kopi Kenangan",
    "Sociolla", "Warung Pintar", "Mitra Bukalapak", "Shein", "Temu", "Pinduoduo",
    "Amazon", "eBay", "Alibaba", "Alibaba Group", "Ant Group", "Alipay", "Taobao",
    "Tencent", "WeChat", "ByteDance", "Douyin", "Meta", "Meta Platforms", "Facebook",
    "Instagram", "WhatsApp", "Threads", "Google", "Alphabet", "YouTube", "Apple",
    "Microsoft", "OpenAI", "Netflix", "Spotify", "Twitter", "Telegram", "Uber",
    "Airbnb", "Nvidia", "Intel", "Samsung", "Huawei", "Xiaomi", "Oppo", "Vivo",
    "Tesla", "SpaceX", "Starlink", "Visa", "Mastercard", "PayPal",
    # investors
    "Temasek", "GIC", "SoftBank", "Sequoia", "Sequoia Capital", "East Ventures",
    "Alpha JWC", "Northstar", "Provident", "Saratoga", "BlackRock", "Goldman Sachs",
    "Morgan Stanley", "JPMorgan", "Moody's", "Fitch", "Fitch Ratings",
    "S&P", "Standard & Poor's",
    # state-owned and large Indonesian companies
    "Pertamina", "PLN", "Telkom", "Telkom Indonesia", "Telkomsel", "Indosat",
    "Indosat Ooredoo Hutchison", "XL Axiata", "Smartfren", "Garuda Indonesia",
    "Lion Air", "Citilink", "AirAsia", "Bank Mandiri", "BRI", "Bank Rakyat Indonesia",
    "BNI", "Bank Negara Indonesia", "BTN", "Bank Tabungan Negara", "BSI",
    "Bank Syariah Indonesia", "BCA", "Bank Central Asia", "CIMB Niaga", "Bank Jago",
    "Krakatau Steel", "Semen Indonesia", "Antam", "Inalum", "MIND ID", "KAI",
    "Kereta Api Indonesia", "Angkasa Pura", "Pelindo", "Jasa Marga", "Waskita Karya",
    "Wijaya Karya", "WIKA", "Adhi Karya", "Pos Indonesia", "Pupuk Indonesia",
    "Sarinah", "Astra", "Astra International", "Unilever", "Unilever Indonesia",
    "Indofood", "Sinar Mas", "Lippo", "Djarum", "Salim Group", "Medco",
    "Adaro", "Freeport", "Freeport Indonesia", "Freeport-McMoRan", "Vale",
    "Vale Indonesia", "HM Sampoerna", "Gudang Garam", "Wings", "Mayora", "Alfamart",
    "Indomaret", "Matahari", "Ramayana", "Transmart", "Hypermart", "Emtek", "MNC",
    "MNC Group", "Djarum Group", "CT Corp", "Sritex", "Danone",
)

#: A few public figures best known by a nickname or an acronym that the
#: rules would otherwise read as an organisation ("SBY") or miss.
KNOWN_PERSONS = (
    "SBY", "JK", "AHY", "BTP", "Jokowi", "Ahok", "Gus Dur", "Gus Yahya", "Cak Imin",
    "Bung Karno", "Bung Hatta", "Soeharto", "Soekarno", "Habibie", "Megawati",
    "Prabowo", "Gibran", "Kaesang", "Anies", "Ganjar",
)

# --------------------------------------------------------------------------
# GPE evidence (all places)
# --------------------------------------------------------------------------

#: Indonesia's 38 provinces, with common short forms.
PROVINCES = (
    "Aceh", "Nanggroe Aceh Darussalam", "Sumatera Utara", "Sumut", "Sumatera Barat",
    "Sumbar", "Riau", "Kepulauan Riau", "Kepri", "Jambi", "Sumatera Selatan", "Sumsel",
    "Kepulauan Bangka Belitung", "Bangka Belitung", "Babel", "Bengkulu", "Lampung",
    "DKI Jakarta", "DKI", "Jakarta", "Jawa Barat", "Jabar", "Banten", "Jawa Tengah",
    "Jateng", "DI Yogyakarta", "Daerah Istimewa Yogyakarta", "DIY", "Yogyakarta",
    "Jawa Timur", "Jatim", "Bali", "Nusa Tenggara Barat", "NTB", "Nusa Tenggara Timur",
    "NTT", "Kalimantan Barat", "Kalbar", "Kalimantan Tengah", "Kalteng",
    "Kalimantan Selatan", "Kalsel", "Kalimantan Timur", "Kaltim", "Kalimantan Utara",
    "Kaltara", "Sulawesi Utara", "Sulut", "Gorontalo", "Sulawesi Tengah", "Sulteng",
    "Sulawesi Barat", "Sulbar", "Sulawesi Selatan", "Sulsel", "Sulawesi Tenggara",
    "Sultra", "Maluku", "Maluku Utara", "Malut", "Papua", "Papua Barat",
    "Papua Barat Daya", "Papua Tengah", "Papua Pegunungan", "Papua Selatan",
)

#: Islands, regions and metropolitan areas of Indonesia.
INDONESIAN_REGIONS = (
    "Jawa", "Sumatera", "Sumatra", "Kalimantan", "Sulawesi", "Borneo", "Nusa Tenggara",
    "Madura", "Lombok", "Flores", "Sumba", "Timor", "Bangka", "Belitung", "Bintan",
    "Natuna", "Halmahera", "Nias", "Mentawai", "Raja Ampat", "Jabodetabek",
    "Jabotabek", "Jawa-Bali", "Pantura", "Nusantara", "IKN", "Ibu Kota Nusantara",
    "Indonesia Timur", "Kawasan Timur Indonesia",
)

#: Major Indonesian cities and well-known districts.
INDONESIAN_CITIES = (
    "Jakarta Pusat", "Jakarta Utara", "Jakarta Barat", "Jakarta Selatan",
    "Jakarta Timur", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar",
    "Palembang", "Tangerang", "Tangerang Selatan", "Tangsel", "Depok", "Bekasi",
    "Bogor", "Batam", "Pekanbaru", "Padang", "Malang", "Denpasar", "Yogya", "Jogja",
    "Jogjakarta", "Solo", "Surakarta", "Balikpapan", "Samarinda", "Banjarmasin",
    "Pontianak", "Manado", "Kupang", "Mataram", "Jayapura", "Ambon", "Kendari", "Palu",
    "Bandar Lampung", "Serang", "Cilegon", "Cirebon", "Tasikmalaya", "Sukabumi",
    "Cimahi", "Karawang", "Purwakarta", "Garut", "Cianjur", "Kediri", "Madiun",
    "Blitar", "Jember", "Banyuwangi", "Probolinggo", "Pasuruan", "Mojokerto",
    "Sidoarjo", "Gresik", "Lamongan", "Tuban", "Tegal", "Pekalongan", "Magelang",
    "Salatiga", "Kudus", "Jepara", "Klaten", "Sukoharjo", "Boyolali", "Purwokerto",
    "Banyumas", "Cilacap", "Sleman", "Bantul", "Tarakan", "Sorong", "Merauke",
    "Manokwari", "Ternate", "Mamuju", "Palangka Raya", "Palangkaraya", "Banda Aceh",
    "Lhokseumawe", "Sabang", "Pematangsiantar", "Binjai", "Bukittinggi", "Dumai",
    "Tanjungpinang", "Pangkalpinang", "Labuan Bajo", "Mandalika", "Nusa Dua", "Kuta",
    "Ubud", "Bitung", "Tomohon", "Kuningan", "Menteng", "Senayan", "Kebayoran Baru",
    "Tanah Abang", "Kemayoran", "Cikarang", "Serpong", "BSD", "Pulau Seribu",
    "Kepulauan Seribu", "Nusakambangan", "Penajam Paser Utara",
)

#: Countries, in Indonesian and English spelling, with common abbreviations.
COUNTRIES = (
    "Indonesia", "RI", "Republik Indonesia", "Malaysia", "Singapura", "Singapore",
    "Thailand", "Vietnam", "Filipina", "Philippines", "Myanmar", "Kamboja", "Cambodia",
    "Laos", "Brunei", "Brunei Darussalam", "Timor Leste", "Timor-Leste", "Tiongkok",
    "China", "Cina", "RRT", "RRC", "Republik Rakyat Tiongkok", "Jepang", "Japan",
    "Korea", "Korea Selatan", "Korsel", "South Korea", "Korea Utara", "Korut",
    "North Korea", "Taiwan", "Hong Kong", "Hongkong", "Makau", "Macau", "India",
    "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Afghanistan", "Afganistan",
    "Iran", "Irak", "Iraq", "Suriah", "Syria", "Lebanon", "Libanon", "Yordania",
    "Jordan", "Israel", "Palestina", "Palestine", "Arab Saudi", "Saudi Arabia",
    "Saudi", "Uni Emirat Arab", "UEA", "United Arab Emirates", "UAE", "Qatar",
    "Kuwait", "Bahrain", "Oman", "Yaman", "Yemen", "Turki", "Turkey", "Turkiye",
    "Mesir", "Egypt", "Libya", "Tunisia", "Aljazair", "Algeria", "Maroko", "Morocco",
    "Sudan", "Sudan Selatan", "Etiopia", "Ethiopia", "Kenya", "Somalia", "Nigeria",
    "Ghana", "Afrika Selatan", "South Africa", "Tanzania", "Uganda", "Rwanda",
    "Zimbabwe", "Kongo", "Congo", "Senegal", "Mali", "Liberia", "Sierra Leone",
    "Guinea", "Kamerun", "Angola", "Mozambik", "Madagaskar", "Amerika Serikat", "AS",
    "United States", "USA", "US", "U.S.", "Amerika", "America", "Kanada", "Canada",
    "Meksiko", "Mexico", "Brasil", "Brazil", "Argentina", "Chili", "Chile",
    "Kolombia", "Colombia", "Peru", "Venezuela", "Kuba", "Cuba", "Inggris",
    "Britania Raya", "United Kingdom", "UK", "England", "Britain", "Skotlandia",
    "Scotland", "Irlandia", "Ireland", "Prancis", "Perancis", "France", "Jerman",
    "Germany", "Italia", "Italy", "Spanyol", "Spain", "Portugal", "Belanda",
    "Netherlands", "Belgia", "Belgium", "Swiss", "Switzerland", "Austria", "Swedia",
    "Sweden", "Norwegia", "Norway", "Denmark", "Finlandia", "Finland", "Islandia",
    "Polandia", "Poland", "Ceko", "Hungaria", "Rumania", "Bulgaria", "Yunani",
    "Greece", "Ukraina", "Ukraine", "Rusia", "Russia", "Belarus", "Georgia", "Armenia",
    "Azerbaijan", "Kazakhstan", "Uzbekistan", "Mongolia", "Australia", "Selandia Baru",
    "New Zealand", "Papua Nugini", "Papua New Guinea", "Fiji", "Uni Soviet",
)

#: Continents, world regions and disputed or sub-national areas abroad.
WORLD_REGIONS = (
    "Asia", "Asia Tenggara", "Asia Timur", "Asia Selatan", "Asia Tengah", "Asia Barat",
    "Asia Pasifik", "Asia-Pasifik", "Indo-Pasifik", "Eropa", "Europe", "Eropa Barat",
    "Eropa Timur", "Afrika", "Africa", "Afrika Utara", "Afrika Barat", "Afrika Timur",
    "Timur Tengah", "Middle East", "Amerika Latin", "Latin America", "Amerika Utara",
    "Amerika Selatan", "Oseania", "Pasifik", "Atlantik", "Balkan", "Skandinavia",
    "Semenanjung Korea", "Jalur Gaza", "Gaza", "Tepi Barat", "West Bank", "Kashmir",
    "Xinjiang", "Tibet", "Krimea", "Crimea", "Donbas", "Laut China Selatan",
    "Laut Cina Selatan", "Selat Malaka", "Selat Sunda", "Silicon Valley",
    "Wall Street",
)

#: Major world cities.
WORLD_CITIES = (
    "Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hangzhou", "Wuhan", "Tokyo",
    "Osaka", "Seoul", "Bangkok", "Kuala Lumpur", "Manila", "Hanoi", "Ho Chi Minh",
    "Phnom Penh", "Yangon", "Naypyidaw", "New Delhi", "Delhi", "Mumbai", "Dhaka",
    "Karachi", "Islamabad", "Kabul", "Teheran", "Tehran", "Baghdad", "Bagdad",
    "Damaskus", "Damascus", "Beirut", "Amman", "Yerusalem", "Jerusalem", "Tel Aviv",
    "Riyadh", "Jeddah", "Mekkah", "Makkah", "Mekah", "Madinah", "Dubai", "Abu Dhabi",
    "Doha", "Ankara", "Istanbul", "Kairo", "Cairo", "Tripoli", "Khartoum", "Nairobi",
    "Addis Ababa", "Lagos", "Johannesburg", "Cape Town", "Washington",
    "Washington DC", "New York", "Los Angeles", "San Francisco", "Chicago", "Boston",
    "Seattle", "Houston", "Miami", "Toronto", "Vancouver", "Ottawa", "London",
    "Paris", "Berlin", "Brussel", "Brussels", "Amsterdam", "Den Haag", "The Hague",
    "Jenewa", "Geneva", "Zurich", "Davos", "Wina", "Vienna", "Roma", "Rome", "Milan",
    "Madrid", "Barcelona", "Lisbon", "Moskow", "Moscow", "Kiev", "Kyiv", "Warsawa",
    "Sydney", "Melbourne", "Canberra", "Perth", "Brisbane", "Darwin", "Auckland",
    "Wellington", "Taipei", "Vientiane", "Bandar Seri Begawan", "Dili",
    "Johor", "Johor Bahru", "Penang", "Sabah", "Sarawak",
)

#: Words that start a place name when capitalised: "Kabupaten Klaten",
#: "Jalan Sudirman", "Pulau Nusakambangan", "Gedung DPR".
PLACE_HEADS_LOWER = (
    "kabupaten", "kab.", "kota", "kotamadya", "provinsi", "prov.", "kecamatan",
    "kelurahan", "desa", "dusun", "kampung", "pulau", "kepulauan", "jalan", "jl",
    "jl.", "gunung", "selat", "teluk", "laut", "samudra", "samudera", "sungai",
    "danau", "tanjung", "semenanjung", "jalur", "bandara", "bandar udara",
    "pelabuhan", "stasiun", "terminal", "gedung", "hotel", "taman", "lapangan",
    "stadion", "masjid", "gereja", "pura", "candi", "istana", "kompleks",
    "komplek", "wisma", "menara", "plaza", "alun-alun", "benteng", "lembah",
    "dataran tinggi", "kawasan industri", "kawasan ekonomi khusus", "kek",
    "negara bagian", "kota administrasi", "daerah istimewa", "distrik", "prefektur",
    "puncak", "museum", "bundaran", "kolam", "pantai", "air terjun", "kastil",
)

#: Heads of a unit inside a larger organisation: "Fraksi Partai Demokrat",
#: "Kantor Wilayah Kementerian Hukum dan HAM", "Fakultas Kehutanan UGM".  The
#: parent organisation is its own entity; the unit is one only when it has a
#: name of its own ("Fakultas Kehutanan").
ORG_UNIT_HEADS_LOWER = (
    "fraksi", "dpp", "dpw", "dpc", "kantor", "kantor wilayah", "kanwil",
    "dewan pimpinan pusat", "dewan pimpinan daerah", "dewan pimpinan wilayah",
    "dewan pimpinan cabang", "fakultas", "direktorat", "direktorat jenderal",
    "ditjen", "biro", "divisi", "unit", "sayap", "pengurus", "pimpinan",
)

#: Capitalised phrases that look like names but are not entities.
NON_ENTITY_PHRASES = (
    "Tanah Air", "Ibu Pertiwi", "Tuhan Yang Maha Esa", "Yang Maha Esa",
    "Hari Raya", "Idul Fitri", "Idul Adha", "Hak Asasi Manusia",
    "Sumber Daya Manusia", "Sumber Daya Alam", "Bahan Bakar Minyak",
    "Usaha Mikro Kecil dan Menengah", "Usaha Kecil dan Menengah",
    "Produk Domestik Bruto", "Surat Berharga Negara", "Rapat Paripurna",
    "Sidang Paripurna", "Rapat Kerja", "Rapat Dengar Pendapat", "Hari Kemerdekaan",
    "Tahun Baru", "Piala Dunia", "Work From Home", "Black Friday", "Harbolnas",
)

#: Organisation heads that name a building when "di" (at) comes before them:
#: "di Rumah Sakit Pusat Pertamina", "di Kantor Kementerian Sosial" -> GPE;
#: elsewhere they are ORG ("Pengadilan Negeri Jakarta Selatan memutuskan").
FACILITY_HEADS_LOWER = (
    "rumah sakit", "rs", "rsud", "puskesmas", "kantor", "pengadilan",
    "pengadilan negeri", "pengadilan tinggi", "kampus", "sekolah",
)

#: Locative prepositions that turn a facility into a place.
LOCATIVES_LOWER = ("di", "ke", "dari", "menuju", "at", "in")

#: Capitalised words that continue a place already found: "Jakarta Selatan",
#: "Sulawesi Utara", "Gaza City".
PLACE_TRAILERS = (
    "Utara", "Selatan", "Barat", "Timur", "Tengah", "Tenggara", "Barat Daya",
    "Barat Laut", "Timur Laut", "Raya", "Pusat", "City", "Besar", "Baru", "Kota",
    "Daya", "Laut",
)

#: Lower-case words after which an unknown capitalised name is a place:
#: "di Cianjur", "ke Surabaya", "kota Bandung".
PLACE_CUES_LOWER = (
    "di", "ke", "dari", "kota", "negara", "wilayah", "kawasan", "provinsi",
    "kabupaten", "ibu kota", "ibukota", "daerah", "pulau", "desa", "kecamatan",
    "menuju", "asal", "warga", "penduduk", "perbatasan", "tiba di",
    "berbasis di", "berkantor di", "berkantor pusat di", "kantor pusat di",
    "bermarkas di", "setibanya di",
)

#: Lower-case words after which a capitalised word names a language, people
#: or religion, not a place: "bahasa Inggris", "suku Jawa", "beragama Kristen".
#: Nothing after them is an entity, not even a gazetteer place.
NON_ENTITY_CUES_LOWER = (
    "bahasa", "berbahasa", "suku", "bersuku", "etnis", "agama", "beragama",
    "umat", "aksara", "dialek", "logat", "masakan", "kuliner",
    "aliran", "mazhab",
)

#: Lower-case words before the title of a work, a product, an event or a
#: disease: "film Avengers", "lagu Bengawan Solo", "virus Ebola".  An unknown
#: capitalised sequence after them is not labelled.
WORK_CUES_LOWER = (
    "album", "film", "lagu", "single", "novel", "buku", "berjudul", "judul",
    "serial", "sinetron", "acara", "program", "drama", "lakon", "sandiwara",
    "game", "gim", "fitur", "produk", "model", "tipe", "seri", "varian",
    "virus", "penyakit", "wabah", "spesies", "genus", "jenis", "operasi", "proyek",
    "festival", "ajang", "kompetisi", "turnamen", "kejuaraan", "penghargaan",
    "anugerah", "piala", "trofi", "gelar", "kategori", "tagar", "hashtag",
    "kampanye", "gerakan", "slogan", "istilah", "sebutan", "julukan",
)

#: Capitalised words that make a sequence an event, award or title of a work
#: rather than a PERSON/ORG/GPE: "MTV Music Award", "Piala Dunia", "Harbolnas".
EVENT_WORDS_LOWER = (
    "award", "awards", "prize", "cup", "championship", "championships", "festival",
    "fest", "expo", "summit", "conference", "olympiad", "olympics", "games", "week",
    "day", "show", "series", "season", "tour", "piala", "penghargaan", "anugerah",
    "lomba", "kejuaraan", "olimpiade", "pekan", "konferensi", "pameran",
    "muktamar", "munas", "munaslub", "mukernas", "rakernas", "rapimnas", "kongres",
    "pemilu", "pilpres", "pileg", "pilkada", "harbolnas",
)

# --------------------------------------------------------------------------
# LAW evidence
# --------------------------------------------------------------------------

#: Single-token names of regulation types.  Followed by "No./Nomor N Tahun
#: YYYY", "N/YYYY" or a capitalised short name ("UU Cipta Kerja"), they form
#: a LAW entity.
LAW_TYPES_LOWER = (
    "uu", "undang-undang", "uud", "perppu", "perpu", "pp", "perpres", "keppres",
    "kepres", "inpres", "permen", "permendag", "permenkeu", "pmk", "permenkominfo",
    "permenkomdigi", "permenkop", "permenkopukm", "permenkop ukm", "permenperin",
    "permenaker", "permenkes", "permendikbud", "permendikbudristek", "permenhub",
    "permendagri", "permenpan", "permenpan-rb", "permentan", "permen esdm",
    "permen kp", "permen lhk", "permenag", "permensos", "permenkumham", "kepmen",
    "kepmendag", "kepmenkeu", "perda", "pergub", "perbup", "perwal", "perwali",
    "pojk", "seojk", "pbi", "padg", "perma", "sema", "perkap", "perpol", "perban",
    "ruu", "raperda", "rpp", "surat edaran", "peraturan pemerintah",
    "peraturan presiden", "peraturan daerah", "peraturan gubernur",
    "peraturan bupati", "peraturan wali kota", "peraturan bank indonesia",
    "peraturan ojk", "peraturan otoritas jasa keuangan", "peraturan mahkamah agung",
    "peraturan menteri", "keputusan menteri", "keputusan presiden",
    "instruksi presiden", "undang-undang dasar", "rancangan undang-undang",
    "peraturan pemerintah pengganti undang-undang", "kitab undang-undang hukum pidana",
    "kuhp", "kuhap", "kuhperdata",
)

#: Words that introduce the number of a regulation: "Nomor 31 Tahun 2023".
LAW_NUMBER_WORDS_LOWER = ("nomor", "no", "no.", "nomer", "nr", "nr.")

#: Words joining a regulation to its subject: "UU Nomor 11 Tahun 2020 tentang
#: Cipta Kerja".
LAW_SUBJECT_WORDS_LOWER = ("tentang", "mengenai", "soal")

#: Lower-case words allowed inside the subject of a regulation.
LAW_SUBJECT_CONNECTORS_LOWER = (
    "dan", "atas", "dalam", "di", "pada", "untuk", "serta", "ke", "yang", "melalui",
    "bagi", "dengan", "oleh", "terhadap", "sebagai", "atau",
)

# --------------------------------------------------------------------------
# Words that are capitalised but are not entities
# --------------------------------------------------------------------------

#: Days, months and calendar words: capitalised in Indonesian, never an entity.
CALENDAR_WORDS_LOWER = (
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
    "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli",
    "agustus", "september", "oktober", "november", "nopember", "desember", "jan",
    "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "sep", "sept", "okt",
    "nov", "des", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "may", "june", "july", "august",
    "october", "december", "wib", "wita", "wit", "masehi", "hijriah", "ramadan",
    "ramadhan", "lebaran", "idul", "fitri", "adha", "natal", "imlek", "nyepi",
    "waisak", "tahun baru",
)

#: Common words that start sentences (or appear in title-case headlines) and
#: are capitalised for that reason only.  Complements spaCy's Indonesian
#: stop words, which are also dropped at sentence start.
SENTENCE_START_WORDS_LOWER = (
    "namun", "menurut", "sementara", "sementara itu", "selain", "selain itu", "dalam",
    "saat", "hal", "ia", "mereka", "kami", "kita", "dia", "beliau", "pihaknya",
    "adapun", "akan", "tetapi", "sedangkan", "bahkan", "meski", "meskipun",
    "walaupun", "kendati", "jika", "bila", "apabila", "kalau", "ketika", "setelah",
    "sebelum", "sejak", "hingga", "sampai", "pada", "di", "ke", "dari", "untuk",
    "dengan", "oleh", "karena", "sebab", "maka", "jadi", "lalu", "kemudian", "kini",
    "saat ini", "sekarang", "tahun", "bulan", "pekan", "hari", "ini", "itu",
    "tersebut", "berdasarkan", "terkait", "soal", "mengenai", "tentang", "sebagai",
    "seperti", "yakni", "yaitu", "adalah", "merupakan", "ada", "tidak", "bukan",
    "belum", "sudah", "telah", "masih", "juga", "pun", "sebanyak", "sekitar",
    "hampir", "lebih", "kurang", "para", "sejumlah", "beberapa", "banyak", "semua",
    "seluruh", "setiap", "tiap", "masing-masing", "salah", "satu", "dua", "tiga",
    "pertama", "kedua", "ketiga", "terakhir", "berikut", "dilansir", "mengutip",
    "dikutip", "diketahui", "dikatakan", "disebutkan", "sebelumnya", "selanjutnya",
    "akibatnya", "artinya", "padahal", "apalagi", "terlebih", "tak", "tanpa", "konon",
    "larangan", "aturan", "kebijakan", "pemerintah", "pihak", "perusahaan",
    "platform", "aplikasi", "pedagang", "penjual", "pembeli", "konsumen",
    "masyarakat", "warga", "pelaku", "produk", "harga", "penjualan", "transaksi",
    "data", "laporan", "survei", "riset", "kenaikan", "penurunan", "pertumbuhan",
    "nilai", "jumlah", "total", "rata-rata", "secara", "sebagian", "umkm",
    "pelaku umkm", "pasar", "ekonomi", "industri", "sektor", "bisnis", "investor",
    "investasi", "kerja sama", "kerjasama", "kesepakatan", "keputusan", "rencana",
    "langkah", "upaya", "program", "proyek", "kasus", "sidang", "putusan",
    "pernyataan", "keterangan", "informasi", "berita", "foto", "video", "baca",
    "baca juga", "simak", "lihat", "sumber", "editor", "penulis", "reporter",
    "ilustrasi", "catatan", "update", "breaking", "news", "live", "tonton",
    "mau", "ingin", "harus", "bisa", "dapat", "perlu", "wajib", "boleh", "ayo",
    "mari", "sayangnya", "untungnya", "intinya", "faktanya", "sebaliknya",
    "selama", "sepanjang", "usai", "seusai", "jelang", "menjelang", "sambil",
    "bersamaan", "awalnya", "kala", "nah", "ya", "oh", "wah", "lho", "kok", "apa",
    "siapa", "kapan", "mengapa", "kenapa", "bagaimana", "berapa", "mana", "the",
    "a", "an", "in", "on", "at", "this", "that", "it", "we", "they", "he", "she",
    "i", "you", "but", "and", "or", "if", "when", "while", "mantan", "eks", "calon",
    "saham", "kantor", "anggota", "rapat", "pertemuan", "acara", "kegiatan",
)

#: All-caps abbreviations that are common nouns, units or currencies rather
#: than organisations ("UMKM" = micro, small and medium enterprises).
NON_ENTITY_ACRONYMS = (
    "UMKM", "UKM", "IKM", "UMK", "BBM", "PDB", "GDP", "APBN", "APBD", "PPN", "PPH",
    "PPh", "PNS", "ASN", "TKI", "TKA", "PMI", "WNI", "WNA", "WIB", "WITA", "WIT",
    "CEO", "CFO", "COO", "CTO", "CMO", "VP", "SDM", "SDA", "IT", "AI", "HP", "TV",
    "KTP", "NIK", "NPWP", "SIM", "STNK", "PHK", "THR", "UMR", "UMP", "KUR", "DP",
    "PR", "OTT", "PSBB", "PPKM", "COVID", "COVID-19", "OK", "USD", "IDR", "SGD",
    "EUR", "RP", "Rp", "US$", "LNG", "CPO", "LPG", "SPBU", "TPS", "SMA", "SMP", "SD",
    "SMK", "TK", "PAUD", "S1", "S2", "S3", "MBA", "PHD", "PhD", "ATM", "QRIS",
    "API", "IPO", "B2B", "B2C", "C2C", "O2O", "GMV", "YoY", "YOY", "QTQ", "MTM",
    "ROI", "ROE", "ROA", "EBITDA", "NPL", "LDR", "CAR", "NIM", "KL", "CPU", "GPU",
    "APBNP", "APBN-P", "KLB", "SBI", "KUKM", "KUMKM", "BPJS", "BI-Rate", "BI7DRR", "IHSG",
    "LQ45", "IDX30", "PDN", "TKDN", "SNI", "HAKI", "HKI", "NKRI", "HUT",
    "KTT", "RUPS", "RUPSLB", "RAPBN", "BLT", "PKH", "SH", "SE",
    "MM", "MH", "MSi", "MSc", "ST", "SKom", "SPd", "SIP", "MT", "MPA", "MD",
    "FAQ", "PDF", "URL", "WA", "DM", "SMS", "OTP", "PIN", "PPKS", "KDRT", "LGBT",
    "WFH", "WFO", "BUMN", "BUMD", "PTN", "PTS", "OKE", "AKA", "UX", "E",
    "ID", "NO", "TBK", "PT", "CV", "RUU", "UU", "PP", "DKI", "FOTO", "VIDEO", "BACA",
)

#: Connectors allowed inside an organisation name that started with a head
#: word: "Kementerian Koperasi dan UKM", "Bank of America".
ORG_CONNECTORS_LOWER = ("dan", "&", "and", "of", "for", "de", "du", "la", "der", "für")

#: Common capitalised nouns that make up institutional names but are not
#: person names ("Komisi Pemberantasan Korupsi", "Badan Pusat Statistik").
#: Together with the affix rules in :mod:`pipelines.ner_baseline` they tell the
#: descriptive part of an organisation from a person's name after it.
ORG_BODY_WORDS_LOWER = (
    "nasional", "internasional", "regional", "global", "daerah", "pusat", "tinggi",
    "negeri", "negara", "umum", "utama", "raya", "agung", "besar", "dunia", "rakyat",
    "republik", "persatuan", "bangsa", "bangsa-bangsa", "pembangunan", "keadilan",
    "sejahtera", "amanat", "demokrasi", "demokrat", "perjuangan", "karya",
    "kebangkitan", "gerakan", "indonesia", "bersatu", "merah", "putih", "islam",
    "kristen", "katolik", "muslim", "hukum", "ham", "sosial", "agama", "statistik",
    "ekonomi", "politik", "industri", "energi", "teknologi", "digital", "informatika",
    "komunikasi", "keuangan", "perdagangan", "koperasi", "ukm", "umkm", "bumn",
    "usaha", "kecil", "menengah", "mikro", "milik", "investasi", "pajak", "cukai",
    "bea", "jasa", "pasar", "modal", "efek", "bursa", "pangan", "obat", "makanan",
    "minyak", "gas", "bumi", "air", "laut", "udara", "darat", "angkatan", "tentara",
    "polisi", "militer", "revolusi", "pertahanan", "keamanan", "ketahanan",
    "pemilihan", "pemilu", "pengawas", "pemeriksa", "pemberantasan", "korupsi",
    "perlindungan", "konsumen", "persaingan", "pengawasan", "standardisasi",
    "kesehatan", "pendidikan", "kebudayaan", "riset", "inovasi", "sains", "ilmu",
    "pengetahuan", "teknik", "kedokteran", "hutan", "kehutanan", "lingkungan",
    "hidup", "pertanian", "perikanan", "kelautan", "perhubungan", "pariwisata",
    "kreatif", "tenaga", "kerja", "ketenagakerjaan", "perumahan", "pekerjaan",
    "penanaman", "perencanaan", "penanggulangan", "bencana", "narkotika",
    "meteorologi", "klimatologi", "geofisika", "statistika", "anggaran", "fiskal",
    "moneter", "sentral", "syariah", "perbankan", "asuransi", "penjaminan",
    "simpanan", "otoritas", "lembaga", "badan", "komisi", "dewan", "majelis",
    "permusyawaratan", "perwakilan", "konstitusi", "mahkamah", "kejaksaan",
    "kepolisian", "pengadilan", "sekretariat", "kabinet", "kepresidenan",
    "wakil", "kantor", "staf", "direktorat", "jenderal", "inspektorat", "provinsi",
    "kabupaten", "kota", "utara", "selatan", "barat", "timur", "tengah", "tenggara",
    "pengusaha", "pedagang", "petani", "nelayan", "buruh", "pekerja", "mahasiswa",
    "pemuda", "perempuan", "wanita", "anak", "ulama", "umat", "masyarakat",
    "ahli", "perencana", "pengembang", "penyelenggara", "asosiasi", "federasi",
    "serikat", "persero", "terbuka", "tbk", "group", "grup", "holding", "company",
    "corporation", "international", "national", "services", "bank", "commission",
    "council", "ministry", "association", "agency", "authority", "institute",
    "foundation", "university", "college", "school", "of", "and", "the", "for",
)
