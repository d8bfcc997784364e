package org.catalyse.search;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar catalyse.jar --rebuild-search-index}: rebuilds the index from the modules with a progress bar
 * for each of its two steps (the entries read from the modules, then the index written from them, the long part),
 * then stops. Run it after an upgrade that changes what is indexed.
 */
@Component
class SearchRebuildCommand implements ApplicationRunner {

    static final String OPTION = "rebuild-search-index";

    private final SearchIndexer indexer;
    private final ConfigurableApplicationContext context;

    SearchRebuildCommand(SearchIndexer indexer, ConfigurableApplicationContext context) {
        this.indexer = indexer;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int status = rebuild(System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Rebuilds the index, drawing its progress on {@code out}; 0 when the index holds every document, else 1. */
    int rebuild(PrintStream out) {
        long total = indexer.expectedCount();
        long indexed = indexer.rebuild(new Bars(out));
        out.println();
        out.println("Index rebuilt: " + indexed + " documents.");
        return indexed == total ? 0 : 1;
    }

    /** One bar per step, redrawn in place as it advances; a step starts on a new line. */
    static final class Bars implements SearchRebuilds.Progress {

        private final PrintStream out;
        private SearchRebuilds.Phase phase;
        private long total;
        /** The most done so far in this step: the index is written by several threads, whose news may cross. */
        private long shown;

        Bars(PrintStream out) {
            this.out = out;
        }

        @Override
        public synchronized void phase(SearchRebuilds.Phase phase, long total) {
            if (this.phase != null) {
                out.println();
            }
            this.phase = phase;
            this.total = total;
            this.shown = 0;
            draw();
        }

        @Override
        public synchronized void done(long done) {
            if (done > shown) {
                shown = done;
                draw();
            }
        }

        private void draw() {
            out.print("\r" + label(phase) + " " + bar(shown, total));
            out.flush();
        }

        static String label(SearchRebuilds.Phase phase) {
            return switch (phase) {
                case ENTRIES -> "Step 1 of 2, entries read from the modules:";
                case INDEX -> "Step 2 of 2, index written from the entries:";
            };
        }
    }

    /** {@code [##########----------]  50 % (23/46)}. */
    static String bar(long done, long total) {
        int width = 30;
        long shown = Math.min(done, Math.max(total, 0));
        int filled = total <= 0 ? width : (int) (width * shown / total);
        long percent = total <= 0 ? 100 : 100 * shown / total;
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + String.format("%3d %%", percent) + " ("
                + done + "/" + total + ")";
    }
}
