package org.catalyse.search;

import java.util.List;

/**
 * {@link Candidates} that adds up the time spent in the application's own {@link Candidates#find} (the index
 * query and the loading of its hits), for a benchmark to tell the index part of a call from the rest. One
 * thread at a time.
 */
public final class TimedCandidates extends Candidates {

    private final Candidates delegate;
    private long nanos;
    private int calls;

    /** @param delegate the application's bean */
    public TimedCandidates(Candidates delegate) {
        super(null);
        this.delegate = delegate;
    }

    @Override
    public List<Candidate> find(Wanted w) {
        long t0 = System.nanoTime();
        try {
            return delegate.find(w);
        } finally {
            nanos += System.nanoTime() - t0;
            calls++;
        }
    }

    /** Clears the sums. */
    public void reset() {
        nanos = 0;
        calls = 0;
    }

    /** Time spent in {@code find} since the last {@link #reset()}. */
    public long nanos() {
        return nanos;
    }

    /** Calls of {@code find} since the last {@link #reset()}. */
    public int calls() {
        return calls;
    }
}
