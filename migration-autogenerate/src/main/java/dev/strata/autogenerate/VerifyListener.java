package dev.strata.autogenerate;

import dev.strata.RevisionInfo;

/** Hears {@link Verify} go through the revisions, for a progress line per revision. */
public interface VerifyListener {

    /**
     * A revision is about to be verified.
     *
     * @param position 1-based position in the verification
     * @param total    how many revisions are verified
     * @param revision the revision
     */
    default void started(int position, int total, RevisionInfo revision) {
    }

    /**
     * A revision's verdict is in.
     *
     * @param position 1-based position in the verification
     * @param total    how many revisions are verified
     * @param verdict  what was found
     */
    default void finished(int position, int total, RevisionVerdict verdict) {
    }
}
