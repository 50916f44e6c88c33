#!/usr/bin/env python
"""Record what REAL Alembic does, as JSON golden fixtures for Strata.

Run with the alembic virtualenv, e.g.

    /tmp/alembic-venv/bin/python tools/alembic-golden/generate.py

See README.md next to this file for the fixture format and options.

How it works
------------
* The parent process starts one *worker* subprocess per PYTHONHASHSEED in
  --hash-seeds (sequentially).  Each worker runs every scenario against a
  fresh PostgreSQL database and writes its raw results to a temp file.
* The parent takes the first seed's results as canonical and compares every
  recorded value with the other seeds.  Values that differ (Alembic iterates
  over Python sets in a few places, so some orderings depend on the string
  hash seed or on object ids) are reported in an "unstable" map next to the
  value, listing every variant that was observed.
* The parent then writes one JSON file per hand-written scenario and
  random.json for the random ones.
"""

import argparse
import io
import json
import logging
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep tools/alembic-golden free of __pycache__

import scenarios as S  # noqa: E402

FORMAT_VERSION = 1
DEFAULT_OUT = os.path.normpath(
    os.path.join(HERE, "..", "..", "migration-test", "src", "test", "resources", "alembic-golden")
)
DEFAULT_WORK = "/tmp/strata-alembic-golden"
DEFAULT_PG = "postgresql://alembic_golden:alembic_golden@localhost:5432"
DB_PREFIX = "alembic_golden_"

ENV_PY = '''\
# env.py written by tools/alembic-golden/generate.py
# Equivalent to alembic's "generic" template (no target metadata).
from alembic import context
from sqlalchemy import create_engine, pool

config = context.config
url = config.get_main_option("sqlalchemy.url")
extra = {}
_cb = config.attributes.get("on_version_apply")
if _cb is not None:
    extra["on_version_apply"] = _cb
_sql_listener = config.attributes.get("sql_listener")

if context.is_offline_mode():
    context.configure(
        url=url,
        target_metadata=None,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        **extra
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(url, poolclass=pool.NullPool)
    if _sql_listener is not None:
        from sqlalchemy import event

        event.listen(engine, "before_cursor_execute", _sql_listener)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=None, **extra)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()
'''

SCRIPT_MAKO = '''\
"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from alembic import op

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade():
    ${upgrades if upgrades else "pass"}


def downgrade():
    ${downgrades if downgrades else "pass"}
'''

CREATE_DATE = "2024-06-01 12:00:00.000000"


