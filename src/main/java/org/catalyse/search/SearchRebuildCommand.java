package org.catalyse.search;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar catalyse.jar --rebuild-search-index}: rebuilds the index from the modules with a
 * progress bar, then stops. Run it after an upgrade that changes what is indexed.
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
        long total = indexer.expectedCount();
        PrintStream out = System.out;
        long indexed = indexer.rebuild(done -> out.print("\r" + bar(done, total)));
        out.println();
        out.println("Index rebuilt: " + indexed + " documents.");
        System.exit(SpringApplication.exit(context, () -> indexed == total ? 0 : 1));
    }

    /** {@code [##########----------]  50 % (23/46)}. */
    static String bar(long done, long total) {
        int width = 30;
        int filled = total == 0 ? width : (int) (width * done / total);
        long percent = total == 0 ? 100 : 100 * done / total;
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + String.format("%3d %%", percent) + " ("
                + done + "/" + total + ")";
    }
}
