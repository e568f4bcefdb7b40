package io.supportcoach.http.testapp;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A widget to create or rename; {@code holdMillis} keeps a rename's transaction open to test racing writes, and
 * {@code reviewOn}, which nothing stores, shows how a date in a body is read.
 */
public record WidgetRequest(@NotBlank @Size(max = 100) String name, @Min(0) @Max(5000) Integer holdMillis,
        LocalDate reviewOn) {
}
