package dev.strata.demo.test.r2dbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class R2dbcOnlyServiceTest {

    /** This module's tests have pgjdbc (for the JDBC reader's test): the check must see it. */
    @Test
    void failsWhereTheJdbcDriverCanBeLoaded() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            assertThatThrownBy(() -> R2dbcOnlyService.assertRunsOnR2dbcAlone(context, "connectionFactory"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Expecting code to raise a throwable");
        }
    }
}
