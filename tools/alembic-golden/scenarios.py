"""Scenario definitions for the Alembic golden-fixture generator.

Everything in this module is pure data / deterministic code: it must not
depend on PYTHONHASHSEED (no iteration over sets or dicts built from sets),
because generate.py runs the same scenarios under several hash seeds and
compares the results to find hash-order dependent behaviour in Alembic.
"""

import random

# ---------------------------------------------------------------------------
# small DSL
# ---------------------------------------------------------------------------


def rev(id_, down=None, labels=None, depends=None, message="<auto>"):
    """One revision file.

    down     : None | "id" | ("id1", "id2", ...)
    labels   : None | ("label", ...)
    depends  : None | "id-or-label" | ("x", "y")
    message  : str (first line of the docstring) or None for a file that has
               no docstring at all.
    """
    if message == "<auto>":
        message = "create t_%s" % id_
    return {
        "id": id_,
        "down_revision": list(down) if isinstance(down, tuple) else down,
        "branch_labels": list(labels) if labels else None,
        "depends_on": list(depends) if isinstance(depends, tuple) else depends,
        "message": message,
    }


def _cmd(command, note=None, **args):
    d = {"command": command, "args": args}
    if note:
        d["note"] = note
    return d


def upgrade(revision, sql=None, note=None):
    a = {"revision": revision}
    if sql is not None:
        a["sql"] = sql
    return _cmd("upgrade", note, **a)


def downgrade(revision, sql=None, note=None):
    a = {"revision": revision}
    if sql is not None:
        a["sql"] = sql
    return _cmd("downgrade", note, **a)


def stamp(revision, purge=None, sql=None, note=None):
    a = {"revision": revision}
    if sql is not None:
        a["sql"] = sql
    if purge is not None:
        a["purge"] = purge
    return _cmd("stamp", note, **a)


def current(verbose=None, check_heads=None, note=None):
    a = {}
    if verbose is not None:
        a["verbose"] = verbose
    if check_heads is not None:
        a["check_heads"] = check_heads
    return _cmd("current", note, **a)


def history(rev_range=None, verbose=None, indicate_current=None, note=None):
    a = {}
    if rev_range is not None:
        a["rev_range"] = rev_range
    if verbose is not None:
        a["verbose"] = verbose
    if indicate_current is not None:
        a["indicate_current"] = indicate_current
    return _cmd("history", note, **a)


def heads(verbose=None, resolve_dependencies=None, note=None):
    a = {}
    if verbose is not None:
        a["verbose"] = verbose
    if resolve_dependencies is not None:
        a["resolve_dependencies"] = resolve_dependencies
    return _cmd("heads", note, **a)


def branches(verbose=None, note=None):
    a = {}
    if verbose is not None:
        a["verbose"] = verbose
    return _cmd("branches", note, **a)


def show(rev_, note=None):
    return _cmd("show", note, rev=rev_)


def execute_sql(sql, note=None):
    """Fixture-setup pseudo command: run raw SQL against the scenario DB
    (not an alembic command)."""
    return _cmd("_execute_sql", note, sql=sql)


def scenario(name, description, revisions, phases):
    """phases: list of (present_ids_or_None, [commands]); None = all."""
    out = []
    for present, cmds in phases:
        out.append(
            {
                "present": present
                if present is not None
                else [r["id"] for r in revisions],
                "commands": cmds,
            }
        )
    return {
        "name": name,
        "description": description,
        "seed": None,
        "revisions": revisions,
        "phases": out,
    }


# ---------------------------------------------------------------------------
# 1. linear chain
# ---------------------------------------------------------------------------


