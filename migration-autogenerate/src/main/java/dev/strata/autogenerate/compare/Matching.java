package dev.strata.autogenerate.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs current and target items by a structural key (a constraint's columns, an index's definition without
 * its name); what stays unpaired on either side is a difference. Several items with one key pair off one by
 * one, so a duplicate index in the database is a difference too.
 *
 * @param onlyCurrent current items with no target item of the same key, in their original order
 * @param onlyTarget  target items with no current item of the same key, in their original order
 */
record Matching<C, T>(List<C> onlyCurrent, List<T> onlyTarget) {

    static <C, T, K> Matching<C, T> byKey(List<C> current, List<T> target, Function<? super C, K> currentKey,
            Function<? super T, K> targetKey) {
        Map<K, List<Integer>> unpairedTargets = new HashMap<>();
        for (int i = 0; i < target.size(); i++) {
            unpairedTargets.computeIfAbsent(targetKey.apply(target.get(i)), k -> new ArrayList<>()).add(i);
        }
        boolean[] paired = new boolean[target.size()];
        List<C> onlyCurrent = new ArrayList<>();
        for (C item : current) {
            List<Integer> candidates = unpairedTargets.get(currentKey.apply(item));
            if (candidates == null || candidates.isEmpty()) {
                onlyCurrent.add(item);
            } else {
                paired[candidates.remove(0)] = true;
            }
        }
        List<T> onlyTarget = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            if (!paired[i]) {
                onlyTarget.add(target.get(i));
            }
        }
        return new Matching<>(List.copyOf(onlyCurrent), List.copyOf(onlyTarget));
    }

    static <T, K> Matching<T, T> byKey(List<T> current, List<T> target, Function<? super T, K> key) {
        return byKey(current, target, key, key);
    }
}
