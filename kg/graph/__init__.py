"""Stage 4, graph: mentions and relations in, the knowledge graph out, and what it may hold.

- :mod:`~kg.graph.resolve`: mentions to canonical entities, across articles and languages;
- :mod:`~kg.graph.aliases`: alias tables (the bundled one and ``--aliases`` files);
- :mod:`~kg.graph.assemble`: the ``MultiDiGraph`` of entities and relations with evidence;
- :mod:`~kg.graph.schema`: the graph.json contract in code;
- :mod:`~kg.graph.subgraph`: finding entities by name, neighbourhoods, top nodes;
- :mod:`~kg.graph.analytics`: centrality, communities, speakers, regulation, ownership chains.
"""