def s01_linear():
    A, B, C, D = "3b8f0c2d9e41", "7c1e5a9f0b23", "c4d2e8b17a90", "c4d29f016b3e"
    revs = [
        rev(A, None, message="create account table"),
        rev(B, A, message="add email column"),
        rev(C, B, message="create orders"),
        rev(D, C, message="add order index"),
    ]
    cmds = [
        current(note="fresh database: no version table yet"),
        heads(),
        history(),
        history(verbose=True),
        upgrade("+1"),
        upgrade("+2"),
        current(),
        upgrade("head"),
        current(verbose=True),
        upgrade("head", note="already at head: no-op"),
        downgrade("-1"),
        downgrade("-2"),
        downgrade("base"),
        downgrade("-1", note="relative downgrade at base"),
        downgrade("base", note="downgrade base when already at base"),
        upgrade("7c1e", note="4-char id prefix"),
        downgrade(A),
        upgrade(A + "+1", note="<id>+1"),
        upgrade(B + "+2", note="<id>+2"),
        downgrade(D + "-1", note="<id>-1"),
        downgrade(D + "-1", note="<id>-1 again, now already there"),
        upgrade("+5", note="relative past the end"),
        downgrade("-5", note="relative past the base"),
        upgrade("deadbeef0000", note="unknown revision"),
        downgrade("deadbeef0000", note="unknown revision"),
        upgrade("c4d2", note="ambiguous prefix"),
        upgrade("3b8", note="prefix shorter than 4 characters (resolves; target is below current)"),
        downgrade("7c1", note="prefix shorter than 4 characters"),
        upgrade("c", note="1-char prefix, ambiguous"),
        upgrade("7", note="1-char prefix, unique"),
        upgrade("zz9", note="short prefix matching nothing"),
        downgrade(D, note="downgrade 'to' a revision above current"),
        upgrade(A, note="upgrade 'to' a revision below current"),
        upgrade("head-1", note="symbolic relative"),
        upgrade("base+1", note="symbolic relative"),
        downgrade("head-2", note="symbolic relative"),
        upgrade("heads"),
        downgrade("current-1", note="current-relative"),
        upgrade("current+1"),
        history(rev_range="base:" + B),
        history(rev_range=B + ":head"),
        history(rev_range=B + ":"),
        history(rev_range=":" + C),
        history(rev_range="7c1e:c4d2e", note="prefixes in a range"),
        history(rev_range="-1:current", note="current-relative range"),
        history(rev_range="current:"),
        history(rev_range=":current"),
        history(rev_range="-2:"),
        history(rev_range=D + ":" + A, note="reversed range"),
        history(rev_range=C, note="range without ':'"),
        history(indicate_current=True),
        history(verbose=True, indicate_current=True),
        show(B),
        show("7c1e"),
        show("current"),
        show("head"),
        show("base"),
        show("heads"),
        heads(verbose=True),
        downgrade("-1"),
        current(check_heads=True, note="not at head"),
        upgrade("head"),
        current(check_heads=True),
        upgrade(A + ":" + C, note="range without --sql"),
        upgrade("head", sql=True, note="offline, from empty database state"),
        upgrade(A + ":" + C, sql=True),
        upgrade("base:" + B, sql=True),
        downgrade(D + ":" + B, sql=True),
        downgrade(D + ":base", sql=True),
        downgrade("base", sql=True, note="--sql downgrade without a range"),
        stamp(A + ":" + C, note="stamp with range, online"),
        downgrade("base"),
        current(),
    ]
    return scenario(
        "01_linear",
        "Linear chain a->b->c->d (c and d share the 4-char prefix 'c4d2').",
        revs,
        [(None, cmds)],
    )


# ---------------------------------------------------------------------------
# 2. branch point, labelled branches, merge added later
# ---------------------------------------------------------------------------


