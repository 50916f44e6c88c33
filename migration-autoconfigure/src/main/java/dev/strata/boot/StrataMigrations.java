package dev.strata.boot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The Strata engines of an application, one per {@code DataSource} bean, by bean name. */
public final class StrataMigrations {

    private final Map<String, StrataEngine> engines = new LinkedHashMap<>();

    public StrataMigrations(List<StrataEngine> engines) {
        for (StrataEngine engine : engines) {
            if (this.engines.putIfAbsent(engine.name(), engine) != null) {
                throw new IllegalArgumentException("Two engines are named '" + engine.name() + "'");
            }
        }
    }

    /** Every engine, in DataSource bean order. */
    public List<StrataEngine> engines() {
        return new ArrayList<>(engines.values());
    }

    /** The engine of the DataSource bean {@code name}. */
    public Optional<StrataEngine> engine(String name) {
        return Optional.ofNullable(engines.get(name));
    }

    /** Whether one of the engines migrates this DataSource (so nothing else should create its tables). */
    public boolean manages(DataSource dataSource) {
        return engines.values().stream().anyMatch(engine -> engine.dataSource().equals(dataSource));
    }

    @Override
    public String toString() {
        return "StrataMigrations" + engines.keySet();
    }
}
