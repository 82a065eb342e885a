package org.duban.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageLinksTest {
    private static final URI PLANS = URI.create("https://duban.example/api/v1/plans?page=2&size=10&q=%E6%B3%95%E6%B2%BB&year=2024");

    private static PageView<String> page(int page, int size, long total) {
        return new PageView<>(List.of(), page, size, total);
    }

    @Test
    void middlePageLinksEveryRelationAndKeepsOtherParametersAsSent() {
        assertEquals("<https://duban.example/api/v1/plans?page=3&size=10&q=%E6%B3%95%E6%B2%BB&year=2024>; rel=\"next\", "
                + "<https://duban.example/api/v1/plans?page=1&size=10&q=%E6%B3%95%E6%B2%BB&year=2024>; rel=\"prev\", "
                + "<https://duban.example/api/v1/plans?page=1&size=10&q=%E6%B3%95%E6%B2%BB&year=2024>; rel=\"first\", "
                + "<https://duban.example/api/v1/plans?page=5&size=10&q=%E6%B3%95%E6%B2%BB&year=2024>; rel=\"last\"",
                PageLinks.header(PLANS, page(2, 10, 41)));
    }

    @Test
    void firstPageHasNoPrevAndLastPageNoNext() {
        URI uri = URI.create("http://h/api/v1/tasks");
        assertEquals("<http://h/api/v1/tasks?page=2&size=20>; rel=\"next\", <http://h/api/v1/tasks?page=1&size=20>; rel=\"first\", "
                + "<http://h/api/v1/tasks?page=3&size=20>; rel=\"last\"", PageLinks.header(uri, page(1, 20, 60)));
        assertEquals("<http://h/api/v1/tasks?page=2&size=20>; rel=\"prev\", <http://h/api/v1/tasks?page=1&size=20>; rel=\"first\", "
                + "<http://h/api/v1/tasks?page=3&size=20>; rel=\"last\"", PageLinks.header(uri, page(3, 20, 60)));
    }

    @Test
    void emptyListHasOnePage() {
        assertEquals("<http://h/api/v1/tasks?page=1&size=20>; rel=\"first\", <http://h/api/v1/tasks?page=1&size=20>; rel=\"last\"",
                PageLinks.header(URI.create("http://h/api/v1/tasks"), page(1, 20, 0)));
    }

    @Test
    void pagePastTheEndPointsBackAtTheLastPage() {
        assertEquals("<http://h/x?page=2&size=5>; rel=\"prev\", <http://h/x?page=1&size=5>; rel=\"first\", "
                + "<http://h/x?page=2&size=5>; rel=\"last\"", PageLinks.header(URI.create("http://h/x?page=9&size=5"), page(9, 5, 6)));
    }

    @Test
    void lastPageBoundaries() {
        assertEquals(1, PageLinks.lastPage(0, 20));
        assertEquals(1, PageLinks.lastPage(1, 20));
        assertEquals(1, PageLinks.lastPage(20, 20));
        assertEquals(2, PageLinks.lastPage(21, 20));
        assertEquals(200, PageLinks.lastPage(200, 1));
    }

    @Test
    void replacesEncodedAndRepeatedPagingParametersKeepsRepeatedOthers() {
        assertEquals("http://h/x?page=4&size=3&unitId=1&unitId=2&sort=-dueDate",
                PageLinks.withPage(URI.create("http://h/x?%70age=1&unitId=1&size=50&unitId=2&page=7&sort=-dueDate"), 4, 3));
    }
}
