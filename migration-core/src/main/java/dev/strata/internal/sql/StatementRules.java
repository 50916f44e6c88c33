package dev.strata.internal.sql;

import java.util.Optional;

/**
 * What the executor must know about a statement before running it inside a revision's transaction.
 * Both questions are answered from the statement's leading tokens, so words inside strings,
 * comments and dollar-quoted bodies ({@code DO} blocks, PL/pgSQL functions) never count.
 */
public final class StatementRules {

    private StatementRules() {
    }

    /**
     * The name of the explicit transaction-control statement {@code statement} is: {@code BEGIN},
     * {@code START TRANSACTION}, {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code ABORT},
     * {@code SAVEPOINT}, {@code RELEASE SAVEPOINT}, {@code ROLLBACK TO SAVEPOINT},
     * {@code PREPARE TRANSACTION}, {@code COMMIT PREPARED} or {@code ROLLBACK PREPARED}.
     * {@code BEGIN ATOMIC} opens a function body, not a transaction, and is not one.
     *
     * @throws SqlSyntaxException if the statement has an unterminated string or comment
     */
    public static Optional<String> transactionControl(SqlStatement statement) {
        return Optional.ofNullable(TransactionControlStatements.nameOf(StatementTokens.of(statement)));
    }

    /**
     * The name of {@code statement} if PostgreSQL refuses to run it inside a transaction block, as the
     * server itself names it: {@code CREATE INDEX CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY},
     * {@code REINDEX CONCURRENTLY}, {@code REINDEX SCHEMA|DATABASE|SYSTEM}, {@code VACUUM},
     * {@code CLUSTER} (without a table), {@code CREATE DATABASE}, {@code DROP DATABASE},
     * {@code ALTER DATABASE SET TABLESPACE}, {@code CREATE TABLESPACE}, {@code DROP TABLESPACE},
     * {@code ALTER SYSTEM}, {@code DISCARD ALL}, {@code ALTER TABLE ... DETACH CONCURRENTLY},
     * {@code ALTER TYPE ... ADD} (an enum value, before PostgreSQL 12), the subscription commands
     * that create, drop or alter a replication slot or refresh publications, and
     * {@code COMMIT PREPARED} / {@code ROLLBACK PREPARED}.
     *
     * @param serverVersionNum the server's {@code server_version_num}, e.g. {@code 150004}
     * @throws SqlSyntaxException if the statement has an unterminated string or comment
     */
    public static Optional<String> requiresNoTransaction(SqlStatement statement, int serverVersionNum) {
        return Optional.ofNullable(NonTransactionalStatements.nameOf(StatementTokens.of(statement), serverVersionNum));
    }
}
