package io.supportcoach.http.paging;

import io.smallrye.config.ConfigMapping;

/** The secret that signs list cursors. */
@ConfigMapping(prefix = "suite.cursor")
public interface CursorConfig {

    /**
     * HMAC key for cursors (env {@code CURSOR_SECRET}). Cursors signed with one secret are rejected by
     * services running with another, so give all replicas of a service the same value.
     */
    String secret();
}
