"""Training pipeline of kg's Indonesian NER model (see README.md here)."""
