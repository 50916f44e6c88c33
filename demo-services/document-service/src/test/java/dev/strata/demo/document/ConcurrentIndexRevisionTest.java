package dev.strata.demo.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
  * The concurrent-index revision on its own, run by Strata's engine on a scratch database: it goes up and down
  * outside a transaction (PostgreSQL refuses CONCURRENTLY inside one) and leaves a valid index each way up.
  */
class ConcurrentIndexRevisionTest {

    private static final String CREATE_DOCUMENTS = "53778fdcd9c1";
    private static final String INDEX_BY_CLIENT = "f9fcad57e272";

    @Test
    void buildsAndDropsTheIndexWithoutATransaction() throws SQLException {
        try (TestDatabase database = TestPostgres.shared().createDatabase()) {
            Strata strata = Strata.configure()
                    .dataSource(database.dataSource())
                    .locations("classpath:db/revisions")
                    .load();
            assertThat(strata.revision(INDEX_BY_CLIENT).transactional()).isFalse();
            assertThat(strata.revision(CREATE_DOCUMENTS).transactional()).isTrue();

            strata.upgrade("head");
            assertThat(indexValidity(database)).containsExactly(true);

            strata.downgrade("-1");
            assertThat(indexValidity(database)).isEmpty();
            assertThat(strata.current()).extracting(RevisionInfo::id).containsExactly(CREATE_DOCUMENTS);

            strata.upgrade("head");
            assertThat(indexValidity(database)).containsExactly(true);
            assertThat(strata.current()).extracting(RevisionInfo::id).containsExactly(INDEX_BY_CLIENT);
        }
    }

    /** indisvalid of the index, once per index of that name: empty when it does not exist. */
    private static List<Boolean> indexValidity(TestDatabase database) throws SQLException {
        List<Boolean> validity = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT i.indisvalid FROM pg_index i JOIN pg_class c"
                        + " ON c.oid = i.indexrelid WHERE c.relname = 'ix_documents_client_id_created_at'")) {
            while (rows.next()) {
                validity.add(rows.getBoolean(1));
            }
        }
        return validity;
    }
}
