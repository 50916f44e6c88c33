package dev.strata.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for a command ({@code --version} belongs to {@code strata} alone). */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, order = -100, description = "Show this help and exit.")
    boolean requested;
}
