package dev.strata.demo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
  * A command line of the documentation: a line of a {@code sh} block (continuations joined, the trailing
  * comment dropped) or a {@code $ } line of a {@code console} block.
  *
  * @param page the page, relative to the repository root
  * @param line the line it starts on
  * @param console whether it comes from a console block (whose output the page shows)
  * @param text the command, whitespace collapsed
  */
record DocumentedCommand(String page, int line, boolean console, String text) {

    private static final Set<String> SHELL = Set.of("sh", "bash", "shell");

    /** Every command of a page. */
    static List<DocumentedCommand> of(Path root, String page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(root.resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<DocumentedCommand> out = new ArrayList<>();
        String block = null;
        StringBuilder pending = null;
        int pendingLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                block = block == null ? line.substring(3).strip() : null;
                continue;
            }
            if (block == null) {
                continue;
            }
            if (block.equals("console") && line.startsWith("$ ")) {
                out.add(new DocumentedCommand(page, i + 1, true, normalize(ShellWords.withoutComment(line.substring(2)))));
            } else if (SHELL.contains(block)) {
                String text = line.strip();
                if (pending == null && (text.isEmpty() || text.startsWith("#"))) {
                    continue;
                }
                if (pending == null) {
                    pending = new StringBuilder();
                    pendingLine = i + 1;
                }
                String code = ShellWords.withoutComment(text);
                if (code.endsWith("\\")) {
                    pending.append(code, 0, code.length() - 1).append(' ');
                    continue;
                }
                pending.append(code);
                out.add(new DocumentedCommand(page, pendingLine, false, normalize(pending.toString())));
                pending = null;
            }
        }
        return out;
    }

    static String normalize(String command) {
        return command.strip().replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        return page + ":" + line + ": " + text;
    }
}
