package io.devplan.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, as {@code diff -u} and {@code git diff} print it, with three lines
 * of context. Plans are a few hundred lines, so a plain longest-common-subsequence table is fast
 * enough and keeps this small.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /** The diff, or an empty text when the texts are equal. */
    public static String of(String before, String after, String oldName, String newName) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<char[]> ops = script(a, b);
        if (ops.stream().allMatch(op -> op[0] == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- " + oldName + "\n+++ " + newName + "\n");
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0] == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while changes are within 2 * CONTEXT lines of each other.
            int lastChange = i;
            while (end < ops.size() && end - lastChange <= 2 * CONTEXT) {
                if (ops.get(end)[0] != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + 1 + CONTEXT);
            hunk(out, ops, a, b, start, end);
            i = end;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<char[]> ops, List<String> a, List<String> b, int from, int to) {
        int oldLine = 0;
        int newLine = 0;
        for (int k = 0; k < from; k++) {
            if (ops.get(k)[0] != '+') {
                oldLine++;
            }
            if (ops.get(k)[0] != '-') {
                newLine++;
            }
        }
        int oldCount = 0;
        int newCount = 0;
        StringBuilder body = new StringBuilder();
        int ai = oldLine;
        int bi = newLine;
        for (int k = from; k < to; k++) {
            char op = ops.get(k)[0];
            if (op == ' ') {
                body.append(' ').append(a.get(ai++)).append('\n');
                bi++;
                oldCount++;
                newCount++;
            } else if (op == '-') {
                body.append('-').append(a.get(ai++)).append('\n');
                oldCount++;
            } else {
                body.append('+').append(b.get(bi++)).append('\n');
                newCount++;
            }
        }
        out.append("@@ -").append(range(oldLine, oldCount)).append(" +").append(range(newLine, newCount))
                .append(" @@\n").append(body);
    }

    private static String range(int start, int count) {
        int first = count == 0 ? start : start + 1;
        return count == 1 ? Integer.toString(first) : first + "," + count;
    }

    /** Edit script: ' ' keep, '-' delete from a, '+' insert from b. */
    private static List<char[]> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<char[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new char[] {' '});
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new char[] {'-'});
                i++;
            } else {
                ops.add(new char[] {'+'});
                j++;
            }
        }
        return ops;
    }

    /** Lines without their breaks; a last line without a break is marked as diff marks it. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                out.add(text.substring(start) + "\n\\ No newline at end of file");
                break;
            }
            out.add(text.substring(start, nl));
            start = nl + 1;
        }
        return out;
    }
}
