package dev.strata.demo.test.r2dbc;

import dev.strata.demo.test.migration.MigratedDatabase;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * What a bean created with the application context found in the database, as a cache warmed at startup would: a
 * repository's row count, and the version table. A reactive service has no JDBC DataSource for Strata to run
 * before, so this shows the migrations ran before the first repository call all the same.
 *
 * @param rows what the repository counted
 * @param versions what the version table held
 */
public record StartupProbe(Long rows, List<String> versions) {

    /** Counts with {@code rowCount}, then reads the version table through {@code database}, blocking for both. */
    public static StartupProbe read(Mono<Long> rowCount, DatabaseClient database) {
        Long rows = rowCount.block();
        return new StartupProbe(rows, MigratedDatabase.of(R2dbcDatabaseReader.of(database)).versions());
    }
}
