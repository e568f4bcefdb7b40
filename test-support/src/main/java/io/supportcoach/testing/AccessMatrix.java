package io.supportcoach.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/**
 * The access rules of a service as a table: every operation, the roles that may use it and the answer they
 * get. The checks fail when an operation has no row, when a resource method carries no explicit rule, and
 * when any role or any bad token gets another answer than the table says.
 */
public final class AccessMatrix {

    public static final List<String> ROLES = List.of("hr-admin", "manager", "coach", "employee", "service");

    /** The service whose own token stands for the service role; a row may name the caller it expects. */
    private static final String DEFAULT_CALLING_SERVICE = "coaching-service";

    /** The roles of a public row: it takes no token. */
    private static final String ANYONE = "anyone";

    private final List<Row> rows = new ArrayList<>();

    /**
     * One operation: its OpenAPI path template, a concrete path to call, the roles it admits and the statuses
     * an admitted role may get for that call (the path and body are chosen so that they are few: a 404 for an
     * unknown id, a 400 for an empty body, a 200 for a list).
     */
    public record Row(String method, String template, String path, Set<String> roles, String contentType, String body,
            Set<Integer> answers) {

        String key() {
            return method + " " + template;
        }
    }

    public AccessMatrix rowWithBody(String method, String template, String path, String contentType, String body,
            String... roles) {
        rows.add(new Row(method, template, path, Set.of(roles), contentType, body, Set.of()));
        return this;
    }

    public AccessMatrix row(String method, String template, String path, String... roles) {
        return rowWithBody(method, template, path, "application/json", "{}", roles);
    }

    /**
     * An operation without a bearer token (a calendar feed, whose URL carries its own secret, since calendar apps
     * cannot send a token): callers without a token and every role get the row's answer.
     */
    public AccessMatrix publicRow(String method, String template, String path) {
        return rowWithBody(method, template, path, "application/json", "{}", ANYONE);
    }

    /** The statuses the roles of the row just added get. */
    public AccessMatrix answers(Integer... statuses) {
        Row last = rows.remove(rows.size() - 1);
        rows.add(new Row(last.method(), last.template(), last.path(), last.roles(), last.contentType(), last.body(),
                Set.of(statuses)));
        return this;
    }

    /** Every operation of the served OpenAPI document has a row, and every row is a real operation. */
    public void assertCoversEveryOperation() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Set<String> operations = new TreeSet<>();
        document.getMap("paths").forEach((path, item) -> ((java.util.Map<?, ?>) item).keySet().stream()
                .map(Object::toString)
                .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        Set<String> declared = rows.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).as("access rules in the test vs. operations the service exposes").isEqualTo(operations);
    }

    /** Each resource method names who may call it; none relies on a default. */
    public static void assertEveryResourceMethodDeclaresAccess() {
        List<String> unguarded = new ArrayList<>();
        int methods = 0;
        for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!isEndpoint(method)) {
                    continue;
                }
                methods++;
                if (!hasRule(method) && !hasRule(type)) {
                    unguarded.add(type.getSimpleName() + "#" + method.getName());
                }
            }
        }
        assertThat(methods).as("resource methods found").isPositive();
        assertThat(unguarded).as("resource methods without @RolesAllowed, @PermitAll or @DenyAll").isEmpty();
    }

    private static boolean isEndpoint(Method method) {
        return Arrays.stream(new Class[] { GET.class, POST.class, PUT.class, DELETE.class, PATCH.class })
                .anyMatch(annotation -> method.isAnnotationPresent(annotation));
    }

    private static boolean hasRule(java.lang.reflect.AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    /** Bad tokens are 401 everywhere; a role outside the row is 403; a role inside it gets the row's answer. */
    public void assertRolesAreEnforced() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            assertThat(row.answers()).as("the answer admitted roles get from " + row.key()).isNotEmpty();
            if (row.roles().contains(ANYONE)) {
                expectPublic(row, wrong);
                continue;
            }
            expect(row, null, "no token", 401, wrong);
            expect(row, TestTokens.as("e-matrix", "hr-admin").expired().sign(), "expired token", 401, wrong);
            expect(row, TestTokens.as("e-matrix", "hr-admin").signedByStranger().sign(), "wrong signature", 401, wrong);
            expect(row, TestTokens.as("e-matrix", "hr-admin").issuedBy("https://elsewhere.example").sign(), "wrong issuer",
                    401, wrong);
            expect(row, TestTokens.as(DEFAULT_CALLING_SERVICE, "hr-admin").signedWithKeyOf(DEFAULT_CALLING_SERVICE).sign(),
                    "a person's role signed with a service's key", 401, wrong);
            expect(row, TestTokens.as(DEFAULT_CALLING_SERVICE, "service", "hr-admin")
                    .signedWithKeyOf(DEFAULT_CALLING_SERVICE).sign(), "a person's role beside service, signed with a service's key",
                    401, wrong);
            expect(row, TestTokens.as("e-matrix", "hr-admin").signedWithKeyOf(DEFAULT_CALLING_SERVICE).withoutKeyId().sign(),
                    "a person's role signed with a service's key that the token does not name", 401, wrong);
            expect(row, TestTokens.as("secondment-service", "service").signedWithKeyOf(DEFAULT_CALLING_SERVICE).sign(),
                    "another service's name signed with a service's key", 401, wrong);
            for (String role : ROLES) {
                String token = role.equals("service") ? TestTokens.service(DEFAULT_CALLING_SERVICE)
                        : TestTokens.as("e-matrix-" + role, role).managing("team-matrix").sign();
                int status = call(row, token);
                boolean allowed = row.roles().contains(role);
                if (allowed && !row.answers().contains(status)) {
                    wrong.add(row.key() + " as " + role + ": " + status + ", expected " + row.answers());
                } else if (!allowed && status != 403) {
                    wrong.add(row.key() + " as " + role + ": " + status + ", expected 403");
                }
            }
        }
        assertThat(wrong).as("answers that break the access rules").isEmpty();
    }

    private static void expectPublic(Row row, List<String> wrong) {
        List<String> tokens = new ArrayList<>();
        tokens.add(null);
        ROLES.forEach(role -> tokens.add(role.equals("service") ? TestTokens.service(DEFAULT_CALLING_SERVICE)
                : TestTokens.as("e-matrix-" + role, role).managing("team-matrix").sign()));
        for (String token : tokens) {
            int status = call(row, token);
            if (!row.answers().contains(status)) {
                wrong.add(row.key() + (token == null ? " without a token" : " with a token") + ": " + status
                        + ", expected " + row.answers());
            }
        }
    }

    private static void expect(Row row, String token, String what, int expected, List<String> wrong) {
        int status = call(row, token);
        if (status != expected) {
            wrong.add(row.key() + " with " + what + ": " + status + ", expected " + expected);
        }
    }

    private static int call(Row row, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (!row.method().equals("GET") && row.body() != null) {
            request.contentType(row.contentType()).body(row.body());
        }
        return request.request(row.method(), row.path()).statusCode();
    }
}
