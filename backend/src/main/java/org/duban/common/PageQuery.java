package org.duban.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The paging and sorting query parameters every list endpoint shares. */
public class PageQuery {
    public static final int MAX_SIZE = 200;

    @RestQuery
    @Min(value = 1, message = "must be 1 or more")
    @Parameter(description = "Page number, counting from 1")
    public Integer page;

    @RestQuery
    @Min(value = 1, message = "must be 1 or more")
    @Max(value = MAX_SIZE, message = "must be " + MAX_SIZE + " or less")
    @Parameter(description = "Items per page (1–200, default 20)")
    public Integer size;

    @RestQuery
    @Pattern(regexp = "^-?[a-zA-Z]+(,-?[a-zA-Z]+)*$", message = "must be a comma-separated list of fields, each optionally prefixed with '-'")
    @Parameter(description = "Sort fields, comma-separated; prefix a field with '-' for descending order", example = "-dueDate,unitName")
    public String sort;

    public PageQuery() {
    }

    public PageQuery(Integer page, Integer size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public int page() {
        return page == null ? 1 : page;
    }

    public int size() {
        return size == null ? 20 : size;
    }
}
