package dev.strata.internal.sql;

import java.util.Arrays;

/**
 * Turns offsets into a script into file line numbers. A line ends at {@code \n}, {@code \r\n} or a
 * lone {@code \r}, as editors count them.
 */
final class LineMap {

    private final int[] lineStarts;
    private final int firstLine;

    LineMap(String text, int firstLine) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.firstLine = firstLine;
    }

    /** The file line of the character at {@code offset}. */
    int lineAt(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        // A miss returns -(insertion point) - 1; the line is the one starting just before the offset.
        int lineIndex = index >= 0 ? index : -index - 2;
        return firstLine + lineIndex;
    }
}
