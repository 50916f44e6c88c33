package dev.strata.test;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
  * Gives each {@link TestDatabase} parameter of a test method, lifecycle method or test constructor
  * a fresh database of {@link TestPostgres#shared()}, dropped when that test (or, for
  * {@code @BeforeAll} methods and per-class test instances, the class) is done.
  *
  * <pre>{@code
  * @ExtendWith(PostgresExtension.class)
  * class UpgradeTest {
  *   @Test
  *   void createsTheVersionTable(TestDatabase database) { ... }
  * }
  * }</pre>
  *
  * <p>Requires JUnit Jupiter 5.13 or later, which closes {@link AutoCloseable} values of an
  * extension's store when their context ends.
  */
public final class PostgresExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PostgresExtension.class);

    /** Creates the extension; JUnit does this for {@code @ExtendWith}. */
    public PostgresExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestDatabase database = TestPostgres.shared().createDatabase();
        context.getStore(NAMESPACE).put(database.name(), database);
        return database;
    }

    /** Scopes constructor-injected databases to the test method, so each test gets a fresh one. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext context) {
        return ExtensionContextScope.TEST_METHOD;
    }
}
