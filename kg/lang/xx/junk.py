"""Words the models tag as entities that are not entities of the graph (data only).

Compared lower-case with a whole mention. Sectors and roles ("Spokesperson"),
generic technology words ("AI") and market words are not real-world entities.
"""

NOT_ENTITIES = {
    "spokesperson", "spokesman", "spokeswoman", "juru bicara", "ai", "e-commerce",
    "ecommerce", "social commerce", "lokal", "local", "online", "daring", "marketplace",
    "internet", "cabinet", "kabinet", "government", "pemerintah", "ministry", "kementerian",
    "minister", "menteri", "president", "presiden", "ceo", "reporter", "editor",
}
