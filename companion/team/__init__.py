"""The team view: the running app's side of sharing, and the server side in PostgreSQL.

The client side, which the tray loads: `sharing_service` sends the daily summaries on the shift
journal's plain sqlite3 connection, and `credentials` keeps the team login's password in
libpq's own password file. Neither imports SQLAlchemy or the database driver.

The server side, reached through SQLAlchemy 2 and psycopg 3: only the `companion team` commands
and the Team window import it; the tray never does (it would load both for the whole shift).
`connection` makes the engine and turns every failure into one line, `schema` creates or
upgrades the team schema (`migrations/`, Alembic with its own version table), `agent` sends and
withdraws one computer's days, and `lead` reads the team's figures, which the database has
already thinned out.
"""
