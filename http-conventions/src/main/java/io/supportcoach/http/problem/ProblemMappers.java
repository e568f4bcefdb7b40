package io.supportcoach.http.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.supportcoach.http.trace.TraceIds;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every exception that leaves a resource becomes problem+json here. The specific types are listed
 * so that these mappers win over the ones Quarkus ships for them; all share one classifier.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemClassifier classifier;
    private final CurrentVertxRequest currentRequest;

    public ProblemMappers(ProblemClassifier classifier, CurrentVertxRequest currentRequest) {
        this.classifier = classifier;
        this.currentRequest = currentRequest;
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapWebApplication(WebApplicationException failure, UriInfo uriInfo) {
        return respond(failure, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapJson(JsonProcessingException failure, UriInfo uriInfo) {
        return respond(failure, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapMismatchedInput(MismatchedInputException failure, UriInfo uriInfo) {
        return respond(failure, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapValidation(ValidationException failure, UriInfo uriInfo) {
        return respond(failure, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapUnauthorized(UnauthorizedException failure, UriInfo uriInfo) {
        return respond(failure, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapAuthenticationFailed(AuthenticationFailedException failure, UriInfo uriInfo) {
        return respond(failure, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapForbidden(ForbiddenException failure, UriInfo uriInfo) {
        return respond(failure, uriInfo);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapAnything(Throwable failure, UriInfo uriInfo) {
        return respond(failure, uriInfo);
    }

    private Response respond(Throwable failure, UriInfo uriInfo) {
        ProblemException problem = classifier.classify(failure);
        String traceId = TraceIds.of(currentRequest.getCurrent());
        if (problem.status() >= 500) {
            LOG.errorf(failure, "Request %s failed with %d %s (trace %s)", uriInfo.getPath(), problem.status(),
                    problem.code(), traceId);
        } else {
            LOG.debugf("Request %s answered %d %s (trace %s)", uriInfo.getPath(), problem.status(), problem.code(),
                    traceId);
        }
        return ProblemResponses.of(problem, uriInfo.getPath(), traceId);
    }
}
