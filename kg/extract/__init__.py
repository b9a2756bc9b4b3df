"""Extraction from spaCy ``Doc`` objects: entity mentions and relations."""

from kg.extract.mentions import Mention, extract_mentions
from kg.extract.relations import Relation, extract_relations

__all__ = ["Mention", "Relation", "extract_mentions", "extract_relations"]
