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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoleProfileFitTest {

    /** A team of five: strong, two equal, one without evidence, one who left. */
    private record Team(String id, String strong, String equalA, String equalB, String unproven, String left,
            String profile) {
    }

    private static Team craftTeam() {
        String suffix = unique();
        var team = new Team("team-fit-" + suffix, "e-fit-" + suffix + "-s", "e-fit-" + suffix + "-a",
                "e-fit-" + suffix + "-b", "e-fit-" + suffix + "-n", "e-fit-" + suffix + "-l",
                createRoleProfile(uniqueName("Major incident manager"),
                        List.of(target("calm-under-pressure", 3, 1), target("empathy", 4, 1))));
        for (String person : List.of(team.strong(), team.equalA(), team.equalB(), team.unproven())) {
            createPerson(person, team.id());
        }
        createPerson(team.left(), team.id(), "LEFT");
        recordEvidence(team.strong(), "calm-under-pressure", 3);
        recordEvidence(team.strong(), "empathy", 4);
        for (String equal : List.of(team.equalB(), team.equalA())) {
            recordEvidence(equal, "calm-under-pressure", 3);
            recordEvidence(equal, "empathy", 2);
        }
        recordEvidence(team.left(), "calm-under-pressure", 5);
        recordEvidence(team.left(), "empathy", 5);
        return team;
    }

    @Test
    void ranksTheActivePeopleOfATeamByMatchWithReasons() {
        Team team = craftTeam();
        // By hand: strong (1 × 3/3 + 1 × 4/4) ÷ 2 × 100 = 100.0; equalA and equalB (1 × 3/3 + 1 × 2/4) ÷ 2 × 100 = 75.0,
        // in employee-id order; unproven 0.0. The person who left is not ranked.
        as(managerOf(team.id())).body(Map.of("teamId", team.id())).post("/role-profiles/" + team.profile() + "/fit")
                .then().statusCode(200)
                .body("roleProfile.id", equalTo(team.profile()))
                .body("formula", containsString("Σ(weight × min(current ÷ target, 1)) ÷ Σ weight × 100"))
                .body("people.employeeId", equalTo(List.of(team.strong(), team.equalA(), team.equalB(), team.unproven())))
                .body("people.match", equalTo(List.of(100.0f, 75.0f, 75.0f, 0.0f)))
                .body("people.rank", equalTo(List.of(1, 2, 2, 4)))
                .body("people[0].teamId", equalTo(team.id()))
                .body("people[0].reasons", equalTo(List.of("meets calm-under-pressure (3.0 of 3)", "meets empathy (4.0 of 4)")))
                .body("people[1].reasons", equalTo(List.of("meets calm-under-pressure (3.0 of 3)",
                        "short of empathy by 2.0 (2.0 of 4)")))
                .body("people[3].reasons", equalTo(List.of("no evidence yet for calm-under-pressure",
                        "no evidence yet for empathy")))
                .body("people[1].gaps.skill", equalTo(List.of("calm-under-pressure", "empathy")))
                .body("people[1].gaps.gap", equalTo(List.of(0.0f, 2.0f)))
                .body("people[1].gaps.met", equalTo(List.of(true, false)));
    }

    @Test
    void ranksAgainstSkillsGivenInTheRequestWithoutARoleProfile() {
        Team team = craftTeam();
        // By hand, calm-under-pressure 3 (weight 3) and empathy 2 (weight 1): strong (3 × 1 + 1 × 1) ÷ 4 = 100.0;
        // equalA and equalB also meet empathy 2 with their 2: 100.0; unproven 0.0. Equal matches go by employee id.
        as(managerOf(team.id()))
                .body(Map.of("teamId", team.id(), "skills", List.of(target("calm-under-pressure", 3, 3),
                        target("empathy", 2, 1))))
                .post("/fit-rankings")
                .then().statusCode(200)
                .body("roleProfile", org.hamcrest.Matchers.nullValue())
                .body("people.employeeId", equalTo(List.of(team.equalA(), team.equalB(), team.strong(), team.unproven())))
                .body("people.match", equalTo(List.of(100.0f, 100.0f, 100.0f, 0.0f)))
                .body("people.rank", equalTo(List.of(1, 1, 1, 4)));
        as(managerOf("team-elsewhere"))
                .body(Map.of("teamId", team.id(), "skills", List.of(target("empathy", 2, 1))))
                .post("/fit-rankings").then().statusCode(404);
        as(managerOf(team.id()))
                .body(Map.of("teamId", team.id(), "skills", List.of(target("no-such-skill", 2, 1))))
                .post("/fit-rankings").then().statusCode(422).body("code", equalTo("UNKNOWN_SKILL"));
        as(TestTokens.employee(team.strong()))
                .body(Map.of("teamId", team.id(), "skills", List.of(target("empathy", 2, 1))))
                .post("/fit-rankings").then().statusCode(403);
    }

    @Test
    void hrRanksNamedPeopleFromAnyTeamIncludingOnesWhoLeft() {
        Team team = craftTeam();
        String elsewhere = "e-fit-" + unique();
        createPerson(elsewhere, "team-fit-other-" + unique());
        recordEvidence(elsewhere, "calm-under-pressure", 2);
        recordEvidence(elsewhere, "empathy", 4);
        // elsewhere: (1 × 2/3 + 1 × 4/4) ÷ 2 × 100 = 83.33… → 83.3
        asHr().body(Map.of("employeeIds", List.of(team.unproven(), elsewhere, team.left(), team.equalB())))
                .post("/role-profiles/" + team.profile() + "/fit")
                .then().statusCode(200)
                .body("people.employeeId", equalTo(List.of(team.left(), elsewhere, team.equalB(), team.unproven())))
                .body("people.match", equalTo(List.of(100.0f, 83.3f, 75.0f, 0.0f)))
                .body("people[1].reasons", equalTo(List.of("short of calm-under-pressure by 1.0 (2.0 of 3)",
                        "meets empathy (4.0 of 4)")));
    }

    @Test
    void coachesAndEmployeesMayNotRank() {
        Team team = craftTeam();
        for (String token : List.of(TestTokens.as("e-coach", "coach").sign(), TestTokens.employee(team.strong()))) {
            as(token).body(Map.of("teamId", team.id())).post("/role-profiles/" + team.profile() + "/fit")
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
    }

    @Test
    void aManagerRanksOnlyTheirOwnTeams() {
        Team team = craftTeam();
        String path = "/role-profiles/" + team.profile() + "/fit";
        as(managerOf("team-elsewhere")).body(Map.of("teamId", team.id())).post(path)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        // A person of another team looks exactly like one who does not exist.
        as(managerOf("team-elsewhere")).body(Map.of("employeeIds", List.of(team.strong()))).post(path)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(managerOf(team.id())).body(Map.of("employeeIds", List.of(team.strong(), "e-nobody-" + unique()))).post(path)
                .then().statusCode(404);
        as(managerOf(team.id())).body(Map.of("employeeIds", List.of(team.equalB(), team.strong()))).post(path)
                .then().statusCode(200).body("people.employeeId", equalTo(List.of(team.strong(), team.equalB())));
    }

    @Test
    void exactlyOneOfEmployeeIdsAndTeamId() {
        Team team = craftTeam();
        String path = "/role-profiles/" + team.profile() + "/fit";
        asHr().body(Map.of()).post(path).then().statusCode(400).body("errors[0].code", equalTo("EXACTLY_ONE_REQUIRED"));
        asHr().body(Map.of("teamId", team.id(), "employeeIds", List.of(team.strong()))).post(path)
                .then().statusCode(400).body("errors[0].code", equalTo("EXACTLY_ONE_REQUIRED"));
        asHr().body(Map.of("employeeIds", List.of())).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("employeeIds"));
        asHr().body(Map.of("employeeIds", List.of(team.strong(), team.strong()))).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("employeeIds[1]")).body("errors[0].code", equalTo("DUPLICATE"));
    }

    @Test
    void unknownRoleProfileIsNotFound() {
        asHr().body(Map.of("teamId", "team-a")).post("/role-profiles/" + UUID.randomUUID() + "/fit")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aTeamWithoutPeopleRanksNobody() {
        String profile = createRoleProfile(uniqueName("Empty"), List.of(target("empathy", 2, 1)));
        asHr().body(Map.of("teamId", "team-empty-" + unique())).post("/role-profiles/" + profile + "/fit")
                .then().statusCode(200).body("people.size()", equalTo(0));
    }
}
