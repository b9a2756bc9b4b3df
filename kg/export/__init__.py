"""Exporters that write a knowledge graph to files, one module per format."""
