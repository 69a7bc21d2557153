"""Guardrails. A rail is a class with a `name`; rails register through the `companion.input_rails`
entry-point group (see pyproject.toml), so the pipeline never names them."""
