package dev.strata;

/**
 * A revision written in Java, for data migrations and anything SQL alone says badly. Annotate the class
 * with {@link Revision}; it needs a public no-argument constructor.
 */
public interface JavaRevision {

    /** Applies the revision. Runs in the revision's transaction unless it is declared non-transactional. */
    void upgrade(Operations op) throws Exception;

    /** Reverts {@link #upgrade}. Not called when the revision is declared {@code reversible = false}. */
    void downgrade(Operations op) throws Exception;
}