def s02_branches():
    R0, BP = "5f2a9c1e7b30", "9d4b7e2a1c65"
    L1, L2 = "a7e3c9d1f042", "a7e3f1b20c58"
    R1, R2 = "e2c8b4a6d913", "rb2"
    M = "0c6e4d2f8a17"
    revs = [
        rev(R0, None, message="initial schema"),
        rev(BP, R0, message="add users"),
        rev(L1, BP, labels=("left",), message="left: add profiles"),
        rev(L2, L1, message="left: profile index"),
        rev(R1, BP, labels=("right",), message="right: add billing"),
        rev(R2, R1, message="right: billing audit"),
        rev(M, (L2, R2), message="merge left and right"),
    ]
    phase1 = [
        heads(),
        heads(verbose=True),
        branches(),
        branches(verbose=True),
        history(),
        upgrade("head", note="two heads: MultipleHeads error"),
        upgrade("heads"),
        current(),
        current(verbose=True),
        downgrade("base"),
        upgrade("left@head"),
        upgrade("right@+1"),
        current(),
        upgrade("right@+1"),
        downgrade("right@-1"),
        downgrade("left@-1"),
        downgrade(BP, note="down to the branch point"),
        current(),
        upgrade(L1),
        upgrade(R2),
        current(),
        downgrade("-1", note="relative downgrade with two heads"),
        current(),
        upgrade("+1", note="relative upgrade with two heads"),
        upgrade("heads"),
        downgrade("-1", note="relative downgrade with two heads"),
        upgrade("heads"),
        downgrade("left@base"),
        current(),
        upgrade("heads"),
        downgrade("right@" + BP),
        current(),
        upgrade("right@head"),
        upgrade("left@" + R1, note="revision not on the branch"),
        upgrade("nosuch@head", note="unknown branch label"),
        upgrade("a7e3", note="ambiguous prefix across a branch"),
        upgrade("left@a7e3", note="ambiguous prefix narrowed by branch"),
        show(BP),
        history(verbose=True),
        history(rev_range=BP + ":heads"),
        history(rev_range="left@base:left@head"),
        upgrade("heads"),
        downgrade(R0 + ":" + BP, sql=True),
    ]
    phase2 = [
        heads(),
        branches(),
        history(),
        upgrade("head", note="merge now exists: single head"),
        current(),
        downgrade("-1", note="relative downgrade from a merge revision"),
        current(),
        downgrade(M + "-1", note="<merge>-1"),
        downgrade(L2, note="down to one parent of the merge: re-opens both branches"),
        current(),
        upgrade("head"),
        downgrade(L1, note="down to a revision on one branch"),
        current(),
        upgrade("head"),
        downgrade(R1),
        current(),
        upgrade("left@head"),
        current(),
        downgrade("right@-1"),
        current(),
        upgrade("head"),
        heads(),
        heads(verbose=True),
        branches(verbose=True),
        history(verbose=True),
        history(indicate_current=True),
        show(M),
        show("left@head"),
        history(rev_range=BP + ":head"),
        history(rev_range="right@base:right@head"),
        downgrade("base"),
        upgrade("heads"),
        downgrade(R0, note="down to the root"),
        current(),
        downgrade("base"),
        upgrade(R0 + ":" + M, sql=True),
        downgrade(M + ":" + R0, sql=True),
        upgrade("heads", sql=True),
        downgrade(M + ":base", sql=True),
        upgrade("left@head:" + M, sql=True),
    ]
    return scenario(
        "02_branches",
        "Root -> branch point -> two labelled branches ('left', 'right'); "
        "phase 2 adds a merge revision of both heads.",
        revs,
        [([R0, BP, L1, L2, R1, R2], phase1), (None, phase2)],
    )


# ---------------------------------------------------------------------------
# 3. two independent roots
# ---------------------------------------------------------------------------


def s03_two_roots():
    X1, X2, X3 = "a1", "4e7b2d9c0a16", "a3x"
    Y1, Y2 = "b1", "8f3c6a1e5d27"
    revs = [
        rev(X1, None, labels=("alpha",), message="alpha root"),
        rev(Y1, None, labels=("beta",), message="beta root"),
        rev(X2, X1, message="alpha second"),
        rev(Y2, Y1, message=None),  # no docstring at all
        rev(X3, X2, message="alpha third"),
    ]
    cmds = [
        heads(),
        branches(),
        history(),
        history(verbose=True),
        upgrade("head", note="two roots => two heads"),
        upgrade("heads"),
        current(),
        downgrade("alpha@base"),
        current(),
        upgrade("alpha@+1"),
        upgrade("alpha@head"),
        downgrade("beta@-1"),
        current(),
        downgrade("beta@base"),
        downgrade("-1", note="single head left"),
        current(),
        upgrade("heads"),
        downgrade("base"),
        upgrade("beta@head"),
        upgrade("a1", note="short id, exact"),
        upgrade("a3x"),
        upgrade("a3", note="short prefix of a short id"),
        upgrade("4e7b2", note="prefix"),
        show("b1"),
        show(Y2),
        show("alpha"),
        show("beta@head"),
        history(rev_range="a1:"),
        history(rev_range="base:beta@head"),
        heads(verbose=True),
        downgrade("alpha@-2"),
        current(verbose=True),
        downgrade("base"),
        upgrade("b1+1"),
        upgrade("alpha@a1"),
        upgrade("alpha@+2"),
        current(),
        downgrade("base"),
    ]
    return scenario(
        "03_two_roots",
        "Two independent roots with branch labels 'alpha' (a1 -> 4e7b2d9c0a16 -> a3x) "
        "and 'beta' (b1 -> 8f3c6a1e5d27, which has no docstring); files interleaved.",
        revs,
        [(None, cmds)],
    )


