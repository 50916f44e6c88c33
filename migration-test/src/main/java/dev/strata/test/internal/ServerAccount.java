package dev.strata.test.internal;

import com.sun.security.auth.module.UnixSystem;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
  * The operating-system account that runs the PostgreSQL programs, and how to run them as it.
  *
  * <p>initdb and postgres refuse to run as root, yet CI machines and containers often run builds as
  * root. Then the programs run as {@code nobody} through util-linux's {@code setpriv}, and the
  * directories they write are handed to that account. Any other user runs them directly.
  */
public final class ServerAccount {

    private static final String UNPRIVILEGED_USER = "nobody";

    private final String name;
    private final List<String> commandPrefix;
    private final Optional<Owner> owner;

    private ServerAccount(String name, List<String> commandPrefix, Optional<Owner> owner) {
        this.name = name;
        this.commandPrefix = List.copyOf(commandPrefix);
        this.owner = owner;
    }

    /**
      * Chooses the account for this JVM: its own user, or {@code nobody} when it runs as root.
      *
      * @return the account
      * @throws IllegalStateException saying what to do when running as root but cannot switch user
      */
    public static ServerAccount forThisProcess() {
        if (File.separatorChar == '\\' || new UnixSystem().getUid() != 0) {
            return new ServerAccount(System.getProperty("user.name"), List.of(), Optional.empty());
        }
        Owner nobody = Owner.lookUp(UNPRIVILEGED_USER).orElseThrow(() -> new IllegalStateException(
                "PostgreSQL refuses to run as root and this machine has no user '" + UNPRIVILEGED_USER
                        + "' to run it as; run the build as a non-root user"));
        Path setpriv = findOnPath("setpriv").orElseThrow(() -> new IllegalStateException(
                "PostgreSQL refuses to run as root and setpriv (from util-linux) was not found on the PATH"
                        + " to run it as user '" + UNPRIVILEGED_USER + "'; install util-linux or run the build"
                        + " as a non-root user"));
        List<String> prefix = List.of(setpriv.toString(), "--reuid=" + nobody.uid(),
                "--regid=" + nobody.gid(), "--clear-groups", "--");
        return new ServerAccount(UNPRIVILEGED_USER, prefix, Optional.of(nobody));
    }

    /**
      * Returns the account's user name.
      *
      * @return for example {@code nobody}
      */
    public String name() {
        return name;
    }

    /**
      * Tells whether the programs run as another user than the JVM's, which then needs access to the
      * binaries and the server's directories.
      *
      * @return {@code true} when the JVM runs as root
      */
    public boolean isSwitched() {
        return owner.isPresent();
    }

    /**
      * Makes the account the owner of a directory the JVM created, so that the programs can write it.
      *
      * @param directory the directory
      */
    public void takeOwnership(Path directory) {
        owner.ifPresent(o -> {
            try {
                Files.setAttribute(directory, "unix:uid", o.uid());
                Files.setAttribute(directory, "unix:gid", o.gid());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not hand " + directory + " to user " + name, e);
            }
        });
    }

    /**
      * Starts a program as this account, in {@code workingDirectory}, with its output going to a file.
      *
      * @param command the program and its arguments
      * @param workingDirectory a directory the account may enter
      * @param output the file that receives standard output and standard error
      * @return the started process
      * @throws IOException if the program cannot be started
      */
    public Process start(List<String> command, Path workingDirectory, Path output) throws IOException {
        List<String> full = new ArrayList<>(commandPrefix);
        full.addAll(command);
        return new ProcessBuilder(full)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }

    /**
      * Runs a program to completion as this account.
      *
      * @param command the program and its arguments
      * @param workingDirectory a directory the account may enter
      * @param output the file that receives the program's output
      * @param timeout how long to wait before killing it
      * @return the exit code and output
      */
    public Outcome run(List<String> command, Path workingDirectory, Path output, Duration timeout) {
        try {
            Process process = start(command, workingDirectory, output);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Outcome(-1, "timed out after " + timeout.toSeconds() + "s; " + Files.readString(output));
            }
            return new Outcome(process.exitValue(), Files.readString(output).strip());
        } catch (IOException e) {
            return new Outcome(-1, "could not run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted while running " + command.get(0));
        }
    }

    private static Optional<Path> findOnPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        List<String> directories = new ArrayList<>(List.of(path.split(File.pathSeparator)));
        // Build tools sometimes run with a trimmed PATH; util-linux lives in one of these.
        directories.addAll(List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin"));
        return directories.stream()
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
      * A program's exit code and output.
      *
      * @param exitCode the exit code, -1 when it could not be run or timed out
      * @param output what it printed, or why it could not be run
      */
    public record Outcome(int exitCode, String output) {

        /**
          * Tells whether the program succeeded.
          *
          * @return {@code true} for exit code 0
          */
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** A user's numeric ids, read from /etc/passwd so that no extra process is needed. */
    private record Owner(int uid, int gid) {

        static Optional<Owner> lookUp(String user) {
            try {
                return Files.readAllLines(Path.of("/etc/passwd")).stream()
                        .map(line -> line.split(":"))
                        .filter(fields -> fields.length > 3 && fields[0].equals(user))
                        .map(fields -> new Owner(Integer.parseInt(fields[2]), Integer.parseInt(fields[3])))
                        .findFirst();
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
