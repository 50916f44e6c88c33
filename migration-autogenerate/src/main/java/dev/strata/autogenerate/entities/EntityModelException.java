package dev.strata.autogenerate.entities;

/**
 * The entity side of autogenerate cannot be built: no entities were found, Hibernate rejected their mapping, or
 * the DDL Hibernate produced for them failed. The message says what happened and what to do.
 */
public final class EntityModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what happened and what to do
     * @param cause   the underlying failure, or null
     */
    public EntityModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
