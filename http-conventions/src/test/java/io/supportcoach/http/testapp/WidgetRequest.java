package io.supportcoach.http.testapp;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A widget to create or rename; {@code holdMillis} keeps a rename's transaction open to test racing writes. */
public record WidgetRequest(@NotBlank @Size(max = 100) String name, @Min(0) @Max(5000) Integer holdMillis) {
}
