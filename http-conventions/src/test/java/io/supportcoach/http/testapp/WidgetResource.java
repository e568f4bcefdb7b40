package io.supportcoach.http.testapp;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.supportcoach.http.etag.Etags;
import io.supportcoach.http.etag.IfMatch;
import io.supportcoach.http.etag.Versioned;
import io.supportcoach.http.idempotency.IdempotentCreates;
import io.supportcoach.http.limits.RateLimited;
import io.supportcoach.http.paging.Keyset;
import io.supportcoach.http.paging.KeysetPager;
import io.supportcoach.http.paging.Page;
import io.supportcoach.http.paging.PageRequest;
import io.supportcoach.http.paging.SortKey;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.identity.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A test-only resource that uses each shared piece the way a service does. */
@Path("/widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("employee")
public class WidgetResource {

    static final SortKey<Widget, String> NAME = SortKey.text("name", widget -> widget.name);
    static final Keyset<Widget> BY_NAME = Keyset.of("widgets", NAME);

    private final IdempotentCreates idempotentCreates;
    private final KeysetPager pager;
    private final Caller caller;

    public WidgetResource(IdempotentCreates idempotentCreates, KeysetPager pager, Caller caller) {
        this.idempotentCreates = idempotentCreates;
        this.pager = pager;
        this.caller = caller;
    }

    @GET
    public Page<WidgetResponse> list(@BeanParam @Valid PageRequest page) {
        var window = pager.open(BY_NAME, page);
        String after = window.isFirstPage() ? "" : window.after(NAME);
        List<Widget> rows = Widget.<Widget>find("name > ?1 order by name", after).page(0, window.fetchSize()).list();
        return window.page(rows, WidgetResponse::from);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Widget widget = Widget.<Widget>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No widget."));
        return Etags.okOrNotModified(headers, new Versioned<>(WidgetResponse.from(widget), widget.version));
    }

    @POST
    public Response create(@HeaderParam(IdempotentCreates.KEY_HEADER) String key, @NotNull @Valid WidgetRequest body) {
        return idempotentCreates.create(key, caller.id(), body, () -> {
            var widget = new Widget();
            widget.id = UUID.randomUUID();
            widget.name = body.name();
            widget.persistAndFlush();
            return Response.created(URI.create("/widgets/" + widget.id)).entity(WidgetResponse.from(widget))
                    .tag(Etags.of(widget.version)).build();
        });
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Response rename(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid WidgetRequest body) {
        Widget widget = Widget.<Widget>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No widget."));
        IfMatch.of(ifMatch).require(widget.version);
        hold(body.holdMillis());
        widget.name = body.name();
        widget.flush();
        return Response.ok(WidgetResponse.from(widget)).tag(Etags.of(widget.version)).build();
    }

    @GET
    @Path("/whoami")
    public Map<String, Object> whoAmI() {
        return Map.of("id", caller.id(), "teams", caller.managedTeams());
    }

    @GET
    @Path("/burst")
    @RateLimited("widget-burst")
    @APIResponse(responseCode = "429", description = "The caller's widget-burst limit is used up (RATE_LIMITED).")
    public Map<String, String> burst() {
        return Map.of("id", caller.id());
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail at db-host-7");
    }

    private static void hold(Integer millis) {
        if (millis == null) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
