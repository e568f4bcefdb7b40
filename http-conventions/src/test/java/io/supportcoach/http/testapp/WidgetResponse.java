package io.supportcoach.http.testapp;

import java.util.UUID;

/** A widget as the test client reads it. */
public record WidgetResponse(UUID id, String name, long version) {

    static WidgetResponse from(Widget widget) {
        return new WidgetResponse(widget.id, widget.name, widget.version);
    }
}
