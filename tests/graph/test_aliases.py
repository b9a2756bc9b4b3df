"""kg.graph.aliases: alias tables are read and checked, or refused with one line naming the file."""

import pytest
import yaml

from kg.errors import KGError
from kg.graph.aliases import AliasEntry, bundled_aliases, read_alias_file
from kg.graph.resolve import resolve
from kg.nlp.mentions import Mention

HEADER = "canonical,type,aliases\n"


@pytest.fixture(params=["libyaml", "pure Python"])
def yaml_loader(request, monkeypatch):
    """Which PyYAML loader reads YAML files: libyaml's (if installed) or the pure Python one."""
    if request.param == "pure Python":
        monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    elif not getattr(yaml, "CSafeLoader", None):
        pytest.skip("PyYAML without libyaml")
    return request.param


def test_bad_alias_file_is_refused_with_one_line(bad_alias_file, finishing, yaml_loader):
    path, reason = bad_alias_file
    kind, outcome = finishing(read_alias_file, path)
    assert kind == "raised" and isinstance(outcome, KGError), outcome
    assert type(outcome).__name__ == "AliasFileError"
    message = str(outcome)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert [f for f in reason if f not in message] == [], message


def test_csv_with_bom_lower_case_types_quoted_commas_and_no_aliases_column(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(("\ufeff" + HEADER + 'Acme,org,"Acme, Inc.|ACME"\n\n,,\n').encode())
    assert read_alias_file(path) == [AliasEntry("Acme", "ORG", ("Acme, Inc.", "ACME", "Acme"))]
    path.write_text("Canonical, Type\nAcme,GPE\n", encoding="utf-8")
    assert read_alias_file(path) == [AliasEntry("Acme", "GPE", ("Acme",))]


def test_one_canonical_name_on_two_rows_of_one_type_is_one_entry(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(HEADER + "Acme,ORG,ACME\nBeta,ORG,\nAcme,ORG,Acme Co|ACME\n", encoding="utf-8")
    assert read_alias_file(path) == [AliasEntry("Acme", "ORG", ("ACME", "Acme Co", "Acme")),
                                     AliasEntry("Beta", "ORG", ("Beta",))]


def test_yaml_anchors_giving_a_flat_list_are_fine(tmp_path):
    path = tmp_path / "a.yml"
    path.write_text("- {canonical: Acme, type: ORG, aliases: &a [ACME, Acme Co]}\n"
                    "- {canonical: Acme, type: ORG, aliases: *a}\n"
                    "- {canonical: Beta, type: PERSON}\n", encoding="utf-8")
    assert read_alias_file(path) == [AliasEntry("Acme", "ORG", ("ACME", "Acme Co", "Acme")),
                                     AliasEntry("Beta", "PERSON", ("Beta",))]


def test_user_entry_may_take_an_alias_of_the_bundled_table(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(HEADER + "Zulhas Foundation,ORG,Zulhas\n", encoding="utf-8")
    table = (*read_alias_file(path), *bundled_aliases())
    entities, _ = resolve([Mention("a", "Zulhas", "PERSON", 0, 6, 0, 20, "id")], aliases=table)
    assert [(e.label, e.type) for e in entities.values()] == [("Zulhas Foundation", "ORG")]


def test_bundled_table_keeps_the_rules_of_a_user_file():
    from importlib import resources

    from kg.graph.aliases import parse_alias_text

    text = resources.files("kg.lang.xx").joinpath("aliases.csv").read_text(encoding="utf-8")
    assert tuple(parse_alias_text(text, "aliases.csv")) == bundled_aliases()
    assert {e.type for e in bundled_aliases()} <= {"PERSON", "ORG", "GPE", "LAW"}
