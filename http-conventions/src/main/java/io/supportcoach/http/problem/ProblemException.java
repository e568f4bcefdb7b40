package io.supportcoach.http.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure the service expects and answers as problem+json. The code is part of the contract:
 * once published it is never renamed.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String code, String title, String detail, List<FieldError> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of(), Map.of());
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(400, code, "Bad request", detail);
    }

    public static ProblemException invalidField(String field, String code, String message) {
        return new ProblemException(400, "VALIDATION_FAILED", "Invalid request",
                "The request has invalid fields.", List.of(new FieldError(field, code, message)), Map.of());
    }

    public static ProblemException invalidFields(List<FieldError> errors) {
        return new ProblemException(400, "VALIDATION_FAILED", "Invalid request",
                "The request has invalid fields.", errors, Map.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "NOT_FOUND", "Not found", detail);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail);
    }

    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(422, code, "Unprocessable request", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "FORBIDDEN", "Forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
