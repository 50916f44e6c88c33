package dev.strata.internal.execution;

import dev.strata.driver.DatabaseSession;
import dev.strata.graph.VersionChange;
import dev.strata.StrataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The version table, in exactly Alembic's layout: {@code version_num VARCHAR(32) NOT NULL} with primary key
 * {@code <table>_pkc}, one row per applied head. Named {@code alembic_version}, it is Alembic's own table.
 * Every change checks its row count, so a table changed behind Strata's back fails loudly.
 */
public final class VersionTable {

    private final TableName name;

    public VersionTable(TableName name) {
        this.name = name;
    }

    public TableName name() {
        return name;
    }

    /** The DDL, as Alembic writes it. */
    public String createSql() {
        return "CREATE TABLE " + name.sql() + " (\n    version_num VARCHAR(32) NOT NULL, \n    CONSTRAINT "
                + TableName.quote(name.table() + "_pkc") + " PRIMARY KEY (version_num)\n)";
    }

    public boolean exists(DatabaseSession session) {
        return Relations.exists(session, name);
    }

    public void create(DatabaseSession session) {
        if (!exists(session)) {
            session.execute(createSql());
        }
    }

    /** The current heads; empty when the table does not exist yet. */
    public List<String> read(DatabaseSession session) {
        if (!exists(session)) {
            return List.of();
        }
        List<String> heads = new ArrayList<>();
        for (Map<String, Object> row : session.query("SELECT version_num FROM " + name.sql(), List.of())) {
            heads.add(String.valueOf(row.get("version_num")));
        }
        return heads;
    }

    /** Runs one change and checks that it touched exactly one row. */
    public void apply(DatabaseSession session, VersionChange change) {
        if (change instanceof VersionChange.Insert insert) {
            session.update("INSERT INTO " + name.sql() + " (version_num) VALUES (?)", List.of(insert.version()));
        } else if (change instanceof VersionChange.Delete delete) {
            expectOne(session.update("DELETE FROM " + name.sql() + " WHERE version_num = ?", List.of(delete.version())),
                    "deleting '" + delete.version() + "'");
        } else if (change instanceof VersionChange.Update update) {
            expectOne(session.update("UPDATE " + name.sql() + " SET version_num = ? WHERE version_num = ?",
                    List.of(update.to(), update.from())), "updating '" + update.from() + "' to '" + update.to() + "'");
        }
    }

    /** Empties the table ({@code stamp --purge}). */
    public void purge(DatabaseSession session) {
        if (exists(session)) {
            session.execute("DELETE FROM " + name.sql());
        }
    }

    /** The change as offline SQL, in Alembic's words. */
    public String sql(VersionChange change) {
        String t = name.sql();
        String column = name.tableSql() + ".version_num";
        if (change instanceof VersionChange.Insert insert) {
            return "INSERT INTO " + t + " (version_num) VALUES (" + literal(insert.version()) + ") RETURNING " + column;
        }
        if (change instanceof VersionChange.Delete delete) {
            return "DELETE FROM " + t + " WHERE " + column + " = " + literal(delete.version());
        }
        VersionChange.Update update = (VersionChange.Update) change;
        return "UPDATE " + t + " SET version_num=" + literal(update.to()) + " WHERE " + column + " = "
                + literal(update.from());
    }

    private void expectOne(long count, String what) {
        if (count != 1) {
            throw new StrataException("Online migration expected to match one row when " + what + " in '"
                    + name.display() + "'; " + count + " found. The version table was changed outside Strata;"
                    + " check it and use 'stamp' to set it right");
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
