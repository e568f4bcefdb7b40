package io.supportcoach.testing;

import java.io.IOException;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;

/**
 * The contracts say "a Timestamp (or another named type), or null" as {@code anyOf: [$ref, {type: null}]}, which
 * OpenAPI 3.0, the validator's reading, cannot say: it reads only the reference, so a null there, in a request body
 * or in an answer, is a false alarm.
 */
final class NullableReferences {

    private static final Pattern AT =
            Pattern.compile("^validation\\.(request|response)\\.body\\.schema\\.(?:allOf|anyOf) \\[Path '([^']*)'\\]");

    private NullableReferences() {
    }

    static boolean isNullForANullableReference(ValidationReport.Message message, String requestBody,
            String responseBody) {
        var path = AT.matcher(message.getKey() + " " + message.getMessage());
        if (!path.find()) {
            return false;
        }
        String body = "request".equals(path.group(1)) ? requestBody : responseBody;
        if (body == null || body.isEmpty()) {
            return false;
        }
        try {
            JsonNode value = Json.mapper().readTree(body).at(path.group(2));
            return value.isNull();
        } catch (IOException e) {
            return false;
        }
    }
}
