"""The feedback store: the examples users label, in one SQLite file.

WAL mode with synchronous=FULL and one transaction per request, so a 201
means the rows are on disk. The same snippet labelled again keeps the latest
label.

    python -m model.feedback export [--data-dir DIR] [--out FILE]
    python -m model.feedback stats  [--data-dir DIR]
"""
import argparse
import json
import os
import pathlib
import sqlite3
import sys
import time

from model.data import check_example, snippet_key

DB_NAME = "feedback.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    key TEXT PRIMARY KEY,
    html TEXT NOT NULL,
    label INTEGER NOT NULL CHECK (label IN (0, 1)),
    kind TEXT,
    url TEXT,
    context TEXT,
    origin TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    scored TEXT,
    history TEXT
)
"""


def _private(path):
    """Create the data directory 0700 and the database file 0600 before SQLite
    opens it: they hold the URLs and snippets of the pages a user visits.
    SQLite gives the -wal and -shm files the database file's mode, so they are
    0600 from their creation too. A database made by an older version is
    tightened on open. (os.open's mode, not a umask: the umask is the whole
    process's, and the server answers on several threads.)"""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        try:
            if side.stat().st_mode & 0o077:
                side.chmod(0o600)
        except FileNotFoundError:
            # None yet, or another connection's close just removed it (the
            # server answers on several threads): nothing to tighten.
            pass


def _add_review_columns(db):
    """Columns added after the first release: what the model said when the
    label came in, and the labels a snippet had before. A new database has
    them from CREATE TABLE (an ALTER TABLE racing the server's other
    connections could fail a request); this brings an older one up to date."""
    have = {r[1] for r in db.execute("PRAGMA table_info(feedback)")}
    for col in ("scored", "history"):
        if col not in have:
            try:
                db.execute(f"ALTER TABLE feedback ADD COLUMN {col} TEXT")
            except sqlite3.OperationalError:  # another process added it first
                pass


LOCK_WAIT = 30  # seconds a connection waits for another's lock


def _setup(db, deadline):
    """WAL, full sync, the schema. While another connection recovers the WAL
    of a killed server, SQLite answers "database is locked" to this first
    statement at once, without waiting the busy timeout: it is tried again
    until the recovery is over (a request failed on it after a kill -9)."""
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)
    db.execute("PRAGMA synchronous=FULL")
    db.execute(_SCHEMA)
    _add_review_columns(db)


