package dev.strata.autogenerate.compare;

import static dev.strata.autogenerate.compare.Models.compare;
import static dev.strata.autogenerate.compare.Models.compareWithDefaults;
import static dev.strata.autogenerate.compare.Models.enums;
import static dev.strata.autogenerate.compare.Models.sequences;
import static dev.strata.autogenerate.operations.TableBuilder.q;
import static dev.strata.autogenerate.operations.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.operations.AddEnumValue;
import dev.strata.autogenerate.operations.AlterSequence;
import dev.strata.autogenerate.operations.CreateEnum;
import dev.strata.autogenerate.operations.CreateSequence;
import dev.strata.autogenerate.operations.DropEnum;
import dev.strata.autogenerate.operations.DropSequence;
import dev.strata.autogenerate.operations.EnumUsage;
import dev.strata.autogenerate.operations.ReplaceEnum;
import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.EnumType;
import dev.strata.autogenerate.schema.Identity;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.Sequence;
import dev.strata.autogenerate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sequences and enum types. */
class TypeComparisonTest {

    private static final QualifiedName STATUS = q("public.status");
    private static final QualifiedName ORDERS = q("public.orders");
    private static final Sequence SEQUENCE = new Sequence(q("public.order_seq"), "bigint", 1, 50, 1,
            Long.MAX_VALUE, 1, false);

    @Test
    void sequencesAreCreatedAndDropped() {
        assertThat(compare(sequences(), sequences(SEQUENCE)).operations())
                .containsExactly(new CreateSequence(SEQUENCE));
        assertThat(compare(sequences(SEQUENCE), sequences()).operations()).containsExactly(new DropSequence(SEQUENCE));
    }

    @Test
    void aSequenceIsAlteredWhenAnOptionButTheStartDiffers() {
        Sequence changed = new Sequence(SEQUENCE.name(), "integer", 1000, 1, 1, Integer.MAX_VALUE, 10, true);
        Sequence restarted = new Sequence(SEQUENCE.name(), "bigint", 1000, 50, 1, Long.MAX_VALUE, 1, false);

        assertThat(compare(sequences(SEQUENCE), sequences(changed)).operations())
                .containsExactly(new AlterSequence(SEQUENCE, changed));
        assertThat(compare(sequences(SEQUENCE), sequences(restarted)).operations()).isEmpty();
    }

    @Test
    void enumsAreCreatedAndDropped() {
        EnumType status = new EnumType(STATUS, List.of("open", "closed"));

        assertThat(compare(enums(List.of()), enums(List.of(status))).operations())
                .containsExactly(new CreateEnum(status));
        assertThat(compare(enums(List.of(status)), enums(List.of())).operations())
                .containsExactly(new DropEnum(status));
    }

    @Test
    void labelsAddedInPlaceAreAddedOneByOne() {
        Table orders = orders(statusColumn("'open'::public.status"));
        EnumType before = new EnumType(STATUS, List.of("open", "closed"));
        EnumType after = new EnumType(STATUS, List.of("new", "open", "paid", "closed", "archived"));
        EnumUsage usage = new EnumUsage(ORDERS, "status", false, "'open'::public.status", "'open'::public.status");

        assertThat(compare(enums(List.of(before), orders), enums(List.of(after), orders)).operations())
                .containsExactly(
                        new AddEnumValue(STATUS, "new", List.of("new", "open", "closed"), List.of(usage)),
                        new AddEnumValue(STATUS, "paid", List.of("new", "open", "paid", "closed"), List.of(usage)),
                        new AddEnumValue(STATUS, "archived", after.values(), List.of(usage)));
    }

    @Test
    void aRemovedLabelReplacesTheEnumAndConvertsItsColumns() {
        Table orders = table("public.orders").column(statusColumn(null))
                .column(new Column("history", "public.status[]", true, null, Identity.NONE, null)).build();
        EnumType before = new EnumType(STATUS, List.of("open", "paid", "closed"));
        EnumType after = new EnumType(STATUS, List.of("open", "closed"));

        assertThat(compare(enums(List.of(before), orders), enums(List.of(after), orders)).operations())
                .containsExactly(new ReplaceEnum(STATUS, before.values(), after.values(), List.of(
                        new EnumUsage(ORDERS, "history", true, null, null),
                        new EnumUsage(ORDERS, "status", false, null, null))));
    }

    @Test
    void reorderedLabelsReplaceTheEnum() {
        EnumType before = new EnumType(STATUS, List.of("open", "closed"));
        EnumType after = new EnumType(STATUS, List.of("closed", "open"));

        assertThat(compare(enums(List.of(before)), enums(List.of(after))).operations())
                .containsExactly(new ReplaceEnum(STATUS, before.values(), after.values(), List.of()));
    }

    @Test
    void aDefaultNamingARemovedLabelTakesTheEntitysDefaultInTheReplacement() {
        EnumType before = new EnumType(STATUS, List.of("draft", "open"));
        EnumType after = new EnumType(STATUS, List.of("open"));
        Table current = orders(statusColumn("'draft'::public.status"));
        Table target = orders(statusColumn("'open'::public.status"));

        assertThat(compare(enums(List.of(before), current), enums(List.of(after), target)).operations())
                .containsExactly(new ReplaceEnum(STATUS, before.values(), after.values(), List.of(new EnumUsage(
                        ORDERS, "status", false, "'draft'::public.status", "'open'::public.status"))));
    }

    @Test
    void withDefaultsComparedTheReplacementSetsTheNewDefaultAndNoAlterationRepeatsIt() {
        EnumType before = new EnumType(STATUS, List.of("open", "paid"));
        EnumType after = new EnumType(STATUS, List.of("paid", "open"));
        Table current = orders(statusColumn("'open'::public.status"));
        Table target = orders(statusColumn("'paid'::public.status"));

        assertThat(compareWithDefaults(enums(List.of(before), current), enums(List.of(after), target)).operations())
                .containsExactly(new ReplaceEnum(STATUS, before.values(), after.values(), List.of(new EnumUsage(
                        ORDERS, "status", false, "'open'::public.status", "'paid'::public.status"))));
    }

    private static Table orders(Column status) {
        return table("public.orders").column(status).build();
    }

    private static Column statusColumn(String defaultExpression) {
        return new Column("status", "public.status", true, defaultExpression, Identity.NONE, null);
    }
}
