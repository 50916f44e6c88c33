package dev.strata.autogenerate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeEquivalenceTest {

    @Test
    void precisionSixIsTheDefaultPrecisionOfTimeTypes() {
        assertThat(TypeEquivalence.equivalent("timestamp(6) without time zone", "timestamp without time zone"))
                .isTrue();
        assertThat(TypeEquivalence.equivalent("timestamp with time zone", "timestamp(6) with time zone")).isTrue();
        assertThat(TypeEquivalence.equivalent("time(6) without time zone", "time without time zone")).isTrue();
        assertThat(TypeEquivalence.equivalent("interval(6)", "interval")).isTrue();
        assertThat(TypeEquivalence.equivalent("timestamp(6) with time zone[]", "timestamp with time zone[]"))
                .isTrue();
    }

    @Test
    void otherPrecisionsAndOtherTypesDiffer() {
        assertThat(TypeEquivalence.equivalent("timestamp(3) without time zone", "timestamp without time zone"))
                .isFalse();
        assertThat(TypeEquivalence.equivalent("timestamp(6) with time zone", "timestamp(6) without time zone"))
                .isFalse();
        assertThat(TypeEquivalence.equivalent("numeric(6)", "numeric")).isFalse();
        assertThat(TypeEquivalence.equivalent("character varying(255)", "character varying")).isFalse();
    }
}
