package dev.strata.boot;

import dev.strata.StrataException;

/** The startup run of one DataSource failed; the cause says why. */
public final class StrataStartupException extends StrataException {

    private final String dataSourceName;

    public StrataStartupException(String dataSourceName, StrataException cause) {
        super("Strata could not migrate DataSource '" + dataSourceName + "': " + cause.getMessage(), cause);
        this.dataSourceName = dataSourceName;
    }

    public String dataSourceName() {
        return dataSourceName;
    }
}
