package dev.strata.internal.sql;

import dev.strata.internal.sql.SqlToken.Kind;

/**
 * Recognises the statements PostgreSQL refuses to run inside a transaction block, as its reference
 * pages document them. Each is named as the server names it in "X cannot run inside a transaction
 * block", so Strata's message and the server's agree.
 *
 * <p>Where the server decides from state the text does not show (whether a subscription still has
 * a replication slot, whether a table is partitioned) the rule answers from the text alone: it
 * flags {@code DROP SUBSCRIPTION} always, and does not flag {@code REINDEX TABLE} or
 * {@code CLUSTER table} of a partitioned table.
 */
final class NonTransactionalStatements {

    /** PostgreSQL 12 let {@code ALTER TYPE ... ADD VALUE} run inside a transaction block. */
    static final int ENUM_ADD_VALUE_IN_TRANSACTION_SINCE = 120000;

    private NonTransactionalStatements() {
    }

    /** The name of the statement if it cannot run inside a transaction block on that server, or null. */
    static String nameOf(StatementTokens tokens, int serverVersionNum) {
        return switch (tokens.keywordAt(0)) {
            case "VACUUM" -> "VACUUM";
            case "CREATE" -> create(tokens);
            case "DROP" -> drop(tokens);
            case "ALTER" -> alter(tokens, serverVersionNum);
            case "REINDEX" -> reindex(tokens);
            case "CLUSTER" -> cluster(tokens);
            case "DISCARD" -> tokens.isWord(1, "ALL") ? "DISCARD ALL" : null;
            case "COMMIT", "ROLLBACK" -> tokens.isWord(1, "PREPARED") ? tokens.keywordAt(0) + " PREPARED" : null;
            default -> null;
        };
    }

    private static String create(StatementTokens tokens) {
        int index = tokens.skipOptional(1, "UNIQUE");
        if (tokens.isWord(index, "INDEX") && tokens.isWord(index + 1, "CONCURRENTLY")) {
            return "CREATE INDEX CONCURRENTLY";
        }
        return switch (tokens.keywordAt(1)) {
            case "DATABASE" -> "CREATE DATABASE";
            case "TABLESPACE" -> "CREATE TABLESPACE";
            case "SUBSCRIPTION" -> createsReplicationSlot(tokens) ? "CREATE SUBSCRIPTION ... WITH (create_slot = true)" : null;
            default -> null;
        };
    }

    /** Creating the slot cannot be rolled back. It is the default, and connect = false implies no slot. */
    private static boolean createsReplicationSlot(StatementTokens tokens) {
        OptionList options = tokens.optionsAfter(2, "WITH");
        return !options.isFalse("create_slot") && !options.isFalse("connect");
    }

    private static String drop(StatementTokens tokens) {
        return switch (tokens.keywordAt(1)) {
            case "INDEX" -> tokens.isWord(2, "CONCURRENTLY") ? "DROP INDEX CONCURRENTLY" : null;
            case "DATABASE" -> "DROP DATABASE";
            case "TABLESPACE" -> "DROP TABLESPACE";
            // Only a subscription with a replication slot is refused, and the text cannot tell.
            case "SUBSCRIPTION" -> "DROP SUBSCRIPTION";
            default -> null;
        };
    }

    private static String alter(StatementTokens tokens, int serverVersionNum) {
        return switch (tokens.keywordAt(1)) {
            case "SYSTEM" -> "ALTER SYSTEM";
            case "DATABASE" -> tokens.indexOfWords(3, "SET", "TABLESPACE") >= 0 ? "ALTER DATABASE SET TABLESPACE" : null;
            case "TYPE" -> tokens.indexOfWords(3, "ADD", "VALUE") >= 0
                    && serverVersionNum < ENUM_ADD_VALUE_IN_TRANSACTION_SINCE ? "ALTER TYPE ... ADD" : null;
            case "TABLE" -> detachesConcurrently(tokens) ? "ALTER TABLE ... DETACH CONCURRENTLY" : null;
            case "SUBSCRIPTION" -> alterSubscription(tokens);
            default -> null;
        };
    }

    private static boolean detachesConcurrently(StatementTokens tokens) {
        int detach = tokens.indexOfWords(3, "DETACH", "PARTITION");
        return detach >= 0 && tokens.indexOfWords(detach + 2, "CONCURRENTLY") >= 0;
    }

    /** {@code ALTER SUBSCRIPTION name action ...}: the name is one identifier, so the action is at 3. */
    private static String alterSubscription(StatementTokens tokens) {
        String action = tokens.keywordAt(3);
        if (action.equals("REFRESH")) {
            return "ALTER SUBSCRIPTION ... REFRESH";
        }
        boolean publication = tokens.isWord(4, "PUBLICATION");
        if (publication && (action.equals("SET") || action.equals("ADD") || action.equals("DROP"))) {
            return tokens.optionsAfter(5, "WITH").isFalse("refresh") ? null : "ALTER SUBSCRIPTION with refresh";
        }
        if (action.equals("SET") && tokens.isKind(4, Kind.OPEN_PAREN)) {
            OptionList options = OptionList.parse(tokens, 4);
            if (options.has("failover")) {
                return "ALTER SUBSCRIPTION ... SET (failover)";
            }
            if (options.isFalse("two_phase")) {
                return "ALTER SUBSCRIPTION ... SET (two_phase = false)";
            }
        }
        return null;
    }

    /** {@code REINDEX [(options)] {INDEX|TABLE|SCHEMA|DATABASE|SYSTEM} [CONCURRENTLY] name}. */
    private static String reindex(StatementTokens tokens) {
        OptionList options = tokens.isKind(1, Kind.OPEN_PAREN) ? OptionList.parse(tokens, 1) : OptionList.EMPTY;
        int kindIndex = tokens.isKind(1, Kind.OPEN_PAREN) ? options.endIndex() : 1;
        if (tokens.isWord(kindIndex + 1, "CONCURRENTLY") || options.isTrue("concurrently")) {
            return "REINDEX CONCURRENTLY";
        }
        String kind = tokens.keywordAt(kindIndex);
        // These commit once per table, so they cannot be inside a block even without CONCURRENTLY.
        boolean manyTables = kind.equals("SCHEMA") || kind.equals("DATABASE") || kind.equals("SYSTEM");
        return manyTables ? "REINDEX " + kind : null;
    }

    /** {@code CLUSTER} without a table re-clusters every table, one transaction each. */
    private static String cluster(StatementTokens tokens) {
        int index = tokens.isKind(1, Kind.OPEN_PAREN)
                ? OptionList.parse(tokens, 1).endIndex()
                : tokens.skipOptional(1, "VERBOSE");
        return index >= tokens.size() ? "CLUSTER" : null;
    }
}
