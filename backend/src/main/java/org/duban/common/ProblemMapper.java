package org.duban.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception into an RFC 9457 problem+json answer. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** Database constraints whose violation is the client's conflict, with the message the client sees. */
    private static final Map<String, String> CONFLICT_MESSAGES = Map.of(
            "uq_plan_code", "a plan with this code already exists",
            "uq_section_plan_number", "this plan already has a section with this number",
            "uq_task_plan_number", "this plan already has a task with this number",
            "uq_unit_code", "a responsibility unit with this code already exists",
            "uq_unit_parent_name", "a responsibility unit with this name already exists under the same parent",
            "uq_assignment_task_unit", "this unit is already assigned to the task");

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Response problem = problem(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
        if (e.headers().isEmpty()) {
            return problem;
        }
        Response.ResponseBuilder withHeaders = Response.fromResponse(problem);
        e.headers().forEach(withHeaders::header);
        return withHeaders.build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return problem(401, "unauthorized", "Unauthorized",
                "Sign in, or send a valid access token or API token as Authorization: Bearer …", uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "Your role or token scope does not allow this", uri, List.of());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return problem(400, "validation", "Invalid input", detail, uri, errors);
    }

    // the more specific Jackson types are named so this mapper wins over quarkus-rest-jackson's own
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = "body";
        String message = "is not valid JSON";
        if (e instanceof UnrecognizedPropertyException unrecognized) {
            field = jsonPath(unrecognized);
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException invalid) {
            field = jsonPath(invalid);
            message = "has the wrong format or value: " + safeValue(invalid.getValue());
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = jsonPath(mapping);
            message = "has the wrong type";
        }
        return problem(400, "validation", "Invalid input", "The request body could not be read", uri,
                List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentUpdate(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (headers == null || headers.getHeaderString("If-Match") == null) {
            // a write without If-Match (a password reset, a state change) lost a race: the contract's 409, not 412
            return problem(409, "conflict", "Conflict",
                    "The resource was changed by another request at the same time; nothing was changed, retry", uri, List.of());
        }
        return problem(412, "stale-version", "Precondition failed",
                "The resource was changed by another request; reload it and retry", uri, List.of());
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String name = e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase();
        String message = CONFLICT_MESSAGES.get(name);
        if (message != null) {
            return problem(409, "conflict", "Conflict", message, uri, List.of());
        }
        if (e.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.FOREIGN_KEY) {
            return problem(409, "conflict", "Conflict", "other records still refer to this one", uri, List.of());
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        // A path or query parameter that does not convert (/plans/abc, ?dueFrom=yesterday) surfaces as a
        // JAX-RS 404 with the conversion failure as cause; that is bad input, not a missing resource.
        if (e.getCause() != null) {
            String reason = conversionFailure(e.getCause());
            return problem(400, "validation", "Invalid input", "A path or query parameter has the wrong format" + reason,
                    uri, List.of());
        }
        return problem(404, "not-found", "Not found", "No resource at " + uri.getPath(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request rejected" : known.getReasonPhrase();
        return problem(status, "http-" + status, title, title, uri, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            // a version check that failed only at commit arrives wrapped (ArcUndeclaredThrowableException, RollbackException)
            if (cause instanceof OptimisticLockException || cause instanceof StaleObjectStateException) {
                return concurrentUpdate((RuntimeException) cause, uri, headers);
            }
        }
        if (DatabaseFaults.unreachable(e)) {
            LOG.warnf("database unreachable for %s: %s", uri.getPath(), e.getMessage());
            // a connection lost while committing leaves the outcome open: the change may have been saved
            String detail = DatabaseFaults.duringCommit(e)
                    ? "the connection to the database was lost while the change was being saved; it may or may not have been saved: check before repeating it"
                    : "the database cannot be reached at the moment; nothing was changed, try again shortly";
            Response answer = problem(503, "database-unavailable", "Service Unavailable", detail, uri, List.of());
            return Response.fromResponse(answer).header("Retry-After", "5").build();
        }
        String dataError = sqlState(e, "22");
        if (dataError != null) {
            // SQLSTATE class 22, a data exception: a value the client sent that the database cannot store (a NUL
            // character in a query parameter, a number or date beyond a column's range). The transaction rolled back.
            LOG.debugf("data exception %s for %s: %s", dataError, uri.getPath(), e.getMessage());
            return problem(400, "validation", "Invalid input",
                    "A value cannot be stored or compared: it is out of range or contains a character such as NUL (U+0000)",
                    uri, List.of());
        }
        if (e instanceof IllegalArgumentException && String.valueOf(e.getMessage()).startsWith("Failed to decode URL")) {
            // a body sent as application/x-www-form-urlencoded is decoded before any endpoint is chosen (ours take JSON)
            return problem(400, "unreadable-body", "Bad Request", "the request body is not valid URL-encoded form data",
                    uri, List.of());
        }
        if (e instanceof java.io.IOException) { // the body could not be read: the client went away mid-request
            LOG.debugf("request body of %s unreadable: %s", uri.getPath(), e.getMessage());
            return problem(400, "unreadable-body", "Bad Request", "the request body could not be read completely", uri, List.of());
        }
        String requestId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, request id %s, %s", requestId, uri.getPath());
        Problem body = new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "The server could not complete the request; quote the request id when reporting it",
                uri.getPath(), null, requestId);
        return Response.status(500).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** The SQLSTATE of the first SQL exception among the causes when it is of this class (its first two characters). */
    private static String sqlState(Throwable e, String sqlClass) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState().startsWith(sqlClass) ? sql.getSQLState() : null;
            }
        }
        return null;
    }

    private Response unexpected(Throwable e, UriInfo uri) {
        return unexpected(e, uri, null);
    }

    static Response problem(int status, String slug, String title, String detail, UriInfo uri, List<FieldError> errors) {
        Problem body = new Problem(Problem.TYPE_BASE + slug, title, status, detail, uri.getPath(),
                errors.isEmpty() ? null : errors, null);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"duban\"");
        }
        return response.build();
    }

    /**
     * {@code createPlan.body.units[2].unitId} → {@code units[2].unitId}; a bare parameter such as
     * {@code listTasks.planId} → {@code planId}. The request-body or bean parameter itself is no field.
     */
    private static String fieldName(Path path) {
        String parameter = null;
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    name.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    name.append(name.length() > 0 ? "." : "").append(node.getName());
                }
            }
        }
        if (name.length() > 0) {
            return name.toString();
        }
        return parameter == null ? "body" : parameter;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /**
     * Why a parameter did not convert, without naming Java classes: "No enum constant org.duban.unit.UnitType.NOPE"
     * becomes ": NOPE is not one of the allowed values"; a message that names a class is left out.
     */
    private static String conversionFailure(Throwable cause) {
        String message = cause.getMessage();
        if (message == null) {
            return "";
        }
        Matcher constant = ENUM_CONSTANT.matcher(message);
        if (constant.matches()) {
            return ": " + safeValue(constant.group(1)) + " is not one of the allowed values";
        }
        return CLASS_NAME.matcher(message).find() ? "" : ": " + safeValue(message);
    }

    private static final Pattern ENUM_CONSTANT = Pattern.compile("No enum constant (?:[\\w$]+\\.)+?[A-Z][\\w$]*\\.(.*)", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z][\\w$]*\\.[a-z][\\w$]*\\.[\\w$.]*[A-Z]|Exception|\\.java\\b");

    private static String safeValue(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

}
