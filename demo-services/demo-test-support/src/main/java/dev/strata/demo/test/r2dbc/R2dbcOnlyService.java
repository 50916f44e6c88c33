package dev.strata.demo.test.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrations;
import dev.strata.r2dbc.R2dbcDriver;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;

/** The promise of a reactive demo service: it runs, and is migrated, over R2DBC alone. */
public final class R2dbcOnlyService {

    private R2dbcOnlyService() {
    }

    /**
     * Asserts that neither a JDBC driver nor JPA can be loaded, that the context has no {@link DataSource}, and that
     * Strata's only engine is the one on the {@code ConnectionFactory} bean {@code connectionFactory}, running on
     * Strata's R2DBC driver.
     */
    public static void assertRunsOnR2dbcAlone(ApplicationContext context, String connectionFactory) {
        assertThatThrownBy(() -> Class.forName("org.postgresql.Driver")).isInstanceOf(ClassNotFoundException.class);
        // The JPA annotations on the entities are for autogenerate only: the service runs without them.
        assertThatThrownBy(() -> Class.forName("jakarta.persistence.Entity"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();

        StrataMigrations migrations = context.getBean(StrataMigrations.class);
        assertThat(migrations.engines()).extracting(StrataEngine::describe)
                .containsExactly("ConnectionFactory '" + connectionFactory + "'");
        assertThat(migrations.engine(connectionFactory).orElseThrow().strata().configuration().driver())
                .isInstanceOf(R2dbcDriver.class);
    }
}
