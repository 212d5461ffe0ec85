"""Text -> plain extraction records (`regkg.models`). Layer 1: no rdflib types leak out."""
