package dev.strata.autogenerate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreateScriptRunnerTest {

    private TestDatabase database;
    private Connection connection;

    @BeforeEach
    void openDatabase() {
        database = TestPostgres.shared().createDatabase();
        connection = database.connect();
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        connection.close();
        database.close();
    }

    @Test
    void runsTheStatementsInOrderAndCommits() throws SQLException {
        CreateScriptRunner.run(List.of("create schema billing", "create table billing.invoice (id bigint primary key)",
                "create table billing.invoice_line (invoice_id bigint references billing.invoice)"), connection);

        assertThat(new CatalogQueries(connection).tables("billing")).containsExactly("invoice", "invoice_line");
        assertThat(connection.getAutoCommit()).isTrue();
    }

    @Test
    void aSchemaThatExistsAlreadyIsWhatCreateSchemaAskedFor() throws SQLException {
        CreateScriptRunner.run(List.of("create schema public", "create table public.invoice (id bigint)"), connection);

        assertThat(new CatalogQueries(connection).tables("public")).containsExactly("invoice");
    }

    @Test
    void aFailingStatementIsNamedAndNothingIsLeftBehind() throws SQLException {
        List<String> statements = List.of("create table invoice (id bigint)", "create table note (body citext)");

        assertThatThrownBy(() -> CreateScriptRunner.run(statements, connection))
                .isInstanceOf(EntityModelException.class)
                .hasMessage("Hibernate's DDL for the entities failed in the scratch database at statement 2 of 2,"
                        + " create table note (body citext): ERROR: type \"citext\" does not exist. Check the mapping"
                        + " that produces it; a columnDefinition or a type from a PostgreSQL extension (citext,"
                        + " PostGIS) needs that extension in the scratch database too.");
        assertThat(new CatalogQueries(connection).tables("public")).isEmpty();
        assertThat(connection.getAutoCommit()).isTrue();
    }
}
