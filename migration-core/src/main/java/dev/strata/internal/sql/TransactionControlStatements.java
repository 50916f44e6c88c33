package dev.strata.internal.sql;

import dev.strata.internal.sql.SqlToken.Kind;

/**
 * Recognises the statements that open, end or subdivide a transaction. Each is named after its page
 * in the PostgreSQL reference ({@code ROLLBACK TO SAVEPOINT}, {@code PREPARE TRANSACTION}, ...) and
 * spelt as the user wrote it ({@code END}, not {@code COMMIT}), so a message can quote it back.
 */
final class TransactionControlStatements {

    private TransactionControlStatements() {
    }

    /** The name of the transaction-control statement {@code tokens} is, or null. */
    static String nameOf(StatementTokens tokens) {
        String first = tokens.keywordAt(0);
        return switch (first) {
            // BEGIN ATOMIC only ever opens a function body, never a transaction.
            case "BEGIN" -> tokens.isWord(1, "ATOMIC") ? null : "BEGIN";
            case "START" -> tokens.isWord(1, "TRANSACTION") ? "START TRANSACTION" : null;
            case "COMMIT" -> tokens.isWord(1, "PREPARED") ? "COMMIT PREPARED" : "COMMIT";
            case "ROLLBACK" -> rollback(tokens);
            case "END", "ABORT", "SAVEPOINT" -> first;
            case "RELEASE" -> "RELEASE SAVEPOINT";
            // PREPARE name AS ... is a prepared statement; PREPARE TRANSACTION takes a string id.
            case "PREPARE" -> tokens.isWord(1, "TRANSACTION") && tokens.isKind(2, Kind.STRING) ? "PREPARE TRANSACTION" : null;
            default -> null;
        };
    }

    /** {@code ROLLBACK PREPARED 'id'}, {@code ROLLBACK [WORK|TRANSACTION] TO [SAVEPOINT] name} or plain. */
    private static String rollback(StatementTokens tokens) {
        if (tokens.isWord(1, "PREPARED")) {
            return "ROLLBACK PREPARED";
        }
        return tokens.isWord(tokens.skipOptional(1, "WORK", "TRANSACTION"), "TO") ? "ROLLBACK TO SAVEPOINT" : "ROLLBACK";
    }
}
