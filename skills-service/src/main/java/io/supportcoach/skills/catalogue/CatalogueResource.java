package io.supportcoach.skills.catalogue;

import io.supportcoach.http.limits.BodyLimit;
import io.supportcoach.http.limits.RateLimited;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotEmpty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The whole catalogue as one CSV file, for spreadsheets and bulk edits. */
@Path("/catalogue")
@Tag(name = "Catalogue")
public class CatalogueResource {

    static final String CSV = "text/csv";
    private static final String EXAMPLE = "code,name,description,category,kind,status,replacedBy,externalReference,tags,"
            + "level1Name,level1Indicators,level2Name,level2Indicators,level3Name,level3Indicators,level4Name,"
            + "level4Indicators,level5Name,level5Indicators\r\n"
            + "patience-on-hold,Patience on hold,Staying steady while a caller waits on hold.,interpersonal,SOFT,ACTIVE,,,calls;tickets,"
            + "Aware,Knows patience matters,Developing,Stays calm when reminded,Proficient,Lets callers finish,"
            + "Advanced,Stays steady with hard callers,Role model,Coaches others in patience\r\n";

    private final CatalogueCsv csv;

    public CatalogueResource(CatalogueCsv csv) {
        this.csv = csv;
    }

    @GET
    @Path("/export")
    @Produces(CSV)
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Export the catalogue as CSV",
            description = "One skill per row, sorted by code. Tags are separated by semicolons; a level's indicators "
                    + "share one cell, one per line. A cell a spreadsheet would run as a formula (one starting with =, "
                    + "+, -, @, a tab or a carriage return, or a full-width form of those, after any spaces) gets a "
                    + "leading apostrophe, which an import takes off again.")
    @APIResponse(responseCode = "200", description = "The catalogue.",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    example = EXAMPLE))
    public Response exportCatalogue() {
        return Response.ok(csv.exportCatalogue())
                .header("Content-Disposition", "attachment; filename=\"catalogue.csv\"").build();
    }

    @POST
    @Path("/import")
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @RateLimited("csv-import")
    @BodyLimit(mebibytes = 16)
    @Operation(summary = "Import skills from CSV",
            description = "All or nothing: every bad row is reported with its line number (up to 200 problems, "
                    + "after which the file is not read further) and nothing is written. "
                    + "Rows equal to the stored skill are left alone, so the same file can be imported again. "
                    + "Categories must exist. The file is UTF-8, with or without a byte order mark; a cell may not "
                    + "hold a NUL character. The apostrophe the export puts in front of a formula-like cell is "
                    + "taken off, so an exported file imports unchanged. The file may be up to 16 MiB, where every "
                    + "other operation reads at most 1 MiB; it may come with a Content-Length or in chunks.")
    // Read as bytes so that the import, not the framework, decides what is valid UTF-8; the contract stays text.
    @RequestBody(description = "The catalogue as CSV, at most 16 MiB (16 777 216 bytes).",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, pattern = "\\S",
                    maxLength = 16 * 1024 * 1024), example = EXAMPLE))
    @APIResponse(responseCode = "200", description = "What the import did.",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 16 MiB.")
    @APIResponse(responseCode = "429", description = "The caller has used up the csv-import limit (RATE_LIMITED); "
            + "retry after Retry-After seconds.")
    public ImportReport importCatalogue(@NotEmpty byte[] body) {
        return csv.importCatalogue(body);
    }
}