def _py_literal(v):
    """down_revision / depends_on / branch_labels as written into the file."""
    if v is None:
        return "None"
    if isinstance(v, list):
        return "(" + ", ".join(repr(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    return repr(v)


def revision_source(r):
    rid = r["id"]
    down = r["down_revision"]
    if down is None:
        revises = ""
    elif isinstance(down, list):
        revises = ", ".join(down)
    else:
        revises = down
    lines = []
    if r["message"] is not None:
        lines += [
            '"""%s' % r["message"],
            "",
            "Revision ID: %s" % rid,
            "Revises: %s" % revises,
            "Create Date: %s" % CREATE_DATE,
            "",
            '"""',
        ]
    lines += [
        "from alembic import op",
        "",
        "revision = %r" % rid,
        "down_revision = %s" % _py_literal(down),
        "branch_labels = %s" % _py_literal(r["branch_labels"]),
        "depends_on = %s" % _py_literal(r["depends_on"]),
        "",
        "",
        "def upgrade():",
        '    op.execute("CREATE TABLE IF NOT EXISTS t_%s (x int)")' % rid,
        "",
        "",
        "def downgrade():",
        '    op.execute("DROP TABLE IF EXISTS t_%s")' % rid,
        "",
    ]
    return "\n".join(lines)


_VSQL = [
    (re.compile(r"^INSERT INTO alembic_version \(version_num\) VALUES \('([^']*)'\)"),
     lambda m: "INSERT %s" % m.group(1)),
    (re.compile(r"^UPDATE alembic_version SET version_num='([^']*)' "
                r"WHERE alembic_version.version_num = '([^']*)'"),
     lambda m: "UPDATE %s -> %s" % (m.group(2), m.group(1))),
    (re.compile(r"^DELETE FROM alembic_version WHERE alembic_version.version_num = '([^']*)'"),
     lambda m: "DELETE %s" % m.group(1)),
    (re.compile(r"^DELETE FROM alembic_version$"), lambda m: "DELETE ALL"),
    (re.compile(r"^CREATE TABLE alembic_version\b"), lambda m: "CREATE TABLE alembic_version"),
]


def compact_version_sql(statement, params):
    """Compact rendering of a statement that touches alembic_version.

    Alembic renders the version table statements with literal values, e.g.
    UPDATE alembic_version SET version_num='b' WHERE alembic_version.version_num = 'a'
    becomes "UPDATE a -> b".  Anything unrecognised is kept verbatim.
    """
    s = " ".join(statement.split())
    if not params:
        for rx, fmt in _VSQL:
            m = rx.match(s)
            if m:
                return fmt(m)
    return "%s %r" % (s, params) if params else s


def file_name(index, rid):
    return "%02d_%s.py" % (index + 1, rid)


# ---------------------------------------------------------------------------
# CLI-equivalent rendering of a command (informational)
# ---------------------------------------------------------------------------


def cli_string(cmd):
    c, a = cmd["command"], cmd["args"]
    if c == "_execute_sql":
        return None
    parts = ["alembic", c]

    def pos(v):
        # argparse treats "-1" as a positional but not "-1:current"
        return v

    if c in ("upgrade", "downgrade"):
        parts.append(pos(a["revision"]))
        if a.get("sql"):
            parts.append("--sql")
    elif c == "stamp":
        revs = a["revision"] if isinstance(a["revision"], list) else [a["revision"]]
        parts += revs
        if a.get("sql"):
            parts.append("--sql")
        if a.get("purge"):
            parts.append("--purge")
    elif c == "current":
        if a.get("verbose"):
            parts.append("--verbose")
        if a.get("check_heads"):
            parts.append("--check-heads")
    elif c == "history":
        if "rev_range" in a:
            rr = a["rev_range"]
            parts.append(("--rev-range=%s" % rr) if rr.startswith("-") else ("-r %s" % rr))
        if a.get("verbose"):
            parts.append("--verbose")
        if a.get("indicate_current"):
            parts.append("--indicate-current")
    elif c == "heads":
        if a.get("verbose"):
            parts.append("--verbose")
        if a.get("resolve_dependencies"):
            parts.append("--resolve-dependencies")
    elif c == "branches":
        if a.get("verbose"):
            parts.append("--verbose")
    elif c == "show":
        parts.append(a["rev"])
    return " ".join(parts)


# ---------------------------------------------------------------------------
# worker: actually run alembic
# ---------------------------------------------------------------------------


class _StepCapture(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.INFO)
        self.lines = []

    def emit(self, record):
        msg = record.getMessage()
        if msg.startswith("Running "):
            self.lines.append(msg[len("Running "):])


class Worker:
    def __init__(self, pg_base, work_dir):
        import psycopg2  # noqa

        self.pg_base = pg_base.rstrip("/")
        self.work_dir = work_dir
        self.capture = _StepCapture()
        lg = logging.getLogger("alembic.runtime.migration")
        lg.setLevel(logging.INFO)
        lg.addHandler(self.capture)
        lg.propagate = False

    # -- database helpers ---------------------------------------------------
    def _admin(self):
        import psycopg2

        conn = psycopg2.connect(self.pg_base + "/postgres")
        conn.autocommit = True
        return conn

    def create_db(self, name):
        self.drop_db(name)
        conn = self._admin()
        try:
            with conn.cursor() as cur:
                cur.execute('CREATE DATABASE "%s"' % name)
        finally:
            conn.close()

    def drop_db(self, name):
        # Plain DROP DATABASE (not WITH (FORCE)): the server itself asks
        # autovacuum workers to leave, while FORCE would need the privilege
        # to signal them.  Retry a few times in case of a transient session.
        import psycopg2

        for attempt in range(10):
            conn = self._admin()
            try:
                with conn.cursor() as cur:
                    cur.execute('DROP DATABASE IF EXISTS "%s"' % name)
                return
            except psycopg2.errors.ObjectInUse:
                if attempt == 9:
                    raise
                time.sleep(1)
            finally:
                conn.close()

    def db_state(self, url):
        import psycopg2

        conn = psycopg2.connect(url)
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT to_regclass('public.alembic_version')")
                exists = cur.fetchone()[0] is not None
                rows = order = None
                if exists:
                    # exactly the query alembic uses (no ORDER BY): heap order
                    cur.execute("SELECT alembic_version.version_num FROM alembic_version")
                    order = [r[0] for r in cur.fetchall()]
                    rows = sorted(order)
                cur.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename LIKE 't\\_%'"
                )
                tables = sorted(r[0] for r in cur.fetchall())
            conn.rollback()
        finally:
            conn.close()
        return rows, order, tables

    def execute_sql(self, url, sql):
        import psycopg2

        conn = psycopg2.connect(url)
        try:
            with conn.cursor() as cur:
                cur.execute(sql)
            conn.commit()
        finally:
            conn.close()

    # -- alembic helpers ----------------------------------------------------
    def make_config(self, script_dir, url, buf, on_version_apply=None, sql_listener=None):
        from alembic.config import Config

        cfg = Config(stdout=buf, output_buffer=buf)
        cfg.set_main_option("script_location", script_dir)
        cfg.set_main_option("path_separator", "os")
        cfg.set_main_option("sqlalchemy.url", url)
        if on_version_apply is not None:
            cfg.attributes["on_version_apply"] = on_version_apply
        if sql_listener is not None:
            cfg.attributes["sql_listener"] = sql_listener
        return cfg

    def graph_info(self, script_dir, url, file_revs, include_docs):
        from alembic.script import ScriptDirectory

        buf = io.StringIO()
        cfg = self.make_config(script_dir, url, buf)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                script = ScriptDirectory.from_config(cfg)
                rmap = script.revision_map
                heads = list(script.get_heads())
                bases = list(script.get_bases())
                info = {
                    "heads": heads,
                    "bases": bases,
                    "real_heads": list(rmap._real_heads),
                    "real_bases": list(rmap._real_bases),
                    "revisions": [],
                }
                for r in file_revs:
                    sc = script.get_revision(r["id"])
                    info["revisions"].append(
                        {
                            "id": sc.revision,
                            "is_head": sc.is_head,
                            "is_base": sc.is_base,
                            "is_branch_point": sc.is_branch_point,
                            "is_merge_point": sc.is_merge_point,
                            "is_real_head": sc._is_real_head,
                            "is_real_base": sc._is_real_base,
                            "is_real_branch_point": sc._is_real_branch_point,
                            "nextrev": sorted(sc.nextrev),
                            "all_nextrev": sorted(sc._all_nextrev),
                            "down_revisions": list(sc._versioned_down_revisions),
                            "resolved_dependencies": list(sc._resolved_dependencies),
                            "normalized_dependencies": sorted(
                                sc._normalized_resolved_dependencies
                            ),
                            "branch_labels": sorted(sc.branch_labels),
                        }
                    )
                    if include_docs:
                        info["revisions"][-1].update(
                            {"doc": sc.doc, "longdoc": sc.longdoc, "path": str(sc.path)}
                        )
                err = None
            except Exception as e:  # recorded, e.g. cycles
                info = None
                err = "%s: %s" % (type(e).__name__, e)
        return info, err, [str(x.message) for x in w]

    def run_command(self, script_dir, url, cmd):
        from alembic import command as C
        from alembic.util import CommandError

        buf = io.StringIO()
        step_heads = []

        def on_apply(ctx, step, heads, run_args):
            step_heads.append(sorted(heads))

        version_sql = []

        def on_sql(conn, cursor, statement, parameters, context, executemany):
            if "alembic_version" in statement and not statement.lstrip().upper().startswith("SELECT"):
                version_sql.append(compact_version_sql(statement, parameters))

        cfg = self.make_config(script_dir, url, buf, on_apply, on_sql)
        self.capture.lines = []
        rec = {
            "command": cmd["command"],
            "args": cmd["args"],
            "cli": cli_string(cmd),
        }
        if cmd.get("note"):
            rec["note"] = cmd["note"]
        ok, error, error_type = True, None, None
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                c = cmd["command"]
                a = cmd["args"]
                if c == "_execute_sql":
                    self.execute_sql(url, a["sql"])
                else:
                    getattr(C, c)(cfg, **a)
            except CommandError as e:
                ok, error, error_type = False, str(e), type(e).__name__
            except Exception as e:
                ok, error, error_type = False, str(e), type(e).__name__
        rec["ok"] = ok
        rec["error"] = error
        rec["error_type"] = error_type
        rec["steps"] = list(self.capture.lines)
        rec["step_heads"] = step_heads
        rec["warnings"] = [str(x.message) for x in w]
        rec["version_sql"] = version_sql
        rec["output"] = buf.getvalue()
        vt, vt_order, tables = self.db_state(url)
        rec["version_table"] = vt
        rec["version_table_order"] = vt_order
        rec["tables"] = tables
        return rec

    def run_scenario(self, sc):
        name = sc["name"]
        script_dir = os.path.join(self.work_dir, name)
        versions = os.path.join(script_dir, "versions")
        if os.path.exists(script_dir):
            shutil.rmtree(script_dir)
        os.makedirs(versions)
        with open(os.path.join(script_dir, "env.py"), "w") as f:
            f.write(ENV_PY)
        with open(os.path.join(script_dir, "script.py.mako"), "w") as f:
            f.write(SCRIPT_MAKO)
        db = DB_PREFIX + name
        url = "%s/%s" % (self.pg_base, db)
        self.create_db(db)

        from sqlalchemy.engine import make_url

        display_url = make_url(url).render_as_string(hide_password=True)
        revisions = []
        for i, r in enumerate(sc["revisions"]):
            rr = dict(r)
            rr["file"] = file_name(i, r["id"])
            revisions.append(rr)
        out = {
            "name": name,
            "description": sc["description"],
            "seed": sc["seed"],
            "script_dir": script_dir,
            "versions_dir": versions,
            "database": db,
            "database_url_display": display_url,
            "revisions": revisions,
            "phases": [],
        }
        by_id = {r["id"]: r for r in revisions}
        for pi, ph in enumerate(sc["phases"]):
            present = set(ph["present"])
            # add the files of this phase (files are only ever added)
            for r in revisions:
                if r["id"] in present:
                    p = os.path.join(versions, r["file"])
                    if not os.path.exists(p):
                        with open(p, "w") as f:
                            f.write(revision_source(r))
            file_revs = [r for r in revisions if r["id"] in present]
            graph, graph_error, graph_warnings = self.graph_info(
                script_dir, url, file_revs, include_docs=sc["seed"] is None
            )
            phase = {
                "index": pi,
                "files": [r["file"] for r in file_revs],
                "revision_ids": [r["id"] for r in file_revs],
                "graph": graph,
                "graph_error": graph_error,
                "graph_warnings": graph_warnings,
                "commands": [],
            }
            for ci, cmd in enumerate(ph["commands"]):
                rec = {"index": ci}
                rec.update(self.run_command(script_dir, url, cmd))
                phase["commands"].append(rec)
            out["phases"].append(phase)
        self.drop_db(db)
        return out


def worker_main(args):
    sys.dont_write_bytecode = True
    w = Worker(args.pg, args.work_dir)
    scs = build_scenarios(args)
    results = []
    for sc in scs:
        results.append(w.run_scenario(sc))
    with open(args.raw_out, "w") as f:
        json.dump(results, f)


def build_scenarios(args):
    scs = [f() for f in S.HAND_WRITTEN]
    scs += S.random_scenarios(args.random_count, args.random_seed)
    if args.only:
        scs = [s for s in scs if s["name"] in args.only]
    return scs


# ---------------------------------------------------------------------------
# parent: run workers under several hash seeds and merge
# ---------------------------------------------------------------------------

CMD_FIELDS = ["ok", "error", "error_type", "steps", "step_heads", "version_sql", "warnings", "output",
              "version_table", "version_table_order", "tables"]


def _distinct(values):
    out = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def merge_runs(runs):
    """runs: list (per hash seed) of list of scenario results."""
    canonical = runs[0]
    for si, sc in enumerate(canonical):
        for pi, ph in enumerate(sc["phases"]):
            variants = {}
            gvals = _distinct([r[si]["phases"][pi]["graph"] for r in runs])
            if len(gvals) > 1:
                # report per revision / per key to keep it readable
                for key in ("heads", "bases", "real_heads", "real_bases"):
                    vs = _distinct([g[key] if g else None for g in gvals])
                    if len(vs) > 1:
                        variants[key] = vs
                for ri, rv in enumerate(ph["graph"]["revisions"] if ph["graph"] else []):
                    for k in rv:
                        vs = _distinct([g["revisions"][ri][k] for g in gvals])
                        if len(vs) > 1:
                            variants["revisions[%d].%s" % (ri, k)] = vs
            if variants:
                ph["graph_unstable"] = variants
            for ci, cmd in enumerate(ph["commands"]):
                unstable = {}
                for f in CMD_FIELDS:
                    vs = _distinct([r[si]["phases"][pi]["commands"][ci][f] for r in runs])
                    if len(vs) > 1:
                        unstable[f] = vs
                # `current` prints a set of Script objects (hashed by id()), so
                # the order of its entries is arbitrary even for one hash seed.
                if cmd["command"] == "current" and cmd["ok"]:
                    out = cmd["output"]
                    if cmd["args"].get("verbose"):
                        n = sum(1 for ln in out.split("\n") if ln.startswith("Rev: "))
                    else:
                        n = len([ln for ln in out.split("\n") if ln])
                    if n > 1:
                        cmd["output_entries_unordered"] = True
                        unstable.pop("output", None)
                if unstable:
                    cmd["unstable"] = unstable
    return canonical


def order_fields(sc):
    """Stable, readable key order in the JSON output."""
    phases = []
    for ph in sc["phases"]:
        cmds = []
        for c in ph["commands"]:
            keys = ["index", "command", "args", "cli", "note", "ok", "error", "error_type",
                    "steps", "step_heads", "version_sql", "warnings", "output",
                    "output_entries_unordered", "version_table",
                    "version_table_order", "tables", "unstable"]
            cmds.append({k: c[k] for k in keys if k in c})
        p = {k: ph[k] for k in ["index", "files", "revision_ids", "graph", "graph_error",
                                 "graph_warnings", "graph_unstable"] if k in ph}
        p["commands"] = cmds
        phases.append(p)
    out = {k: sc[k] for k in ["name", "description", "seed", "script_dir", "versions_dir",
                              "database", "database_url_display", "revisions"]}
    out["phases"] = phases
    return out


def meta(args, hash_seeds):
    import alembic
    import sqlalchemy
    import psycopg2

    conn = psycopg2.connect(args.pg.rstrip("/") + "/postgres")
    try:
        with conn.cursor() as cur:
            cur.execute("SHOW server_version")
            pgv = cur.fetchone()[0]
    finally:
        conn.close()
    return {
        "format_version": FORMAT_VERSION,
        "generator": "tools/alembic-golden/generate.py",
        "alembic_version": alembic.__version__,
        "sqlalchemy_version": sqlalchemy.__version__,
        "psycopg2_version": psycopg2.__version__.split(" ")[0],
        "python_version": platform.python_version(),
        "postgresql_version": pgv,
        "hash_seeds": hash_seeds,
        "revision_file_template": {
            "create_date": CREATE_DATE,
            "upgrade_sql": "CREATE TABLE IF NOT EXISTS t_<id> (x int)",
            "downgrade_sql": "DROP TABLE IF EXISTS t_<id>",
        },
        "env_py": ENV_PY,
    }


def write_json(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1, ensure_ascii=False, sort_keys=False)
        f.write("\n")


def write_json_compact(path, obj):
    """Like write_json, but each scenario is written on one line (size)."""
    scs = obj["scenarios"]
    head = dict(obj)
    del head["scenarios"]
    with open(path, "w") as f:
        f.write("{\n")
        for k, v in head.items():
            f.write(" %s: %s,\n" % (json.dumps(k), json.dumps(v, ensure_ascii=False)))
        f.write(' "scenarios": [\n')
        for i, sc in enumerate(scs):
            f.write("  " + json.dumps(sc, ensure_ascii=False, separators=(",", ":")))
            f.write(",\n" if i < len(scs) - 1 else "\n")
        f.write(" ]\n}\n")


def parent_main(args):
    seeds = [int(x) for x in args.hash_seeds.split(",")]
    tmp = tempfile.mkdtemp(prefix="alembic-golden-raw-")
    runs = []
    try:
        for seed in seeds:
            raw = os.path.join(tmp, "raw_%d.json" % seed)
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = str(seed)
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            cmd = [sys.executable, os.path.abspath(__file__), "--worker", "--raw-out", raw,
                   "--pg", args.pg, "--work-dir", args.work_dir,
                   "--random-count", str(args.random_count), "--random-seed", str(args.random_seed)]
            if args.only:
                cmd += ["--only"] + args.only
            print("running worker with PYTHONHASHSEED=%d ..." % seed, file=sys.stderr)
            subprocess.run(cmd, env=env, check=True)
            with open(raw) as f:
                runs.append(json.load(f))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    merged = merge_runs(runs)
    m = meta(args, seeds)
    os.makedirs(args.out, exist_ok=True)
    hand = [sc for sc in merged if sc["seed"] is None]
    rnd = [sc for sc in merged if sc["seed"] is not None]
    written = []
    for sc in hand:
        doc = dict(m)
        doc["scenarios"] = [order_fields(sc)]
        p = os.path.join(args.out, sc["name"] + ".json")
        write_json(p, doc)
        written.append(p)
    if rnd and not args.only:
        doc = dict(m)
        doc["random"] = {"base_seed": args.random_seed, "count": args.random_count}
        doc["scenarios"] = [order_fields(sc) for sc in rnd]
        p = os.path.join(args.out, "random.json")
        write_json_compact(p, doc)
        written.append(p)
    ncmd = sum(len(ph["commands"]) for sc in merged for ph in sc["phases"])
    nfail = sum(1 for sc in merged for ph in sc["phases"] for c in ph["commands"] if not c["ok"])
    nuns = sum(1 for sc in merged for ph in sc["phases"] for c in ph["commands"] if "unstable" in c)
    for p in written:
        print("wrote %s (%d bytes)" % (p, os.path.getsize(p)), file=sys.stderr)
    print("%d scenarios, %d commands (%d failed, %d with hash-seed dependent results)"
          % (len(merged), ncmd, nfail, nuns), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="fixture output directory")
    ap.add_argument("--pg", default=os.environ.get("ALEMBIC_GOLDEN_PG", DEFAULT_PG),
                    help="PostgreSQL base URL without database (default %(default)s)")
    ap.add_argument("--work-dir", default=DEFAULT_WORK,
                    help="where script directories are written (appears in Path: lines)")
    ap.add_argument("--hash-seeds", default="0,1,2,3,4,5",
                    help="PYTHONHASHSEED values to run; the first one is canonical")
    ap.add_argument("--random-count", type=int, default=S.RANDOM_COUNT)
    ap.add_argument("--random-seed", type=int, default=S.RANDOM_BASE_SEED)
    ap.add_argument("--only", nargs="*", help="only these scenario names (no random.json)")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--raw-out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker_main(args)
    else:
        parent_main(args)


if __name__ == "__main__":
    main()
