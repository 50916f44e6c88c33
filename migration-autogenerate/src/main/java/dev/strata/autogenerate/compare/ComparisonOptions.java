package dev.strata.autogenerate.compare;

/**
 * How {@link SchemaComparator} compares.
 *
 * @param compareServerDefaults whether a column whose server default differs is altered; off by default, as
 *                              in Alembic, because entity mappings rarely declare defaults that a database
 *                              built by hand has. Defaults are still changed where another change needs it
 *                              (a column becoming an identity column, a type change that needs {@code USING}).
 * @param serverVersionNum      the {@code server_version_num} of the server the revision will run on, for
 *                              example {@code 160004}; it decides what may run inside a transaction
 */
public record ComparisonOptions(boolean compareServerDefaults, int serverVersionNum) {

    /** PostgreSQL 10, the first release with identity columns; anything older is not a server_version_num. */
    private static final int OLDEST = 100000;

    public ComparisonOptions {
        if (serverVersionNum < OLDEST) {
            throw new IllegalArgumentException("serverVersionNum must be a server_version_num of PostgreSQL 10"
                    + " or later, such as 160004 for 16.4, not " + serverVersionNum);
        }
    }

    /**
     * The defaults for a server: server defaults not compared.
     *
     * @param serverVersionNum the server's {@code server_version_num}
     * @return the options
     */
    public static ComparisonOptions forServer(int serverVersionNum) {
        return new ComparisonOptions(false, serverVersionNum);
    }

    /**
     * These options with server defaults compared or not.
     *
     * @param compare whether to compare server defaults
     * @return the new options
     */
    public ComparisonOptions withServerDefaults(boolean compare) {
        return new ComparisonOptions(compare, serverVersionNum);
    }
}
