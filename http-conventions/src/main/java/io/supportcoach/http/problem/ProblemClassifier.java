package io.supportcoach.http.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Turns any exception into the problem the client sees. Causes are searched because the same
 * failure reaches us bare or wrapped (a constraint violated at commit arrives inside a rollback).
 */
@ApplicationScoped
public class ProblemClassifier {

    /** Fields the server owns; sending one is a mistake the client should hear about by name. */
    static final Set<String> READ_ONLY_FIELDS = Set.of("id", "version", "createdAt", "createdBy", "updatedAt",
            "updatedBy", "assertedBy", "approvedBy", "etag");

    private final ProblemConfig config;

    public ProblemClassifier(ProblemConfig config) {
        this.config = config;
    }

    public ProblemException classify(Throwable failure) {
        ProblemException known = classifyChain(failure);
        return known != null ? known : new ProblemException(500, "INTERNAL_ERROR", "Internal error",
                "The service failed unexpectedly. Quote the trace id when you report it.");
    }

    private ProblemException classifyChain(Throwable failure) {
        // A problem raised on purpose wins over how it was wrapped: a body cut at its limit inside a JSON reader
        // reaches us as a JSON mapping failure.
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            ProblemException known = classifyOne(cause);
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    private ProblemException classifyOne(Throwable cause) {
        if (cause instanceof ProblemException problem) {
            return problem;
        }
        if (cause instanceof WebApplicationException web) {
            // Quarkus wraps what it could not read (bad JSON, say) in a bare 400; the cause says more.
            ProblemException inner = web.getCause() == null ? null : classifyChain(web.getCause());
            return inner != null ? inner : fromStatus(web);
        }
        if (cause instanceof UnauthorizedException || cause instanceof AuthenticationFailedException) {
            return new ProblemException(401, "UNAUTHENTICATED", "Unauthenticated",
                    "A valid bearer token is required.", List.of(), Map.of("WWW-Authenticate", "Bearer"));
        }
        if (cause instanceof ForbiddenException) {
            return ProblemException.forbidden("Your role does not allow this operation.");
        }
        if (cause instanceof JsonProcessingException json) {
            return fromJson(json);
        }
        if (cause instanceof ConstraintViolationException violations) {
            return fromViolations(violations);
        }
        if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
            return fromConstraint(constraint.getConstraintName());
        }
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return new ProblemException(412, "VERSION_MISMATCH", "Precondition failed",
                    "Someone changed this resource since you read it. Read it again and retry with its new ETag.");
        }
        if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                || isConnectionFailure(cause)) {
            return new ProblemException(503, "DATABASE_UNAVAILABLE", "Service unavailable",
                    "The database cannot be reached right now. Retry shortly.", List.of(),
                    Map.of("Retry-After", "5"));
        }
        if (cause instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
            return new ProblemException(409, "CONCURRENT_UPDATE", "Conflict",
                    "Another request changed the same data at the same moment. Retry the request.", List.of(),
                    Map.of("Retry-After", "1"));
        }
        return null;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }

    private ProblemException fromConstraint(String constraintName) {
        var known = constraintName == null ? null : config.constraints().get(constraintName);
        if (known != null) {
            return new ProblemException(known.status(), known.code(), known.status() == 422
                    ? "Unprocessable request" : "Conflict", known.detail());
        }
        return ProblemException.conflict("CONFLICT", "The request conflicts with the current state of the data.");
    }

    private static ProblemException fromStatus(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        return switch (status) {
            case 400 -> ProblemException.badRequest("MALFORMED_REQUEST", "The request could not be read.");
            case 401 -> new ProblemException(401, "UNAUTHENTICATED", "Unauthenticated",
                    "A valid bearer token is required.", List.of(), Map.of("WWW-Authenticate", "Bearer"));
            case 403 -> ProblemException.forbidden("Your role does not allow this operation.");
            case 404 -> ProblemException.notFound("Nothing exists at this path.");
            case 405 -> new ProblemException(405, "METHOD_NOT_ALLOWED", "Method not allowed",
                    "This resource does not support that method.", List.of(), allowHeader(web));
            case 406 -> new ProblemException(406, "NOT_ACCEPTABLE", "Not acceptable",
                    "The resource cannot answer in any media type the Accept header names.");
            case 413 -> payloadTooLarge("The request body is larger than this operation accepts.");
            case 415 -> new ProblemException(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type",
                    "This operation does not accept that Content-Type.");
            default -> new ProblemException(status, "HTTP_" + status, web.getResponse().getStatusInfo().getReasonPhrase(),
                    "The request failed with status " + status + ".");
        };
    }

    public static ProblemException payloadTooLarge(long limitBytes) {
        return payloadTooLarge("The request body is larger than the " + limitBytes / (1024 * 1024)
                + " MiB this operation accepts.");
    }

    /** With the connection closed after it, since the rest of the body is never read. */
    private static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(413, "PAYLOAD_TOO_LARGE", "Payload too large", detail, List.of(),
                Map.of("Connection", "close"));
    }

    private static Map<String, String> allowHeader(WebApplicationException web) {
        String allow = web.getResponse().getHeaderString("Allow");
        return allow == null ? Map.of() : Map.of("Allow", allow);
    }

    private static ProblemException fromJson(JsonProcessingException json) {
        if (json instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName();
            return READ_ONLY_FIELDS.contains(field)
                    ? ProblemException.invalidField(pathOf(unknown), "READ_ONLY_FIELD",
                            "is set by the server and cannot be written")
                    : ProblemException.invalidField(pathOf(unknown), "UNKNOWN_FIELD", "is not a field of this request");
        }
        if (json instanceof InvalidFormatException invalid) {
            String allowed = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? " (one of " + List.of(invalid.getTargetType().getEnumConstants()) + ")" : "";
            return ProblemException.invalidField(pathOf(invalid), "INVALID_VALUE", "has an invalid value" + allowed);
        }
        if (json instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return ProblemException.invalidField(pathOf(mismatched), "INVALID_TYPE", "has the wrong JSON type");
        }
        return ProblemException.badRequest("MALFORMED_JSON", "The request body is not valid JSON for this operation.");
    }

    /** The JSON path of the offending field, such as {@code levels[2].indicators}. */
    private static String pathOf(JsonMappingException mapping) {
        var path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** One error per field: when a value breaks several rules, the most basic one is reported. */
    private static ProblemException fromViolations(ConstraintViolationException violations) {
        Map<String, FieldError> byField = new java.util.TreeMap<>();
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            var error = new FieldError(fieldOf(violation), codeOf(violation), violation.getMessage());
            byField.merge(error.field(), error, (kept, other) -> rank(other) < rank(kept) ? other : kept);
        }
        return ProblemException.invalidFields(List.copyOf(byField.values()));
    }

    private static final List<String> CODES_MOST_BASIC_FIRST = List.of("REQUIRED", "INVALID_FORMAT", "OUT_OF_RANGE");

    private static int rank(FieldError error) {
        int index = CODES_MOST_BASIC_FIRST.indexOf(error.code());
        return index < 0 ? CODES_MOST_BASIC_FIRST.size() : index;
    }

    /**
     * A violation on a resource method parameter has the path {@code method.argName.field}; the client
     * knows only the field, or the query parameter's name when the argument itself is invalid.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        var nodes = new ArrayList<String>();
        violation.getPropertyPath().forEach(node -> {
            String name = node.getName();
            if (node.getIndex() != null && !nodes.isEmpty()) {
                nodes.set(nodes.size() - 1, nodes.get(nodes.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                nodes.add(name);
            }
        });
        if (nodes.size() <= 2) {
            return nodes.isEmpty() ? "" : nodes.get(nodes.size() - 1);
        }
        return String.join(".", nodes.subList(2, nodes.size()));
    }

    /** A stable code for a bean-validation failure, named after what was violated. */
    public static String codeOf(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Size", "Max", "Min", "DecimalMax", "DecimalMin", "Positive", "PositiveOrZero" -> "OUT_OF_RANGE";
            case "Pattern" -> "INVALID_FORMAT";
            default -> annotation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        };
    }
}
