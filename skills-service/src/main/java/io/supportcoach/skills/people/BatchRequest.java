package io.supportcoach.skills.people;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to 1000 people to upsert together, all or none. */
@Schema(name = "PeopleBatchRequest")
public record BatchRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid BatchPerson> people) {
}
