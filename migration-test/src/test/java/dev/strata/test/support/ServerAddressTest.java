package dev.strata.test.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.strata.test.internal.ServerAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerAddressTest {

    private static final String EXPECTED_FORMS = "; expected postgresql://user:password@host:5432/database,"
            + " postgres://user:password@host:5432/database or"
            + " jdbc:postgresql://host:5432/database?user=...&password=..., or unset it to use an embedded"
            + " PostgreSQL";

    @Test
    void parsesJdbcUrlWithCredentialsInTheQuery() {
        ServerAddress address = ServerAddress.parse(
                "jdbc:postgresql://db.example:6543/app?user=strata&password=s%40cret&sslmode=require");

        assertThat(address).isEqualTo(new ServerAddress(
                "db.example", 6543, "app", "strata", "s@cret", Map.of("sslmode", "require")));
        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/app?sslmode=require");
        assertThat(address.r2dbcUrl()).isEqualTo("r2dbc:postgresql://db.example:6543/app?sslMode=require");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "postgres"})
    void parsesLibpqUrlWithPercentEncodedCredentials(String scheme) {
        ServerAddress address = ServerAddress.parse(scheme + "://strata:p%3Ass%2Fw+rd%40@localhost:5433/app");

        assertThat(address).isEqualTo(
                new ServerAddress("localhost", 5433, "app", "strata", "p:ss/w+rd@", Map.of()));
        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5433/app");
    }

    @Test
    void defaultsPortDatabaseAndPassword() {
        assertThat(ServerAddress.parse("postgresql://strata@db"))
                .isEqualTo(new ServerAddress("db", 5432, "postgres", "strata", "", Map.of()));
    }

    @Test
    void keepsIpv6HostsInBrackets() {
        ServerAddress address = ServerAddress.parse("postgres://strata:pw@[::1]:5432/app");

        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/app");
        assertThat(address.r2dbcUrl()).isEqualTo("r2dbc:postgresql://[::1]:5432/app");
    }

    @Test
    void describesAddressWithoutPassword() {
        ServerAddress address = ServerAddress.parse("postgresql://strata:hunter2@db:5432/app");

        assertThat(address.redacted()).isEqualTo("postgresql://strata@db:5432/app");
        assertThat(address.toString()).isEqualTo("postgresql://strata@db:5432/app");
        assertThat(address.withDatabase("other").redacted()).isEqualTo("postgresql://strata@db:5432/other");
    }

    @Test
    void rejectsOtherSchemes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServerAddress.parse("mysql://root:hunter2@db/app"))
                .withMessage("STRATA_TEST_DATABASE_URL does not start with postgresql://, postgres:// or"
                        + " jdbc:postgresql://" + EXPECTED_FORMS);
    }

    @Test
    void rejectsUrlWithoutUser() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServerAddress.parse("jdbc:postgresql://db:5432/app?password=hunter2"))
                .withMessage("STRATA_TEST_DATABASE_URL names no user" + EXPECTED_FORMS);
    }

    @Test
    void rejectsMalformedUrlWithoutQuotingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServerAddress.parse("postgresql://strata:hunter2 x@db/app"))
                .withMessage("STRATA_TEST_DATABASE_URL is not a valid URL (Illegal character in authority"
                        + " at index 13)" + EXPECTED_FORMS);
    }

    @Test
    void rejectsBlankUrl() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ServerAddress.parse(" "))
                .withMessage("STRATA_TEST_DATABASE_URL is empty" + EXPECTED_FORMS);
    }
}
