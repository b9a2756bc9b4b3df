"""Data of every language: common cleaning rules, junk words, name and law words,
gazetteers and patterns both languages' entity rules use, the bilingual alias
table; the constants the code reads are gathered in :data:`DATA`."""

from kg.lang.data import SharedData
from kg.lang.xx import cleaning, junk, laws, names

#: The data of every language (fields: :class:`~kg.lang.data.SharedData`).
DATA = SharedData.from_modules(cleaning=cleaning, junk=junk, names=names, laws=laws)
