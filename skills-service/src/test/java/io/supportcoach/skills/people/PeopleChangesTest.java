package io.supportcoach.skills.people;

import static io.supportcoach.testing.PeopleFixtures.newPerson;
import static io.supportcoach.testing.PeopleFixtures.newTeam;
import static io.supportcoach.testing.PeopleFixtures.register;
import static io.supportcoach.testing.Requests.asHr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.supportcoach.testing.PeopleFixtures.Staff;
import org.junit.jupiter.api.Test;

/** A write that makes someone leave or move team is told to the subscribers through the outbox, once. */
@QuarkusTest
class PeopleChangesTest {

    @Test
    void aMoveAndALeavingAreEachToldOnceAndNothingElseIs() {
        Staff person = newPerson();
        String newTeam = newTeam();

        register(person.employeeId(), person.teamId(), "Another Name", "ACTIVE");
        assertThat(messagesAbout(person.employeeId())).isEmpty();

        register(person.employeeId(), newTeam, "Another Name", "ACTIVE");
        register(person.employeeId(), newTeam, "Another Name", "ACTIVE");
        register(person.employeeId(), newTeam, "Another Name", "LEFT");
        register(person.employeeId(), newTeam, "Another Name", "LEFT");

        List<Map<String, Object>> messages = messagesAbout(person.employeeId());
        // One message per subscriber for each change, in the order the changes happened.
        assertThat(messages).extracting(message -> message.get("messageType"), message -> message.get("destination"),
                message -> message.get("status"))
                .containsExactly(tuple("person-changed", "coaching-service", "PENDING"),
                        tuple("person-changed", "secondment-service", "PENDING"),
                        tuple("person-changed", "coaching-service", "PENDING"),
                        tuple("person-changed", "secondment-service", "PENDING"));
    }

    @Test
    void aBatchFromTheHrSystemTellsEveryLeaver() {
        Staff stays = newPerson();
        Staff leaves = newPerson();
        asHr().body(Map.of("people", List.of(
                Map.of("employeeId", stays.employeeId(), "displayName", "Stays", "email", "s@example.org",
                        "teamId", stays.teamId(), "status", "ACTIVE"),
                Map.of("employeeId", leaves.employeeId(), "displayName", "Leaves", "email", "l@example.org",
                        "teamId", leaves.teamId(), "status", "LEFT"))))
                .post("/people/batch").then().statusCode(200);

        assertThat(messagesAbout(stays.employeeId())).isEmpty();
        assertThat(messagesAbout(leaves.employeeId())).extracting(message -> message.get("destination"))
                .containsExactly("coaching-service", "secondment-service");
    }

    /** Walks the whole outbox list, as HR would, and keeps this person's messages. */
    private static List<Map<String, Object>> messagesAbout(String employeeId) {
        List<Map<String, Object>> found = new ArrayList<>();
        String cursor = null;
        do {
            var call = asHr().queryParam("limit", 200);
            if (cursor != null) {
                call.queryParam("cursor", cursor);
            }
            JsonPath page = call.get("/outbox-messages").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(item -> employeeId.equals(item.get("aggregateId"))).forEach(found::add);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return found;
    }
}
