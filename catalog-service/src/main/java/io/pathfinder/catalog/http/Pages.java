package io.pathfinder.catalog.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.List;

/** Pagination for collection reads: the page's items, X-Total-Count and RFC 8288 Link header. */
public record Pages(int page, int size) {

    public <T> List<T> slice(List<T> all) {
        long from = Math.min((long) (page - 1) * size, all.size());
        return all.subList((int) from, (int) Math.min(from + size, all.size()));
    }

    /** Adds the paging headers; query holds the request's filters so every link keeps them. */
    public Response.ResponseBuilder headers(Response.ResponseBuilder response, UriBuilder query, long total) {
        int last = (int) Math.max(1, (total + size - 1) / size);
        List<String> links = new ArrayList<>();
        links.add(link(query, 1, "first"));
        if (page > 1) {
            links.add(link(query, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(query, page + 1, "next"));
        }
        links.add(link(query, last, "last"));
        return response.header("X-Total-Count", total).header("Link", String.join(", ", links));
    }

    private String link(UriBuilder query, int target, String rel) {
        return "<" + query.clone().replaceQueryParam("page", target).replaceQueryParam("size", size).build()
                + ">; rel=\"" + rel + "\"";
    }

    /** Keeps a filter in the page links only when the client gave it. */
    public static void addFilter(UriBuilder query, String name, Object value) {
        if (value != null) {
            // UriBuilder reads braces as template parameters; encoded, a search for "${x}" stays a search.
            query.queryParam(name, String.valueOf(value).replace("{", "%7B").replace("}", "%7D"));
        }
    }
}
