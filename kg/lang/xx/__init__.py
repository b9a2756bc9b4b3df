"""Language-independent data: common cleaning rules and the bilingual alias table."""
