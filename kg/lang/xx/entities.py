"""Names and words the entity rules of both languages use (data only).

Gazetteers of organisations, companies and places as news about Indonesia
writes them, in Indonesian and English, and the regulation types, name
particles and calendar words of both languages.  :mod:`kg.lang.en.rules` and
:mod:`kg.lang.id.rules` build on them; the rule-based baseline recogniser
(``pipelines/ner_baseline.py``) reads them through :mod:`kg.lang.id.entities`.
Constants whose name ends in ``_LOWER`` are compared lower-cased; gazetteers
of names are matched case-sensitively.
"""

# --------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------

#: Well-known Indonesian and international organisations: government bodies,
#: parties, international bodies, media.  (The baseline recogniser types other
#: all-caps acronyms ORG too, unless in ``kg.lang.id.entities.NON_ENTITY_ACRONYMS``.)
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

# --------------------------------------------------------------------------
# Places
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

# --------------------------------------------------------------------------
# Laws, names, dates
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

#: Lower-case particles allowed inside a person's name ("Abdurrahman bin Ali",
#: "Ludwig van Beethoven").
NAME_PARTICLES_LOWER = (
    "bin", "binti", "bt", "ibn", "ibnu", "van", "von", "der", "den", "de", "da",
    "del", "della", "al", "el", "ul", "dos", "das",
)

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
