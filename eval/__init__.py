"""Evaluation: retrieval quality now; response scoring builds on it."""
