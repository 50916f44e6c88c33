package dev.strata.internal.script;

import dev.strata.NewRevision;
import dev.strata.StrataException;
import dev.strata.graph.MultipleHeadsException;
import dev.strata.graph.RevisionGraph;
import dev.strata.graph.RevisionNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Writes new SQL revision files ({@code revision}, {@code merge}) in the format the parser reads. */
public final class RevisionWriter {

    private static final int SLUG_LENGTH = 40;

    private RevisionWriter() {
    }

    public static Path revision(RevisionSet revisions, NewRevision request, Path directory) {
        RevisionGraph graph = revisions.graph();
        String head = request.head() == null ? "head" : request.head();
        List<String> parents = new ArrayList<>();
        if (!head.equals("base")) {
            try {
                revisions.planner().resolver().resolveOne(head).ifPresent(parents::add);
            } catch (MultipleHeadsException e) {
                throw new StrataException("Multiple heads are present (" + String.join(", ", e.heads()) + "); please"
                        + " specify the head revision on which the new revision should be based (--head), or perform a"
                        + " merge", e);
            }
            for (String parent : parents) {
                if (!graph.isHead(parent) && !request.splice()) {
                    throw new StrataException("Revision " + parent + " is not a head revision; please specify --splice"
                            + " to create a new branch from this revision");
                }
            }
        }
        List<String> dependsOn = new ArrayList<>();
        for (String dep : request.dependsOn()) {
            dependsOn.add(revisions.planner().resolver().resolveOne(dep)
                    .orElseThrow(() -> new StrataException("depends_on cannot be 'base'")));
        }
        return write(graph, request.revId(), parents, request.branchLabel(), dependsOn, request.message(),
                request.transactional(), request.upgradeSql(), request.downgradeSql(), directory);
    }

    public static Path merge(RevisionSet revisions, String message, List<String> parents, String branchLabel,
            String revId, Path directory) {
        if (parents.size() < 2) {
            throw new StrataException("Nothing to merge: " + (parents.isEmpty() ? "no revisions" : "only "
                    + parents.get(0)) + " given; merge needs two or more revisions (use 'heads' to merge all heads)");
        }
        return write(revisions.graph(), revId, parents, branchLabel, List.of(), message, true, "", "", directory);
    }

    private static Path write(RevisionGraph graph, String requestedId, List<String> parents, String branchLabel,
            List<String> dependsOn, String message, boolean transactional, String upgrade, String downgrade,
            Path directory) {
        String id = requestedId == null ? newId() : requestedId;
        if (!RevisionNode.isValidId(id)) {
            throw new StrataException("Invalid revision id '" + id + "': use 1 to 32 letters, digits or underscores");
        }
        if (graph.contains(id)) {
            throw new StrataException("Revision " + id + " already exists; choose another --rev-id");
        }
        if (branchLabel != null && graph.labelOwner(branchLabel).isPresent()) {
            throw new StrataException("Branch label '" + branchLabel + "' is already used by revision "
                    + graph.labelOwner(branchLabel).get().id());
        }
        String text = message == null ? "" : message.strip().replace('\n', ' ');
        StringBuilder out = new StringBuilder();
        header(out, "revision", id);
        header(out, "down_revision", String.join(", ", parents));
        header(out, "branch_labels", branchLabel == null ? "" : branchLabel);
        header(out, "depends_on", String.join(", ", dependsOn));
        header(out, "message", text);
        header(out, "create_date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        if (!transactional) {
            out.append("-- transactional: false\n");
        }
        out.append("\n-- migrate:upgrade\n").append(block(upgrade)).append("\n-- migrate:downgrade\n")
                .append(block(downgrade));
        Path file = directory.resolve(id + slug(text) + ".sql");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, out.toString().replaceAll("\\s+$", "") + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StrataException("Cannot write revision file " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** {@code -- key: value}, or {@code -- key:} with no trailing space when the value is empty. */
    private static void header(StringBuilder out, String key, String value) {
        out.append("-- ").append(key).append(':').append(value.isEmpty() ? "" : " " + value).append('\n');
    }

    private static String block(String sql) {
        String body = sql.strip();
        return body.isEmpty() ? "\n" : body + "\n";
    }

    /** 12 lowercase hex characters, like Alembic's {@code uuid4().hex[-12:]}. */
    static String newId() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return hex.substring(hex.length() - 12);
    }

    /** {@code _add_email_field_to_clients} from the message, Alembic-style (at most 40 characters). */
    static String slug(String message) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH);
            int cut = slug.lastIndexOf('_');
            if (cut > 0) {
                slug = slug.substring(0, cut);
            }
        }
        return slug.isEmpty() ? "" : "_" + slug;
    }
}
