package dev.strata.tooling;

import java.util.List;

/**
 * The settings given explicitly: command-line flags, {@code -D} properties or plugin parameters. They win over
 * everything else. Null (or, for locations, empty) means "not given".
 *
 * @param url          a database URL in any form {@link DatabaseUrl} reads
 * @param user         the user, overriding the one the URL (wherever it came from) names
 * @param password     the password, overriding the one the URL names
 * @param locations    revision locations: folders (relative to the service folder) or {@code classpath:} paths
 * @param schema       the schema of the version and history tables
 * @param versionTable the version table
 * @param historyTable the history table
 * @param datasource   which of the service's datasources: its settings come from
 *                     {@code strata.datasources.<name>.*} (see {@link ServiceConfig#forDatasource(String)}); null for
 *                     the service's main one
 */
public record ExplicitOptions(String url, String user, String password, List<String> locations, String schema,
        String versionTable, String historyTable, String datasource) {

    /** Copies the locations; null becomes empty. */
    public ExplicitOptions {
        locations = locations == null ? List.of() : List.copyOf(locations);
        datasource = datasource == null || datasource.isBlank() ? null : datasource.strip();
    }

    /** The options for the service's main datasource. */
    public ExplicitOptions(String url, String user, String password, List<String> locations, String schema,
            String versionTable, String historyTable) {
        this(url, user, password, locations, schema, versionTable, historyTable, null);
    }

    /** Nothing given explicitly. */
    public static ExplicitOptions none() {
        return new ExplicitOptions(null, null, null, List.of(), null, null, null);
    }

    /** Hides the password: options end up in debug output. */
    @Override
    public String toString() {
        return "ExplicitOptions[url=" + (url == null ? null : "(given)") + ", user=" + user + ", password="
                + (password == null ? null : "****") + ", locations=" + locations + ", schema=" + schema
                + ", versionTable=" + versionTable + ", historyTable=" + historyTable + ", datasource=" + datasource + "]";
    }
}
