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
        switch (first) {
            case "BEGIN":
                // BEGIN ATOMIC only ever opens a function body, never a transaction.
                return tokens.isWord(1, "ATOMIC") ? null : "BEGIN";
            case "START":
                return tokens.isWord(1, "TRANSACTION") ? "START TRANSACTION" : null;
            case "COMMIT":
                return tokens.isWord(1, "PREPARED") ? "COMMIT PREPARED" : "COMMIT";
            case "ROLLBACK":
                if (tokens.isWord(1, "PREPARED")) {
                    return "ROLLBACK PREPARED";
                }
                return tokens.isWord(tokens.skipOptional(1, "WORK", "TRANSACTION"), "TO")
                        ? "ROLLBACK TO SAVEPOINT"
                        : "ROLLBACK";
            case "END":
            case "ABORT":
            case "SAVEPOINT":
                return first;
            case "RELEASE":
                return "RELEASE SAVEPOINT";
            case "PREPARE":
                // PREPARE name AS ... is a prepared statement; PREPARE TRANSACTION takes a string id.
                return tokens.isWord(1, "TRANSACTION") && tokens.isKind(2, Kind.STRING) ? "PREPARE TRANSACTION" : null;
            default:
                return null;
        }
    }
}
