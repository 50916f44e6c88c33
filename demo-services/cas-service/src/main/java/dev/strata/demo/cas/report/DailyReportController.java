package dev.strata.demo.cas.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /reports/daily}: login attempts per UTC day and outcome. */
@RestController
@RequestMapping("/reports/daily")
public class DailyReportController {

    /** A year and a day: enough for any report a person reads, and a bound on what one request loads. */
    private static final long MAX_DAYS = 366;

    private final DailyLoginReport report;

    /**
      * Creates the controller.
      *
      * @param report the daily login report
      */
    public DailyReportController(DailyLoginReport report) {
        this.report = report;
    }

    /**
      * Counts one day's attempts from the audit trail and stores the counts; safe to repeat.
      *
      * @param day the day, {@code yyyy-MM-dd}, not after today (UTC)
      * @return the day's counts, one per outcome
      * @throws ResponseStatusException 400 when the day is in the future
      */
    @PostMapping
    public List<DailyLoginStats> aggregate(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate day) {
        // Checked here rather than with @PastOrPresent, which would judge by the JVM's time zone, not UTC's.
        if (day.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, day + " has not begun yet (UTC)");
        }
        return report.aggregate(day);
    }

    /**
      * Reads the stored counts of a period; days never aggregated have no rows.
      *
      * @param from the first day; a week before {@code to} when absent
      * @param to the last day, inclusive; today (UTC) when absent
      * @return the counts, newest day first
      * @throws ResponseStatusException 400 when {@code from} is after {@code to} or the period exceeds a year
      */
    @GetMapping
    public List<DailyLoginStats> read(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        LocalDate last = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
        LocalDate first = from == null ? last.minusDays(6) : from;
        if (first.isAfter(last)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from " + first + " is after to " + last);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "At most " + MAX_DAYS + " days at a time; " + first + " to " + last + " is longer");
        }
        return report.between(first, last);
    }
}
