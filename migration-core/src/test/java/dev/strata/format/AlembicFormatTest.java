package dev.strata.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.RevisionInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Layout details; the full texts are checked against real Alembic in migration-test's AlembicParityTest. */
class AlembicFormatTest {

    private static RevisionInfo merge() {
        return new RevisionInfo("m1", List.of("a1", "b1"), Set.of("left"), List.of(), "merge \"a\" and b", "2026-11-24",
                "db/revisions/m1.sql", true, true, "abc", true, true, false, true, List.of(), false);
    }

    @Test
    void historyLineShowsParentsLabelsIndicatorsAndMessage() {
        assertThat(AlembicFormat.history(merge(), false))
                .isEqualTo("a1, b1 -> m1 (left) (head) (mergepoint), merge \"a\" and b");
        assertThat(AlembicFormat.current(merge().withCurrent(true), false)).isEqualTo("m1 (head) (mergepoint)");
    }

    @Test
    void verboseEntryIndentsTheDocstring() {
        assertThat(AlembicFormat.show(merge())).isEqualTo("""
                Rev: m1 (head) (mergepoint)
                Merges: a1, b1
                Branch names: left
                Path: db/revisions/m1.sql

                    merge "a" and b
                   \s
                    Revision ID: m1
                    Revises: a1, b1
                    Create Date: 2026-11-24
                """);
    }

    @Test
    void jsonEscapesAndKeepsTypes() {
        assertThat(Json.write(Map.of("s", "a\"b\\c\n", "n", 3, "b", true)))
                .contains("\"s\":\"a\\\"b\\\\c\\n\"").contains("\"n\":3").contains("\"b\":true");
        assertThat(AlembicFormat.json(List.of(merge()))).startsWith("[{\"revision\":\"m1\",\"downRevisions\":[\"a1\",\"b1\"]")
                .contains("\"mergePoint\":true").contains("\"message\":\"merge \\\"a\\\" and b\"");
    }
}
