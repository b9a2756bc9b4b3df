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

#: Last words of event names ("National Online Shopping Day"): events are not entities.
EVENT_TAILS = {"day", "week", "festival", "summit", "expo", "fair", "hari", "pekan"}

#: Words next to a campaign or programme name ("the 'Beli Lokal' campaign",
#: "kampanye Beli Lokal"): such names are not entities.
CAMPAIGN_WORDS = {"campaign", "kampanye", "program", "programme", "gerakan", "movement"}
