package dev.strata.test.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresExtensionTest {

    private static final List<String> INJECTED = new CopyOnWriteArrayList<>();

    private final TestDatabase constructorDatabase;

    PostgresExtensionTest(TestDatabase constructorDatabase) {
        this.constructorDatabase = constructorDatabase;
        INJECTED.add(constructorDatabase.name());
    }

    @Test
    void injectsAWorkingDatabaseIntoTestMethods(TestDatabase database) throws Exception {
        INJECTED.add(database.name());
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select current_database()")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo(database.name());
        }
    }

    @Test
    void injectsADistinctDatabasePerParameter(TestDatabase first, TestDatabase second) {
        INJECTED.add(first.name());
        INJECTED.add(second.name());

        assertThat(List.of(first.name(), second.name(), constructorDatabase.name())).doesNotHaveDuplicates();
    }

    @AfterAll
    static void droppedEveryInjectedDatabaseAfterItsTest() throws Exception {
        try (TestDatabase observer = TestPostgres.shared().createDatabase()) {
            assertThat(INJECTED).hasSize(5);
            for (String name : INJECTED) {
                assertThat(TestDatabaseTest.databaseExists(observer, name)).as(name).isFalse();
            }
        }
    }
}
