package dev.strata.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void aRunKnowsThePasswordsOfTheEnvironmentTheOptionsAndTheConnection() {
        ExplicitOptions explicit = new ExplicitOptions("postgresql://app:url-pw@localhost/db", null, "option-pw",
                List.of(), null, null, null);
        ConnectionSettings connection = new ConnectionSettings("jdbc:postgresql://localhost/db", "app", "config-pw",
                "spring.datasource.url in src/main/resources/application.yml");

        assertThat(Secrets.known(explicit, Map.of("DATABASE_URL", "postgres://app:env%40pw@localhost/db"),
                Optional.of(connection))).containsExactly("env@pw", "option-pw", "url-pw", "config-pw");
        assertThat(Secrets.known(ExplicitOptions.none(), Map.of(), Optional.empty())).isEmpty();
    }

    @Test
    void anUnparsableUrlHasNoPasswordToKnow() {
        assertThat(Secrets.fromUrl("mysql://app:pw@localhost/db")).isEmpty();
        assertThat(Secrets.fromEnvironment(Map.of("DATABASE_URL", "jdbc:postgresql://h/db?password=s3cr3t")))
                .containsExactly("s3cr3t");
    }

    @Test
    void scrubMasksKnownSecretsAndAnythingThatLooksLikeAPassword() {
        assertThat(Secrets.scrub("Statement: CREATE USER MAPPING ... OPTIONS (password 'hunter22')",
                List.of("hunter22"))).isEqualTo("Statement: CREATE USER MAPPING ... OPTIONS (password '****')");
        assertThat(Secrets.scrub("'postgresql://app:other@localhost/app', jdbc:postgresql://h/db?password=x1&a=b",
                List.of()))
                .isEqualTo("'postgresql://app:****@localhost/app', jdbc:postgresql://h/db?password=****&a=b");
    }

    @Test
    void placeholdersInAdviceAndShortSecretsStay() {
        String advice = "expected postgresql://user:password@host:5432/database?user=...&password=...";

        assertThat(Secrets.scrub(advice, List.of("ab"))).isEqualTo(advice);
        assertThat(Secrets.scrub("no password in 'abc'", List.of("ab"))).isEqualTo("no password in 'abc'");
    }
}
