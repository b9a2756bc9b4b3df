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

The gazetteers, regulation types, name particles and calendar words that the
English rules use too live in :mod:`kg.lang.xx.entities`; they are imported
here, so this module still holds every cue of the baseline.
"""

from kg.lang.xx.entities import (  # noqa: F401  read by the baseline as entities.*
    CALENDAR_WORDS_LOWER,
    COMPANIES,
    COUNTRIES,
    INDONESIAN_CITIES,
    INDONESIAN_REGIONS,
    KNOWN_ORGS,
    LAW_TYPES_LOWER,
    NAME_PARTICLES_LOWER,
    PROVINCES,
    WORLD_CITIES,
    WORLD_REGIONS,
)

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
    "ketua harian", "pelaksana harian", "plh", "kepala", "wakil kepala", "sekjen",
    "sekretaris jenderal",
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
    "ny", "nona", "mas", "mbak", "bang", "kak", "haji", "hajjah", "h.", "hj.", "hj", "dr.",
    "dr", "drs.", "drs", "dra.", "ir.",
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