# ---------------------------------------------------------------------------
# 4. depends_on across branches
# ---------------------------------------------------------------------------


def s04_depends_on():
    S1, S2, S3 = "1a2b3c4d5e6f", "2b3c4d5e6f70", "3c4d5e6f7081"
    D1, D2, D3 = "9e8d7c6b5a40", "8d7c6b5a4f31", "7c6b5a4f3e22"
    revs = [
        rev(S1, None, labels=("schema",), message="schema root"),
        rev(S2, S1, message="add columns"),
        rev(S3, S2, message="schema extra"),
        rev(D1, None, labels=("data",), message="data root"),
        rev(D2, D1, depends=S2, message="backfill columns"),
        rev(D3, D2, depends=("schema",), message="data depends on label"),
    ]
    cmds = [
        heads(),
        heads(resolve_dependencies=True),
        heads(verbose=True),
        branches(),
        history(),
        history(verbose=True),
        show(D2),
        show(D3),
        upgrade(D2, note="pulls in dependency " + S2),
        current(),
        current(verbose=True),
        downgrade(S1, note="downgrade the dependency: dependent goes too"),
        current(),
        upgrade("data@head"),
        current(),
        downgrade("schema@base"),
        current(),
        upgrade("heads"),
        current(),
        downgrade(D1),
        current(),
        downgrade("base"),
        upgrade(S2),
        upgrade("data@+1"),
        upgrade("data@+1"),
        current(),
        upgrade("head", note="two heads"),
        downgrade("-1"),
        current(),
        downgrade(S2),
        current(),
        downgrade("base"),
        upgrade(D1),
        upgrade("+1", note="next revision needs a dependency"),
        current(),
        history(rev_range=S2 + ":"),
        history(rev_range="base:" + D2),
        upgrade("base:" + D2, sql=True),
        downgrade("base"),
    ]
    return scenario(
        "04_depends_on",
        "Two roots 'schema' (S1->S2->S3) and 'data' (D1->D2->D3); D2 depends_on S2 "
        "(by id), D3 depends_on 'schema' (by branch label).",
        revs,
        [(None, cmds)],
    )


# ---------------------------------------------------------------------------
# 5. stamp
# ---------------------------------------------------------------------------


def s05_stamp():
    P1, P2, P3 = "6a0f4c2e8b91", "b3e7d1a5c9f2", "d5c1a7e3f90b"
    Q1, H1 = "e8a2c6f0b4d7", "hf1"
    revs = [
        rev(P1, None, message="base tables"),
        rev(P2, P1, message="second"),
        rev(P3, P2, message="third"),
        rev(Q1, P3, labels=("feature",), message="feature work"),
        rev(H1, P3, labels=("hotfix",), message="hotfix"),
    ]
    phase1 = [
        stamp("head"),
        current(),
        stamp(P1),
        upgrade("head", note="upgrade after stamp only runs the remaining revisions"),
        stamp("base"),
        current(),
        stamp(P2),
        downgrade("-1"),
        current(),
        stamp(P2, note="stamp upward"),
        stamp("b3e7", note="stamp by prefix"),
        stamp("+1", note="relative stamp"),
        stamp("heads"),
        execute_sql(
            "INSERT INTO alembic_version (version_num) VALUES ('deadbeefcafe')",
            note="corrupt the version table with an unknown revision",
        ),
        current(),
        stamp(P3, note="unknown row in version table"),
        stamp(P2, purge=True),
        current(),
        stamp("base", purge=True),
        stamp([P1, P2], note="list with overlapping revisions"),
        stamp("nonexistent1"),
        stamp("base"),
        upgrade(P2),
        stamp(P1, purge=True),
        upgrade("heads"),
        stamp(P1 + ":" + P3, sql=True),
        stamp("base:head", sql=True),
        stamp("head", sql=True, purge=True, note="--purge with --sql"),
    ]
    phase2 = [
        heads(),
        stamp("head", note="multiple heads"),
        stamp("heads"),
        current(),
        stamp("base"),
        stamp("feature@head"),
        upgrade("hotfix@head"),
        current(),
        stamp([Q1, H1]),
        current(),
        stamp(P3, note="stamp down from two heads to their branch point"),
        current(),
        stamp(Q1),
        stamp(H1, note="stamp a sibling head while one head is stamped"),
        current(),
        stamp([P2, H1]),
        current(),
        stamp(["feature@head", "hotfix@head"], purge=True),
        current(),
        stamp("base", purge=True),
        upgrade("heads"),
        stamp(P1),
        current(),
        upgrade("feature@head"),
        current(),
        downgrade("base"),
    ]
    return scenario(
        "05_stamp",
        "stamp semantics: linear P1->P2->P3 (phase 1), then two labelled heads "
        "'feature' and 'hotfix' on top of P3 (phase 2). Migrations use "
        "CREATE TABLE IF NOT EXISTS / DROP TABLE IF EXISTS so stamped states "
        "do not make them fail.",
        revs,
        [([P1, P2, P3], phase1), (None, phase2)],
    )


