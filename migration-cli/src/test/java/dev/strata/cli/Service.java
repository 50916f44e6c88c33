package dev.strata.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A service folder as the CLI finds it: revision files in {@code src/main/resources/db/revisions} and,
 * optionally, an {@code application.yml}. Revisions written here have a fixed create date, so that outputs
 * can be compared exactly.
 */
final class Service {

    static final String CREATE_DATE = "2026-11-24T10:00:00Z";

    private final Path dir;

    Service(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path revisions() {
        return dir.resolve("src/main/resources/db/revisions");
    }

    /** Writes {@code <id>_<slug>.sql} and returns its path. */
    Path revision(String id, String down, String message, String upgrade, String downgrade) {
        return revision(id, down, "", message, upgrade, downgrade);
    }

    Path revision(String id, String down, String branchLabels, String message, String upgrade, String downgrade) {
        String text = "-- revision: " + id + "\n"
                + "-- down_revision: " + down + "\n"
                + "-- branch_labels: " + branchLabels + "\n"
                + "-- message: " + message + "\n"
                + "-- create_date: " + CREATE_DATE + "\n\n"
                + "-- migrate:upgrade\n" + upgrade + "\n\n"
                + "-- migrate:downgrade\n" + downgrade + "\n";
        Path file = revisions().resolve(id + "_" + message.toLowerCase().replaceAll("[^a-z0-9]+", "_") + ".sql");
        write(file, text);
        return file;
    }

    /** Three revisions in a line: create clients, create orders, add email column. */
    Service linear() {
        revision(Ids.A, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);", "DROP TABLE clients;");
        revision(Ids.B, Ids.A, "create orders", "CREATE TABLE orders (id int PRIMARY KEY);", "DROP TABLE orders;");
        revision(Ids.C, Ids.B, "add email column", "ALTER TABLE clients ADD COLUMN email text;",
                "ALTER TABLE clients DROP COLUMN email;");
        return this;
    }

    /** {@code src/main/resources/application.yml}. */
    Service applicationYml(String text) {
        write(dir.resolve("src/main/resources/application.yml"), text);
        return this;
    }

    /** The path of a revision file as the CLI prints it. */
    String path(String fileName) {
        return revisions().resolve(fileName).toAbsolutePath().normalize().toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The revision ids of the standard graphs; 1a2b and 1a9f share the prefix 1a. */
    static final class Ids {
        static final String A = "1a2b3c4d5e6f";
        static final String B = "1a9f8e7d6c5b";
        static final String C = "3f2a9c1b7d4e";

        private Ids() {
        }
    }
}
