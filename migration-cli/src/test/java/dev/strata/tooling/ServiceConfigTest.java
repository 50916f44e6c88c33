package dev.strata.tooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.StrataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigTest {

    @TempDir
    Path service;

    @Test
    void flattensApplicationYmlToDottedKeys() throws IOException {
        resource("application.yml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost:5432/clients
                    username: app
                strata:
                  locations:
                    - classpath:db/revisions
                    - filesystem:extra
                  lock:
                    timeout: 30s
                server.port: 8080
                """);

        ServiceConfig config = ServiceConfig.load(service, Map.of());

        assertThat(config.get("spring.datasource.url")).contains("jdbc:postgresql://localhost:5432/clients");
        assertThat(config.get("spring.datasource.username")).contains("app");
        assertThat(config.get("strata.lock.timeout")).contains("30s");
        assertThat(config.get("server.port")).contains("8080");
        assertThat(config.getList("strata.locations")).containsExactly("classpath:db/revisions", "filesystem:extra");
        assertThat(config.get("spring.datasource.password")).isEmpty();
        assertThat(config.dir()).isEqualTo(service);
    }

    @Test
    void passesKeysUnderAPrefixThroughAsWritten() throws IOException {
        resource("application.yml", """
                spring:
                  jpa:
                    properties:
                      hibernate:
                        default_schema: ${APP_SCHEMA:sales}
                        globally_quoted_identifiers: true
                    hibernate:
                      ddl-auto: validate
                """);

        ServiceConfig config = ServiceConfig.load(service, Map.of());

        assertThat(config.withPrefix("spring.jpa.properties")).containsExactly(
                Map.entry("hibernate.default_schema", "sales"),
                Map.entry("hibernate.globally_quoted_identifiers", "true"));
        assertThat(config.withPrefix("spring.jpa.hibernate.naming")).isEmpty();
    }

    @Test
    void readsApplicationProperties() throws IOException {
        resource("application.properties", """
                strata.url=jdbc:postgresql://localhost/app
                strata.locations=classpath:db/revisions, classpath:db/more
                """);

        ServiceConfig config = ServiceConfig.load(service, Map.of());

        assertThat(config.get("strata.url")).contains("jdbc:postgresql://localhost/app");
        assertThat(config.getList("strata.locations")).containsExactly("classpath:db/revisions", "classpath:db/more");
        assertThat(config.origin("strata.url")).isEqualTo("strata.url in src/main/resources/application.properties");
    }

    @Test
    void keysAreRelaxedAsInSpringBoot() throws IOException {
        resource("application.yaml", """
                strata:
                  versionTable: alembic_version
                  history_table: audit
                  Transaction-Mode: all
                """);

        ServiceConfig config = ServiceConfig.load(service, Map.of());

        assertThat(config.get("strata.version-table")).contains("alembic_version");
        assertThat(config.get("strata.versiontable")).contains("alembic_version");
        assertThat(config.get("strata.history-table")).contains("audit");
        assertThat(config.get("strata.transaction-mode")).contains("all");
        assertThat(config.origin("strata.version-table"))
                .isEqualTo("strata.versionTable in src/main/resources/application.yaml");
    }

    @Test
    void resolvesPlaceholdersFromTheEnvironmentOtherKeysAndDefaults() throws IOException {
        resource("application.yml", """
                db:
                  host: db.internal
                spring:
                  datasource:
                    url: jdbc:postgresql://${db.host}:${DB_PORT:5432}/${DB_NAME}
                    username: ${DB_USER:${FALLBACK_USER:app}}
                    password: ${DB_PASSWORD:}
                """);

        ServiceConfig config = ServiceConfig.load(service, Map.of("DB_NAME", "clients", "FALLBACK_USER", "ops"));

        assertThat(config.get("spring.datasource.url")).contains("jdbc:postgresql://db.internal:5432/clients");
        assertThat(config.get("spring.datasource.username")).contains("ops");
        assertThat(config.get("spring.datasource.password")).contains("");
    }

    @Test
    void anUnresolvablePlaceholderNamesKeyFileAndVariable() throws IOException {
        resource("application.yml", "spring.datasource.url: jdbc:postgresql://localhost/${DB_NAME}\n");

        ServiceConfig config = ServiceConfig.load(service, Map.of());

        assertThatThrownBy(() -> config.get("spring.datasource.url"))
                .isInstanceOf(StrataException.class)
                .hasMessage("spring.datasource.url in src/main/resources/application.yml uses ${DB_NAME}, which is"
                        + " neither set in the environment nor a key of the configuration; set DB_NAME or give the"
                        + " value explicitly");
    }

    @Test
    void aPlaceholderThatRefersToItselfIsReported() throws IOException {
        resource("application.properties", "a=${b}\nb=${a}\n");

        ServiceConfig config = ServiceConfig.load(service, Map.of());

        assertThatThrownBy(() -> config.get("a"))
                .isInstanceOf(StrataException.class)
                .hasMessage("a in src/main/resources/application.properties has placeholders that refer to each other"
                        + " in a circle");
    }

    @Test
    void skipsProfileDocuments() throws IOException {
        resource("application.yml", """
                strata:
                  schema: app
                ---
                spring:
                  config:
                    activate:
                      on-profile: test
                strata:
                  schema: test_schema
                """);

        assertThat(ServiceConfig.load(service, Map.of()).get("strata.schema")).contains("app");
    }

    @Test
    void propertiesWinOverYamlAndTheServiceFolderWinsOverResources() throws IOException {
        resource("application.yml", "strata:\n  schema: from_yml\n  history-table: yml_history\n");
        resource("application.properties", "strata.schema=from_properties\n");
        Files.writeString(service.resolve("application.yml"), "strata:\n  history-table: folder_history\n");

        ServiceConfig config = ServiceConfig.load(service, Map.of());

        assertThat(config.get("strata.schema")).contains("from_properties");
        assertThat(config.get("strata.history-table")).contains("folder_history");
        assertThat(config.origin("strata.history-table")).isEqualTo("strata.history-table in application.yml");
    }

    @Test
    void aFolderWithoutConfigurationIsEmpty() {
        ServiceConfig config = ServiceConfig.load(service, Map.of());

        assertThat(config.get("spring.datasource.url")).isEmpty();
        assertThat(config.getList("strata.locations")).isEmpty();
        assertThat(config.origin("strata.url")).isEqualTo("strata.url");
    }

    @Test
    void anUnreadableYamlFileIsNamed() throws IOException {
        resource("application.yml", "spring:\n  datasource:\n    password: [s3cret, unclosed\n");

        assertThatThrownBy(() -> ServiceConfig.load(service, Map.of()))
                .isInstanceOf(StrataException.class)
                .hasMessage("Cannot read src/main/resources/application.yml: expected ',' or ']', but got <stream end>"
                        + " at line 4, column 1")
                .message().doesNotContain("s3cret");
    }

    private void resource(String name, String text) throws IOException {
        Path dir = Files.createDirectories(service.resolve("src/main/resources"));
        Files.writeString(dir.resolve(name), text);
    }
}
