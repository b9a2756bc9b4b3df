"""Indonesian language data: cleaning rules, relation cues, entity rules."""
