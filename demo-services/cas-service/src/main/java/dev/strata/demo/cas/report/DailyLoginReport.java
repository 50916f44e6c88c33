package dev.strata.demo.cas.report;

import dev.strata.demo.cas.AuthOutcome;
import dev.strata.demo.cas.LoginEventRepository;
import dev.strata.demo.cas.OutcomeCount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Counts a day's login attempts in {@code cas_audit} and keeps the counts in {@code cas_reports}. */
@Service
public class DailyLoginReport {

    private final LoginEventRepository events;
    private final DailyLoginStatsRepository stats;

    /**
      * Creates the report.
      *
      * @param events the audit trail, in cas_audit
      * @param stats the statistics, in cas_reports
      */
    public DailyLoginReport(LoginEventRepository events, DailyLoginStatsRepository stats) {
        this.events = events;
        this.stats = stats;
    }

    /**
      * Counts one UTC day's attempts by outcome and stores the counts, replacing an earlier count of that day
      * (a day still in progress, or one that events arrived late for, can be counted again).
      *
      * @param day the day
      * @return the stored counts, one per outcome
      */
    public List<DailyLoginStats> aggregate(LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<AuthOutcome, OutcomeCount> counted = events.countByOutcome(from, to).stream()
                .collect(Collectors.toMap(OutcomeCount::outcome, Function.identity()));
        // Every outcome gets a row, zeros included: "no account was locked" is a statement the report makes,
        // where a missing row would leave the reader guessing whether the day was counted at all.
        List<OutcomeCount> counts = Arrays.stream(AuthOutcome.values())
                .map(outcome -> counted.getOrDefault(outcome, new OutcomeCount(outcome, 0, 0)))
                .toList();
        stats.save(day, counts);
        return stats.findBetween(day, day);
    }

    /**
      * Reads the stored counts of a period.
      *
      * @param from the first day
      * @param to the last day, inclusive
      * @return the counts, newest day first
      */
    public List<DailyLoginStats> between(LocalDate from, LocalDate to) {
        return stats.findBetween(from, to);
    }
}
