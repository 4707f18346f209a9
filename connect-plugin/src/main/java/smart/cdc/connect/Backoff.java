package smart.cdc.connect;

/** Exponential backoff: initial, doubled per attempt, capped; reset after a success. */
final class Backoff {
    private final long initialMs;
    private final long maxMs;
    private int attempts;

    Backoff(long initialMs, long maxMs) {
        if (initialMs <= 0 || maxMs < initialMs) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initialMs + " and " + maxMs);
        }
        this.initialMs = initialMs;
        this.maxMs = maxMs;
    }

    /** The delay before the next attempt; counts the attempt. */
    long next() {
        long d = delay(attempts);
        attempts++;
        return d;
    }

    /** The delay before attempt number {@code n} (0-based), without counting it. */
    long delay(int n) {
        int shift = Math.min(n, 30);
        return Math.min(maxMs, initialMs << shift);
    }

    int attempts() {
        return attempts;
    }

    void reset() {
        attempts = 0;
    }
}
