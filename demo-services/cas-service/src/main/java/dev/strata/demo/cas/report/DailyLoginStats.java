package dev.strata.demo.cas.report;

import dev.strata.demo.cas.AuthOutcome;
import java.time.Instant;
import java.time.LocalDate;

/**
  * One row of {@code daily_login_stats}: how many attempts of a UTC day ended one way.
  *
  * @param day the day, in UTC
  * @param outcome how the attempts ended
  * @param logins the number of attempts
  * @param principals the number of distinct user names among them; null for days aggregated before it was
  *     counted, until they are aggregated again
  * @param aggregatedAt when the row was last counted
  */
public record DailyLoginStats(LocalDate day, AuthOutcome outcome, long logins, Long principals, Instant aggregatedAt) {
}
