"""companion: a reflection companion grounded in a cited knowledge base."""

__version__ = "0.1.0"
