package io.supportcoach.skills.roleprofile;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which role profile an answer is about. */
@Schema(name = "RoleProfileRef")
public record RoleProfileRef(
        @Schema(examples = "5b0f3c1e-9a4d-4c55-8f0e-2a7f6d1b9c30") UUID id,
        @Schema(examples = "Service desk analyst L1") String name) {

    static RoleProfileRef of(RoleProfile profile) {
        return new RoleProfileRef(profile.id, profile.name);
    }
}
