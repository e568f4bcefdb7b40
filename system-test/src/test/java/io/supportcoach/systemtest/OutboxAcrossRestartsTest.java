package io.supportcoach.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The outbox with real processes and nothing stubbed: people leave in skills-service while coaching-service is
 * down, skills-service itself is killed with those messages pending, both come back, and every leaver's coach is
 * deactivated exactly once. Both services hold their tokens by client credentials from the real Keycloak.
 *
 * <p>Cost, measured on a 2-core machine: about 25 s: two restarts of about 4 s each, and the relay's backoff, which
 * has grown to several seconds by the time coaching-service is back.
 */
@SystemTest
class OutboxAcrossRestartsTest {

    private static final int LEAVERS = 6;

    @Test
    void leaversToldWhileCoachingServiceIsDownAndSkillsServiceIsKilledArriveExactlyOnce(RunningSuite suite) {
        ServiceProcess skills = suite.skills();
        ServiceProcess coaching = suite.coaching();
        String hr = new Oidc(suite.keycloak()).userToken("hr.admin", "hr.admin");
        String team = "team-" + Settings.randomHex(4);
        List<String> people = new ArrayList<>();
        List<String> coaches = new ArrayList<>();
        for (int i = 0; i < LEAVERS; i++) {
            String employeeId = "e-leaver-" + Settings.randomHex(6);
            expect(201, Http.putJson(skills.baseUrl() + "/people/" + employeeId, hr, person(employeeId, team, "ACTIVE")));
            Http.Answer coach = Http.sendJson("POST", coaching.baseUrl() + "/coaches", hr, "{\"employeeId\":\""
                    + employeeId + "\",\"displayName\":\"Leaving Coach\",\"skills\":[\"empathy\"],\"capacity\":3}");
            expect(201, coach);
            people.add(employeeId);
            coaches.add(coach.json().path("id").asText());
        }

        coaching.kill();
        for (String employeeId : people) {
            expect(200, Http.putJson(skills.baseUrl() + "/people/" + employeeId, hr, person(employeeId, team, "LEFT")));
        }
        Await.until("a failed delivery attempt of every leaver", Duration.ofSeconds(30),
                () -> all(messagesAbout(skills, hr, people), message -> message.path("attempts").asInt() > 0),
                () -> null);
        skills.kill();
        coaching.start();
        skills.start();

        Await.until("every leaver delivered", Duration.ofSeconds(90),
                () -> all(messagesAbout(skills, hr, people), message -> message.path("status").asText().equals("DELIVERED")),
                () -> null);

        assertThat(messagesAbout(skills, hr, people)).hasSize(LEAVERS)
                .allSatisfy(message -> assertThat(message.path("messageType").asText()).isEqualTo("person-changed"));
        for (String coachId : coaches) {
            JsonNode coach = expect(200, Http.get(coaching.baseUrl() + "/coaches/" + coachId, hr)).json();
            assertThat(coach.path("active").asBoolean()).as(coach.toString()).isFalse();
            assertThat(coach.path("version").asLong()).as("deactivated once: " + coach).isEqualTo(1);
            assertThat(coach.path("updatedBy").asText()).isEqualTo("skills-service");
        }
    }

    /**
     * The outbox messages to coaching-service about these people, read by HR from skills-service's API;
     * secondment-service, a subscriber too, gets messages of its own, which this test does not hold back.
     */
    private static List<JsonNode> messagesAbout(ServiceProcess skills, String hr, List<String> people) {
        List<JsonNode> found = new ArrayList<>();
        String cursor = null;
        do {
            String url = skills.baseUrl() + "/outbox-messages?limit=200" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = expect(200, Http.get(url, hr)).json();
            page.path("items").forEach(item -> {
                if (people.contains(item.path("aggregateId").asText())
                        && "coaching-service".equals(item.path("destination").asText())) {
                    found.add(item);
                }
            });
            cursor = page.hasNonNull("nextCursor") ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return found;
    }

    /** True when there is one message per leaver and each is as asked. */
    private static boolean all(List<JsonNode> messages, Predicate<JsonNode> condition) {
        return messages.size() == LEAVERS && messages.stream().allMatch(condition);
    }

    private static String person(String employeeId, String team, String status) {
        return "{\"displayName\":\"Lee Aver\",\"email\":\"" + employeeId + "@example.org\",\"teamId\":\"" + team
                + "\",\"status\":\"" + status + "\"}";
    }

    private static Http.Answer expect(int status, Http.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        return answer;
    }
}
