package io.supportcoach.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid field of a request: where it is, a stable code, and a sentence for people. {@code line}
 * is set only for errors in an uploaded file, such as a CSV import.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String code, String message, Integer line) {

    public FieldError(String field, String code, String message) {
        this(field, code, message, null);
    }
}
