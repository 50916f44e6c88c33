package dev.strata.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
  * A {@link TestDatabase} for a test that cannot have JDBC on its own classpath, such as a reactive
  * service that must prove it runs without a JDBC driver: that test starts this class in a process
  * of its own (with this module's classpath), reads where the database is, and closes the process's
  * standard input when it is done.
  *
  * <p>The process creates a database on {@link TestPostgres#shared()} (embedded, or the server of
  * {@code STRATA_TEST_DATABASE_URL}) and prints, one per line, {@code r2dbc-url=...},
  * {@code jdbc-url=...}, {@code user=...}, {@code password=...} and then {@value #READY}. When its
  * standard input ends (the test closed it, or the test's JVM died) it drops the database and exits,
  * stopping an embedded server with it.
  */
public final class TestDatabaseProcess {

    /** The last line printed once the database exists. */
    public static final String READY = "ready";

    private TestDatabaseProcess() {
    }

    /**
      * Runs the process; arguments are ignored.
      *
      * @param args none
      * @throws IOException if standard input cannot be read
      */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (TestDatabase database = TestPostgres.shared().createDatabase()) {
            out.println("r2dbc-url=" + database.r2dbcUrl());
            out.println("jdbc-url=" + database.jdbcUrl());
            out.println("user=" + database.user());
            out.println("password=" + database.password());
            out.println(READY);
            drain(System.in);
        }
        System.exit(0);
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // Nothing is expected on the input; its end is the signal.
        }
    }
}
