package dev.strata.autogenerate.entities;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the scanner needs to know about one class file, read from its bytes without loading the class.
 *
 * @param className   the binary name, for example {@code dev.acme.Order$Line}
 * @param packageInfo true for a {@code package-info} class, which carries package-level annotations
 * @param annotations the class-level runtime-visible annotations by annotation class name, each with its
 *                    explicitly given elements: strings as {@link String}, class literals as the class name,
 *                    arrays as {@link List}, other constants boxed; nested annotations are left out
 */
record ClassFileSummary(String className, boolean packageInfo, Map<String, Map<String, Object>> annotations) {

    ClassFileSummary {
        Objects.requireNonNull(className, "className");
        annotations = Map.copyOf(annotations);
    }

    boolean has(String annotation) {
        return annotations.containsKey(annotation);
    }

    /** The package name, empty for the unnamed package. */
    String packageName() {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /**
     * The string values of an annotation element that holds a string, a class literal or an array of them; empty
     * when the annotation or the element is absent.
     */
    List<String> strings(String annotation, String element) {
        Map<String, Object> values = annotations.get(annotation);
        Object value = values == null ? null : values.get(element);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
