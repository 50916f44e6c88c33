package dev.strata.internal.execution;

import dev.strata.StrataException;
import dev.strata.driver.DatabaseSession;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;

/**
 * A PostgreSQL session-level advisory lock keyed by schema and version table, held on the session that
 * runs the revisions. A crashed process loses its session and with it the lock, so it never stays stuck.
 */
public final class AdvisoryLock {

    private static final long POLL_MILLIS = 100;

    private final long key;
    private final String description;
    private final Duration timeout;

    public AdvisoryLock(TableName versionTable, Duration timeout) {
        this.key = keyOf(versionTable.schema() == null ? "" : versionTable.schema(), versionTable.table());
        this.description = versionTable.display();
        this.timeout = timeout;
    }

    /** The lock key: the first 8 bytes of SHA-256 over {@code strata:<schema>.<version table>}. */
    public static long keyOf(String schema, String table) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("strata:" + schema + "." + table).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public long key() {
        return key;
    }

    /** Waits for the lock, up to the timeout. */
    public void acquire(DatabaseSession session) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Object got = session.query("SELECT pg_try_advisory_lock(?) AS locked", List.of(key)).get(0).get("locked");
            if (Boolean.TRUE.equals(got)) {
                return;
            }
            if (System.nanoTime() >= deadline) {
                throw new StrataException("Timed out after " + timeout.toSeconds() + "s waiting for the migration lock on "
                        + description + " (held by " + holder(session) + "); another migration is running. Wait for"
                        + " it to finish, or raise the lock timeout (strata.lock.timeout / --lock-timeout)");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StrataException("Interrupted while waiting for the migration lock on " + description, e);
            }
        }
    }

    public void release(DatabaseSession session) {
        session.query("SELECT pg_advisory_unlock(?) AS unlocked", List.of(key));
    }

    private String holder(DatabaseSession session) {
        // Advisory locks are per database: the same key held in another database of the server is not in the way.
        List<java.util.Map<String, Object>> rows = session.query("SELECT l.pid, a.usename, a.application_name,"
                + " host(a.client_addr) AS addr FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ?"
                + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                List.of(key >>> 32, key & 0xFFFFFFFFL));
        if (rows.isEmpty()) {
            return "an unknown session";
        }
        java.util.Map<String, Object> row = rows.get(0);
        return "pid " + row.get("pid") + ", user " + row.get("usename")
                + (row.get("addr") != null ? ", from " + row.get("addr") : "");
    }
}
