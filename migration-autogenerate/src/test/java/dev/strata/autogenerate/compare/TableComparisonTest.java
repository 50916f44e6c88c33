package dev.strata.autogenerate.compare;

import static dev.strata.autogenerate.compare.Models.compare;
import static dev.strata.autogenerate.compare.Models.compareWithDefaults;
import static dev.strata.autogenerate.compare.Models.tables;
import static dev.strata.autogenerate.operations.TableBuilder.identity;
import static dev.strata.autogenerate.operations.TableBuilder.nullable;
import static dev.strata.autogenerate.operations.TableBuilder.q;
import static dev.strata.autogenerate.operations.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.autogenerate.operations.AddColumn;
import dev.strata.autogenerate.operations.AlterColumnComment;
import dev.strata.autogenerate.operations.AlterColumnDefault;
import dev.strata.autogenerate.operations.AlterColumnIdentity;
import dev.strata.autogenerate.operations.AlterColumnNullable;
import dev.strata.autogenerate.operations.AlterColumnType;
import dev.strata.autogenerate.operations.AlterTableComment;
import dev.strata.autogenerate.operations.CreateSchema;
import dev.strata.autogenerate.operations.CreateTable;
import dev.strata.autogenerate.operations.DropColumn;
import dev.strata.autogenerate.operations.DropTable;
import dev.strata.autogenerate.operations.TableBuilder;
import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.Identity;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableComparisonTest {

    private static final QualifiedName CLIENT = q("public.client");

    @Test
    void emptyModelsGiveNothing() {
        ComparisonResult result = compare(SchemaModel.empty(List.of("public")), SchemaModel.empty(List.of("public")));

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void equalModelsGiveNothing() {
        Table client = client().build();

        assertThat(compare(tables(client), tables(client)).operations()).isEmpty();
    }

    @Test
    void aTableOnlyTheEntitiesHaveIsCreated() {
        Table client = client().build();

        assertThat(compare(tables(), tables(client)).operations()).containsExactly(new CreateTable(client));
    }

    @Test
    void aTableOnlyTheDatabaseHasIsDropped() {
        Table client = client().build();

        assertThat(compare(tables(client), tables()).operations()).containsExactly(new DropTable(client));
    }

    @Test
    void aColumnIsAddedOrDropped() {
        Table before = client().column("phone", "text").build();
        Table after = client().column("email", "text").build();

        assertThat(compare(tables(before), tables(after)).operations()).containsExactly(
                new AddColumn(CLIENT, nullable("email", "text")), new DropColumn(CLIENT, nullable("phone", "text")));
    }

    @Test
    void addedColumnsComeInTheEntityColumnOrder() {
        Table after = client().column("zip", "text").column("city", "text").build();

        assertThat(compare(tables(client().build()), tables(after)).operations()).containsExactly(
                new AddColumn(CLIENT, nullable("zip", "text")), new AddColumn(CLIENT, nullable("city", "text")));
    }

    @Test
    void columnOrderIsNotCompared() {
        Table before = client().column("a", "text").column("b", "text").build();
        Table after = client().column("b", "text").column("a", "text").build();

        assertThat(compare(tables(before), tables(after)).operations()).isEmpty();
    }

    @Test
    void typeNullabilityAndCommentChangesAreAlterations() {
        Table before = client().column("name", "character varying(100)").build();
        Table after = client().column(new Column("name", "character varying(255)", false, null, Identity.NONE,
                "Shown on invoices")).build();

        assertThat(compare(tables(before), tables(after)).operations()).containsExactly(
                new AlterColumnType(CLIENT, "name", "character varying(100)", "character varying(255)"),
                new AlterColumnNullable(CLIENT, "name", false),
                new AlterColumnComment(CLIENT, "name", null, "Shown on invoices"));
    }

    @Test
    void aColumnBecomingNullableDropsNotNullAfterTheIdentityGoes() {
        Table before = client().column(identity("number", "integer")).build();
        Table after = client().column("number", "integer").build();

        assertThat(compare(tables(before), tables(after)).operations()).containsExactly(
                new AlterColumnIdentity(CLIENT, "number", Identity.BY_DEFAULT, Identity.NONE),
                new AlterColumnNullable(CLIENT, "number", true));
    }

    @Test
    void aColumnBecomingAnIdentityLosesItsDefaultAndGainsNotNullFirst() {
        Column serial = new Column("number", "integer", true, "nextval('public.client_number_seq'::regclass)",
                Identity.NONE, null);
        Table before = client().column(serial).build();
        Table after = client().column(identity("number", "integer")).build();

        assertThat(compare(tables(before), tables(after)).operations()).containsExactly(
                new AlterColumnDefault(CLIENT, "number", serial.defaultExpression(), null),
                new AlterColumnNullable(CLIENT, "number", false),
                new AlterColumnIdentity(CLIENT, "number", Identity.NONE, Identity.BY_DEFAULT));
    }

    @Test
    void serverDefaultsAreComparedOnlyWhenAskedTo() {
        Table before = client().column(withDefault("status", "'new'::text")).build();
        Table after = client().column(withDefault("status", "'open'::text")).build();

        assertThat(compare(tables(before), tables(after)).operations()).isEmpty();
        assertThat(compareWithDefaults(tables(before), tables(after)).operations()).containsExactly(
                new AlterColumnDefault(CLIENT, "status", "'new'::text", "'open'::text"));
    }

    @Test
    void timestampWithoutPrecisionIsTheSameAsHibernatesPrecisionSix() {
        Table handWritten = client().column("created_at", "timestamp with time zone").build();
        Table hibernate = client().column("created_at", "timestamp(6) with time zone").build();

        assertThat(compare(tables(handWritten), tables(hibernate)).operations()).isEmpty();
    }

    @Test
    void aDefaultIsDroppedBeforeATypeChangeThatNeedsUsingAndSetAfter() {
        Column before = new Column("level", "character varying(10)", true, "'1'::character varying", Identity.NONE,
                null);
        Column after = new Column("level", "integer", true, "1", Identity.NONE, null);

        assertThat(compare(tables(client().column(before).build()), tables(client().column(after).build()))
                .operations()).containsExactly(
                        new AlterColumnDefault(CLIENT, "level", "'1'::character varying", null),
                        new AlterColumnType(CLIENT, "level", "character varying(10)", "integer"),
                        new AlterColumnDefault(CLIENT, "level", null, "1"));
    }

    @Test
    void aTableCommentChange() {
        assertThat(compare(tables(client().build()), tables(client().comment("Customers").build())).operations())
                .containsExactly(new AlterTableComment(CLIENT, null, "Customers"));
    }

    @Test
    void aDroppedAndAnAddedColumnOfOneTypeMayBeARename() {
        Table before = client().column("email", "character varying(255)").build();
        Table after = client().column("e_mail", "character varying(255)").build();

        ComparisonResult result = compare(tables(before), tables(after));

        assertThat(result.possibleRenames()).containsExactly(new PossibleRename.OfColumn(CLIENT, "email", "e_mail"));
        assertThat(result.notes()).containsExactly("column public.client.email is dropped and e_mail added with the"
                + " same type: if it was renamed, edit the revision to rename it instead");
    }

    @Test
    void aDroppedAndACreatedTableWithTheSameColumnsMayBeARename() {
        Table before = client().build();
        Table after = table("public.customer").column(identity("id", "bigint")).primaryKey("customer_pkey", "id")
                .build();

        ComparisonResult result = compare(tables(before), tables(after));

        assertThat(result.possibleRenames()).containsExactly(new PossibleRename.OfTable(CLIENT, q("public.customer")));
        assertThat(result.notes()).containsExactly("table public.client is dropped and public.customer created with"
                + " the same columns: if it was renamed, edit the revision to rename it instead");
    }

    @Test
    void aSchemaOnlyTheEntitiesHaveIsCreatedAndOneOnlyTheDatabaseHasIsKept() {
        Table event = table("audit.event").column(identity("id", "bigint")).build();
        Table log = table("legacy.log").column("line", "text").build();
        SchemaModel current = new SchemaModel(List.of("legacy", "public"), List.of(log), List.of(), List.of());
        SchemaModel target = new SchemaModel(List.of("audit", "public"), List.of(event), List.of(), List.of());

        ComparisonResult result = compare(current, target);

        assertThat(result.operations()).containsExactly(new CreateSchema("audit"), new DropTable(log),
                new CreateTable(event));
        assertThat(result.notes()).containsExactly("schema legacy is in the database but not in the entity model;"
                + " Strata never drops a schema: drop it by hand if it is no longer needed");
    }

    @Test
    void tablesOfSchemasNeitherModelListsAreIgnored() {
        Table stray = table("other.thing").column("x", "text").build();
        SchemaModel current = new SchemaModel(List.of("public"), List.of(stray), List.of(), List.of());

        assertThat(compare(current, tables()).operations()).isEmpty();
    }

    @Test
    void optionsRejectAVersionThatIsNoServerVersionNum() {
        assertThatThrownBy(() -> ComparisonOptions.forServer(16)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("serverVersionNum must be a server_version_num of PostgreSQL 10 or later, such as"
                        + " 160004 for 16.4, not 16");
    }

    private static TableBuilder client() {
        return table("public.client").column(identity("id", "bigint")).primaryKey("client_pkey", "id");
    }

    private static Column withDefault(String name, String expression) {
        return new Column(name, "text", true, expression, Identity.NONE, null);
    }
}