# ---------------------------------------------------------------------------
# 6. diamond, multiple merge points, three-way merge
# ---------------------------------------------------------------------------


def s06_diamond():
    R, A, B, C = "0f3a7c9e2b14", "2d8e4b6f1a03", "4b1c9d7e3f52", "6e5f2a8c0d71"
    M1, X, Y = "8a7d3e1b5c96", "a3c6f9b2e4d8", "c9b4e2d6a1f7"
    M3, T = "e4f1a8c3b7d5", "f7e2d5a9c3b6"
    revs = [
        rev(R, None, message="root"),
        rev(A, R, message="side a"),
        rev(B, R, message="side b"),
        rev(C, R, message="side c"),
        rev(M1, (A, B), message="merge a and b"),
        rev(X, M1, message="x after merge"),
        rev(Y, M1, message="y after merge"),
        rev(M3, (X, Y, C), message="three-way merge"),
        rev(T, M3, message="top"),
    ]
    cmds = [
        heads(),
        branches(),
        branches(verbose=True),
        history(),
        history(verbose=True),
        show(R),
        show(M1),
        show(M3),
        upgrade("head"),
        current(),
        downgrade("-1"),
        downgrade("-1", note="undo the three-way merge"),
        current(),
        downgrade(M3 + "-1", note="<three-way merge>-1"),
        downgrade(X, note="down to one parent of the three-way merge: three heads"),
        current(),
        downgrade("-1", note="relative downgrade with three heads"),
        current(),
        downgrade("base"),
        upgrade(A, note="mid revision on one side only"),
        current(),
        upgrade(X),
        current(),
        upgrade(C),
        current(),
        upgrade("+1", note="relative upgrade with several heads"),
        upgrade("head"),
        downgrade(B, note="down to a revision below a merge"),
        current(),
        downgrade(M1),
        current(),
        upgrade(M3 + "-1", note="<merge>-1 is ambiguous"),
        upgrade(Y),
        current(),
        downgrade("base"),
        upgrade(M1),
        current(),
        downgrade(A),
        current(),
        upgrade("heads"),
        downgrade(C),
        current(),
        downgrade(R),
        current(),
        upgrade("head"),
        history(rev_range=M1 + ":head"),
        history(rev_range="base:" + M1),
        history(rev_range=C + ":" + T),
        history(rev_range=A + ":" + C, note="unrelated revisions"),
        history(indicate_current=True),
        downgrade("-3"),
        current(),
        downgrade("base"),
        upgrade(R + ":" + T, sql=True),
        downgrade(T + ":" + M1, sql=True),
    ]
    return scenario(
        "06_diamond",
        "R branches 3 ways (A, B, C); M1 merges A+B; M1 branches into X and Y; "
        "M3 is a three-way merge of X, Y, C; T on top.",
        revs,
        [(None, cmds)],
    )


HAND_WRITTEN = [s01_linear, s02_branches, s03_two_roots, s04_depends_on, s05_stamp, s06_diamond]


# ---------------------------------------------------------------------------
# 7. random DAGs
# ---------------------------------------------------------------------------

