package dev.strata.autogenerate.entities;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Runs the statements of {@link HibernateSchemaScript} in an empty scratch database, in order and in one
 * transaction, so that the database holds exactly the entities' schema for introspection.
 */
public final class CreateScriptRunner {

    /** PostgreSQL's duplicate_schema. */
    private static final String DUPLICATE_SCHEMA = "42P06";

    private CreateScriptRunner() {
    }

    /**
     * Runs the statements and commits. Hibernate writes {@code create schema} for every schema the mapping names,
     * {@code public} included when it is the default schema; Hibernate's own export logs that failure and goes
     * on, and so does this (an existing schema is what the statement asked for).
     *
     * @param statements the create statements, in order
     * @param connection a connection to the scratch database; its auto-commit setting is restored afterwards
     * @throws EntityModelException if a statement fails; the message gives its position, the statement and
     *     PostgreSQL's reason. Nothing is left behind
     */
    public static void run(List<String> statements, Connection connection) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement jdbc = connection.createStatement()) {
                for (int i = 0; i < statements.size(); i++) {
                    execute(jdbc, connection, statements.get(i), i + 1, statements.size());
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new EntityModelException("Could not run Hibernate's DDL in the scratch database: "
                    + e.getMessage(), e);
        }
    }

    private static void execute(Statement jdbc, Connection connection, String sql, int position, int count)
            throws SQLException {
        boolean createSchema = sql.strip().toLowerCase(Locale.ROOT).startsWith("create schema ");
        Savepoint savepoint = createSchema ? connection.setSavepoint() : null;
        try {
            jdbc.execute(sql);
        } catch (SQLException e) {
            if (createSchema && DUPLICATE_SCHEMA.equals(e.getSQLState())) {
                connection.rollback(savepoint);
                return;
            }
            throw new EntityModelException("Hibernate's DDL for the entities failed in the scratch database at"
                    + " statement " + position + " of " + count + ", " + sql + ": " + firstLine(e.getMessage())
                    + ". Check the mapping that produces it; a columnDefinition or a type from a PostgreSQL"
                    + " extension (citext, PostGIS) needs that extension in the scratch database too.", e);
        }
        if (savepoint != null) {
            connection.releaseSavepoint(savepoint);
        }
    }

    /** The driver's message without the position and hint lines PostgreSQL adds below it. */
    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.strip().lines().findFirst().orElse("").strip();
    }
}
