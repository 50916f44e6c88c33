package dev.strata.demo.riskprofile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.Strata;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
  * The second revision on a table that already has rows, through Strata's engine API on a scratch database: the
  * backfill gives every profile the review date the service itself would compute, so NOT NULL holds.
  */
class NextReviewBackfillTest {

    private static final String CREATE_TABLES = "ecfe85f3eb58";
    private static final String ADD_NEXT_REVIEW = "a9c9b83b4c5f";

    private TestDatabase database;
    private Strata strata;

    @BeforeEach
    void fillProfilesBeforeTheSecondRevision() throws SQLException {
        database = TestPostgres.shared().createDatabase();
        strata = Strata.configure().dataSource(database.dataSource()).locations("classpath:db/revisions").load();
        strata.upgrade(CREATE_TABLES);
        // 23:30 in New York on 31 Dec is already 1 Jan in UTC: the date is the UTC one, as in Scoring.
        execute("INSERT INTO risk_profiles (client_id, risk_level, score, reviewed_at) VALUES"
                + " (1, 'HIGH', 80, '2025-03-10T09:00:00Z'),"
                + " (2, 'MEDIUM', 50, '2024-12-31T23:30:00-05:00'),"
                + " (3, 'LOW', 10, '2024-02-29T12:00:00Z')");
    }

    @AfterEach
    void dropTheScratchDatabase() {
        database.close();
    }

    @Test
    void backfillsTheReviewDateTheServiceWouldCompute() throws SQLException {
        strata.upgrade(Strata.HEADS);

        Map<Long, LocalDate> nextReview = nextReviewByClient();
        assertThat(nextReview).containsEntry(1L, LocalDate.of(2026, 3, 10))
                .containsEntry(2L, LocalDate.of(2027, 1, 1))
                .containsEntry(3L, LocalDate.of(2027, 2, 28));
        // ... and the same as the service's own rule, so old and new profiles are queued alike.
        assertThat(nextReview.get(2L))
                .isEqualTo(Scoring.nextReview(RiskLevel.MEDIUM, Instant.parse("2025-01-01T04:30:00Z")));
        assertThat(nextReview.get(3L))
                .isEqualTo(Scoring.nextReview(RiskLevel.LOW, Instant.parse("2024-02-29T12:00:00Z")));
    }

    @Test
    void downgradeRestoresTheLevelIndex() throws SQLException {
        strata.upgrade(Strata.HEADS);

        strata.downgrade("-1");

        assertThat(strings("SELECT indexname FROM pg_indexes WHERE tablename = 'risk_profiles' AND indexname LIKE 'ix_%'"))
                .isEqualTo("ix_risk_profiles_risk_level");
        assertThat(strings("SELECT version_num FROM strata_version")).isEqualTo(CREATE_TABLES);
        strata.upgrade(Strata.HEADS);
        assertThat(strings("SELECT version_num FROM strata_version")).isEqualTo(ADD_NEXT_REVIEW);
    }

    private Map<Long, LocalDate> nextReviewByClient() throws SQLException {
        Map<Long, LocalDate> out = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT client_id, next_review_on FROM risk_profiles")) {
            while (rows.next()) {
                out.put(rows.getLong(1), rows.getObject(2, LocalDate.class));
            }
        }
        return out;
    }

    /** The rows of a one-column query, joined by commas. */
    private String strings(String sql) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                out.append(out.length() == 0 ? "" : ",").append(rows.getString(1));
            }
        }
        return out.toString();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
