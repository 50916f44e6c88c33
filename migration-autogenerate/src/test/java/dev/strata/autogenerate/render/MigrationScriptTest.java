package dev.strata.autogenerate.render;

import static dev.strata.autogenerate.operations.TableBuilder.identity;
import static dev.strata.autogenerate.operations.TableBuilder.notNull;
import static dev.strata.autogenerate.operations.TableBuilder.nullable;
import static dev.strata.autogenerate.operations.TableBuilder.q;
import static dev.strata.autogenerate.operations.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.compare.ComparisonOptions;
import dev.strata.autogenerate.compare.ComparisonResult;
import dev.strata.autogenerate.compare.PossibleRename;
import dev.strata.autogenerate.compare.SchemaComparator;
import dev.strata.autogenerate.operations.AddColumn;
import dev.strata.autogenerate.operations.AddEnumValue;
import dev.strata.autogenerate.operations.AlterColumnDefault;
import dev.strata.autogenerate.operations.AlterColumnNullable;
import dev.strata.autogenerate.operations.AlterColumnType;
import dev.strata.autogenerate.operations.DropColumn;
import dev.strata.autogenerate.operations.DropSequence;
import dev.strata.autogenerate.operations.DropTable;
import dev.strata.autogenerate.operations.ReplaceEnum;
import dev.strata.autogenerate.operations.SchemaOperation;
import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.Identity;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Sequence;
import dev.strata.autogenerate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationScriptTest {

    private static final QualifiedName CLIENT = q("public.client");
    private static final QualifiedName STATUS = q("public.status");
    private static final int PG17 = 170_000;

    @Test
    void theDowngradeIsTheUpgradeReversed() {
        Table before = table("public.client").column(identity("id", "bigint")).column("phone", "text").build();
        Table after = table("public.client").column(identity("id", "bigint")).column("email", "text").build();
        ComparisonResult result = new SchemaComparator(ComparisonOptions.forServer(PG17))
                .compare(model(before), model(after));

        MigrationScript script = MigrationScript.of(result, "public");

        assertThat(script.upgradeSql()).isEqualTo("""
                ALTER TABLE client ADD COLUMN email text;

                -- REVIEW: drops column public.client.phone and its data; if it was renamed to email, replace the\
                 DROP/ADD pair with ALTER TABLE client RENAME COLUMN phone TO email
                ALTER TABLE client DROP COLUMN phone;
                """);
        assertThat(script.downgradeSql()).isEqualTo("""
                ALTER TABLE client ADD COLUMN phone text;

                -- REVIEW: drops column public.client.email and its data; if it was renamed to phone, replace the\
                 DROP/ADD pair with ALTER TABLE client RENAME COLUMN email TO phone
                ALTER TABLE client DROP COLUMN email;
                """);
        assertThat(script.downgradeOperations()).isEqualTo(SchemaOperation.reversed(script.upgradeOperations()));
        assertThat(script.transactional()).isTrue();
        assertThat(script.isEmpty()).isFalse();
        assertThat(script.descriptions()).containsExactly("add_column public.client.email text",
                "remove_column public.client.phone");
    }

    @Test
    void nothingToDoIsAnEmptyScript() {
        MigrationScript script = MigrationScript.of(List.of(), List.of(), "public", PG17);

        assertThat(script.isEmpty()).isTrue();
        assertThat(script.upgradeSql()).isEmpty();
        assertThat(script.downgradeSql()).isEmpty();
        assertThat(script.transactional()).isTrue();
    }

    @Test
    void operationsThatCanLoseDataOrFailOnRowsAreMarkedForReview() {
        Table client = table("public.client").column("email", "text").build();
        Sequence sequence = new Sequence(q("public.order_seq"), "bigint", 1000, 1, 1, Long.MAX_VALUE, 1, false);

        assertThat(reviewOf(new DropTable(client))).isEqualTo("-- REVIEW: drops table public.client and all its rows;"
                + " make sure they are no longer needed, or copy them first");
        assertThat(reviewOf(new DropColumn(CLIENT, nullable("email", "text")))).isEqualTo("-- REVIEW: drops column"
                + " public.client.email and its data; make sure it is no longer needed, or copy it first");
        assertThat(reviewOf(new AlterColumnType(CLIENT, "name", "character varying(255)",
                "character varying(100)"))).isEqualTo("-- REVIEW: changes public.client.name from character"
                + " varying(255) to character varying(100), which can cut, round or reject existing values; check"
                + " that the data fits first");
        assertThat(reviewOf(new ReplaceEnum(STATUS, List.of("a", "b", "c"), List.of("a"), List.of())))
                .isEqualTo("-- REVIEW: removes 'b', 'c' from enum public.status; rows holding them make the"
                        + " conversion fail: change them to a remaining value first");
        assertThat(reviewOf(new DropSequence(sequence))).isEqualTo("-- REVIEW: drops sequence public.order_seq and"
                + " its position; created again it starts over at 1000 and may hand out values already used");
        assertThat(reviewOf(new AddColumn(CLIENT, notNull("code", "text")))).isEqualTo("-- REVIEW: adds NOT NULL"
                + " column public.client.code without a default, which fails if public.client has rows; give it a"
                + " default, or add it nullable, fill it, then SET NOT NULL");
        assertThat(reviewOf(new AlterColumnNullable(CLIENT, "code", false))).isEqualTo("-- REVIEW: makes"
                + " public.client.code NOT NULL, which fails while a row holds NULL there; fill those rows first");
    }

    @Test
    void harmlessOperationsHaveNoReviewLine() {
        assertThat(sql(new AlterColumnType(CLIENT, "n", "integer", "bigint")))
                .isEqualTo("ALTER TABLE client ALTER COLUMN n TYPE bigint;\n");
        assertThat(sql(new AddColumn(CLIENT, new Column("id", "bigint", false, null, Identity.ALWAYS, null))))
                .isEqualTo("ALTER TABLE client ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY NOT NULL;\n");
        assertThat(sql(new AddColumn(CLIENT, new Column("n", "integer", false, "0", Identity.NONE, null))))
                .isEqualTo("ALTER TABLE client ADD COLUMN n integer DEFAULT 0 NOT NULL;\n");
    }

    @Test
    void aDroppedTableThatMayHaveBeenRenamedSaysHowToRenameIt() {
        Table client = table("public.client").column("email", "text").build();
        MigrationScript script = MigrationScript.of(List.of(new DropTable(client)),
                List.of(new PossibleRename.OfTable(CLIENT, q("public.customer"))), "public", PG17);

        assertThat(script.upgradeSql()).startsWith("-- REVIEW: drops table public.client and all its rows; if it was"
                + " renamed to public.customer, replace the DROP/CREATE pair with ALTER TABLE client RENAME TO"
                + " customer\nDROP TABLE client;");
    }

    @Test
    void addingALabelCannotRunInATransactionBeforePostgres12() {
        AddEnumValue add = new AddEnumValue(STATUS, "paid", List.of("new", "paid"), List.of());

        MigrationScript old = MigrationScript.of(List.of(add), List.of(), "public", 110_005);
        MigrationScript current = MigrationScript.of(List.of(add), List.of(), "public", PG17);

        assertThat(old.transactional()).isFalse();
        assertThat(old.nonTransactionalReason()).contains("add_enum_value public.status paid cannot run inside a"
                + " transaction block on this server (server_version_num 110005)");
        assertThat(old.upgradeSql()).isEqualTo("""
                -- Not transactional: add_enum_value public.status paid cannot run inside a transaction block on\
                 this server (server_version_num 110005)

                ALTER TYPE status ADD VALUE 'paid' AFTER 'new';
                """);
        assertThat(current.transactional()).isTrue();
    }

    @Test
    void aLabelUsedInTheScriptThatAddsItMakesTheScriptNonTransactional() {
        List<SchemaOperation> upgrade = List.of(
                new AddEnumValue(STATUS, "paid", List.of("new", "paid"), List.of()),
                new AlterColumnDefault(q("public.orders"), "status", "'new'::public.status", "'paid'::public.status"));

        MigrationScript script = MigrationScript.of(upgrade, List.of(), "public", PG17);

        assertThat(script.transactional()).isFalse();
        assertThat(script.nonTransactionalReason()).contains("enum public.status gains 'paid' and a later statement"
                + " uses it, which PostgreSQL refuses in the transaction that added it");
    }

    private static String reviewOf(SchemaOperation operation) {
        return sql(operation).lines().findFirst().orElseThrow();
    }

    private static String sql(SchemaOperation operation) {
        return MigrationScript.of(List.of(operation), List.of(), "public", PG17).upgradeSql();
    }

    private static SchemaModel model(Table... tables) {
        return new SchemaModel(List.of("public"), List.of(tables), List.of(), List.of());
    }
}
