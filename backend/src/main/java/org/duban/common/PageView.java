package org.duban.common;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list answer. Pages count from 1. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageView<T> of(PanacheQuery<E> query, PageQuery request, Function<E, T> mapper) {
        List<T> items = query.page(request.page() - 1, request.size()).list().stream().map(mapper).toList();
        return new PageView<>(items, request.page(), request.size(), query.count());
    }

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public static <T> PageView<T> of(List<T> all, PageQuery request) {
        int from = Math.min(all.size(), (request.page() - 1) * request.size());
        int to = Math.min(all.size(), from + request.size());
        return new PageView<>(all.subList(from, to), request.page(), request.size(), all.size());
    }
}
