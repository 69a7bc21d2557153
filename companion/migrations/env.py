"""Alembic environment: always run from companion.db.migrate with a connection already in a transaction."""

from alembic import context

from companion.db import metadata

connection = context.config.attributes["connection"]
if connection.dialect.name == "postgresql":
    # Two processes opening a fresh database at once: one migrates, the other waits and finds it done.
    connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7305200)")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
context.run_migrations()
