package dev.strata.autogenerate;

import java.util.List;

/**
 * The entity side of a comparison: the statements that create the schema the entities describe, exactly as
 * the ORM would run them on an empty database (for JPA, Hibernate's schema export).
 */
public interface EntitySchema {

    /**
     * The CREATE statements, in the order they run.
     *
     * @param serverVersionNum the {@code server_version_num} of the compared database, so the DDL is written for
     *                         it (for example {@code 150004})
     */
    List<String> createStatements(int serverVersionNum);

    /** What the schema was read from, for messages: for example {@code 12 entities in target/classes}. */
    String describe();
}
