package dev.strata.autogenerate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.schema.QualifiedName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            client         | client
            order_item_2   | order_item_2
            _private       | _private
            price$usd      | price$usd
            Client         | "Client"
            order          | "order"
            user           | "user"
            2fa            | "2fa"
            e-mail         | "e-mail"
            name           | name
            """)
    void quotesOnlyWhatPostgresWouldNotReadBack(String name, String quoted) {
        assertThat(Quoting.identifier(name)).isEqualTo(quoted);
    }

    @Test
    void doublesQuotesInsideAName() {
        assertThat(Quoting.identifier("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void qualifiesEveryPartAsFormatTypeDoes() {
        assertThat(Quoting.qualified(QualifiedName.of("public", "order_status"))).isEqualTo("public.order_status");
        assertThat(Quoting.qualified(QualifiedName.of("Audit", "Mood"))).isEqualTo("\"Audit\".\"Mood\"");
    }

    @Test
    void literalsDoubleQuotesAndEscapeBackslashes() {
        assertThat(Quoting.literal("it's")).isEqualTo("'it''s'");
        assertThat(Quoting.literal("C:\\temp")).isEqualTo("E'C:\\\\temp'");
    }
}
