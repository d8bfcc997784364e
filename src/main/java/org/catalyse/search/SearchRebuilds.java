package org.catalyse.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Rebuilds of the index asked for by an administrator: run in the background, one at a time, with their progress
 * readable while they run and their outcome kept until the next one.
 */
@Component
class SearchRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuilds.class);

    /** The two steps of a rebuild: the entries written from the modules, then the index built from them. */
    enum Phase {
        ENTRIES,
        INDEX
    }

    /** What a rebuild tells as it goes: each phase as it starts, with its total, then how much of it is done. */
    interface Progress {

        /** Tells nothing to anyone. */
        Progress NONE = new Progress() {
            @Override
            public void phase(Phase phase, long total) {}

            @Override
            public void done(long done) {}
        };

        void phase(Phase phase, long total);

        void done(long done);
    }

    /** The work of a rebuild, which returns how many documents the index holds at the end. */
    interface Work {
        long run(Progress progress);
    }

    /** Where a rebuild is, or how it ended. */
    record Status(
            boolean running,
            Phase phase,
            long done,
            long total,
            String startedBy,
            Instant startedAt,
            Instant finishedAt,
            Long indexed,
            boolean failed) {

        /** Done out of total, from 0 to 100. */
        public int percent() {
            return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, 100 * done / total);
        }

        /** How long it ran, in whole seconds (so far, while it runs). */
        public long seconds(Instant now) {
            return Duration.between(startedAt, finishedAt == null ? now : finishedAt)
                    .toSeconds();
        }
    }

    private final SearchIndexer indexer;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<Status> status = new AtomicReference<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    SearchRebuilds(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    /** Starts a rebuild of the whole index; false, and nothing started, when one is running already. */
    boolean start(String by) {
        return start(by, indexer::rebuild);
    }

    boolean start(String by, Work work) {
        Status previous = status.get();
        if (previous != null && previous.running()) {
            return false;
        }
        Status begun = new Status(true, Phase.ENTRIES, 0, 0, by, clock.instant(), null, null, false);
        if (!status.compareAndSet(previous, begun)) {
            return false;
        }
        log.info("Search index rebuild asked by {}", by);
        executor.execute(() -> run(work));
        return true;
    }

    private void run(Work work) {
        try {
            long indexed = work.run(new Progress() {
                @Override
                public void phase(Phase phase, long total) {
                    status.updateAndGet(
                            s -> new Status(true, phase, 0, total, s.startedBy(), s.startedAt(), null, null, false));
                }

                @Override
                public void done(long done) {
                    status.updateAndGet(s -> new Status(
                            true, s.phase(), done, s.total(), s.startedBy(), s.startedAt(), null, null, false));
                }
            });
            status.updateAndGet(s -> new Status(
                    false,
                    s.phase(),
                    s.done(),
                    s.total(),
                    s.startedBy(),
                    s.startedAt(),
                    clock.instant(),
                    indexed,
                    false));
            log.info("Search index rebuilt: {} documents", indexed);
        } catch (RuntimeException e) {
            log.error("Search index rebuild failed", e);
            status.updateAndGet(s -> new Status(
                    false, s.phase(), s.done(), s.total(), s.startedBy(), s.startedAt(), clock.instant(), null, true));
        }
    }

    /** The running rebuild, or the last one; empty when none was asked for since start-up. */
    Optional<Status> status() {
        return Optional.ofNullable(status.get());
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
