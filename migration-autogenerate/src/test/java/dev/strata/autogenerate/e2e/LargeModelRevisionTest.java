package dev.strata.autogenerate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.Strata;
import dev.strata.autogenerate.Comparison;
import dev.strata.autogenerate.JpaEntitySchema;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke test of size: a service of 300 entities, written and compiled at test time, goes through the facade
 * with no database configured into one revision, which is then applied. Only counts are asserted; the times
 * are printed for the record, since a shared machine makes any bound on them flaky.
 */
class LargeModelRevisionTest {

    private static final int ENTITIES = 300;

    @TempDir
    Path temp;

    @Test
    void threeHundredEntitiesBecomeOneRevisionOfThreeHundredTables() {
        try (ServiceModule module = ServiceModule.springBoot(temp)) {
            long start = System.nanoTime();
            JpaEntitySchema entities = module.entities("v1", sources().toArray(String[]::new));
            long compiled = System.nanoTime();
            Comparison comparison = module.compareWithoutDatabase(entities);
            Path revision = module.revision(entities, comparison, "Create the ledger").orElseThrow();
            long generated = System.nanoTime();
            module.strata().upgrade(Strata.HEADS);
            long applied = System.nanoTime();
            Comparison again = module.compareWithDatabase(entities);
            long checked = System.nanoTime();
            System.out.printf("%d entities: compile %d ms, autogenerate (embedded, no database) %d ms, apply %d ms,"
                    + " check against the database %d ms; revision of %d bytes%n", ENTITIES, millis(start, compiled),
                    millis(compiled, generated), millis(generated, applied), millis(applied, checked),
                    ServiceModule.read(revision).length());

            SchemaModel schema = module.schema();
            assertThat(schema.tables()).hasSize(ENTITIES);
            assertThat(schema.tables().stream().mapToInt(table -> table.foreignKeys().size()).sum())
                    .isEqualTo(ENTITIES - 1);
            assertThat(schema.tables()).allSatisfy(table -> assertShape(table));
            assertThat(again.differences()).isEmpty();
        }
    }

    private static void assertShape(Table table) {
        assertThat(table.columns()).hasSizeBetween(5, 6);
        assertThat(table.indexes()).hasSize(1);
        assertThat(table.checkConstraints()).hasSize(1);
    }

    /** Each entity has typed columns, an enum checked by a constraint, an index, and refers to the one before. */
    private static List<String> sources() {
        List<String> sources = new ArrayList<>();
        sources.add("""
                package com.acme.ledger;

                public enum EntryState { DRAFT, BOOKED, REVERSED }
                """);
        for (int i = 0; i < ENTITIES; i++) {
            String name = String.format("LedgerEntity%03d", i);
            String previous = i == 0 ? "" : String.format("""
                        @ManyToOne
                        private LedgerEntity%03d previous;
                    """, i - 1);
            sources.add(String.format("""
                    package com.acme.ledger;

                    import jakarta.persistence.Column;
                    import jakarta.persistence.Entity;
                    import jakarta.persistence.EnumType;
                    import jakarta.persistence.Enumerated;
                    import jakarta.persistence.GeneratedValue;
                    import jakarta.persistence.GenerationType;
                    import jakarta.persistence.Id;
                    import jakarta.persistence.Index;
                    import jakarta.persistence.ManyToOne;
                    import jakarta.persistence.Table;

                    @Entity
                    @Table(indexes = @Index(columnList = "booked_at"))
                    public class %s {
                        @Id
                        @GeneratedValue(strategy = GenerationType.IDENTITY)
                        private Long id;
                        @Column(length = 100, nullable = false)
                        private String name;
                        @Column(precision = 14, scale = 2)
                        private java.math.BigDecimal amount;
                        private java.time.Instant bookedAt;
                        @Enumerated(EnumType.STRING)
                        @Column(length = 16)
                        private EntryState state;
                    %s}
                    """, name, previous));
        }
        return sources;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
