package dev.strata.format;

import dev.strata.RevisionInfo;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The text Alembic prints for {@code current}, {@code history}, {@code heads}, {@code branches} and
 * {@code show}, so people coming from Alembic read Strata's output at a glance. Lines are returned without
 * trailing newlines; verbose entries end with an empty line, as Alembic's do.
 */
public final class AlembicFormat {

    private AlembicFormat() {
    }

    /** {@code current}: {@code <id> (head)}; verbose: the long form. */
    public static String current(RevisionInfo r, boolean verbose) {
        // Alembic marks nothing "(current)" here: every line is current.
        RevisionInfo plain = r.withCurrent(false);
        return verbose ? logEntry(plain) : headOnly(plain, false, false, false, true, true);
    }

    /** One {@code history} line: {@code <down> -> <id> (head), <message>}. */
    public static String history(RevisionInfo r, boolean verbose) {
        return verbose ? logEntry(r) : headOnly(r, true, true, true, true, true);
    }

    /** One {@code heads} line: {@code <id> (<labels>) (head)}. */
    public static String heads(RevisionInfo r, boolean verbose) {
        return verbose ? logEntry(r) : headOnly(r, true, false, false, false, true);
    }

    /** One {@code branches} block: the branch point and an arrow line per branch. */
    public static String branches(RevisionInfo r, boolean verbose, Function<String, RevisionInfo> lookup) {
        StringBuilder out = new StringBuilder(verbose ? logEntry(r) : headOnly(r, true, false, false, true, true));
        String pad = " ".repeat(r.id().length());
        for (String next : r.nextRevisions()) {
            out.append('\n').append(pad).append(" -> ").append(headOnly(lookup.apply(next), true, verbose, false, true,
                    true));
        }
        return out.append('\n').toString();
    }

    /** {@code show}: the long form. */
    public static String show(RevisionInfo r) {
        return logEntry(r);
    }

    /** Alembic's {@code _head_only}. */
    static String headOnly(RevisionInfo r, boolean includeBranches, boolean includeDoc, boolean includeParents,
            boolean treeIndicators, boolean headIndicators) {
        StringBuilder text = new StringBuilder();
        if (includeParents) {
            text.append(down(r));
            if (!r.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", r.dependsOn())).append(")");
            }
            text.append(" -> ");
        }
        text.append(r.id());
        if (includeBranches && !r.branchLabels().isEmpty()) {
            text.append(" (").append(String.join(", ", r.branchLabels())).append(")");
        }
        if (headIndicators || treeIndicators) {
            if (r.realHead()) {
                text.append(" (head)");
            }
            if (r.head() && !r.realHead()) {
                text.append(" (effective head)");
            }
            if (r.current()) {
                text.append(" (current)");
            }
        }
        if (treeIndicators) {
            if (r.branchPoint()) {
                text.append(" (branchpoint)");
            }
            if (r.mergePoint()) {
                text.append(" (mergepoint)");
            }
        }
        if (includeDoc) {
            text.append(", ").append(r.message());
        }
        return text.toString();
    }

    /** Alembic's {@code log_entry}. */
    static String logEntry(RevisionInfo r) {
        StringBuilder entry = new StringBuilder("Rev: ").append(r.id());
        if (r.head()) {
            entry.append(" (head)");
        }
        if (r.branchPoint()) {
            entry.append(" (branchpoint)");
        }
        if (r.mergePoint()) {
            entry.append(" (mergepoint)");
        }
        if (r.current()) {
            entry.append(" (current)");
        }
        entry.append('\n');
        entry.append(r.mergePoint() ? "Merges: " : "Parent: ").append(down(r)).append('\n');
        if (!r.dependsOn().isEmpty()) {
            entry.append("Also depends on: ").append(String.join(", ", r.dependsOn())).append('\n');
        }
        if (r.branchPoint()) {
            entry.append("Branches into: ").append(String.join(", ", r.nextRevisions())).append('\n');
        }
        if (!r.branchLabels().isEmpty()) {
            entry.append("Branch names: ").append(String.join(", ", r.branchLabels())).append('\n');
        }
        entry.append("Path: ").append(r.location()).append('\n');
        entry.append('\n');
        // Python's splitlines(): no lines at all for an empty docstring.
        String doc = longDoc(r);
        if (!doc.isEmpty()) {
            for (String line : doc.split("\n", -1)) {
                entry.append("    ").append(line);
                entry.append('\n');
            }
        } else {
            entry.append('\n');
        }
        return entry.toString();
    }

    /** The docstring Alembic's template would have written for this revision. */
    static String longDoc(RevisionInfo r) {
        if (r.message().isEmpty()) {
            return "";
        }
        return r.message() + "\n\nRevision ID: " + r.id() + "\nRevises: " + String.join(", ", r.downRevisions())
                + "\nCreate Date: " + r.createDate();
    }

    private static String down(RevisionInfo r) {
        return r.downRevisions().isEmpty() ? "<base>" : String.join(", ", r.downRevisions());
    }

    /** The complete stdout of {@code history}: one line (or verbose block) per revision. */
    public static String historyOutput(List<RevisionInfo> revisions, boolean verbose) {
        return lines(revisions.stream().map(r -> history(r, verbose)).toList());
    }

    /** The complete stdout of {@code current}. */
    public static String currentOutput(List<RevisionInfo> revisions, boolean verbose) {
        return lines(revisions.stream().map(r -> current(r, verbose)).toList());
    }

    /** The complete stdout of {@code heads}. */
    public static String headsOutput(List<RevisionInfo> revisions, boolean verbose) {
        return lines(revisions.stream().map(r -> heads(r, verbose)).toList());
    }

    /** The complete stdout of {@code show}. */
    public static String showOutput(List<RevisionInfo> revisions) {
        return lines(revisions.stream().map(AlembicFormat::show).toList());
    }

    /** The complete stdout of {@code branches}; {@code lookup} finds the revisions a branch point leads to. */
    public static String branchesOutput(List<RevisionInfo> branchPoints, boolean verbose,
            Function<String, RevisionInfo> lookup) {
        return lines(branchPoints.stream().map(r -> branches(r, verbose, lookup)).toList());
    }

    private static String lines(List<String> entries) {
        StringBuilder out = new StringBuilder();
        for (String entry : entries) {
            out.append(entry).append('\n');
        }
        return out.toString();
    }

    /** Renders JSON for a list of revisions (for {@code --json}). */
    public static String json(List<RevisionInfo> revisions) {
        return Json.write(revisions.stream().map(AlembicFormat::toMap).toList());
    }

    /** The fields of a revision as JSON-ready values. */
    public static Map<String, Object> toMap(RevisionInfo r) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("revision", r.id());
        map.put("downRevisions", r.downRevisions());
        map.put("branchLabels", List.copyOf(r.branchLabels()));
        map.put("dependsOn", r.dependsOn());
        map.put("message", r.message());
        map.put("createDate", r.createDate());
        map.put("location", r.location());
        map.put("transactional", r.transactional());
        map.put("reversible", r.reversible());
        map.put("checksum", r.checksum());
        map.put("head", r.realHead());
        map.put("branchPoint", r.branchPoint());
        map.put("mergePoint", r.mergePoint());
        map.put("nextRevisions", r.nextRevisions());
        map.put("current", r.current());
        return map;
    }
}
