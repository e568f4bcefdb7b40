package io.supportcoach.http.headers;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.supportcoach.http.problem.ProblemException;
import io.supportcoach.http.problem.ProblemResponses;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/**
 * The methods each path really answers, read once from the resource classes. {@code OPTIONS} lists exactly
 * those, and a 405 names them in {@code Allow}, as RFC 9110 asks; the framework's own answers would list
 * every method of a resource class, including those of its sub-paths.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH");

    private volatile List<Route> routes;

    record Route(Pattern path, String method) {
    }

    void registerFilter(@Observes Filters filters) {
        filters.register(this::answerOptions, 940);
    }

    private void answerOptions(RoutingContext context) {
        if (context.request().method() == HttpMethod.OPTIONS && !context.request().path().startsWith("/q/")) {
            Set<String> allowed = allowedFor(context.request().path());
            if (allowed.isEmpty()) {
                ProblemResponses.end(context, ProblemException.notFound("Nothing exists at this path."));
            } else {
                context.response().setStatusCode(204).putHeader("Allow", String.join(", ", allowed)).end();
            }
            return;
        }
        context.addHeadersEndHandler(ignored -> {
            if (context.response().getStatusCode() == 405 && !context.response().headers().contains("Allow")) {
                context.response().putHeader("Allow", String.join(", ", allowedFor(context.request().path())));
            }
        });
        context.next();
    }

    /** The methods of the path, with HEAD beside GET and OPTIONS beside any; empty for an unknown path. */
    public Set<String> allowedFor(String path) {
        Set<String> allowed = routes().stream().filter(route -> route.path().matcher(path).matches())
                .map(Route::method).collect(Collectors.toCollection(TreeSet::new));
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
        }
        return allowed;
    }

    private List<Route> routes() {
        if (routes == null) {
            routes = readRoutes();
        }
        return routes;
    }

    private static List<Route> readRoutes() {
        List<Route> found = new ArrayList<>();
        for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                Path sub = method.getAnnotation(Path.class);
                VERBS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        found.add(new Route(patternOf(base.value() + "/" + (sub == null ? "" : sub.value())), verb));
                    }
                });
            }
        }
        return List.copyOf(found);
    }

    /** {@code /skills/{idOrCode}/retire} as a pattern that one path segment fills per parameter. */
    static Pattern patternOf(String template) {
        String normalised = ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        var pattern = new StringBuilder();
        for (String part : normalised.split("\\{[^}]*}", -1)) {
            if (!pattern.isEmpty()) {
                pattern.append("[^/]+");
            }
            pattern.append(Pattern.quote(part));
        }
        return Pattern.compile(pattern.toString());
    }
}
