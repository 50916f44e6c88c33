package dev.strata.tooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.StrataException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseUrlTest {

    private static final String EXPECTED = "; expected postgresql://user:password@host:5432/database, postgres://..."
            + " or jdbc:postgresql://host:5432/database?user=...&password=...";

    @Test
    void readsTheLibpqFormOfDatabaseUrl() {
        ConnectionSettings settings = DatabaseUrl.parse("postgresql://app:s3cret@db.example.com:5432/cds_client",
                "DATABASE_URL");

        assertThat(settings).isEqualTo(new ConnectionSettings("jdbc:postgresql://db.example.com:5432/cds_client",
                "app", "s3cret", "DATABASE_URL"));
    }

    @Test
    void readsThePostgresSchemeAsWell() {
        ConnectionSettings settings = DatabaseUrl.parse("postgres://app:pw@localhost/app", "DATABASE_URL");

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/app");
        assertThat(settings.user()).isEqualTo("app");
        assertThat(settings.password()).isEqualTo("pw");
    }

    @Test
    void readsTheJdbcFormWithCredentialsInParametersAndKeepsTheOtherParameters() {
        ConnectionSettings settings = DatabaseUrl.parse(
                "jdbc:postgresql://localhost:5433/app?user=migrator&sslmode=require&password=p%26w&ApplicationName=x",
                "--url");

        assertThat(settings).isEqualTo(new ConnectionSettings(
                "jdbc:postgresql://localhost:5433/app?sslmode=require&ApplicationName=x", "migrator", "p&w", "--url"));
    }

    @Test
    void readsTheJdbcFormWithoutCredentials() {
        ConnectionSettings settings = DatabaseUrl.parse("jdbc:postgresql://localhost:5432/app",
                "spring.datasource.url in src/main/resources/application.yml");

        assertThat(settings.user()).isNull();
        assertThat(settings.password()).isNull();
        assertThat(settings.redacted())
                .isEqualTo("postgresql://localhost:5432/app (from spring.datasource.url in"
                        + " src/main/resources/application.yml)");
    }

    @Test
    void readsR2dbcUrlsAsTheSameDatabase() {
        assertThat(DatabaseUrl.parse("r2dbc:postgresql://app:pw@localhost:5432/orders", "spring.r2dbc.url").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/orders");
        assertThat(DatabaseUrl.parse("r2dbc:pool:postgresql://localhost/orders", "spring.r2dbc.url").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost/orders");
    }

    @Test
    void percentDecodesUserAndPasswordButKeepsPlusSigns() {
        ConnectionSettings settings = DatabaseUrl.parse("postgresql://app%40corp:p%40ss%2Fw%3Ard+1@localhost/db%20x",
                "DATABASE_URL");

        assertThat(settings.user()).isEqualTo("app@corp");
        assertThat(settings.password()).isEqualTo("p@ss/w:rd+1");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/db%20x");
    }

    @Test
    void takesTheLastAtSignAsTheEndOfAnUnencodedPassword() {
        ConnectionSettings settings = DatabaseUrl.parse("postgresql://app:p@ss/w@localhost:5432/db", "DATABASE_URL");

        assertThat(settings.user()).isEqualTo("app");
        assertThat(settings.password()).isEqualTo("p@ss/w");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/db");
    }

    @Test
    void acceptsIpv6MultipleHostsAndAMissingHost() {
        assertThat(DatabaseUrl.parse("postgresql://u@[::1]:5433/db", "x").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5433/db");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h1:5432,h2:5433/db?targetServerType=primary", "x").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h1:5432,h2:5433/db?targetServerType=primary");
        assertThat(DatabaseUrl.parse("postgresql:///db", "x").jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/db");
    }

    @Test
    void redactedNamesUserHostDatabaseAndSourceButNeverThePassword() {
        ConnectionSettings settings = DatabaseUrl.parse(
                "postgresql://app:s3cret@localhost:5432/cds_client?sslmode=require&sslpassword=k3y", "DATABASE_URL");

        assertThat(settings.redacted()).isEqualTo("postgresql://app@localhost:5432/cds_client (from DATABASE_URL)");
        assertThat(settings.toString()).isEqualTo(settings.redacted());
    }

    @Test
    void dataSourceConnectsWithUserAndPassword() {
        PGSimpleDataSource dataSource = (PGSimpleDataSource) DatabaseUrl
                .parse("postgresql://app:s3cret@localhost:5432/cds_client?sslmode=disable", "DATABASE_URL")
                .dataSource();

        assertThat(dataSource.getUser()).isEqualTo("app");
        assertThat(dataSource.getPassword()).isEqualTo("s3cret");
        assertThat(dataSource.getServerNames()).containsExactly("localhost");
        assertThat(dataSource.getDatabaseName()).isEqualTo("cds_client");
        assertThat(dataSource.getSslMode()).isEqualTo("disable");
        assertThat(dataSource.getApplicationName()).isEqualTo("strata");
    }

    @Test
    void rejectsAnEmptyUrl() {
        assertThatThrownBy(() -> DatabaseUrl.parse("  ", "DATABASE_URL"))
                .isInstanceOf(StrataException.class)
                .hasMessage("Invalid database URL from DATABASE_URL: it is empty" + EXPECTED);
    }

    @Test
    void rejectsAnotherDatabaseNamingItsScheme() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://app:s3cret@localhost/app", "DATABASE_URL"))
                .isInstanceOf(StrataException.class)
                .hasMessage("Invalid database URL from DATABASE_URL: the scheme 'mysql://' is not PostgreSQL's"
                        + EXPECTED);
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:h2:mem:test", "spring.datasource.url in application.yml"))
                .isInstanceOf(StrataException.class)
                .hasMessage("Invalid database URL from spring.datasource.url in application.yml: it does not start"
                        + " with postgresql://, postgres:// or jdbc:postgresql://" + EXPECTED);
    }

    @Test
    void rejectsABadPortWithoutQuotingTheUrl() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://app:s3cret@localhost:54x2/app", "--url"))
                .isInstanceOf(StrataException.class)
                .hasMessage("Invalid database URL from --url: the port is not a number from 1 to 65535" + EXPECTED);
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://app:s3cret@localhost:70000/app", "--url"))
                .hasMessage("Invalid database URL from --url: the port is not a number from 1 to 65535" + EXPECTED);
    }

    @Test
    void aPasswordWithAnUnencodedQuestionMarkIsNotQuotedInTheError() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://app:s3c?ret@localhost/app", "DATABASE_URL"))
                .isInstanceOf(StrataException.class)
                .hasMessage("Invalid database URL from DATABASE_URL: the port is not a number from 1 to 65535"
                        + EXPECTED)
                .message().doesNotContain("s3c");
    }

    @Test
    void rejectsAMalformedEscapeNamingThePartButNotItsText() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://app:50%off@localhost/app", "DATABASE_URL"))
                .isInstanceOf(StrataException.class)
                .hasMessage("Invalid database URL from DATABASE_URL: the password has a malformed %-escape (write %"
                        + " as %25)" + EXPECTED);
    }

    @Test
    void rejectsAMissingHostName() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://app@:5432/app", "DATABASE_URL"))
                .isInstanceOf(StrataException.class)
                .hasMessage("Invalid database URL from DATABASE_URL: a host name is missing or malformed" + EXPECTED);
    }

    @Test
    void connectionSettingsAcceptOnlyJdbcUrls() {
        assertThatThrownBy(() -> new ConnectionSettings("postgresql://app@localhost/app", "app", "pw", "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jdbcUrl must start with jdbc:postgresql://, was 'postgresql://app@localhost/app'");
    }
}
