package dev.strata.boot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Strata engines of an application, one per {@code DataSource} bean (or, in a reactive application without
 * one, per R2DBC {@code ConnectionFactory} bean), by bean name.
 */
public final class StrataMigrations {

    private final Map<String, StrataEngine> engines = new LinkedHashMap<>();

    public StrataMigrations(List<StrataEngine> engines) {
        for (StrataEngine engine : engines) {
            if (this.engines.putIfAbsent(engine.name(), engine) != null) {
                throw new IllegalArgumentException("Two engines are named '" + engine.name() + "'");
            }
        }
    }

    /** Every engine, in bean order. */
    public List<StrataEngine> engines() {
        return new ArrayList<>(engines.values());
    }

    /** The engine of the DataSource or ConnectionFactory bean {@code name}. */
    public Optional<StrataEngine> engine(String name) {
        return Optional.ofNullable(engines.get(name));
    }

    /**
     * Whether one of the engines migrates this DataSource or ConnectionFactory (so nothing else should create its
     * tables).
     */
    public boolean manages(Object connectionSource) {
        return engines.values().stream().anyMatch(engine -> engine.connectionSource().equals(connectionSource));
    }

    @Override
    public String toString() {
        return "StrataMigrations" + engines.keySet();
    }
}
