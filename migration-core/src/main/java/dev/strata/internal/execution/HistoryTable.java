package dev.strata.internal.execution;

import dev.strata.driver.DatabaseSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only audit of every step: revision, direction, checksum, message, times, success, who ran
 * it and which engine. It also remembers the checksum each revision had when it was applied.
 */
public final class HistoryTable {

    private final TableName name;

    public HistoryTable(TableName name) {
        this.name = name;
    }

    public TableName name() {
        return name;
    }

    /** One audit row. */
    public record Entry(String revision, String direction, String fromRevisions, String toRevisions, String checksum,
            String message, Instant startedAt, Instant finishedAt, boolean success, String error, String dbUser,
            String principal, String engineVersion) {
    }

    public String createSql() {
        return "CREATE TABLE " + name.sql() + " (\n"
                + "    id BIGSERIAL PRIMARY KEY,\n"
                + "    revision VARCHAR(32),\n"
                + "    direction VARCHAR(16) NOT NULL,\n"
                + "    from_revisions TEXT,\n"
                + "    to_revisions TEXT,\n"
                + "    checksum VARCHAR(64),\n"
                + "    message TEXT,\n"
                + "    started_at TIMESTAMP WITH TIME ZONE NOT NULL,\n"
                + "    finished_at TIMESTAMP WITH TIME ZONE NOT NULL,\n"
                + "    duration_ms BIGINT NOT NULL,\n"
                + "    success BOOLEAN NOT NULL,\n"
                + "    error TEXT,\n"
                + "    db_user TEXT,\n"
                + "    principal TEXT,\n"
                + "    engine_version TEXT\n"
                + ")";
    }

    public boolean exists(DatabaseSession session) {
        return Relations.exists(session, name);
    }

    public void create(DatabaseSession session) {
        if (!exists(session)) {
            session.execute(createSql());
        }
    }

    public void record(DatabaseSession session, Entry entry) {
        session.update("INSERT INTO " + name.sql() + " (revision, direction, from_revisions, to_revisions, checksum,"
                + " message, started_at, finished_at, duration_ms, success, error, db_user, principal, engine_version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", java.util.Arrays.asList(entry.revision(),
                entry.direction(), entry.fromRevisions(), entry.toRevisions(), entry.checksum(), entry.message(),
                Timestamp.from(entry.startedAt()), Timestamp.from(entry.finishedAt()),
                entry.finishedAt().toEpochMilli() - entry.startedAt().toEpochMilli(), entry.success(), entry.error(),
                entry.dbUser(), entry.principal(), entry.engineVersion()));
    }

    /** For each revision, the checksum recorded by its latest successful upgrade, stamp or repair. */
    public Map<String, String> appliedChecksums(DatabaseSession session) {
        Map<String, String> out = new HashMap<>();
        if (!exists(session)) {
            return out;
        }
        for (Map<String, Object> row : session.query("SELECT DISTINCT ON (revision) revision, checksum FROM "
                + name.sql() + " WHERE success AND revision IS NOT NULL AND direction IN ('upgrade', 'stamp', 'repair')"
                + " ORDER BY revision, id DESC", List.of())) {
            Object checksum = row.get("checksum");
            if (checksum != null) {
                out.put(String.valueOf(row.get("revision")), String.valueOf(checksum));
            }
        }
        return out;
    }

    /** All rows, newest first. */
    public List<Map<String, Object>> read(DatabaseSession session, int limit) {
        if (!exists(session)) {
            return new ArrayList<>();
        }
        return session.query("SELECT id, revision, direction, from_revisions, to_revisions, checksum, message,"
                + " started_at, finished_at, duration_ms, success, error, db_user, principal, engine_version FROM "
                + name.sql() + " ORDER BY id DESC LIMIT ?", List.of(limit));
    }
}
