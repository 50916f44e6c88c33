package db.revisions;

import dev.strata.JavaRevision;
import dev.strata.Operations;
import dev.strata.Revision;
import java.util.List;
import org.apache.commons.text.WordUtils;

/** A data migration in Java, between two SQL revisions; it uses a dependency of the module. */
@Revision(id = "c0ffee000002", revises = "c0ffee000001", message = "Seed products",
        createDate = "2026-11-22T09:00:00Z")
public final class SeedProducts implements JavaRevision {

    private static final List<String> NAMES = List.of("espresso machine", "milk frother");

    @Override
    public void upgrade(Operations op) {
        for (String name : NAMES) {
            op.execute("INSERT INTO products (name) VALUES (?)", WordUtils.capitalizeFully(name));
        }
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM products");
    }
}
