package io.supportcoach.http.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

import io.supportcoach.http.problem.FieldError;
import io.supportcoach.http.problem.ProblemException;

/**
 * The one check for a list that names the same thing twice: a client mistake worth hearing about, not
 * something to tidy up silently. Each repeat is reported at its own index.
 */
public final class Distinct {

    private Distinct() {
    }

    /** Refuses repeats in {@code values}, reported as {@code field[i]}. */
    public static <T> void require(String field, List<T> values) {
        require(field, values, Function.identity(), "");
    }

    /**
     * Refuses repeats of {@code key} across {@code values}, reported as {@code field[i]} followed by
     * {@code keyPath} (such as {@code .skill}).
     */
    public static <T, K> void require(String field, List<T> values, Function<T, K> key, String keyPath) {
        var seen = new HashSet<K>();
        List<FieldError> repeats = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(key.apply(values.get(i)))) {
                repeats.add(new FieldError(field + "[" + i + "]" + keyPath, "DUPLICATE", "repeats a value that appears earlier"));
            }
        }
        if (!repeats.isEmpty()) {
            throw ProblemException.invalidFields(repeats);
        }
    }
}
