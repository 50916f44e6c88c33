package dev.strata.internal.script;

import dev.strata.JavaRevision;
import dev.strata.graph.RevisionNode;

/**
 * A loaded revision: its place in the graph, its metadata and the two bodies.
 *
 * @param location  where it came from, for messages: a file path or {@code class com.example.Backfill}
 * @param checksum  SHA-256 (hex) of the normalised content, or null for Java revisions
 */
public record MigrationScript(RevisionNode node, String message, String createDate, boolean transactional,
        Body upgrade, Body downgrade, String location, String checksum) {

    public String id() {
        return node.id();
    }

    /** What a direction runs. */
    public sealed interface Body permits SqlBody, JavaBody, Irreversible {
    }

    /** SQL text and the file line its first line sits on. */
    public record SqlBody(String sql, int firstLine) implements Body {
    }

    /** A Java revision's upgrade or downgrade method. */
    public record JavaBody(JavaRevision revision, boolean upgrade) implements Body {
    }

    /** A downgrade declared impossible. */
    public record Irreversible() implements Body {
    }
}
