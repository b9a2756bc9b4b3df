"""English language data: cleaning rules, relation cues, entity rules."""
