package dev.strata.boot.actuate.endpoint;

import dev.strata.ChecksumMismatch;
import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.boot.MigrationStatus;
import dev.strata.boot.StrataEngine;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON shapes of the endpoint's read operations. */
final class MigrationDescriptors {

    private static final Set<String> APPLYING = Set.of("upgrade", "stamp");

    private MigrationDescriptors() {
    }

    static Map<String, Object> summary(MigrationStatus status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("current", status.current());
        out.put("heads", status.heads());
        out.put("pending", status.pending());
        out.put("upToDate", status.upToDate());
        if (status.error() != null) {
            out.put("error", status.error());
        }
        return out;
    }

    static Map<String, Object> details(StrataEngine engine, int historyRows) {
        MigrationStatus status = MigrationStatus.of(engine);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("datasource", engine.name());
        out.put("target", status.target());
        out.putAll(summary(status));
        if (status.error() != null) {
            return out;
        }
        Strata strata = engine.strata();
        List<Map<String, Object>> log = strata.auditLog(Integer.MAX_VALUE);
        out.put("revisions", revisions(strata, status, appliedAt(log)));
        out.put("history", log.stream().limit(historyRows).map(MigrationDescriptors::historyRow).toList());
        return out;
    }

    private static List<Map<String, Object>> revisions(Strata strata, MigrationStatus status,
            Map<String, String> appliedAt) {
        Set<String> applied = status.current().isEmpty() ? Set.of()
                : strata.graph().ancestors(status.current(), true);
        Set<String> changed = new HashSet<>();
        for (ChecksumMismatch m : status.checksumMismatches()) {
            changed.add(m.revision());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (RevisionInfo r : strata.history(null)) {
            boolean isApplied = applied.contains(r.id());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("revision", r.id());
            row.put("downRevisions", r.downRevisions());
            row.put("message", r.message());
            row.put("state", isApplied ? "applied" : status.pending().contains(r.id()) ? "pending" : "unapplied");
            row.put("appliedAt", isApplied ? appliedAt.get(r.id()) : null);
            row.put("checksumValid", isApplied ? !changed.contains(r.id()) : null);
            row.put("head", r.realHead());
            row.put("reversible", r.reversible());
            row.put("location", r.location());
            out.add(row);
        }
        return out;
    }

    /** For each revision, when its latest successful upgrade or stamp finished (the log is newest first). */
    private static Map<String, String> appliedAt(List<Map<String, Object>> log) {
        Map<String, String> out = new HashMap<>();
        for (Map<String, Object> row : log) {
            Object revision = row.get("revision");
            if (revision != null && Boolean.TRUE.equals(row.get("success")) && APPLYING.contains(row.get("direction"))) {
                out.putIfAbsent(revision.toString(), time(row.get("finished_at")));
            }
        }
        return out;
    }

    private static Map<String, Object> historyRow(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> column : row.entrySet()) {
            Object value = column.getValue();
            boolean time = value instanceof java.util.Date || value instanceof TemporalAccessor;
            out.put(camelCase(column.getKey()), time ? time(value) : value);
        }
        return out;
    }

    private static String time(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant().toString();
        }
        return value == null ? null : value.toString();
    }

    private static String camelCase(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
