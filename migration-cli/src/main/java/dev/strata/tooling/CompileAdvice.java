package dev.strata.tooling;

import dev.strata.StrataException;
import dev.strata.graph.RevisionGraphException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java revisions are read from the service's compiled classes: until the module is compiled, a SQL revision that
 * revises one names a revision the graph does not know, and a location that holds only Java revisions is not
 * found. When the service has Java sources, those errors get the advice that explains them.
 */
final class CompileAdvice {

    private static final Pattern UNKNOWN_REVISION = Pattern.compile("'([^']+)', which is not a known revision");
    private static final Pattern MISSING_LOCATION = Pattern.compile(
            "^Revision location 'classpath:([^']+)' was not found on the classpath");
    private static final String SOURCES = "src/main/java";

    private CompileAdvice() {
    }

    /**
     * The error to report for a failed load.
     *
     * @param error      what loading the revisions threw
     * @param serviceDir the service folder
     * @return the error with the advice to compile the module, or the error itself when the advice does not apply
     */
    static StrataException added(StrataException error, Path serviceDir) {
        Path sources = serviceDir.resolve(SOURCES);
        if (!Files.isDirectory(sources)) {
            return error;
        }
        Matcher unknown = UNKNOWN_REVISION.matcher(error.getMessage());
        if (error instanceof RevisionGraphException && unknown.find()) {
            RevisionGraphException advised = new RevisionGraphException(error.getMessage() + "; if "
                    + unknown.group(1) + " is a Java revision, compile the module first (mvn compile)");
            advised.initCause(error);
            return advised;
        }
        Matcher missing = MISSING_LOCATION.matcher(error.getMessage());
        if (missing.find() && Files.isDirectory(sources.resolve(missing.group(1)))) {
            return new StrataException(error.getMessage() + "; the Java revisions in " + SOURCES + "/"
                    + missing.group(1) + " are read from the compiled classes: compile the module first (mvn"
                    + " compile)", error);
        }
        return error;
    }
}
