package dev.strata.boot;

import dev.strata.StrataException;

/** The startup run of one DataSource (or R2DBC ConnectionFactory) failed; the cause says why. */
public final class StrataStartupException extends StrataException {

    private final String dataSourceName;
    private final String source;

    public StrataStartupException(StrataEngine engine, StrataException cause) {
        super("Strata could not migrate " + engine.describe() + ": " + cause.getMessage(), cause);
        this.dataSourceName = engine.name();
        this.source = engine.describe();
    }

    /** The bean name of the DataSource or ConnectionFactory. */
    public String dataSourceName() {
        return dataSourceName;
    }

    /** The bean for people: {@code DataSource 'orders'} or {@code ConnectionFactory 'orders'}. */
    public String source() {
        return source;
    }
}
