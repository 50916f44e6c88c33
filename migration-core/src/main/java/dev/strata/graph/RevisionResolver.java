package dev.strata.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user types into revisions, with Alembic's rules: {@code head}, {@code heads}, {@code base},
 * full ids, unique prefixes of at least four characters, branch labels, {@code label@head},
 * {@code label@<id>}, and walks up or down the graph for relative targets.
 */
public final class RevisionResolver {

    /** {@code [label@][symbol](+|-)N}, matched from the start like Alembic's {@code _relative_destination}. */
    static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)");

    private static final int MIN_PREFIX = 4;

    private final RevisionGraph graph;

    public RevisionResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    public RevisionGraph graph() {
        return graph;
    }

    /** Parsed relative target, or empty when {@code target} is absolute. */
    static Optional<Relative> relative(String target) {
        Matcher m = RELATIVE.matcher(target);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new Relative(m.group(1), m.group(2), Integer.parseInt(m.group(3)), m.group(3)));
    }

    record Relative(String branchLabel, String symbol, int steps, String text) {
    }

    /** Identifier split at {@code @} and with {@code head}/{@code heads}/{@code base} resolved to ids. */
    record Resolved(List<String> ids, String branchLabel) {
    }

    Resolved resolveNumber(String id) {
        String label = null;
        String rest = id;
        if (id != null && id.contains("@")) {
            int at = id.indexOf('@');
            label = id.substring(0, at);
            rest = id.substring(at + 1);
        }
        if ("heads".equals(rest)) {
            if (label != null) {
                return new Resolved(filterForLineage(effectiveHeads(), label, false), label);
            }
            return new Resolved(graph.heads(), null);
        }
        if ("head".equals(rest)) {
            return new Resolved(currentHead(label).map(List::of).orElse(List.of()), label);
        }
        if (rest == null || rest.isEmpty() || "base".equals(rest)) {
            return new Resolved(List.of(), label);
        }
        return new Resolved(List.of(rest), label);
    }

    /** Revisions that nothing revises (dependents allowed): Alembic's {@code heads} before dependencies. */
    List<String> effectiveHeads() {
        List<String> heads = new ArrayList<>();
        for (RevisionNode node : graph.revisions()) {
            if (graph.isHead(node.id())) {
                heads.add(node.id());
            }
        }
        return heads;
    }

    /** The single head (of {@code branchLabel}'s lineage when given), empty for an empty graph. */
    public Optional<String> currentHead(String branchLabel) {
        List<String> heads = effectiveHeads();
        if (branchLabel != null) {
            heads = filterForLineage(heads, branchLabel, false);
        }
        if (heads.size() > 1) {
            throw new MultipleHeadsException(heads, branchLabel != null ? branchLabel + "@head" : "head");
        }
        return heads.stream().findFirst();
    }

    /** All revisions an identifier names (empty for {@code base}). */
    public List<String> resolveAll(String id) {
        Resolved resolved = resolveNumber(id);
        if (resolved.ids().size() == 1) {
            Integer steps = asInteger(resolved.ids().get(0));
            if (steps != null && steps < 0) {
                List<String> out = new ArrayList<>();
                for (String head : graph.heads()) {
                    if (resolved.branchLabel() == null || graph.branchLabels(head).contains(resolved.branchLabel())) {
                        String found = walk(head, steps, null, true);
                        if (!BASE.equals(found)) {
                            out.add(found);
                        }
                    }
                }
                return out;
            }
        }
        List<String> out = new ArrayList<>();
        for (String ident : resolved.ids()) {
            out.add(forIdent(ident, resolved.branchLabel()));
        }
        return out;
    }

    /** All revisions the identifiers name, in order, without repeats. */
    public List<String> resolveAll(Collection<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            out.addAll(resolveAll(id));
        }
        return new ArrayList<>(out);
    }

    /** The one revision an identifier names; empty for {@code base}; {@link MultipleHeadsException} for several. */
    public Optional<String> resolveOne(String id) {
        Resolved resolved = resolveNumber(id);
        if (resolved.ids().size() > 1) {
            throw new MultipleHeadsException(resolved.ids(), id);
        }
        if (resolved.ids().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(forIdent(resolved.ids().get(0), resolved.branchLabel()));
    }

    /** Exact id, then branch label, then unique prefix (of revisions on {@code branch} when given). */
    String forIdent(String ident, String branch) {
        String branchRev = branch == null ? null : resolveBranch(branch);
        String found;
        if (graph.contains(ident)) {
            found = ident;
        } else if (graph.labelOwner(ident).isPresent()) {
            found = graph.labelOwner(ident).get().id();
        } else {
            List<String> matches = new ArrayList<>();
            for (RevisionNode node : graph.revisions()) {
                if (node.id().length() >= MIN_PREFIX && node.id().startsWith(ident)) {
                    matches.add(node.id());
                }
            }
            if (branchRev != null) {
                matches = filterForLineage(matches, branch, false);
            }
            if (matches.isEmpty()) {
                throw new ResolutionException("No such revision or branch '" + ident + "'"
                        + (ident.length() < MIN_PREFIX
                                ? "; please ensure at least four characters are present for partial revision identifier matches"
                                : ""), ident);
            }
            if (matches.size() > 1) {
                List<String> shown = matches.subList(0, Math.min(3, matches.size()));
                throw new ResolutionException("Multiple revisions start with '" + ident + "': '"
                        + String.join("', '", shown) + "'" + (matches.size() > 3 ? "..." : "")
                        + "; use more characters of the id", ident);
            }
            found = matches.get(0);
        }
        if (branchRev != null && !graph.sharesLineage(found, branchRev, false)) {
            throw new ResolutionException("Revision " + found + " is not a member of branch '" + branch + "'", ident);
        }
        return found;
    }

    /** A branch label (or a revision id used as one) to the revision that declares it. */
    String resolveBranch(String branch) {
        Optional<RevisionNode> owner = graph.labelOwner(branch);
        if (owner.isPresent()) {
            return owner.get().id();
        }
        if (graph.contains(branch)) {
            return branch;
        }
        throw new ResolutionException("No such branch: '" + branch + "'", branch);
    }

    /** The targets that share lineage (are, descend from or lead to) what {@code checkAgainst} names. */
    List<String> filterForLineage(Collection<String> targets, String checkAgainst, boolean includeDependencies) {
        Resolved resolved = resolveNumber(checkAgainst);
        List<String> shares = new ArrayList<>();
        if (resolved.branchLabel() != null) {
            shares.add(resolved.branchLabel());
        }
        shares.addAll(resolved.ids());
        if (shares.isEmpty()) {
            return new ArrayList<>(targets);
        }
        List<String> against = new ArrayList<>();
        for (String share : shares) {
            against.add(forIdent(share, null));
        }
        List<String> out = new ArrayList<>();
        for (String target : targets) {
            for (String other : against) {
                if (graph.sharesLineage(target, other, includeDependencies)) {
                    out.add(target);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Walks {@code steps} up (positive) or down (negative) from {@code start} ({@code null} = below the
     * bases; {@link #BASE} = base reached while walking down). Returns {@code null} when the walk runs off
     * the graph and {@code noOverwalk} is set; stays put otherwise.
     */
    String walk(String start, int steps, String branchLabel, boolean noOverwalk) {
        String current = start;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<String> next;
            if (steps > 0) {
                List<String> up = current == null ? graph.bases() : graph.children(current);
                next = branchLabel != null ? filterForLineage(up, branchLabel, false) : up;
            } else if (BASE.equals(current)) {
                next = List.of();
            } else {
                List<String> below = current == null ? effectiveHeads() : graph.get(current).downRevisions();
                next = below.isEmpty() ? List.of(BASE) : below;
            }
            if (next.isEmpty()) {
                return noOverwalk ? null : current;
            }
            if (next.size() > 1) {
                // Alembic's words first; then which fork, and how to get past it.
                String from = current == null ? (steps > 0 ? "base" : "the current heads") : current;
                throw new RevisionException("Ambiguous walk: " + from + " has " + next.size() + " revisions "
                        + (steps > 0 ? "above" : "below") + " it (" + String.join(", ", next)
                        + "); name the revision to go to instead of a relative step, for example " + next.get(0));
            }
            current = next.get(0);
        }
        return current;
    }

    /** Marker for "walked down to base" in {@link #walk}. */
    static final String BASE = "<base>";

    private static Integer asInteger(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
