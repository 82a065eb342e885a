package org.duban.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.duban.account.Roles;
import org.duban.common.Api;
import org.duban.search.SearchDtos.SearchGroup;
import org.duban.search.SearchDtos.SearchView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path(Api.BASE + "/search")
@Tag(name = "Search", description = "One search box over tasks, responsibility units and progress reports")
@RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR, Roles.VIEWER, Roles.REPORTER, Roles.SCOPE_READ })
public class SearchResource {
    private final SearchService search;

    SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Search tasks, units and reports",
            description = "Case-insensitive substring match (Chinese too; % and _ match themselves) on task titles, contents and numbers, "
                    + "unit names and division codes, and report texts; each group with its total (counted up to "
                    + SearchService.COUNT_CAP_DEFAULT + " by default). Tasks and units rank an exact match first, then one at the start, then the rest "
                    + "(tasks of newer plans first, in document order; units by division code); reports come newest period first. "
                    + "A reporter finds every task but only their own unit and its reports.")
    public SearchView search(
            @RestQuery @NotBlank @Size(min = SearchText.MIN_LENGTH, max = SearchText.MAX_LENGTH)
            @Parameter(description = "The text to find: 2–100 characters after trimming", example = "法治") String q,
            @RestQuery @Parameter(description = "Only this group (for paging through it); the others come back null") SearchGroup type,
            @RestQuery @Min(value = 1, message = "must be 1 or more") @Max(value = SearchService.MAX_LIMIT, message = "must be " + SearchService.MAX_LIMIT + " or less")
            @Parameter(description = "Hits per group (1–50, default 8)") Integer limit,
            @RestQuery @Min(value = 0, message = "must be 0 or more") @Max(value = SearchService.MAX_OFFSET, message = "must be " + SearchService.MAX_OFFSET + " or less")
            @Parameter(description = "Hits to skip in each group (0–1000, default 0)") Integer offset) {
        return search.search(q, type, limit, offset);
    }
}
