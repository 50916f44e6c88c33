package dev.strata.demo.cas.report;

import dev.strata.demo.cas.AuthOutcome;
import dev.strata.demo.cas.OutcomeCount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
  * {@code daily_login_stats} in {@code cas_reports}, over JdbcTemplate.
  *
  * <p>The JdbcTemplate is private to this class rather than a bean: a second JdbcOperations bean would make
  * Spring Boot back off the JdbcTemplate it builds on the primary datasource. Spring Boot therefore cannot see
  * that this class needs the schema, so it says so ({@code @DependsOnDatabaseInitialization}): it is created
  * only after Strata has migrated cas_reports.
  */
@Repository
@DependsOnDatabaseInitialization
public class DailyLoginStatsRepository {

    private static final String COLUMNS = "day, outcome, logins, principals, aggregated_at";

    private final JdbcTemplate jdbc;

    /**
      * Creates the repository.
      *
      * @param reports the {@code cas_reports} datasource
      */
    public DailyLoginStatsRepository(@Qualifier("reportsDataSource") DataSource reports) {
        this.jdbc = new JdbcTemplate(reports);
    }

    /**
      * Writes the counts of one day, replacing those of an earlier aggregation of the same day.
      *
      * @param day the day
      * @param counts one count per outcome
      */
    public void save(LocalDate day, List<OutcomeCount> counts) {
        if (counts.isEmpty()) {
            return;
        }
        // One statement, so the day's rows change together without a transaction manager for this database
        // (a second one would make Spring Boot back off the JPA transaction manager of the primary).
        String sql = "INSERT INTO daily_login_stats (" + COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(counts.size(), "(?, ?, ?, ?, now())"))
                + " ON CONFLICT (day, outcome) DO UPDATE SET logins = EXCLUDED.logins,"
                + " principals = EXCLUDED.principals, aggregated_at = EXCLUDED.aggregated_at";
        List<Object> arguments = new ArrayList<>();
        for (OutcomeCount count : counts) {
            arguments.add(day);
            arguments.add(count.outcome().name());
            arguments.add(count.logins());
            arguments.add(count.principals());
        }
        jdbc.update(sql, arguments.toArray());
    }

    /**
      * Reads the counts of a period, newest day first.
      *
      * @param from the first day
      * @param to the last day, inclusive
      * @return the rows, those of one day by outcome
      */
    public List<DailyLoginStats> findBetween(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM daily_login_stats WHERE day BETWEEN ? AND ?"
                + " ORDER BY day DESC, outcome", DailyLoginStatsRepository::row, from, to);
    }

    private static DailyLoginStats row(ResultSet rs, int rowNum) throws SQLException {
        return new DailyLoginStats(rs.getObject("day", LocalDate.class), AuthOutcome.valueOf(rs.getString("outcome")),
                rs.getLong("logins"), rs.getObject("principals", Long.class),
                rs.getObject("aggregated_at", OffsetDateTime.class).toInstant());
    }
}
