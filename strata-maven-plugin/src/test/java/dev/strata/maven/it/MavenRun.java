package dev.strata.maven.it;

import java.util.ArrayList;
import java.util.List;

/**
 * What one {@code mvn} run printed, with the plugin's output cut into its blocks: the lines after
 * {@code --- strata:GOAL (MODULE) ---} up to Maven's next line of its own ({@code -X} debug lines
 * in between are left out).
 */
record MavenRun(String arguments, int exitCode, String output) {

    private static final String INFO = "[INFO] ";

    /** The lines one goal printed in one module, without Maven's level prefix; empty if it printed no header. */
    List<String> block(String goal, String module) {
        List<String> lines = output.lines().toList();
        int start = lines.indexOf(INFO + "--- strata:" + goal + " (" + module + ") ---");
        List<String> out = new ArrayList<>();
        if (start < 0) {
            return out;
        }
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("[DEBUG]")) {
                continue;
            }
            if (!line.startsWith("[INFO]") || line.startsWith(INFO + "---") || line.startsWith(INFO + "BUILD ")) {
                break;
            }
            out.add(line.length() > INFO.length() ? line.substring(INFO.length()) : "");
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The plugin's block headers in the order they were printed, for example {@code strata:current (billing)}. */
    List<String> headers() {
        return output.lines().filter(line -> line.startsWith(INFO + "--- strata:") && line.endsWith(") ---")
                && !line.contains(" @ ")).map(line -> line.substring((INFO + "--- ").length(), line.length()
                - " ---".length())).toList();
    }

    /** For assertion messages: the whole output. */
    @Override
    public String toString() {
        return "mvn " + arguments + " (exit " + exitCode + "):\n" + output;
    }
}
