package dev.strata.boot.actuate.endpoint;

import java.util.Map;

/**
 * The outcome of a downgrade request: an HTTP status and a JSON body. Refusals carry a 4xx status and a
 * {@code message}; the database is untouched.
 */
public record DowngradeResponse(int status, Map<String, Object> body) {

    public boolean refused() {
        return status >= 400 && status < 500;
    }
}
