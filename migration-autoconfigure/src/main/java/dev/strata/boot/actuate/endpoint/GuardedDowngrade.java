package dev.strata.boot.actuate.endpoint;

import dev.strata.AppliedStep;
import dev.strata.HeadsChangedException;
import dev.strata.MigrationResult;
import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.boot.MigrationSettings;
import dev.strata.boot.StrataEngine;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The downgrade behind {@code POST /actuator/migrations/{datasource}}, with every guard in order: the caller's
 * role (when Spring Security is present), {@code strata.actuator.downgrade.enabled}, a well-formed request,
 * {@code confirm} equal to the current heads, a valid target, the floor, irreversible revisions, and a dry run
 * unless {@code dryRun} is false. Each refusal leaves the schema untouched; every attempt is logged, and every
 * attempt by an authenticated caller is written to the history table with the principal: a run as its steps, a
 * refusal as a {@code refused} row, a dry run as a {@code dry-run} row. (Unauthenticated requests are only
 * logged, so that anonymous callers cannot fill the table.) The confirmed heads are checked again under the
 * migration lock, so a downgrade never starts from heads the caller did not confirm.
 */
public final class GuardedDowngrade {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedDowngrade.class);

    static final int UNAUTHORIZED = 401;
    static final int FORBIDDEN = 403;
    static final int CONFLICT = 409;
    static final int PRECONDITION_FAILED = 412;
    static final int BAD_REQUEST = 400;
    static final int INTERNAL_SERVER_ERROR = 500;
    static final int OK = 200;

    private final boolean securityPresent;

    /** @param securityPresent whether Spring Security guards the application, so that roles mean something */
    public GuardedDowngrade(boolean securityPresent) {
        this.securityPresent = securityPresent;
    }

    public DowngradeResponse downgrade(StrataEngine engine, DowngradeRequest request, Caller caller) {
        LOG.info("Strata: {} of {} to '{}' requested by {} (dryRun={}, confirm={})", request.operation(),
                engine.describe(), request.target(), caller.name(), request.isDryRun(), request.confirm());
        DowngradeResponse response;
        try {
            response = guarded(engine, request, caller);
        } catch (StrataException e) {
            response = respond(INTERNAL_SERVER_ERROR, engine, request, e.getMessage());
        }
        if (response.status() != OK) {
            LOG.warn("Strata: {} of {} to '{}' requested by {} {}: {}", request.operation(),
                    engine.describe(), request.target(), caller.name(), response.refused() ? "refused" : "failed",
                    response.body().get("message"));
        }
        audit(engine, request, caller, response);
        return response;
    }

    /** The history-table row for an attempt that ran nothing (a run records its own steps). */
    private static void audit(StrataEngine engine, DowngradeRequest request, Caller caller,
            DowngradeResponse response) {
        boolean ran = response.status() == OK && !request.isDryRun();
        if (ran || response.status() == UNAUTHORIZED) {
            return;
        }
        String outcome = response.status() == OK ? "dry-run" : "refused";
        String detail = response.status() == OK ? "dry run of downgrade to " + request.target() + ", plan: "
                + response.body().get("plan") : String.valueOf(response.body().get("message"));
        try {
            if (!engine.strataFor(caller.name()).recordAttempt(outcome, request.target(), detail)) {
                LOG.info("Strata: no history table in {} yet; the {} attempt is only logged",
                        engine.describe(), outcome);
            }
        } catch (StrataException e) {
            LOG.warn("Strata: could not record the {} attempt in the history table of {}: {}", outcome,
                    engine.describe(), e.getMessage());
        }
    }

    private DowngradeResponse guarded(StrataEngine engine, DowngradeRequest request, Caller caller) {
        MigrationSettings.Downgrade settings = engine.settings().downgrade();
        if (securityPresent && caller.principal() == null) {
            return respond(UNAUTHORIZED, engine, request, "Authentication is required to downgrade");
        }
        if (securityPresent && !caller.hasRole().test(settings.role())) {
            return respond(FORBIDDEN, engine, request, "Downgrading needs the role " + settings.role() + ", which "
                    + caller.name() + " does not hold");
        }
        if (!settings.enabled()) {
            return respond(FORBIDDEN, engine, request, "Downgrade through the endpoint is disabled; set"
                    + " strata.actuator.downgrade.enabled=true (or strata.datasources." + engine.name()
                    + ".actuator.downgrade.enabled=true) to allow it");
        }
        if (!"downgrade".equals(request.operation())) {
            return respond(BAD_REQUEST, engine, request, "operation must be \"downgrade\", was "
                    + quoted(request.operation()));
        }
        if (request.target() == null || request.target().isBlank()) {
            return respond(BAD_REQUEST, engine, request, "target is required: a revision id, \"-1\" or \"base\"");
        }
        Strata strata = engine.strata();
        List<String> current = strata.current().stream().map(RevisionInfo::id).toList();
        String heads = current.isEmpty() ? "base" : String.join(",", current);
        if (!sameHeads(request.confirm(), current)) {
            return respond(PRECONDITION_FAILED, engine, request, "confirm must equal the current heads \"" + heads
                    + "\", was " + quoted(request.confirm()) + ": the database is not where the caller thinks");
        }
        List<RevisionInfo> plan;
        try {
            plan = strata.downgradePlan(request.target());
        } catch (StrataException e) {
            return respond(BAD_REQUEST, engine, request, e.getMessage());
        }
        String belowFloor = belowFloor(strata, plan, settings.floor());
        if (belowFloor != null) {
            return respond(CONFLICT, engine, request, "Downgrading to '" + request.target() + "' would undo "
                    + belowFloor + ", at or below the floor " + settings.floor() + " (strata.actuator.downgrade.floor)");
        }
        List<String> irreversible = plan.stream().filter(r -> !r.reversible()).map(RevisionInfo::id).toList();
        if (!irreversible.isEmpty()) {
            return respond(CONFLICT, engine, request, "Revision " + String.join(", ", irreversible)
                    + " cannot be downgraded: its downgrade is declared irreversible");
        }
        Map<String, Object> body = body(engine, request);
        body.put("current", current);
        body.put("plan", plan.stream().map(GuardedDowngrade::step).toList());
        if (request.isDryRun()) {
            body.put("sql", plan.isEmpty() ? "" : strata.downgradeSql(request.target()));
            return new DowngradeResponse(OK, body);
        }
        MigrationResult result;
        try {
            result = engine.strataFor(caller.name()).downgrade(request.target(), current);
        } catch (HeadsChangedException e) {
            return respond(PRECONDITION_FAILED, engine, request, e.getMessage());
        }
        body.put("headsBefore", result.headsBefore());
        body.put("headsAfter", result.headsAfter());
        body.put("steps", result.steps().stream().map(GuardedDowngrade::step).toList());
        LOG.warn("Strata: {} downgraded by {} from {} to {}", engine.describe(), caller.name(),
                result.headsBefore(), result.headsAfter());
        return new DowngradeResponse(OK, body);
    }

    /** The first planned revision that is the floor or below it, or null. */
    private static String belowFloor(Strata strata, List<RevisionInfo> plan, String floor) {
        if (floor == null || floor.isBlank() || plan.isEmpty()) {
            return null;
        }
        List<String> floorIds;
        try {
            floorIds = strata.show(floor).stream().map(RevisionInfo::id).toList();
        } catch (StrataException e) {
            throw new StrataException("strata.actuator.downgrade.floor '" + floor + "' names no revision: "
                    + e.getMessage(), e);
        }
        Set<String> protectedIds = strata.graph().ancestors(floorIds, true);
        return plan.stream().map(RevisionInfo::id).filter(protectedIds::contains).findFirst().orElse(null);
    }

    private static boolean sameHeads(String confirm, List<String> current) {
        if (confirm == null) {
            return false;
        }
        Set<String> given = new TreeSet<>();
        for (String part : Arrays.asList(confirm.split(","))) {
            if (!part.isBlank()) {
                given.add(part.strip());
            }
        }
        Set<String> expected = new TreeSet<>(current);
        if (expected.isEmpty()) {
            return given.isEmpty() || given.equals(Set.of("base"));
        }
        return given.equals(expected);
    }

    private static Map<String, Object> step(RevisionInfo r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("revision", r.id());
        out.put("to", r.downRevisions().isEmpty() ? List.of("base") : r.downRevisions());
        out.put("message", r.message());
        return out;
    }

    private static Map<String, Object> step(AppliedStep s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("revision", s.revision());
        out.put("description", s.description());
        out.put("durationMs", s.duration().toMillis());
        return out;
    }

    private static DowngradeResponse respond(int status, StrataEngine engine, DowngradeRequest request,
            String message) {
        Map<String, Object> body = body(engine, request);
        body.put("status", status);
        body.put("message", message);
        return new DowngradeResponse(status, body);
    }

    private static Map<String, Object> body(StrataEngine engine, DowngradeRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("datasource", engine.name());
        body.put("operation", request.operation());
        body.put("target", request.target());
        body.put("dryRun", request.isDryRun());
        return body;
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "\"" + value + "\"";
    }
}
