"""Regulation types, for the matching key of LAW entities (data only).

A law's key is its type code, number and year ("permendag 31/2023"), so that
"Permendag 31/2023", "Permendag Nomor 31 Tahun 2023" and "Regulation of the
Minister of Trade Number 31 of 2023" are one entity. The first phrase found
(longest first) in the lower-cased name gives the type code.
"""

LAW_TYPE_PHRASES = {
    "permendag": ["permendag", "minister of trade", "trade minister", "trade ministry",
                  "ministry of trade", "menteri perdagangan"],
    "pojk": ["pojk", "ojk regulation", "peraturan ojk"],
    "pmk": ["pmk", "minister of finance", "finance minister", "menteri keuangan"],
    "perpres": ["perpres", "presidential regulation", "peraturan presiden"],
    "perppu": ["perppu", "perpu", "government regulation in lieu"],
    "pp": ["pp", "government regulation", "peraturan pemerintah"],
    "uu": ["uu", "undang-undang", "undang undang", "law"],
}
