package dev.strata.engine.javarevs;

import dev.strata.JavaRevision;
import dev.strata.Operations;
import dev.strata.Operations.Column;
import dev.strata.Operations.ColumnChange;
import dev.strata.Revision;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A schema change and a data backfill in one Java revision, with every kind of {@link Operations} call that works
 * on both drivers (the JDBC-only {@link Operations#connection()} has its own scenario in JavaRevisionTest).
 */
@Revision(id = "j1_orders", revises = "s0_clients", message = "Add orders and backfill client emails")
public final class AddOrdersAndEmails implements JavaRevision {

    @Override
    public void upgrade(Operations op) throws Exception {
        op.createTable("t_orders", List.of(Column.of("id", "bigint").primaryKey(),
                Column.of("client_id", "int").notNull().references("t_clients(id)"),
                Column.of("amount", "numeric(10,2)").notNull()));
        op.createIndex("t_orders_client_idx", "t_orders", "client_id");
        op.bulkInsert("t_orders", List.of(order(1, 1, "10.50"), order(2, 1, "4.50"), order(3, 2, "7.00")));

        op.addColumn("t_clients", Column.of("email", "varchar(255)"));
        for (Map<String, Object> client : op.query("SELECT id, name FROM t_clients WHERE email IS NULL")) {
            String name = (String) client.get("name");
            op.execute("UPDATE t_clients SET email = ? WHERE id = ?",
                    name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com", (Integer) client.get("id"));
        }
        op.alterColumn("t_clients", "email", ColumnChange.create().nullable(false));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("t_clients", "email");
        op.dropIndex("t_orders_client_idx");
        op.dropTable("t_orders");
    }

    private static Map<String, Object> order(long id, int clientId, String amount) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("client_id", clientId);
        row.put("amount", new BigDecimal(amount));
        return row;
    }
}