class FeedbackStore:
    def __init__(self, path):
        self.path = pathlib.Path(path)
        _private(self.path)
        self.db = sqlite3.connect(self.path, timeout=LOCK_WAIT, isolation_level=None,
                                  check_same_thread=False)
        _setup(self.db, time.monotonic() + LOCK_WAIT)

    @classmethod
    def in_dir(cls, data_dir):
        return cls(pathlib.Path(data_dir) / DB_NAME)

    def close(self):
        self.db.close()

    def add(self, examples, origin=None, scored=None):
        """Store checked examples in one transaction; returns the total count.
        scored: per example, what the served model said of it then (kept for
        the review page). A changed label keeps the old one in `history`."""
        now = time.time()
        rows = []
        for i, ex in enumerate(examples):
            ctx = ex.get("context")
            sc = scored[i] if scored else None
            rows.append((snippet_key(ex["html"]), ex["html"], ex["label"], ex.get("kind"),
                         ex.get("url"), json.dumps(ctx) if ctx is not None else None,
                         origin, now, now, json.dumps(sc) if sc is not None else None))
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany(
                "INSERT INTO feedback (key, html, label, kind, url, context, origin, created_at,"
                " updated_at, scored) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET html=excluded.html, label=excluded.label,"
                " kind=excluded.kind, url=excluded.url, context=excluded.context,"
                " origin=excluded.origin, updated_at=excluded.updated_at,"
                " scored=coalesce(excluded.scored, feedback.scored),"
                " history=CASE WHEN feedback.label = excluded.label THEN feedback.history ELSE"
                " json_insert(coalesce(feedback.history, '[]'), '$[#]', json_object("
                "'label', feedback.label, 'at', feedback.updated_at, 'origin', feedback.origin)) END",
                rows)
        return self.count()

    # -- the review page: every row, one row, relabel, delete -----------------
    _ROW = ("key", "html", "label", "kind", "url", "context", "origin", "created_at",
            "updated_at", "scored", "history")

    def _row(self, values):
        row = dict(zip(self._ROW, values))
        for k in ("context", "scored", "history"):
            row[k] = json.loads(row[k]) if row[k] else None
        return row

    def rows(self):
        """Every stored example with its bookkeeping, newest first."""
        cur = self.db.execute(f"SELECT {', '.join(self._ROW)} FROM feedback"
                              " ORDER BY updated_at DESC, key")
        return [self._row(v) for v in cur]

    def get(self, key):
        v = self.db.execute(f"SELECT {', '.join(self._ROW)} FROM feedback WHERE key = ?",
                            (key,)).fetchone()
        return self._row(v) if v else None

    def relabel(self, key, label, kind=None):
        """Change a stored label (a correction by the owner: not recorded as
        a contradiction). Returns False if there is no such example."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            cur = self.db.execute("UPDATE feedback SET label = ?, kind = ?, updated_at = ?"
                                  " WHERE key = ?", (label, kind, time.time(), key))
        return cur.rowcount == 1

    def delete(self, key):
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            cur = self.db.execute("DELETE FROM feedback WHERE key = ?", (key,))
        return cur.rowcount == 1

    def count(self):
        return self.db.execute("SELECT count(*) FROM feedback").fetchone()[0]

    def examples(self):
        """Stored examples in the training-data format, oldest first."""
        out = []
        for html, label, kind, url, ctx, origin in self.db.execute(
                "SELECT html, label, kind, url, context, origin FROM feedback"
                " ORDER BY created_at, key"):
            ex = {"html": html, "label": label, "source": f"feedback ({origin or 'api'})"}
            if kind:
                ex["kind"] = kind
            if url:
                ex["url"] = url
            if ctx:
                ex["context"] = json.loads(ctx)
            out.append(ex)
        return out


def _with_store(path, use):
    """`use(store)` on the database at `path` (a file or a data directory), or []
    when there is none yet."""
    path = pathlib.Path(path)
    if path.is_dir():
        path = path / DB_NAME
    if not path.exists():
        return []
    store = FeedbackStore(path)
    try:
        return use(store)
    finally:
        store.close()


def read(path):
    """Examples from a feedback database file, or [] if there is none yet."""
    return _with_store(path, lambda store: [check_example(ex, f"{path}") for ex in store.examples()])


def read_rows(path):
    """Stored rows with their bookkeeping (key, origin, history), or []: what
    the promotion guard needs to flag contradicting feedback."""
    return _with_store(path, lambda store: store.rows())


def default_data_dir():
    return pathlib.Path(os.environ.get("NOFOOBAR_DATA_DIR", "var"))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m model.feedback",
                                     description="Inspect or export stored feedback.")
    sub = parser.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="write stored feedback as training JSONL")
    exp.add_argument("--data-dir", type=pathlib.Path, default=default_data_dir())
    exp.add_argument("--out", help="output file (default: standard output)")
    st = sub.add_parser("stats", help="count stored examples by label")
    st.add_argument("--data-dir", type=pathlib.Path, default=default_data_dir())
    args = parser.parse_args(argv)
    examples = read(args.data_dir)
    if args.command == "stats":
        pos = sum(ex["label"] for ex in examples)
        print(f"{len(examples)} examples: {pos} AI, {len(examples) - pos} not AI")
        return 0
    lines = "".join(json.dumps(ex, ensure_ascii=False, sort_keys=True) + "\n" for ex in examples)
    if args.out:
        pathlib.Path(args.out).write_text(lines, encoding="utf-8")
        print(f"wrote {len(examples)} examples to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
