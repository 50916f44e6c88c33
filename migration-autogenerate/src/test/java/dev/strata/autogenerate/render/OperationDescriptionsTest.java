package dev.strata.autogenerate.render;

import static dev.strata.autogenerate.operations.TableBuilder.fk;
import static dev.strata.autogenerate.operations.TableBuilder.nullable;
import static dev.strata.autogenerate.operations.TableBuilder.plainIndex;
import static dev.strata.autogenerate.operations.TableBuilder.q;
import static dev.strata.autogenerate.operations.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.operations.AddColumn;
import dev.strata.autogenerate.operations.AddEnumValue;
import dev.strata.autogenerate.operations.AddForeignKey;
import dev.strata.autogenerate.operations.AlterColumnComment;
import dev.strata.autogenerate.operations.AlterColumnDefault;
import dev.strata.autogenerate.operations.AlterColumnIdentity;
import dev.strata.autogenerate.operations.AlterColumnNullable;
import dev.strata.autogenerate.operations.AlterColumnType;
import dev.strata.autogenerate.operations.AlterSequence;
import dev.strata.autogenerate.operations.CreateIndex;
import dev.strata.autogenerate.operations.CreateTable;
import dev.strata.autogenerate.operations.DropColumn;
import dev.strata.autogenerate.operations.ReplaceEnum;
import dev.strata.autogenerate.schema.Identity;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.Sequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationDescriptionsTest {

    private static final QualifiedName CLIENT = q("public.client");

    @Test
    void oneLinePerOperationWithFullyQualifiedNames() {
        Sequence sequence = new Sequence(q("public.s"), "bigint", 1, 1, 1, 100, 1, false);
        Sequence bigger = new Sequence(q("public.s"), "bigint", 1, 1, 1, 1000, 1, false);

        assertThat(List.of(
                new CreateTable(table("audit.event").column("at", "date").build()),
                new AddColumn(CLIENT, nullable("email", "character varying(255)")),
                new DropColumn(CLIENT, nullable("phone", "text")),
                new AlterColumnType(CLIENT, "name", "character varying(100)", "character varying(255)"),
                new AlterColumnNullable(CLIENT, "name", false),
                new AlterColumnDefault(CLIENT, "n", null, "0"),
                new AlterColumnIdentity(CLIENT, "id", Identity.NONE, Identity.BY_DEFAULT),
                new AlterColumnComment(CLIENT, "name", "line one\nline two", null),
                new AddForeignKey(q("public.item"), fk("fk_item_client", "client_id", "public.client", "id")),
                new CreateIndex(CLIENT, plainIndex("ux_code", true, "code")),
                new AlterSequence(sequence, bigger),
                new AddEnumValue(q("public.status"), "paid", List.of("new", "paid"), List.of()),
                new ReplaceEnum(q("public.status"), List.of("a", "b"), List.of("b", "a"), List.of()))
                .stream().map(OperationDescriptions::describe))
                .containsExactly(
                        "add_table audit.event",
                        "add_column public.client.email character varying(255)",
                        "remove_column public.client.phone",
                        "modify_type public.client.name: character varying(100) -> character varying(255)",
                        "modify_nullable public.client.name: NULL -> NOT NULL",
                        "modify_default public.client.n: none -> 0",
                        "modify_identity public.client.id: none -> by default",
                        "modify_comment public.client.name: 'line one\\nline two' -> none",
                        "add_fk public.item.fk_item_client (client_id) -> public.client (id)",
                        "add_index public.client.ux_code unique (code)",
                        "modify_sequence public.s: MAXVALUE 1000",
                        "add_enum_value public.status paid",
                        "replace_enum public.status: (a, b) -> (b, a)");
    }
}
