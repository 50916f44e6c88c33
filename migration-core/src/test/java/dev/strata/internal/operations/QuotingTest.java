package dev.strata.internal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.StrataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuotingTest {

    @ParameterizedTest
    @ValueSource(strings = {"clients", "_private", "order_lines", "a1", "price$usd", "users"})
    void leavesPlainLowerCaseNamesAlone(String name) {
        assertThat(Quoting.identifier(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user", "order", "group", "table", "select", "from", "where", "check", "default",
            "primary", "references", "column", "constraint", "desc", "limit", "offset", "all", "and", "or", "not",
            "null", "true", "false", "to", "as", "on", "end", "time", "between", "join", "system_user"})
    void quotesKeywords(String keyword) {
        assertThat(Quoting.identifier(keyword)).isEqualTo('"' + keyword + '"');
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Clients|\"Clients\"",
        "1st|\"1st\"",
        "$price|\"$price\"",
        "order line|\"order line\"",
        "e-mail|\"e-mail\"",
        "café|\"café\"",
        "a.b|\"a.b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
    })
    void quotesWhatPostgresWouldFoldOrSplit(String name, String quoted) {
        assertThat(Quoting.identifier(name)).isEqualTo(quoted);
    }

    @Test
    void rejectsNullAndEmptyIdentifiers() {
        assertThatThrownBy(() -> Quoting.identifier(null))
                .isInstanceOf(StrataException.class).hasMessage("an identifier must not be null");
        assertThatThrownBy(() -> Quoting.identifier(""))
                .isInstanceOf(StrataException.class).hasMessage("an identifier must not be empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "events|events",
        "audit.events|audit.events",
        "Audit.user|\"Audit\".\"user\"",
        "my db.public.Order|\"my db\".public.\"Order\"",
    })
    void splitsQualifiedNamesOnDots(String name, String quoted) {
        assertThat(Quoting.qualifiedName(name)).isEqualTo(quoted);
    }

    @Test
    void rejectsEmptyPartsOfQualifiedNames() {
        assertThatThrownBy(() -> Quoting.qualifiedName("audit..events"))
                .isInstanceOf(StrataException.class)
                .hasMessage("name audit..events has an empty part; write schema.table");
        assertThatThrownBy(() -> Quoting.qualifiedName("events."))
                .isInstanceOf(StrataException.class).hasMessage("name events. has an empty part; write schema.table");
        assertThatThrownBy(() -> Quoting.qualifiedName(""))
                .isInstanceOf(StrataException.class).hasMessage("a table name must not be empty");
    }

    @Test
    void unqualifiedIsTheLastPart() {
        assertThat(Quoting.unqualified("audit.events")).isEqualTo("events");
        assertThat(Quoting.unqualified("events")).isEqualTo("events");
    }

    @Test
    void literalsDoubleSingleQuotes() {
        assertThat(Quoting.literal("it's")).isEqualTo("'it''s'");
        assertThat(Quoting.literal("")).isEqualTo("''");
    }

    @Test
    void literalsWithBackslashesUseTheEscapeForm() {
        assertThat(Quoting.literal("C:\\temp's")).isEqualTo("E'C:\\\\temp''s'");
    }
}
