package io.supportcoach.skills.roleprofile;

import static io.supportcoach.skills.roleprofile.RoleProfileFixtures.createPerson;
import static io.supportcoach.skills.roleprofile.RoleProfileFixtures.createRoleProfile;
import static io.supportcoach.skills.roleprofile.RoleProfileFixtures.recordEvidence;
import static io.supportcoach.skills.roleprofile.RoleProfileFixtures.target;
import static io.supportcoach.skills.roleprofile.RoleProfileFixtures.unique;
import static io.supportcoach.skills.roleprofile.RoleProfileFixtures.uniqueName;
import static io.supportcoach.testing.PeopleFixtures.managerOf;
import static io.supportcoach.testing.Requests.as;
import static io.supportcoach.testing.Requests.asHr;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GapResourceTest {

    @Test
    void gapsAndMatchFollowTheStatedFormula() {
        String team = "team-gap-" + unique();
        String person = "e-gap-" + unique();
        createPerson(person, team);
        recordEvidence(person, "active-listening", 3);
        recordEvidence(person, "empathy", 2);
        recordEvidence(person, "clear-written-communication", 4);
        String name = uniqueName("Service desk analyst L1");
        String profile = createRoleProfile(name, List.of(
                target("active-listening", 3, 2),
                target("empathy", 4, 1),
                target("patience", 2, null),
                target("clear-written-communication", 2, 0.5)));

        // By hand, in skill-code order:
        //   active-listening             target 3, weight 2,   current 3.0 → share 1,   gap 0.0, met
        //   clear-written-communication  target 2, weight 0.5, current 4.0 → share 1,   gap 0.0, met
        //   empathy                      target 4, weight 1,   current 2.0 → share 0.5, gap 2.0
        //   patience                     target 2, weight 1,   no evidence → share 0,   gap 2.0
        //   match = (2 × 1 + 0.5 × 1 + 1 × 0.5 + 1 × 0) ÷ (2 + 0.5 + 1 + 1) × 100 = 3 ÷ 4.5 × 100 = 66.7
        asHr().queryParam("roleProfile", profile).get("/people/" + person + "/gaps")
                .then().statusCode(200)
                .body("employeeId", equalTo(person))
                .body("roleProfile.id", equalTo(profile))
                .body("roleProfile.name", equalTo(name))
                .body("asOf", notNullValue())
                .body("match", equalTo(66.7f))
                .body("formula", containsString("Σ(weight × min(current ÷ target, 1)) ÷ Σ weight × 100"))
                .body("items.skill", equalTo(List.of("active-listening", "clear-written-communication", "empathy",
                        "patience")))
                .body("items.name", equalTo(List.of("Active listening", "Clear written communication", "Empathy",
                        "Patience")))
                .body("items.targetLevel", equalTo(List.of(3, 2, 4, 2)))
                .body("items.currentLevel", equalTo(List.of(3.0f, 4.0f, 2.0f, 0.0f)))
                .body("items.confidence", equalTo(List.of(0.5f, 0.5f, 0.5f, 0.0f)))
                .body("items.gap", equalTo(List.of(0.0f, 0.0f, 2.0f, 2.0f)))
                .body("items.weight", equalTo(List.of(2.0f, 0.5f, 1.0f, 1.0f)))
                .body("items.met", equalTo(List.of(true, true, false, false)));
    }

    @Test
    void severalPiecesOfEvidenceGiveTheirWeightedLevel() {
        String person = "e-gap-" + unique();
        createPerson(person, "team-gap-" + unique());
        // Five fresh coach observations weigh the same: (3 + 3 + 4 + 3 + 3) ÷ 5 = 3.2.
        recordEvidence(person, "empathy", 3, 3, 4, 3, 3);
        String profile = createRoleProfile(uniqueName("Empathic"), List.of(target("empathy", 4, 1)));
        // match = 1 × min(3.2 ÷ 4, 1) ÷ 1 × 100 = 80.0; gap = 4 − 3.2 = 0.8
        asHr().queryParam("roleProfile", profile).get("/people/" + person + "/gaps")
                .then().statusCode(200)
                .body("match", equalTo(80.0f))
                .body("items[0].currentLevel", equalTo(3.2f))
                .body("items[0].gap", equalTo(0.8f))
                .body("items[0].met", equalTo(false));
    }

    @Test
    void visibleToHrTheTeamsManagerAndThePersonOnly() {
        String team = "team-gap-" + unique();
        String person = "e-gap-" + unique();
        createPerson(person, team);
        String profile = createRoleProfile(uniqueName("Visible"), List.of(target("patience", 2, 1)));
        String path = "/people/" + person + "/gaps";

        as(managerOf(team)).queryParam("roleProfile", profile).get(path).then().statusCode(200).body("match", equalTo(0.0f));
        as(TestTokens.employee(person)).queryParam("roleProfile", profile).get(path).then().statusCode(200);
        as(managerOf("team-elsewhere")).queryParam("roleProfile", profile).get(path)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(TestTokens.employee("e-colleague-" + unique())).queryParam("roleProfile", profile).get(path)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(TestTokens.as("e-coach", "coach").sign()).queryParam("roleProfile", profile).get(path).then().statusCode(404);
        // Someone who does not exist looks the same as someone hidden.
        asHr().queryParam("roleProfile", profile).get("/people/e-nobody-" + unique() + "/gaps").then().statusCode(404);
    }

    @Test
    void theRoleProfileMustBeNamedAndExist() {
        String person = "e-gap-" + unique();
        createPerson(person, "team-gap-" + unique());
        String path = "/people/" + person + "/gaps";
        asHr().get(path).then().statusCode(400).body("errors[0].field", equalTo("roleProfile"));
        asHr().queryParam("roleProfile", "nope").get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("roleProfile"));
        asHr().queryParam("roleProfile", UUID.randomUUID().toString()).get(path)
                .then().statusCode(422).body("code", equalTo("UNKNOWN_ROLE_PROFILE"));
    }

    @Test
    void hiddenPersonIsNotFoundEvenForAnUnknownRoleProfile() {
        String person = "e-gap-" + unique();
        createPerson(person, "team-gap-" + unique());
        as(TestTokens.employee("e-colleague-" + unique())).queryParam("roleProfile", UUID.randomUUID().toString())
                .get("/people/" + person + "/gaps").then().statusCode(404);
    }
}
