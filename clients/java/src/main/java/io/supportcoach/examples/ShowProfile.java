package io.supportcoach.examples;

import io.supportcoach.examples.skills.ApiClient;
import io.supportcoach.examples.skills.ApiException;
import io.supportcoach.examples.skills.api.EvidenceAndProfilesApi;
import io.supportcoach.examples.skills.model.Profile;

/**
 * Prints a person's skill profile through the client generated from skills-service's committed contract. The
 * bearer token and the service's address come from the environment, as the getting-started guide sets them.
 */
public final class ShowProfile {

    private ShowProfile() {
    }

    public static void main(String[] arguments) throws ApiException {
        if (arguments.length != 1 || System.getenv("TOKEN") == null) {
            System.err.println("usage: TOKEN=<bearer token> [SKILLS=<url>] java ... io.supportcoach.examples.ShowProfile <employeeId>");
            System.exit(2);
        }
        ApiClient client = new ApiClient();
        client.updateBaseUri(System.getenv().getOrDefault("SKILLS", "http://localhost:8081"));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + System.getenv("TOKEN")));
        Profile profile = new EvidenceAndProfilesApi(client).getProfile(arguments[0]);
        profile.getSkills().forEach(entry -> System.out.printf("%s\tlevel %.1f\t%d pieces of evidence%n",
                entry.getSkill(), entry.getLevel(), entry.getEvidenceCount()));
    }
}
