"""Tests of the typed language data (kg.lang, kg.lang.data, kg.lang.{xx,en,id})."""

import dataclasses
import types

import pytest

import kg.lang
from kg.lang import LANGS, get_lang_data
from kg.lang.data import CleaningData, LanguageData, RelationData, SharedData, from_module
from kg.lang.xx import DATA as XX


def parts(data):
    """``{(part, field): value}`` of a language's or the shared data."""
    return {(part.name, f.name): getattr(getattr(data, part.name), f.name)
            for part in dataclasses.fields(data)
            if dataclasses.is_dataclass(getattr(data, part.name))
            for f in dataclasses.fields(getattr(data, part.name))}


def kind(value):
    """The kind of a value, lists and tuples alike."""
    return "sequence" if isinstance(value, (list, tuple)) else type(value).__name__


def test_english_and_indonesian_define_the_same_fields():
    en, id_ = get_lang_data("en"), get_lang_data("id")
    assert isinstance(en, LanguageData) and isinstance(id_, LanguageData)
    assert (en.code, id_.code) == ("en", "id")
    assert parts(en).keys() == parts(id_).keys()
    # and values of the same kind: a word list is a list in both, a flag a bool in both
    assert {k: kind(v) for k, v in parts(en).items()} == {k: kind(v) for k, v in parts(id_).items()}


def test_shared_data_has_the_cleaning_fields_of_a_language():
    assert isinstance(XX, SharedData)
    assert isinstance(XX.cleaning, CleaningData)
    assert {f.name for f in dataclasses.fields(XX.cleaning)} == {
        f.name for f in dataclasses.fields(get_lang_data("en").cleaning)}


def test_a_missing_constant_fails_when_the_data_is_built():
    module = types.ModuleType("kg.lang.zz.relations")
    vars(module).update({f.name.upper(): [] for f in dataclasses.fields(RelationData)})
    assert isinstance(from_module(RelationData, module), RelationData)
    del module.LIST_SEPARATORS
    module.LIST_SEPERATORS = [","]  # misspelt: LIST_SEPARATORS is missing
    with pytest.raises(AttributeError, match="LIST_SEPARATORS"):
        from_module(RelationData, module)


def test_a_misspelt_field_fails_where_it_is_read():
    data = get_lang_data("id")
    assert "dan" in data.relations.list_separators
    with pytest.raises(AttributeError):
        data.relations.list_seperators  # noqa: B018
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.relations.list_separators = []


def test_no_lookup_by_name_with_a_default():
    assert not hasattr(kg.lang, "get_data")


def test_unknown_language():
    assert LANGS == ("en", "id")
    with pytest.raises(ValueError, match="zz"):
        get_lang_data("zz")
    with pytest.raises(ValueError):
        get_lang_data("xx")  # the shared data is no language: kg.lang.xx.DATA
