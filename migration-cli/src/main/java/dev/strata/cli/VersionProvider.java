package dev.strata.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code strata --version}: the version in the jar's manifest. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = StrataCommand.class.getPackage().getImplementationVersion();
        return new String[] {"strata " + (version == null ? "(development build)" : version),
            "Java " + System.getProperty("java.version")};
    }
}
