"""The graph.json contract in code: the values its fields may take.

The README's "graph.json contract" section describes the layout; this module
holds the closed value sets that code checks against (entity types, relation
families, modalities), so that a reader, an alias table and the query API
agree on one list.

Examples
--------
>>> "ORG" in ENTITY_TYPES, "ownership" in FAMILIES, MODALITIES[0]
(True, True, 'asserted')
"""

#: Entity types (node ``type``).
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LAW")

#: Relation families (edge ``family``), in the order the contract lists them.
FAMILIES = ("ownership", "regulation", "statement", "role", "partnership", "competition")

#: Modalities of an edge or a piece of evidence, strongest first.
MODALITIES = ("asserted", "planned", "negated")
