package io.supportcoach.skills.catalogue;

import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.idempotency.IdempotentCreates;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.identity.Caller;
import io.supportcoach.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue's categories. Everyone signed in reads them; HR keeps them. */
@Path("/categories")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {

    private final CategoryService categories;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;

    public CategoryResource(CategoryService categories, IdempotentCreates idempotentCreates, Caller caller) {
        this.categories = categories;
        this.idempotentCreates = idempotentCreates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "List categories", description = "Sorted by position, then code.")
    @APIResponse(responseCode = "200", description = "A page of categories.",
            content = @Content(schema = @Schema(implementation = CategoryPage.class)))
    public Page<CategoryResponse> listCategories(@BeanParam @Valid PageRequest page) {
        return categories.listCategories(page);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.HR_ADMIN, Roles.MANAGER, Roles.COACH, Roles.EMPLOYEE })
    @Operation(summary = "Get a category")
    @APIResponse(responseCode = "200", description = "The category; its version is the ETag.",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "304", description = "The If-None-Match ETag is current.")
    public Response getCategory(@PathParam("code") String code, @Context HttpHeaders headers) {
        return Etags.okOrNotModified(headers, categories.findCategory(code));
    }

    @POST
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Create a category")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (CATEGORY_CODE_TAKEN), or the Idempotency-Key is in use.",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED).",
            content = @Content(mediaType = "application/problem+json"))
    public Response createCategory(
            @Parameter(description = "Makes retries safe: the same key and body replay the first answer for 24 hours.")
            @HeaderParam(IdempotentCreates.KEY_HEADER) String idempotencyKey,
            @NotNull @Valid CategoryRequest body) {
        return idempotentCreates.create(idempotencyKey, caller.id(), body, () -> {
            var category = categories.createCategory(body);
            return Etags.created("/categories/" + category.body().code(), category);
        });
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Replace a category", description = "The code cannot change.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header.",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    public Response updateCategory(@PathParam("code") String code,
            @Parameter(description = "The ETag last read.", required = true) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CategoryRequest body) {
        return Etags.ok(categories.updateCategory(code, IfMatch.of(ifMatch), body));
    }

    /** Names the page type for the OpenAPI document, which cannot see through generics. */
    @Schema(name = "CategoryPage")
    record CategoryPage(java.util.List<CategoryResponse> items, String nextCursor) {
    }
}
