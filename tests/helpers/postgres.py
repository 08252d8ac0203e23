"""A private PostgreSQL server for the team tests: Debian's server binaries, a new cluster in a
temporary folder, listening on a Unix socket in that folder and on a free local TCP port.

initdb and postgres refuse to run as root, so as root the cluster belongs to `nobody` and is
started through runuser. Trust authentication: who connects is decided by the role named in the
URL, and what that role may do by the grants, which is what the tests check.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ADMIN = "companion_admin"
DATABASE = "companion_team"
APT_LINE = "sudo apt install postgresql"


class PostgresUnavailable(RuntimeError):
    pass


def server_binaries() -> Path | None:
    """The folder of Debian's newest PostgreSQL server (…/bin with initdb and postgres)."""
    root = Path("/usr/lib/postgresql")
    if not root.is_dir():
        return None
    found = sorted(
        (folder / "bin" for folder in root.iterdir() if (folder / "bin" / "postgres").exists()),
        key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
    )
    return found[-1] if found else None


def _runuser() -> str:
    """util-linux's runuser, which lives in /usr/sbin: not on every PATH (CI's, a chroot's)."""
    found = shutil.which("runuser") or next(
        (path for path in ("/usr/sbin/runuser", "/sbin/runuser") if Path(path).exists()), None
    )
    if found is None:
        raise PostgresUnavailable("runuser (util-linux) is needed to run postgres as root")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    folder: Path
    port: int
    bin: Path
    user: str | None  # runuser -u this (None: the current user)

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, role: str = ADMIN, database: str = DATABASE, **query: str) -> str:
        """A socket URL for `role` (psycopg reads host= as the socket folder)."""
        extra = "".join(f"&{key}={value}" for key, value in query.items())
        return f"postgresql://{role}@/{database}?host={self.socket_dir}&port={self.port}{extra}"

    def tcp_url(self, role: str = ADMIN, database: str = DATABASE, **query: str) -> str:
        extra = "&".join(f"{key}={value}" for key, value in query.items())
        return f"postgresql://{role}@127.0.0.1:{self.port}/{database}" + (
            f"?{extra}" if extra else ""
        )

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.user is not None:
            command = [_runuser(), "-u", self.user, "--", *command]
        return subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False, cwd="/"
        )

    def psql(self, sql: str, role: str = ADMIN, database: str = DATABASE) -> str:
        """Run `sql` with psql as `role`; raises RuntimeError with psql's words on failure."""
        done = self._run(
            "psql",
            "-X",
            "-v",
            "ON_ERROR_STOP=1",
            "-At",
            "-h",
            str(self.socket_dir),
            "-p",
            str(self.port),
            "-U",
            role,
            "-d",
            database,
            "-c",
            sql,
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip())
        return done.stdout.strip()

    def new_team_database(self, prefix: str, min_group: int, logins: dict[str, str | None]) -> str:
        """A new database with the team schema (smallest group `min_group`) and login roles,
        each a member of its group role (None: of none); a login made by an earlier module is
        reused (roles are the cluster's, not the database's). Returns the database's name."""
        from companion.team.schema import init_schema

        name = f"{prefix}_{uuid.uuid4().hex[:8]}"
        self.psql(f"CREATE DATABASE {name}", database="postgres")
        init_schema(self.url(database=name), min_group)
        made = " ".join(
            f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{login}') THEN "
            f"CREATE ROLE {login} LOGIN{f' IN ROLE {group}' if group else ''}; END IF;"
            for login, group in logins.items()
        )
        self.psql(f"DO $$ BEGIN {made} END $$", database=name)
        return name

    def new_agent(self, database: str) -> str:
        """The URL of a new login in companion_agent (one login shares one pseudonym)."""
        login = f"agent_{uuid.uuid4().hex[:12]}"
        self.psql(f"CREATE ROLE {login} LOGIN IN ROLE companion_agent", database=database)
        return self.url(login, database)

    def enable_tls(self, names: tuple[str, ...] = ("localhost",)) -> Path:
        """Serve TLS too, with a certificate for `names` signed by a CA made here; returns
        the CA's certificate (for `sslrootcert`). Needs the openssl command (Debian's
        postgresql package brings it)."""
        tls = self.folder / "tls"
        tls.mkdir(exist_ok=True)

        def openssl(*args: str) -> None:
            done = subprocess.run(
                ["openssl", *args], cwd=tls, capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                raise PostgresUnavailable(f"openssl {args[0]} failed: {done.stderr.strip()}")

        curve = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
        openssl("req", "-x509", *curve, "-keyout", "ca.key", "-out", "ca.crt", "-days", "2",
                "-subj", "/CN=Companion test CA")  # fmt: skip
        openssl("req", *curve, "-keyout", "server.key", "-out", "server.csr",
                "-subj", f"/CN={names[0]}")  # fmt: skip
        san = ", ".join(f"DNS:{name}" for name in names)
        (tls / "san.ext").write_text(f"subjectAltName = {san}\n")
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                "-CAcreateserial", "-out", "server.crt", "-days", "2",
                "-extfile", "san.ext")  # fmt: skip
        for name in ("server.key", "server.crt"):
            if self.user is not None:
                shutil.chown(tls / name, self.user)
            (tls / name).chmod(0o600)
        if self.user is not None:
            shutil.chown(tls, self.user)
        self.psql(f"ALTER SYSTEM SET ssl_cert_file = '{tls / 'server.crt'}'")
        self.psql(f"ALTER SYSTEM SET ssl_key_file = '{tls / 'server.key'}'")
        self.psql("ALTER SYSTEM SET ssl = on")
        self.psql("SELECT pg_reload_conf()")
        for _ in range(50):
            if self.psql("SHOW ssl") == "on":
                break
            time.sleep(0.1)
        return tls / "ca.crt"

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")

    def start(self) -> None:
        done = self._run(
            "pg_ctl",
            "-D",
            str(self.folder / "data"),
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        if done.returncode != 0:
            log = (self.folder / "server.log").read_text(errors="replace")[-2000:]
            raise PostgresUnavailable(f"postgres did not start: {done.stderr.strip()}\n{log}")


def start_server(durable: bool = False) -> PostgresServer:
    """A new cluster, started, with database DATABASE owned by the superuser ADMIN. The tests'
    server writes nothing through to the disk (fsync, synchronous_commit and full_page_writes
    off: faster, and a crash loses it); `durable` keeps the server's defaults (the benchmark)."""
    binaries = server_binaries()
    if binaries is None:
        raise PostgresUnavailable(f"PostgreSQL's server is not installed ({APT_LINE})")
    folder = Path(tempfile.mkdtemp(prefix="companion-pg-"))
    user = None
    if os.geteuid() == 0:
        user = "nobody"
        shutil.chown(folder, user)
    folder.chmod(0o700)
    server = PostgresServer(folder, _free_port(), binaries, user)
    done = server._run(
        "initdb",
        "-D",
        str(folder / "data"),
        "-U",
        ADMIN,
        "--auth=trust",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
        "--no-sync",
    )
    if done.returncode != 0:
        raise PostgresUnavailable(f"initdb failed: {done.stderr.strip()[-1000:]}")
    (folder / "socket").mkdir()
    if user is not None:
        shutil.chown(folder / "socket", user)
    fast = "" if durable else "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
    with (folder / "data" / "postgresql.conf").open("a") as conf:
        conf.write(
            f"listen_addresses = '127.0.0.1'\nport = {server.port}\n"
            f"unix_socket_directories = '{folder / 'socket'}'\n{fast}"
            "max_connections = 60\nshared_buffers = 64MB\n"
        )
    server.start()
    for _ in range(50):
        try:
            server.psql(f"CREATE DATABASE {DATABASE}", database="postgres")
            break
        except RuntimeError:
            time.sleep(0.2)
    else:
        raise PostgresUnavailable("the new server did not accept connections")
    return server


def remove_server(server: PostgresServer) -> None:
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)
