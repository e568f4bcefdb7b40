package io.supportcoach.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Walks a list from its first page to its last by following {@code nextCursor}, as a client does. */
public final class Pages {

    private Pages() {
    }

    /** The values of {@code field} of every item, page after page, each page at most {@code limit} long. */
    public static <T> List<T> collect(Supplier<RequestSpecification> request, String path, int limit, String field) {
        List<T> values = new ArrayList<>();
        String cursor = null;
        do {
            var call = request.get().queryParam("limit", limit);
            if (cursor != null) {
                call.queryParam("cursor", cursor);
            }
            JsonPath page = call.get(path).then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(limit);
            values.addAll(page.getList("items." + field));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return values;
    }
}
