package dev.strata.internal.execution;

import dev.strata.driver.DatabaseSession;
import java.util.List;

/** Catalog look-ups shared by the version and history tables. */
final class Relations {

    private Relations() {
    }

    /** Whether the table exists (in its schema, or on the search path when none is set). */
    static boolean exists(DatabaseSession session, TableName name) {
        Object present = session.query("SELECT to_regclass(?) IS NOT NULL AS present", List.of(name.sql()))
                .get(0).get("present");
        return Boolean.TRUE.equals(present);
    }
}
