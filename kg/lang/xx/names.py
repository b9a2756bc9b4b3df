"""Words stripped from the front of a name when matching it (data only).

"China's Bytedance", "Indonesian Goto Group" and "Indonesia's Ministry of
Trade" name ByteDance, GoTo and the Ministry of Trade: a leading possessive
("X's ...") or nationality word qualifies the name and is not part of it.
"""

#: Nationality adjectives, lower-case (English and Indonesian spellings).
LEADING_DEMONYMS = (
    "indonesian", "chinese", "singaporean", "malaysian", "american", "japanese", "korean",
    "thai", "vietnamese", "filipino", "indian", "british", "australian", "european",
    "german", "french", "local", "state-owned", "foreign",
)
