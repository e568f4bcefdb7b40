package io.supportcoach.http.etag;

/** What a service answers about a single resource: its response record and the version its ETag is made from. */
public record Versioned<T>(T body, long version) {
}