LABEL_POOL = [
    "alpha", "beta", "gamma", "delta", "feature", "hotfix", "data",
    "schema", "reporting", "auth", "billing", "search",
]
RESERVED = {"head", "heads", "base", "current"}
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def _new_id(rng, existing, labels):
    while True:
        roll = rng.random()
        hex_ids = [x for x in existing if len(x) == 12]
        if roll < 0.10:
            cand = rng.choice("abcdefghijklmnopqrstuvwxyz") + "".join(
                rng.choice(ALNUM) for _ in range(rng.randint(1, 2))
            )
        elif roll < 0.25 and hex_ids:
            base = rng.choice(hex_ids)
            k = rng.randint(4, 6)
            cand = base[:k] + "".join(rng.choice(HEX) for _ in range(12 - k))
        else:
            cand = "".join(rng.choice(HEX) for _ in range(12))
        if cand not in existing and cand not in RESERVED and cand not in labels:
            return cand


def random_scenario(index, seed):
    rng = random.Random(seed)
    n = rng.randint(3, 25)
    ids = []
    revs = []
    heads_ = []  # ordered list of current heads
    labels_used = []
    roots = 0
    for i in range(n):
        rid = _new_id(rng, ids, labels_used)
        r = rng.random()
        if i == 0:
            down = None
            roots += 1
        elif r < 0.06 and roots < 3:
            down = None
            roots += 1
        elif len(heads_) >= 2 and r < 0.30:
            k = 3 if (len(heads_) >= 3 and rng.random() < 0.35) else 2
            down = tuple(rng.sample(heads_, k))
        else:
            if rng.random() < 0.6:
                down = rng.choice(heads_)
            else:
                down = rng.choice(ids)
        labels = None
        if rng.random() < 0.15 and len(labels_used) < len(LABEL_POOL):
            lbl = rng.choice([x for x in LABEL_POOL if x not in labels_used])
            labels_used.append(lbl)
            labels = (lbl,)
        if isinstance(down, tuple) and len(down) > 1:
            msg = "merge %s" % " and ".join(down)
        elif rng.random() < 0.04:
            msg = None
        else:
            msg = "step %d %s" % (i, rng.choice(["add table", "alter column", "backfill", "add index", "cleanup"]))
        revs.append(rev(rid, down, labels=labels, message=msg))
        ids.append(rid)
        parents = list(down) if isinstance(down, tuple) else ([down] if down else [])
        heads_ = [h for h in heads_ if h not in parents] + [rid]

    # file order: creation (topological) order, shuffled, or reversed
    fo = rng.random()
    if fo < 0.45:
        order_kind = "creation"
        file_revs = list(revs)
    elif fo < 0.9:
        order_kind = "shuffled"
        file_revs = list(revs)
        rng.shuffle(file_revs)
    else:
        order_kind = "reversed"
        file_revs = list(reversed(revs))

    def rid_():
        return rng.choice(ids)

    def prefix_():
        x = rng.choice([i for i in ids if len(i) >= 4] or ids)
        return x[: rng.randint(2, min(8, len(x)))]

    choices = [
        (2.0, lambda: upgrade("heads")),
        (2.0, lambda: upgrade("head")),
        (2.0, lambda: upgrade(rid_())),
        (1.0, lambda: upgrade(prefix_())),
        (1.5, lambda: upgrade("+1")),
        (1.0, lambda: upgrade("+2")),
        (1.0, lambda: upgrade(rid_() + "+1")),
        (2.0, lambda: downgrade("-1")),
        (1.0, lambda: downgrade("base")),
        (2.0, lambda: downgrade(rid_())),
        (1.0 if labels_used else 0.0, lambda: downgrade(rng.choice(labels_used) + "@-1")),
        (0.5 if labels_used else 0.0, lambda: upgrade(rng.choice(labels_used) + "@head")),
        (1.0, lambda: stamp(rid_())),
        (0.3, lambda: stamp("heads")),
        (1.5, lambda: current()),
        (1.0, lambda: heads()),
        (1.0, lambda: history()),
    ]
    weights = [w for w, _ in choices]
    ncmd = rng.randint(6, 15)
    cmds = []
    for _ in range(ncmd):
        f = rng.choices([f for _, f in choices], weights=weights)[0]
        cmds.append(f())
    sc = scenario(
        "random_%03d" % index,
        "random DAG #%d: %d revisions, %d root(s), labels %s, file order %s"
        % (index, n, roots, labels_used or "none", order_kind),
        file_revs,
        [(None, cmds)],
    )
    sc["seed"] = seed
    return sc


RANDOM_BASE_SEED = 20240601
RANDOM_COUNT = 120


def random_scenarios(count=RANDOM_COUNT, base_seed=RANDOM_BASE_SEED):
    return [random_scenario(i, base_seed + i) for i in range(count)]
