"""regkg: a regulatory-enforcement knowledge graph built from news articles."""

__version__ = "0.1.0"
