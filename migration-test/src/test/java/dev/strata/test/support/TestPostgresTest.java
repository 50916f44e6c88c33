package dev.strata.test.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import dev.strata.test.internal.ServerAddress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    @Test
    void sharedServerAnswersSelectVersion() throws Exception {
        try (TestDatabase database = TestPostgres.shared().createDatabase();
                Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select version(), current_setting('server_version_num')::int")) {
            row.next();
            assertThat(row.getString(1)).startsWith("PostgreSQL ");
            assertThat(row.getInt(2)).isEqualTo(TestPostgres.shared().serverVersionNum());
        }
    }

    @Test
    void sharedIsOneServerPerJvm() {
        assertThat(TestPostgres.shared()).isSameAs(TestPostgres.shared());
    }

    @Test
    void embeddedServerIsPostgres17OnAPrivatePort() {
        assumeTrue(usesEmbeddedServer(), "STRATA_TEST_DATABASE_URL is set");
        TestPostgres server = TestPostgres.shared();

        assertThat(server.serverVersionNum()).isBetween(170000, 179999);
        assertThat(server.description()).matches("embedded PostgreSQL 17\\.\\d+ on port \\d+( \\(run as nobody\\))?");
    }

    @Test
    void existingServerIsDescribedWithoutPassword() {
        assumeFalse(usesEmbeddedServer(), "STRATA_TEST_DATABASE_URL is not set");
        ServerAddress configured = ServerAddress.parse(System.getenv(TestPostgres.URL_VARIABLE));

        assertThat(TestPostgres.shared().description())
                .startsWith(configured.redacted() + " (PostgreSQL ")
                .endsWith(", from STRATA_TEST_DATABASE_URL)");
        if (!configured.password().isEmpty()) {
            assertThat(TestPostgres.shared().description()).doesNotContain(configured.password());
        }
    }

    /**
      * Tells whether the tests run on the embedded server. Unlike JUnit's environment-variable
      * conditions, whose skip message quotes the value, this keeps the URL's password out of reports.
      */
    static boolean usesEmbeddedServer() {
        String url = System.getenv(TestPostgres.URL_VARIABLE);
        return url == null || url.isBlank();
    }
}
