package dev.strata.internal.script;

import dev.strata.graph.RevisionNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQL revision file (DESIGN §2): a header of {@code -- key: value} lines at the top, then
 * {@code -- migrate:upgrade} and {@code -- migrate:downgrade} sections. Strict on purpose: an unknown key,
 * a missing {@code revision}, a repeated key or section, or SQL outside a section is an error naming the
 * file and line, because a typo must not silently change what runs.
 */
public final class SqlRevisionParser {

    static final List<String> KEYS = List.of("revision", "down_revision", "branch_labels", "depends_on", "message",
            "create_date", "transactional");

    private static final Pattern HEADER = Pattern.compile("--\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*:(.*)");
    private static final Pattern SECTION = Pattern.compile("--\\s*migrate:\\s*(\\S*)\\s*");
    private static final Pattern IRREVERSIBLE = Pattern.compile("--\\s*irreversible\\s*", Pattern.CASE_INSENSITIVE);

    private SqlRevisionParser() {
    }

    /** Parses {@code content}; {@code location} names the file in messages. */
    public static MigrationScript parse(String location, String content) {
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i == lines.length) {
            throw error(location, 1, "the file is empty; a revision file starts with '-- revision: <id>'");
        }
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Integer> headerLines = new LinkedHashMap<>();
        while (i < lines.length) {
            String line = lines[i].strip();
            Matcher m = HEADER.matcher(line);
            if (line.isEmpty() || SECTION.matcher(line).matches() || !m.matches()) {
                break;
            }
            String key = m.group(1);
            if (!KEYS.contains(key)) {
                throw error(location, i + 1, "unknown header key '" + key + "'" + suggestion(key) + "; known keys: "
                        + String.join(", ", KEYS));
            }
            if (header.containsKey(key)) {
                throw error(location, i + 1, "header key '" + key + "' appears twice (first on line "
                        + headerLines.get(key) + ")");
            }
            header.put(key, m.group(2).strip());
            headerLines.put(key, i + 1);
            i++;
        }
        if (header.isEmpty()) {
            throw error(location, i + 1, "text before the revision header; a revision file starts with"
                    + " '-- revision: <id>' (found: " + abbreviate(lines[i].strip()) + ")");
        }
        if (!header.containsKey("revision")) {
            throw error(location, 1, "missing '-- revision: <id>' in the header");
        }
        Map<String, Section> sections = readSections(location, lines, i);
        Section up = sections.get("upgrade");
        if (up == null) {
            throw error(location, lines.length, "missing '-- migrate:upgrade' section");
        }
        Section down = sections.get("downgrade");
        if (down == null) {
            throw error(location, lines.length, "missing '-- migrate:downgrade' section; add one (followed by"
                    + " '-- irreversible' if the revision cannot be undone)");
        }
        String id = header.get("revision");
        checkId(location, headerLines.get("revision"), id, "revision");
        List<String> downRevisions = list(location, header, headerLines, "down_revision", true);
        List<String> branchLabels = list(location, header, headerLines, "branch_labels", false);
        List<String> dependsOn = list(location, header, headerLines, "depends_on", false);
        boolean transactional = transactional(location, header, headerLines);
        MigrationScript.Body downBody = isIrreversible(down.text())
                ? new MigrationScript.Irreversible()
                : new MigrationScript.SqlBody(down.text(), down.firstLine());
        RevisionNode node = new RevisionNode(id, downRevisions, new LinkedHashSet<>(branchLabels), dependsOn);
        return new MigrationScript(node, header.getOrDefault("message", ""), header.getOrDefault("create_date", ""),
                transactional, new MigrationScript.SqlBody(up.text(), up.firstLine()), downBody, location,
                Checksums.of(up.text(), down.text(), transactional));
    }

    private record Section(String text, int firstLine) {
    }

    private static Map<String, Section> readSections(String location, String[] lines, int start) {
        Map<String, Section> sections = new LinkedHashMap<>();
        String current = null;
        int currentStart = 0;
        StringBuilder body = new StringBuilder();
        for (int i = start; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher m = SECTION.matcher(line);
            if (m.matches()) {
                String name = m.group(1);
                if (!name.equals("upgrade") && !name.equals("downgrade")) {
                    throw error(location, i + 1, "unknown section '-- migrate:" + name
                            + "'; use '-- migrate:upgrade' or '-- migrate:downgrade'");
                }
                if (sections.containsKey(name) || name.equals(current)) {
                    throw error(location, i + 1, "section '-- migrate:" + name + "' appears twice");
                }
                if (current != null) {
                    sections.put(current, new Section(body.toString(), currentStart));
                }
                current = name;
                currentStart = i + 2;
                body.setLength(0);
            } else if (current == null) {
                if (!line.isEmpty() && !line.startsWith("--")) {
                    throw error(location, i + 1, "SQL outside a section; put it after '-- migrate:upgrade' or"
                            + " '-- migrate:downgrade' (found: " + abbreviate(line) + ")");
                }
            } else {
                body.append(lines[i]).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, new Section(body.toString(), currentStart));
        }
        return sections;
    }

    private static boolean isIrreversible(String body) {
        List<String> meaningful = Arrays.stream(body.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return meaningful.size() == 1 && IRREVERSIBLE.matcher(meaningful.get(0)).matches();
    }

    private static List<String> list(String location, Map<String, String> header, Map<String, Integer> lines,
            String key, boolean ids) {
        String value = header.getOrDefault(key, "");
        List<String> out = new ArrayList<>();
        if (value.isEmpty()) {
            return out;
        }
        for (String part : value.split(",")) {
            String item = part.strip();
            if (item.isEmpty()) {
                throw error(location, lines.get(key), "empty item in '" + key + "'; separate items with commas");
            }
            if (ids) {
                checkId(location, lines.get(key), item, key);
            }
            out.add(item);
        }
        return out;
    }

    private static void checkId(String location, int line, String id, String key) {
        if (!RevisionNode.isValidId(id)) {
            throw error(location, line, "invalid revision id '" + id + "' in '" + key
                    + "'; ids are 1 to 32 letters, digits or underscores");
        }
    }

    private static boolean transactional(String location, Map<String, String> header, Map<String, Integer> lines) {
        String value = header.getOrDefault("transactional", "true").toLowerCase(java.util.Locale.ROOT);
        if (value.equals("true") || value.isEmpty()) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw error(location, lines.get("transactional"), "'transactional' must be true or false, not '" + value + "'");
    }

    private static String suggestion(String key) {
        String best = null;
        int bestDistance = 3;
        for (String known : KEYS) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), known);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static RevisionFileException error(String location, int line, String message) {
        return new RevisionFileException(location + ":" + line + ": " + message);
    }
}
