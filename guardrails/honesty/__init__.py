"""Output rail: the companion never claims human feelings, needs or experiences."""
