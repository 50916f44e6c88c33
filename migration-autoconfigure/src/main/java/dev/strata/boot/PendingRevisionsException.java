package dev.strata.boot;

import dev.strata.RevisionInfo;
import dev.strata.StrataException;
import java.util.List;

/** The database is behind and {@code fail-on-pending} is set: the application must not start on an old schema. */
public final class PendingRevisionsException extends StrataException {

    private final String dataSourceName;
    private final List<String> pending;

    public PendingRevisionsException(StrataEngine engine, String target, List<RevisionInfo> pending) {
        super(engine.describe() + " has " + pending.size() + " pending revision(s) up to '" + target
                + "': " + describe(pending) + ". run-on-startup is false and fail-on-pending is true, so the"
                + " migrations must run before the application starts");
        this.dataSourceName = engine.name();
        this.pending = pending.stream().map(RevisionInfo::id).toList();
    }

    /** The bean name of the DataSource or ConnectionFactory. */
    public String dataSourceName() {
        return dataSourceName;
    }

    /** The pending revision ids, in the order an upgrade would run them. */
    public List<String> pending() {
        return pending;
    }

    private static String describe(List<RevisionInfo> pending) {
        StringBuilder text = new StringBuilder();
        for (RevisionInfo r : pending) {
            text.append(text.length() == 0 ? "" : ", ").append(r.id());
            if (r.message() != null && !r.message().isEmpty()) {
                text.append(" (").append(r.message()).append(')');
            }
        }
        return text.toString();
    }
}
