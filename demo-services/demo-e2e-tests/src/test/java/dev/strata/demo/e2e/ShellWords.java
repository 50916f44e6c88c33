package dev.strata.demo.e2e;

import java.util.ArrayList;
import java.util.List;

/** Splits a documented command line into arguments as a POSIX shell would: whitespace, '...' and "...". */
final class ShellWords {

    private ShellWords() {
    }

    /** The line without a trailing {@code # comment}: a {@code #} that starts a word outside quotes. */
    static String withoutComment(String line) {
        List<String> words = new ArrayList<>();
        int end = scan(line, words);
        return end < 0 ? line.stripTrailing() : line.substring(0, end).stripTrailing();
    }

    /** The words of the line, quotes removed. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        scan(line, words);
        return words;
    }

    /** Splits into {@code words}; returns where a comment starts, or -1. */
    private static int scan(String line, List<String> words) {
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == 0 && word == null && c == '#') {
                return i;
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (quote == '"' && c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("Unclosed quote in: " + line);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return -1;
    }
}
