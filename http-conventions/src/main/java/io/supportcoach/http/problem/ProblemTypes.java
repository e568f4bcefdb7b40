package io.supportcoach.http.problem;

import java.util.Locale;

/** The type URI of a problem derives from its code, so the two can never disagree. */
public final class ProblemTypes {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemTypes() {
    }

    /** {@code PLACEMENT_OVERLAP} becomes {@code /problems/placement-overlap}. */
    public static String typeOf(String code) {
        return "/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
