package io.supportcoach.skills.relation;

import static io.supportcoach.testing.Requests.as;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import io.supportcoach.testing.TestTokens;

/** Coaching relations as coaching-service grants and revokes them, with its own service token. */
public final class CoachingRelationFixtures {

    private CoachingRelationFixtures() {
    }

    /** A reference no other test uses. */
    public static String newReference() {
        return "session:" + UUID.randomUUID();
    }

    static Map<String, Object> relation(String coachId, String coacheeId, Instant validUntil) {
        var body = new HashMap<String, Object>();
        body.put("coachId", coachId);
        body.put("coacheeId", coacheeId);
        body.put("validUntil", validUntil == null ? null : validUntil.toString());
        return body;
    }

    static Response put(String reference, Map<String, Object> body) {
        return as(TestTokens.service("coaching-service")).body(body).put("/coaching-relations/" + reference);
    }

    static Response delete(String reference) {
        return as(TestTokens.service("coaching-service")).delete("/coaching-relations/" + reference);
    }

    /** The coach coaches the coachee until revoked; answers the reference. */
    public static String grant(String coachId, String coacheeId) {
        return grant(coachId, coacheeId, null);
    }

    public static String grant(String coachId, String coacheeId, Instant validUntil) {
        String reference = newReference();
        put(reference, relation(coachId, coacheeId, validUntil)).then().statusCode(anyOf(is(200), is(201)));
        return reference;
    }

    public static void revoke(String reference) {
        delete(reference).then().statusCode(204);
    }
}
