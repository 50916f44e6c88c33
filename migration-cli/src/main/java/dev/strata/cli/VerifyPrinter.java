package dev.strata.cli;

import dev.strata.RevisionInfo;
import dev.strata.autogenerate.RevisionVerdict;
import dev.strata.autogenerate.VerifyListener;
import dev.strata.tooling.ProgressText;
import java.io.PrintWriter;

/**
 * One line per revision as {@code verify} goes: {@code [2/5] 1a9f8e7d6c5b create orders ... ok}, started before the
 * revision's round trip so that a slow one shows what it is busy with, and for a revision that failed, why, on the
 * next line.
 */
final class VerifyPrinter implements VerifyListener {

    private final PrintWriter out;

    VerifyPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void started(int position, int total, RevisionInfo revision) {
        out.print(ProgressText.verifying(position, total, revision.id(), revision.message()));
        out.flush();
    }

    @Override
    public void finished(int position, int total, RevisionVerdict verdict) {
        out.println(ProgressText.verdict(verdict));
        ProgressText.verdictDetail(verdict).forEach(out::println);
        out.flush();
    }
}
