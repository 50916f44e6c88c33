package dev.strata.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.postgresql.codec.Json;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The conversions between R2DBC's Java types and pgjdbc's, one type at a time (both drivers side by side on a
 * database: migration-test's DriverParityTest).
 */
class JdbcValuesTest {

    @Test
    void columnsBecomeWhatPgjdbcReturns() {
        assertThat(JdbcValues.column((short) 7)).isEqualTo(7);
        assertThat(JdbcValues.column(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.ofHours(2))))
                .isEqualTo(Timestamp.from(Instant.parse("2026-01-02T01:04:05.123456Z")));
        assertThat(JdbcValues.column(LocalDateTime.of(2026, 1, 2, 3, 4, 5)))
                .isEqualTo(Timestamp.valueOf("2026-01-02 03:04:05"));
        assertThat(JdbcValues.column(LocalDate.of(2026, 1, 2))).isEqualTo(Date.valueOf("2026-01-02"));
        assertThat(((Time) JdbcValues.column(LocalTime.of(3, 4, 5, 250_000_000))).getTime() % 1000).isEqualTo(250);
        assertThat((byte[]) JdbcValues.column(ByteBuffer.wrap(new byte[] {1, 2, 3}, 1, 2))).containsExactly(2, 3);
        assertThat(JdbcValues.column(Json.of("{\"a\": 1}"))).isEqualTo("{\"a\": 1}");
    }

    @Test
    void otherColumnsAreLeftAsR2dbcDecodedThem() {
        BigDecimal amount = new BigDecimal("1.50");
        assertThat(JdbcValues.column(amount)).isSameAs(amount);
        assertThat(JdbcValues.column(42L)).isEqualTo(42L);
        assertThat(JdbcValues.column(null)).isNull();
    }

    @Test
    void jdbcParametersBecomeWhatR2dbcCanBind() {
        assertThat(JdbcValues.parameter(Timestamp.from(Instant.parse("2026-01-02T03:04:05.5Z"))))
                .isEqualTo(Instant.parse("2026-01-02T03:04:05.5Z"));
        assertThat(JdbcValues.parameter(Date.valueOf("2026-01-02"))).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(JdbcValues.parameter(Time.valueOf("03:04:05"))).isEqualTo(LocalTime.of(3, 4, 5));
        assertThat(JdbcValues.parameter('x')).isEqualTo("x");
        assertThat(JdbcValues.parameter("text")).isEqualTo("text");
    }
}
