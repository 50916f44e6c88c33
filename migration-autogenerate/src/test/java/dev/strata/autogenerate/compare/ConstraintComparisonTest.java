package dev.strata.autogenerate.compare;

import static dev.strata.autogenerate.compare.Models.compare;
import static dev.strata.autogenerate.compare.Models.tables;
import static dev.strata.autogenerate.operations.TableBuilder.identity;
import static dev.strata.autogenerate.operations.TableBuilder.plainIndex;
import static dev.strata.autogenerate.operations.TableBuilder.q;
import static dev.strata.autogenerate.operations.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.operations.AddCheckConstraint;
import dev.strata.autogenerate.operations.AddForeignKey;
import dev.strata.autogenerate.operations.AddPrimaryKey;
import dev.strata.autogenerate.operations.AddUniqueConstraint;
import dev.strata.autogenerate.operations.CreateIndex;
import dev.strata.autogenerate.operations.DropCheckConstraint;
import dev.strata.autogenerate.operations.DropForeignKey;
import dev.strata.autogenerate.operations.DropIndex;
import dev.strata.autogenerate.operations.DropPrimaryKey;
import dev.strata.autogenerate.operations.DropUniqueConstraint;
import dev.strata.autogenerate.operations.TableBuilder;
import dev.strata.autogenerate.schema.CheckConstraint;
import dev.strata.autogenerate.schema.ForeignKey;
import dev.strata.autogenerate.schema.Index;
import dev.strata.autogenerate.schema.PrimaryKey;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.Table;
import dev.strata.autogenerate.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintComparisonTest {

    private static final QualifiedName ITEM = q("public.item");
    private static final Table CLIENT = table("public.client").column(identity("id", "bigint"))
            .primaryKey("client_pkey", "id").build();

    @Test
    void namesChosenByAnotherToolAreNoChange() {
        Table before = item().primaryKey("pk_item", "id").unique("uq_item_code", "code")
                .check("ck_item_qty", "CHECK (quantity > 0)").foreignKey("fk_item_client_id_client", "client_id",
                        "public.client", "id").index(plainIndex("ix_item_code_quantity", false, "code", "quantity"))
                .build();
        Table after = item().primaryKey("item_pkey", "id").unique("ukq3iu5hd4v7g6hn8qflyb1ggwv", "code")
                .check("item_quantity_check", "CHECK (quantity > 0)").foreignKey("fk5r9vhglw0y3ttv1xd5rr8t6ax",
                        "client_id", "public.client", "id").index(plainIndex("idx_code_qty", false, "code", "quantity"))
                .build();

        assertThat(compare(tables(CLIENT, before), tables(CLIENT, after)).operations()).isEmpty();
    }

    @Test
    void theOrderOfAChecksAndTermsIsNoChange() {
        // What Hibernate makes of @Min(1) @Max(5) on one field, in either order, as PostgreSQL prints it back.
        Table before = item().check("item_quantity_check", "CHECK (((quantity >= 1) AND (quantity <= 5)))").build();
        Table after = item().check("item_quantity_check", "CHECK (((quantity <= 5) AND (quantity >= 1)))").build();

        assertThat(compare(tables(CLIENT, before), tables(CLIENT, after)).operations()).isEmpty();
    }

    @Test
    void aCheckWhoseTermsDifferIsStillAChange() {
        Table before = item().check("ck", "CHECK (((quantity >= 1) AND (quantity <= 5)))").build();
        Table after = item().check("ck", "CHECK (((quantity >= 1) AND (quantity <= 9)))").build();
        Table either = item().check("ck", "CHECK (((quantity >= 1) OR (quantity <= 5)))").build();

        assertThat(compare(tables(CLIENT, before), tables(CLIENT, after)).operations()).hasSize(2);
        assertThat(compare(tables(CLIENT, before), tables(CLIENT, either)).operations()).hasSize(2);
    }

    @Test
    void onlyTheTopLevelConjunctionIsReordered() {
        assertThat(CheckExpression.canonical("CHECK (((b > 0) AND ((a = 'x AND y') OR (c < 2))))"))
                .isEqualTo(CheckExpression.canonical("CHECK ((((a = 'x AND y') OR (c < 2)) AND (b > 0)))"))
                .isEqualTo("CHECK (((a = 'x AND y') OR (c < 2)) AND (b > 0))");
        assertThat(CheckExpression.canonical("CHECK ((c < 2) OR (a > 1))")).isEqualTo("CHECK (((c < 2) OR (a > 1)))");
        assertThat(CheckExpression.canonical("CHECK ((a > 1)) NOT VALID")).isEqualTo("CHECK ((a > 1)) NOT VALID");
    }

    @Test
    void aPrimaryKeyOverOtherColumnsIsDroppedAndAdded() {
        Table before = item().primaryKey("item_pkey", "id").build();
        Table after = item().primaryKey("item_pkey", "id", "code").build();

        assertThat(compare(tables(CLIENT, before), tables(CLIENT, after)).operations()).containsExactly(
                new DropPrimaryKey(ITEM, new PrimaryKey("item_pkey", List.of("id"))),
                new AddPrimaryKey(ITEM, new PrimaryKey("item_pkey", List.of("id", "code"))));
    }

    @Test
    void uniqueAndCheckConstraintsAreAddedAndDropped() {
        Table before = item().unique("uk_code", "code").check("ck_old", "CHECK (quantity >= 0)").build();
        Table after = item().unique("uk_code_client", "code", "client_id").check("ck_new", "CHECK (quantity > 0)")
                .build();

        assertThat(compare(tables(CLIENT, before), tables(CLIENT, after)).operations()).containsExactly(
                new DropCheckConstraint(ITEM, new CheckConstraint("ck_old", "CHECK (quantity >= 0)")),
                new DropUniqueConstraint(ITEM, new UniqueConstraint("uk_code", List.of("code"))),
                new AddUniqueConstraint(ITEM, new UniqueConstraint("uk_code_client", List.of("code", "client_id"))),
                new AddCheckConstraint(ITEM, new CheckConstraint("ck_new", "CHECK (quantity > 0)")));
    }

    @Test
    void aForeignKeyWithOtherActionsIsDroppedAndAdded() {
        ForeignKey noAction = TableBuilder.fk("fk_client", "client_id", "public.client", "id");
        ForeignKey cascade = new ForeignKey("fk_client", List.of("client_id"), q("public.client"), List.of("id"),
                null, "CASCADE");

        assertThat(compare(tables(CLIENT, item().foreignKey(noAction).build()),
                tables(CLIENT, item().foreignKey(cascade).build())).operations())
                .containsExactly(new DropForeignKey(ITEM, noAction), new AddForeignKey(ITEM, cascade));
    }

    @Test
    void plainIndexesAreMatchedByColumnsUniquenessAndMethod() {
        Index byCode = plainIndex("ix_code", false, "code");
        Index uniqueByCode = plainIndex("ux_code", true, "code");
        Index byQuantity = plainIndex("ix_quantity", false, "quantity");

        assertThat(compare(tables(CLIENT, item().index(byCode).index(byQuantity).build()),
                tables(CLIENT, item().index(uniqueByCode).index(byQuantity).build())).operations())
                .containsExactly(new DropIndex(ITEM, byCode), new CreateIndex(ITEM, uniqueByCode));
    }

    @Test
    void aUniqueIndexAndAUniqueConstraintOverTheSameColumnsMatch() {
        Table withIndex = item().index(plainIndex("ux_item_code", true, "code")).build();
        Table withConstraint = item().unique("uk_code", "code").build();

        assertThat(compare(tables(CLIENT, withIndex), tables(CLIENT, withConstraint)).operations()).isEmpty();
        assertThat(compare(tables(CLIENT, withConstraint), tables(CLIENT, withIndex)).operations()).isEmpty();
    }

    @Test
    void anExpressionIndexOnlyInTheDatabaseIsReportedNotDropped() {
        Index lower = expressionIndex("ix_item_lower_code");

        ComparisonResult result = compare(tables(CLIENT, item().index(lower).build()), tables(CLIENT, item().build()));

        assertThat(result.operations()).isEmpty();
        assertThat(result.notes()).containsExactly("index ix_item_lower_code on public.item exists only in the"
                + " database; it is not a plain index over columns, which entity mappings cannot express, so it is"
                + " left alone: CREATE INDEX ix_item_lower_code ON public.item USING btree (lower(code))");
    }

    @Test
    void expressionIndexesMatchByDefinitionWhateverTheirName() {
        ComparisonResult result = compare(tables(CLIENT, item().index(expressionIndex("ix_a")).build()),
                tables(CLIENT, item().index(expressionIndex("ix_b")).build()));

        assertThat(result.operations()).isEmpty();
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void anExpressionIndexOnlyTheEntitiesHaveIsCreated() {
        Index lower = expressionIndex("ix_item_lower_code");

        assertThat(compare(tables(CLIENT, item().build()), tables(CLIENT, item().index(lower).build())).operations())
                .containsExactly(new CreateIndex(ITEM, lower));
    }

    @Test
    void aPlainIndexWhoseDefinitionSaysMoreDiffersFromOneThatDoesNot() {
        Index ascending = new Index("ix_code", List.of("code"), false, "btree", null, false,
                "CREATE INDEX ix_code ON public.item USING btree (code)");
        Index descending = new Index("ix_code_desc", List.of("code"), false, "btree", null, false,
                "CREATE INDEX ix_code_desc ON public.item USING btree (code DESC)");

        assertThat(compare(tables(CLIENT, item().index(ascending).build()),
                tables(CLIENT, item().index(descending).build())).operations())
                .containsExactly(new DropIndex(ITEM, ascending), new CreateIndex(ITEM, descending));
    }

    private static Index expressionIndex(String name) {
        return new Index(name, List.of("lower(code)"), false, "btree", null, true,
                "CREATE INDEX " + name + " ON public.item USING btree (lower(code))");
    }

    private static TableBuilder item() {
        return table("public.item").column(identity("id", "bigint")).column("client_id", "bigint")
                .column("code", "text").column("quantity", "integer");
    }
}
