"""Indonesian cleaning rules (data only; the logic is :mod:`kg.ingest.clean`).

Conventions as in :mod:`kg.lang.xx.cleaning`: ``*_LINES`` patterns must match
a whole stripped line, ``*_CREDITS`` and ``*_TAILS`` are anchored at the end of
a line, ``*_PREFIXES`` at its start. Story sentences that merely mention a
wartawan, an editor or a foto must not match.
"""

import re

from kg.lang.xx.cleaning import SOCIAL_RUN

_I = re.IGNORECASE

#: Site furniture: "Baca juga" links, ads, share widgets, footers, comment forms.
BOILERPLATE_LINES = [
    re.compile(r"(?:baca|simak|tonton) (?:juga|pula)\b.*", _I),
    re.compile(r"(?:baca|lihat) (?:selengkapnya|berita lainnya)(?:\s*[:\u00bb>].*)?", _I),
    re.compile(r"lihat juga\s*:.*|baca\s*:.*", _I),
    re.compile(r"(?:berita|artikel|topik) (?:terkait|lainnya|pilihan)(?:\s*:.*)?", _I),
    re.compile(r"bagikan(?: (?:artikel|berita|tulisan) ini)?(?: (?:ke|melalui|via))?"
               r"\s*:?" + SOCIAL_RUN + r"\W*", _I),
    re.compile(r"iklan\W*", _I),
    re.compile(r"(?:scroll|gulir)(?: ke bawah)? untuk (?:melanjutkan|lanjut)"
               r"(?: membaca)?\W*", _I),
    re.compile(r"hak cipta\s*(?:\u00a9|\d{4}).{0,150}", _I),
    re.compile(r".{0,80}?\bhak cipta dilindungi\b.{0,40}", _I),
    re.compile(r"tinggalkan (?:balasan|komentar)(?:\s+batalkan balasan)?\W*", _I),
    re.compile(r"alamat email anda tidak akan (?:dipublikasikan|ditampilkan)\..{0,80}", _I),
    re.compile(r"tag\s*:.{0,300}", _I),
    re.compile(r"(?:ikuti|dapatkan)\b.{0,80}\b(?:google news|whatsapp channel|saluran whatsapp"
               r"|telegram|update berita)\b.{0,100}", _I),
    re.compile(r"halaman\s*:?\s*(?:\d+\s*)+(?:selanjutnya\W*)?", _I),
]

#: Caption and credit lines.
CAPTION_LINES = [
    re.compile(r"(?:foto|gambar|grafis|infografis|ilustrasi)\s*(?:oleh|dok\.?)?\s*[:|]"
               r"\s*.{1,150}", _I),
    re.compile(r"(?:dok|dokumentasi)\.?\s*:\s*.{1,80}", _I),
    re.compile(r"ilustrasi[.!]?|lihat (?:foto|video)\W*", _I),
    # "Ilustrasi belanja daring" (no sentence punctuation: a caption).
    re.compile(r"ilustrasi\b[^.!?\"\u201c\u201d]{0,80}", _I),
    re.compile(r"ilustrasi\s*[.:\-\u2013\u2014].{0,150}", _I),
    # "ANTARA FOTO/Name" credit lines.
    re.compile(r"(?-i:[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2} FOTO)\s*/\s*.{1,80}"),
]

#: Parenthesised credits that end a caption: "(Foto: Dok. Kementerian)", "(ANTARA/HO)".
CAPTION_CREDITS = [
    re.compile(r"\(\s*(?:foto|gambar|ilustrasi|sumber foto|kredit foto)\b\s*[:.\-/]"
               r"\s*[^()]{1,80}\)\s*\.?\s*$", _I),
    re.compile(r"\((?:dok|dokumentasi)\b\.?\s*[:/\-]?\s*[^()]{1,60}\)\s*\.?\s*$", _I),
    re.compile(r"\([^()]{0,40}\bfoto\s*/\s*[^()]{1,60}\)\s*\.?\s*$", _I),
    re.compile(r"\((?-i:ANTARA|Antara|ANT)\s*/\s*[^()]{1,40}\)\s*\.?\s*$"),
    re.compile(r"\((?:istimewa|ist\.?|dok\.? pribadi)\)\s*\.?\s*$", _I),
]

