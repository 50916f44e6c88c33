package dev.strata.r2dbc;

import io.r2dbc.postgresql.codec.Json;
import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Values as the JDBC driver would pass them, so that a Java revision reads and binds the same Java types on
 * either driver, and a revision written for one runs on the other. R2DBC decodes {@code smallint} as
 * {@link Short}, date and time types as {@code java.time}, {@code bytea} as a {@link ByteBuffer} and
 * {@code json} as its own type; pgjdbc's {@code getObject} gives {@link Integer}, {@code java.sql} types,
 * {@code byte[]} and the JSON text. Types outside this list (arrays, intervals, {@code timetz}) keep R2DBC's own
 * representation.
 */
final class JdbcValues {

    private JdbcValues() {
    }

    /** A column value as pgjdbc's {@code ResultSet.getObject} returns it. */
    static Object column(Object value) {
        if (value instanceof Short small) {
            return small.intValue();
        }
        if (value instanceof OffsetDateTime timestamp) {
            return Timestamp.from(timestamp.toInstant());
        }
        if (value instanceof LocalDateTime timestamp) {
            return Timestamp.valueOf(timestamp);
        }
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof LocalTime time) {
            // Time.valueOf drops the fraction; pgjdbc keeps milliseconds.
            return new Time(Time.valueOf(time).getTime() + time.getNano() / 1_000_000);
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return bytes;
        }
        if (value instanceof Json json) {
            return json.asString();
        }
        return value;
    }

    /**
     * A parameter of a JDBC type as R2DBC binds it. A {@link Timestamp} is an instant (the history table's
     * columns are {@code timestamptz}); R2DBC has no codec for the {@code java.sql} types.
     */
    static Object parameter(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Time time) {
            return time.toLocalTime();
        }
        if (value instanceof Character character) {
            return character.toString();
        }
        return value;
    }
}
