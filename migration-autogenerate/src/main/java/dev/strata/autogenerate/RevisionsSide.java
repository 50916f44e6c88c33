package dev.strata.autogenerate;

import dev.strata.StrataConfiguration;
import dev.strata.StrataException;
import dev.strata.autogenerate.introspect.PostgresIntrospector;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.SchemaModel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The database the revisions built (the development database at head, or a scratch one): what it runs, and
 * its schema without Strata's own version and history tables.
 */
record RevisionsSide(DataSource dataSource, String defaultSchema, int serverVersionNum, List<String> extensions,
        Set<QualifiedName> excludedTables) {

    static RevisionsSide of(DataSource dataSource, StrataConfiguration configuration) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String defaultSchema;
            int version;
            try (ResultSet row = statement.executeQuery("SELECT current_schema(),"
                    + " current_setting('server_version_num')::int")) {
                row.next();
                defaultSchema = row.getString(1) == null ? "public" : row.getString(1);
                version = row.getInt(2);
            }
            List<String> extensions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'"
                    + " ORDER BY extname")) {
                while (rows.next()) {
                    extensions.add(rows.getString(1));
                }
            }
            String tablesSchema = configuration.schema() != null ? configuration.schema() : defaultSchema;
            return new RevisionsSide(dataSource, defaultSchema, version, extensions, Set.of(
                    QualifiedName.of(tablesSchema, configuration.versionTable()),
                    QualifiedName.of(tablesSchema, configuration.historyTable())));
        } catch (SQLException e) {
            throw new StrataException("Cannot read the database to compare with: " + e.getMessage(), e);
        }
    }

    SchemaModel introspect(List<String> schemas) {
        try (Connection connection = dataSource.getConnection()) {
            return PostgresIntrospector.introspect(connection, schemas, excludedTables);
        } catch (SQLException e) {
            throw new StrataException("Cannot read the database to compare with: " + e.getMessage(), e);
        }
    }
}
