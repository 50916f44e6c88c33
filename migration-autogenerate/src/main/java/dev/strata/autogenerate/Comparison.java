package dev.strata.autogenerate;

import dev.strata.autogenerate.compare.ComparisonResult;
import dev.strata.autogenerate.render.MigrationScript;
import java.util.List;

/**
 * What autogenerate found: the operations that bring the database to the entities, and the revision text
 * for them.
 *
 * @param result the operations (upgrade order), possible renames and notes
 * @param script the operations rendered as an upgrade and a derived downgrade
 */
public record Comparison(ComparisonResult result, MigrationScript script) {

    /** No differences: the entities and the revisions agree. */
    public boolean isEmpty() {
        return result.isEmpty();
    }

    /** One line per operation, in upgrade order, for {@code check} and progress output. */
    public List<String> differences() {
        return script.descriptions();
    }

    /** Things reported but not acted on (for example expression indexes only the database has). */
    public List<String> notes() {
        return result.notes();
    }
}
