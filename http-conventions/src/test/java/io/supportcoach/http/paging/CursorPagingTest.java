package io.supportcoach.http.paging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.supportcoach.http.testapp.Widget;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.supportcoach.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keyset pages: limits, opaque signed cursors, and no row skipped or repeated while rows arrive. */
@QuarkusTest
class CursorPagingTest {

    private static RequestSpecification signedIn() {
        return given().auth().oauth2(TestTokens.employee("e-paging"));
    }

    @BeforeEach
    void fiftyFiveWidgets() {
        QuarkusTransaction.requiringNew().run(() -> {
            Widget.deleteAll();
            for (int i = 0; i < 55; i++) {
                insert(String.format("w-%03d", i * 2));
            }
        });
    }

    private static void insert(String name) {
        var widget = new Widget();
        widget.id = java.util.UUID.randomUUID();
        widget.name = name;
        widget.persist();
    }

    @Test
    void defaultPageHasFiftyItemsAndACursor() {
        signedIn().when().get("/widgets")
                .then().statusCode(200)
                .body("items.size()", equalTo(50))
                .body("nextCursor", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void limitAboveTwoHundredIsRefused() {
        signedIn().queryParam("limit", 201).when().get("/widgets")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        signedIn().queryParam("limit", 200).when().get("/widgets").then().statusCode(200);
    }

    @Test
    void walkingThePagesSeesEveryRowOnceEvenWhenRowsArriveMeanwhile() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = signedIn().queryParam("limit", 10);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/widgets").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.name"));
            cursor = page.getString("nextCursor");
            if (pages++ == 1) {
                // One row lands before the cursor, one after it: only the later one belongs in the walk.
                QuarkusTransaction.requiringNew().run(() -> {
                    insert("w-001");
                    insert("w-101");
                });
            }
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates().hasSize(56).contains("w-101").doesNotContain("w-001");
        assertThat(seen).isSorted();
    }

    @Test
    void lastPageHasNoCursor() {
        signedIn().queryParam("limit", 200).when().get("/widgets")
                .then().statusCode(200)
                .body("items.size()", equalTo(55))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("nextCursor")));
    }

    @Test
    void tamperedCursorIsRefused() {
        String cursor = signedIn().queryParam("limit", 5).when().get("/widgets").then().extract().path("nextCursor");
        String payload = cursor.substring(0, cursor.indexOf('.'));
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"name\":\"w-100\"}".getBytes()) + cursor.substring(payload.length());
        signedIn().queryParam("cursor", forged).when().get("/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("INVALID_CURSOR"));
        signedIn().queryParam("cursor", "garbage").when().get("/widgets")
                .then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }
}
