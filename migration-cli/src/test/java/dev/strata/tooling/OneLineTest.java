package dev.strata.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {

    @Test
    void aMultiLineMessageBecomesOneLine() {
        assertThat(OneLine.of("Revision a1 (x.sql, line 3) failed during upgrade: boom\n"
                + "  Statement: SELECT 1/0\n\n  The revision was rolled back; the version table does not record it."))
                .isEqualTo("Revision a1 (x.sql, line 3) failed during upgrade: boom; Statement: SELECT 1/0;"
                        + " The revision was rolled back; the version table does not record it.");
    }

    @Test
    void punctuationAtTheEndOfALineIsKept() {
        assertThat(OneLine.of("one.\r\ntwo;\nthree:\nfour,\nfive")).isEqualTo("one. two; three: four, five");
    }

    @Test
    void noMessageReadsNull() {
        assertThat(OneLine.of(null)).isEqualTo("null");
        assertThat(OneLine.of("single line")).isEqualTo("single line");
    }
}
