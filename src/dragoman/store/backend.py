"""Two SQL backends behind one small interface: an embedded DuckDB file, or a PostgreSQL server.

The store writes SQL with `?` placeholders; the PostgreSQL backend rewrites them for psycopg. One
writer at a time: DuckDB locks its file, and on PostgreSQL every batch is its own transaction, so a
killed run leaves whole batches only.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from dragoman.errors import StoreError

DEFAULT_DB = "dragoman.duckdb"


def default_db() -> str:
    """The store every command uses without --db: $DRAGOMAN_DB, else ./dragoman.duckdb."""
    return os.environ.get("DRAGOMAN_DB") or DEFAULT_DB


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


class Backend(Protocol):
    url: str

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def transaction(self) -> Any: ...

    def close(self) -> None: ...


@contextmanager
def _ctrl_c() -> Iterator[None]:
    """DuckDB answers Ctrl-C during a query with its own error: it is the user's interruption."""
    import duckdb

    try:
        yield
    except duckdb.InterruptException:
        raise KeyboardInterrupt from None
    except RuntimeError as exc:
        if "interrupted" in str(exc).lower():
            raise KeyboardInterrupt from None
        raise


class DuckDBBackend:
    def __init__(self, path: str, *, read_only: bool = False) -> None:
        import duckdb

        self.url = path
        if read_only and not Path(path).exists():
            raise StoreError("no store here yet: run `dragoman ingest` first", where=path)
        try:
            self.conn = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(_duckdb_refusal(exc), where=path) from None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with _ctrl_c():
            self.conn.execute(sql, list(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with _ctrl_c():
                self.conn.executemany(sql, [list(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with _ctrl_c():
            return list(self.conn.execute(sql, list(params)).fetchall())

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


_PLACEHOLDER = re.compile(r"\?")


# One writer per PostgreSQL store: the writer holds a session advisory lock on this key ("dragoman" in
# ASCII) for as long as it is connected; readers take none.
WRITER_LOCK = 0x647261676F6D616E
Waiting = Callable[[str], None]


class PostgresBackend:
    def __init__(
        self, url: str, *, writer: bool = False, on_wait: Waiting | None = None, wait: bool = True
    ) -> None:
        import psycopg

        self.url = redact(url)  # for messages: the password never appears in one
        try:
            self.conn = psycopg.connect(
                url, autocommit=True, connect_timeout=10, application_name=f"dragoman (pid {os.getpid()})"
            )
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to PostgreSQL ({_first_line(exc)})", where=redact(url)
            ) from None
        if writer:
            self._lock_for_writing(on_wait, wait)

    def _lock_for_writing(self, on_wait: Waiting | None, wait: bool) -> None:
        """Take the store's writer lock: at once, else (`wait`) once the writer before has finished."""
        if self.query("SELECT pg_try_advisory_lock(?)", [WRITER_LOCK])[0][0]:
            return
        holder = self._writer()
        if not wait:
            self.close()
            raise StoreError(
                f"another process writes this store ({holder}): run again when it has finished, or "
                "without --no-wait to wait for it",
                where=self.url,
            )
        if on_wait is not None:
            on_wait(
                f"another process writes {self.url} ({holder}); waiting for it to finish (Ctrl-C to stop)"
            )
        self.query("SELECT pg_advisory_lock(?)", [WRITER_LOCK])

    def _writer(self) -> str:
        """Who holds the writer lock, as PostgreSQL knows the session."""
        found = self.query(
            "SELECT a.application_name, a.client_addr, a.pid FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            "AND l.classid = ? AND l.objid = ? AND l.database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database())",
            [WRITER_LOCK >> 32, WRITER_LOCK & 0xFFFFFFFF],
        )
        if not found:
            return "a session that has just ended"
        name, host, pid = found[0]
        return f"{name or 'a session'}, server process {pid}" + (f", from {host}" if host else "")

    @staticmethod
    def _sql(sql: str) -> str:
        return _PLACEHOLDER.sub("%s", sql)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(self._sql(sql), list(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), [list(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self.conn.cursor() as cur:
            cur.execute(self._sql(sql), list(params))
            return list(cur.fetchall())

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def close(self) -> None:
        self.conn.close()


def connect(
    url: str, *, read_only: bool = False, on_wait: Waiting | None = None, wait: bool = True
) -> DuckDBBackend | PostgresBackend:
    """A backend for a DuckDB path or a postgresql:// URL; a writer (not `read_only`) is the store's only
    one (DuckDB locks its file; on PostgreSQL a second writer waits, or is refused without `wait`)."""
    if is_postgres(url):
        return PostgresBackend(url, writer=not read_only, on_wait=on_wait, wait=wait)
    return DuckDBBackend(url, read_only=read_only)


# "Conflicting lock is held in /usr/bin/python3.11 (PID 7616)": the process that has the file open.
_LOCK_HOLDER = re.compile(r"lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")
_DAMAGED = ("not a valid DuckDB database file", "Could not read enough bytes", "Corrupt", "checksum")


def _duckdb_refusal(exc: BaseException) -> str:
    """Why DuckDB would not open the file, said for the user: who holds it, or that it is damaged."""
    message = str(exc)
    held = _LOCK_HOLDER.search(message)
    if held:
        program = Path(held["program"]).name
        return (
            f"the store is open in another process (PID {held['pid']}, {program}): a DuckDB "
            "file has one process at a time, and an ingest holds it until it ends; wait for it to finish, "
            "or keep the store in PostgreSQL (--db postgresql://…) to read while writing"
        )
    if any(sign in message for sign in _DAMAGED):
        return (
            f"damaged, or not a DuckDB file ({_first_line(exc)}): restore it from a copy, or give a new --db"
        )
    return f"cannot open the store ({_first_line(exc)})"


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)
