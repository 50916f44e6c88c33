package dev.strata.boot;

import dev.strata.MigrationResult;
import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.StrataException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The startup run the {@code strata.*} settings describe: refuse several heads unless
 * {@code allow-multiple-heads}; with {@code run-on-startup}, upgrade to {@code target}; otherwise, with
 * {@code fail-on-pending}, refuse to start while revisions are pending. A custom {@link StrataMigrationStrategy} may
 * delegate to it.
 */
public final class DefaultMigrationStrategy implements StrataMigrationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultMigrationStrategy.class);

    @Override
    public void migrate(StrataEngine engine) {
        MigrationSettings settings = engine.settings();
        Strata strata = engine.strata();
        if (!settings.allowMultipleHeads()) {
            refuseSeveralHeads(engine);
        }
        if (settings.runOnStartup()) {
            MigrationResult result = strata.upgrade(settings.target());
            if (result.nothingToDo()) {
                LOG.info("Strata: {} is up to date at {}", engine.describe(), at(result.headsAfter()));
            } else {
                LOG.info("Strata: {} upgraded from {} to {} ({} step(s))", engine.describe(),
                        at(result.headsBefore()), at(result.headsAfter()), result.steps().size());
            }
        } else if (settings.failOnPending()) {
            List<RevisionInfo> pending = strata.pending(settings.target());
            if (!pending.isEmpty()) {
                throw new PendingRevisionsException(engine, settings.target(), pending);
            }
        }
    }

    private static void refuseSeveralHeads(StrataEngine engine) {
        List<String> heads = engine.strata().graph().heads();
        if (heads.size() > 1) {
            throw new StrataException("The revisions of " + engine.describe() + " have " + heads.size()
                    + " heads (" + String.join(", ", heads) + ") and allow-multiple-heads is false. Merge them with"
                    + " 'strata merge -m \"merge heads\" heads', or set strata.allow-multiple-heads=true to upgrade"
                    + " every head");
        }
    }

    private static String at(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
