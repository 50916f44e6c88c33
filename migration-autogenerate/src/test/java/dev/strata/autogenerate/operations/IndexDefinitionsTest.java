package dev.strata.autogenerate.operations;

import static dev.strata.autogenerate.operations.TableBuilder.plainIndex;
import static dev.strata.autogenerate.operations.TableBuilder.q;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.schema.Index;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexDefinitionsTest {

    @Test
    void theNameIsTakenOutEvenWhenQuoted() {
        Index quoted = new Index("Ix Lower", List.of("lower(code)"), false, "btree", null, true,
                "CREATE INDEX \"Ix Lower\" ON public.item USING btree (lower(code))");

        assertThat(IndexDefinitions.withoutName(quoted)).isEqualTo("CREATE INDEX ? ON public.item USING btree"
                + " (lower(code))");
        assertThat(IndexDefinitions.withoutName(plainIndex("ix", false, "code"))).isNull();
    }

    @Test
    void fieldsSayAllOfAPlainIndexWhoseDefinitionHoldsNothingMore() {
        Index plain = new Index("ux_Code", List.of("Code"), true, "btree", null, false,
                "CREATE UNIQUE INDEX \"ux_Code\" ON public.item USING btree (\"Code\")");
        Index including = new Index("ix_code", List.of("code"), false, "btree", null, false,
                "CREATE INDEX ix_code ON public.item USING btree (code) INCLUDE (name)");

        assertThat(IndexDefinitions.fieldsSayAll(q("public.item"), plain)).isTrue();
        assertThat(IndexDefinitions.fieldsSayAll(q("public.item"), plainIndex("ix", false, "code"))).isTrue();
        assertThat(IndexDefinitions.fieldsSayAll(q("public.item"), including)).isFalse();
    }
}
