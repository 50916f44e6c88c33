package dev.strata.autogenerate.entities;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources at test time, for class directories that must not sit in the test classes (a Spring Boot
 * application class there would change what every scan of the test classes selects) or that are made on the fly.
 */
public final class TestCompiler {

    private TestCompiler() {
    }

    /**
     * Compiles every {@code .java} file under a source root into a directory.
     *
     * @param sourceRoot the root of the package tree
     * @param output     the class directory to write
     * @param libraries  classes whose jars (or directories) go on the class path, such as {@code Entity.class}
     * @return the class directory
     */
    public static Path compile(Path sourceRoot, Path output, Class<?>... libraries) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return compile(files.filter(p -> p.toString().endsWith(".java")).sorted().toList(), output, libraries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path compile(List<Path> sources, Path output, Class<?>... libraries) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(output);
            List<String> options = new ArrayList<>(List.of("-d", output.toString(), "--release", "17",
                    "-proc:none", "-classpath", classPath(libraries)));
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!compiled) {
                throw new IllegalStateException("Test sources did not compile:\n" + diagnostics.getDiagnostics()
                        .stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(Object::toString)
                        .collect(Collectors.joining("\n")));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test class path as seen from here may be a manifest-only jar, so name each library's location. */
    static String classPath(Class<?>... libraries) {
        return Stream.of(libraries).map(TestCompiler::location).distinct().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
    }

    public static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
