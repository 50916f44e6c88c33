package dev.strata.test.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.internal.PostgresBinaries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class PostgresBinariesTest {

    @TempDir
    Path cache;

    @Test
    void unpacksFilesModesAndLinks() throws Exception {
        Path installed = PostgresBinaries.install(archive("first"), cache);

        assertThat(installed.resolve("bin/initdb")).hasContent("first");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(installed.resolve("bin/initdb"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(installed.resolve("share/notes"))))
                .isEqualTo("rw-r--r--");
        assertThat(Files.readSymbolicLink(installed.resolve("lib/libpq.so"))).isEqualTo(Path.of("libpq.so.5"));
        assertThat(installed.resolve("lib/libpq.so")).hasContent("library");
    }

    @Test
    void reusesAnEarlierInstallationAndKeysItByContent() throws Exception {
        Path first = PostgresBinaries.install(archive("first"), cache);
        Files.writeString(first.resolve("marker"), "kept");

        assertThat(PostgresBinaries.install(archive("first"), cache)).isEqualTo(first);
        assertThat(first.resolve("marker")).exists();
        assertThat(PostgresBinaries.install(archive("second"), cache)).isNotEqualTo(first);
    }

    @Test
    void parallelInstallsAgreeOnOneCompleteDirectory() throws Exception {
        byte[] archive = archive("raced");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Path> install = () -> PostgresBinaries.install(archive, cache);
            List<Future<Path>> results = pool.invokeAll(List.of(install, install, install, install));
            for (Future<Path> result : results) {
                assertThat(result.get().resolve("bin/initdb")).hasContent("raced");
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries).hasSize(1);
        }
    }

    private static byte[] archive(String initdbContent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
                new XZOutputStream(bytes, new LZMA2Options()))) {
            directory(tar, "bin/");
            file(tar, "bin/initdb", 0755, initdbContent);
            directory(tar, "lib/");
            file(tar, "lib/libpq.so.5", 0644, "library");
            TarArchiveEntry link = new TarArchiveEntry("lib/libpq.so", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("libpq.so.5");
            link.setModTime(0);
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
            // Written before its directory, as some archivers do.
            file(tar, "share/notes", 0600, "notes");
        }
        return bytes.toByteArray();
    }

    private static void directory(TarArchiveOutputStream tar, String name) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setModTime(0);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static void file(TarArchiveOutputStream tar, String name, int mode, String content)
            throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(mode);
        entry.setSize(data.length);
        // Fixed, so that equal contents make equal archives.
        entry.setModTime(0);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
    }
}
