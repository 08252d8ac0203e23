"""The team view's server side: PostgreSQL, reached through SQLAlchemy 2 and psycopg 3.

Only the `companion team` commands and the Team window import this package; the tray never
does (it would load SQLAlchemy and the driver for the whole shift). `connection` makes the
engine and turns every failure into one line, `schema` creates or upgrades the team schema
(`migrations/`, Alembic with its own version table), `agent` sends and withdraws one computer's
days, and `lead` reads the team's figures, which the database has already thinned out.
"""
