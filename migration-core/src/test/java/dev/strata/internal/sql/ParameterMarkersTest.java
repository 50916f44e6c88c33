package dev.strata.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** JDBC markers become numbered ones where pgjdbc would bind them, and nowhere else. */
class ParameterMarkersTest {

    @Test
    void numbersEachMarkerInOrder() {
        assertThat(ParameterMarkers.numbered("UPDATE t SET a = ?, b = ? WHERE id = ?"))
                .isEqualTo("UPDATE t SET a = $1, b = $2 WHERE id = $3");
        assertThat(ParameterMarkers.numbered("SELECT pg_try_advisory_lock(?) AS locked"))
                .isEqualTo("SELECT pg_try_advisory_lock($1) AS locked");
    }

    @Test
    void leavesMarkersInsideLiteralsIdentifiersAndCommentsAlone() {
        assertThat(ParameterMarkers.numbered("SELECT '?', E'\\'?', \"who?\", $$?$$, $q$ ? $q$ -- why?\n, ? /* ? */"))
                .isEqualTo("SELECT '?', E'\\'?', \"who?\", $$?$$, $q$ ? $q$ -- why?\n, $1 /* ? */");
    }

    @Test
    void doubledMarkerIsTheQuestionMarkOperator() {
        assertThat(ParameterMarkers.numbered("SELECT doc ?? 'key', doc ??| ? FROM t WHERE id = ?"))
                .isEqualTo("SELECT doc ? 'key', doc ?| $1 FROM t WHERE id = $2");
    }

    @Test
    void findsTheHighestPositionalParameterOutsideQuotes() {
        assertThat(ParameterMarkers.highestPositional("CREATE FUNCTION f(int, int) RETURNS int LANGUAGE sql"
                + " BEGIN ATOMIC SELECT $2 + $1; END")).isEqualTo(2);
        assertThat(ParameterMarkers.highestPositional("CREATE FUNCTION f(int) RETURNS int AS $$ SELECT $1 $$"
                + " LANGUAGE sql; SELECT '$3' -- $4")).isZero();
        assertThat(ParameterMarkers.highestPositional("SELECT 1")).isZero();
        assertThat(ParameterMarkers.highestPositional("SELECT '$1")).isZero();
    }

    @Test
    void textWithoutMarkersOrThatCannotBeLexedIsUnchanged() {
        assertThat(ParameterMarkers.numbered("SELECT 1")).isEqualTo("SELECT 1");
        assertThat(ParameterMarkers.numbered("SELECT '? unterminated")).isEqualTo("SELECT '? unterminated");
    }
}