_AUTO = (r"(?:(?:secara )?otomatis|oleh mesin|(?:dengan|menggunakan) (?:mesin(?: penerjemah)?"
         r"|ai|kecerdasan buatan|google translate))")

#: "Artikel ini diterjemahkan secara otomatis", "Versi bahasa Inggris ... dihasilkan otomatis".
MT_DISCLAIMERS = [
    re.compile(rf"(?:\[|\()?(?:disclaimer\s*:\s*)?(?:artikel|berita|teks|konten|tulisan"
               rf"|halaman) ini\b.{{0,60}}\b(?:diterjemahkan|dialihbahasakan) {_AUTO}.*", _I),
    re.compile(r".*\bversi (?:bahasa )?(?:inggris|indonesia|mandarin|tionghoa|jepang|arab"
               r"|prancis|perancis|jerman|korea)\b.{0,150}\b(?:dihasilkan|dibuat"
               r"|diterjemahkan) (?:secara )?otomatis\b.*", _I),
    re.compile(r".*\bketidakakuratan (?:dalam )?(?:penerjemahan|terjemahan)\b.*", _I),
]

_KEYS = (r"(?:penulis|ditulis oleh|pewarta|wartawan|reporter|editor|redaktur|penyunting"
         r"|kontributor|fotografer|penerjemah|oleh)")
# A name: capitalised words, initials, or short lower-case initials ("dhf").
_TOKEN = r"(?-i:[A-Z][\w.'\u2019-]*|[a-z]{2,5})"
_NAMES = rf"{_TOKEN}(?:(?:\s+|\s*,\s*|\s*&\s*|\s+dan\s+){_TOKEN}){{0,6}}"
_CAP = r"(?-i:[A-Z][\w'\u2019-]*\.?)"
_CAPNAMES = rf"{_CAP}(?:\s+{_CAP}){{0,4}}"

#: Byline and credit lines (tried on short lines only).
BYLINE_LINES = [
    # "Penulis: Nama", "Pewarta: Nama | Editor: Nama", "Oleh: Nama".
    re.compile(rf"{_KEYS}\s*:\s*{_NAMES}(?:\s*[|,;/\u2022\u00b7]\s*{_KEYS}\s*:?\s*{_NAMES})*\.?",
               _I),
    # "Oleh Nama Lengkap".
    re.compile(rf"(?-i:Oleh)\s+{_CAPNAMES}"),
    # Dateline-bylines: "Kota | Wartawan Nama Lengkap."
    re.compile(rf"[^.!?\"\u201c\u201d|:]{{1,40}}[|/\u2013\u2014-]\s*{_KEYS}\b\s*:?\s*"
               rf"{_CAPNAMES}\.?", _I),
    # "Laporan wartawan Nama Lengkap." on a line of its own.
    re.compile(rf"(?:laporan\s+)?{_KEYS}\s+{_CAPNAMES}\.", _I),
    # Agency initials on a line of their own: "(ant/abc)", "(rls)", "(*)".
    re.compile(r"\((?:[A-Za-z]{2,6}/){1,3}[A-Za-z]{2,6}\)\.?|\((?-i:[a-z]{2,5})\)\.?|\(\*\)"),
]

#: Agency initials closing the last paragraph: "... katanya. (ant/abc)".
BYLINE_TAILS = [
    re.compile(r"\s*(?:\((?:[A-Za-z]{2,6}/){1,3}[A-Za-z]{2,6}\)|\((?-i:[a-z]{2,5})\)|\(\*\))"
               r"\.?\s*$"),
]

#: Site-name datelines without a domain: "Jakarta, CNN Indonesia -- ", "VIVA - ".
INLINE_PREFIXES = [
    re.compile(r"(?:[A-Z][\w.' ]{0,30},\s*)?(?:CNN Indonesia|VIVA|VOI|Antaranews|Tribunnews"
               r"|detikcom|detikNews|detikFinance|detikInet|Kontan|Bisnis|Kumparan)"
               r"(?:\s*,\s*[A-Z][\w.' ]{0,30})?\s*(?:-{1,2}|\u2013|\u2014)\s*(?=\S)"),
]

#: Title suffixes: only the language-independent ones (:mod:`kg.lang.xx.cleaning`).
TITLE_SUFFIXES = []
