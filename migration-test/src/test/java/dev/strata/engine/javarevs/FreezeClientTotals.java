package dev.strata.engine.javarevs;

import dev.strata.JavaRevision;
import dev.strata.Operations;
import dev.strata.Operations.Column;
import dev.strata.Revision;
import java.util.List;

/** Copies derived data into a table of its own; declared irreversible, so its downgrade never runs. */
@Revision(id = "j2_totals", revises = "j1_orders", message = "Freeze client totals", reversible = false)
public final class FreezeClientTotals implements JavaRevision {

    @Override
    public void upgrade(Operations op) {
        op.createTable("t_client_totals", List.of(Column.of("client_id", "int").primaryKey(),
                Column.of("total", "numeric(10,2)").notNull()));
        op.execute("INSERT INTO t_client_totals SELECT client_id, sum(amount) FROM t_orders GROUP BY client_id");
    }

    @Override
    public void downgrade(Operations op) {
        throw new UnsupportedOperationException("an irreversible revision's downgrade is never called");
    }
}
