package dev.strata.maven;

import dev.strata.autogenerate.RevisionVerdict;
import dev.strata.autogenerate.VerifyListener;
import dev.strata.tooling.ProgressText;

/**
 * One log line per revision that {@code strata:verify} went through, {@code [2/5] 1a9f8e7d6c5b create orders ... ok},
 * written once the revision is done (a build log has no half lines), and why it failed on the next line.
 */
final class VerifyLog implements VerifyListener {

    private final ModuleLog log;

    VerifyLog(ModuleLog log) {
        this.log = log;
    }

    @Override
    public void finished(int position, int total, RevisionVerdict verdict) {
        log.line(ProgressText.verifying(position, total, verdict.id(), verdict.message())
                + ProgressText.verdict(verdict));
        ProgressText.verdictDetail(verdict).forEach(log::line);
    }
}
