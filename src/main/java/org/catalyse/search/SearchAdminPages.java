package org.catalyse.search;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administration of the search index: how many documents it holds beside what the modules hold, and its rebuild
 * in the background, whose page refreshes itself (without JavaScript) while it runs.
 */
@Controller
class SearchAdminPages {

    /** Seconds between two refreshes of the page while a rebuild runs. */
    static final int REFRESH_SECONDS = 2;

    private final SearchRebuilds rebuilds;
    private final SearchIndexer indexer;

    SearchAdminPages(SearchRebuilds rebuilds, SearchIndexer indexer) {
        this.rebuilds = rebuilds;
        this.indexer = indexer;
    }

    @GetMapping("/admin/index")
    String index(@RequestParam(name = "suivre", defaultValue = "oui") String follow, Model model) {
        boolean refresh = !"non".equals(follow);
        model.addAttribute("follow", refresh);
        model.addAttribute("interval", REFRESH_SECONDS);
        rebuilds.status().ifPresent(s -> {
            model.addAttribute("rebuild", s);
            model.addAttribute("seconds", s.seconds(Instant.now()));
            if (s.running() && refresh) {
                model.addAttribute("refreshSeconds", REFRESH_SECONDS);
            }
        });
        model.addAttribute("expected", indexer.expectedCount());
        model.addAttribute("indexed", indexer.indexedCount());
        return "search/admin-index";
    }

    @PostMapping("/admin/index")
    String rebuild(Principal principal, HttpServletResponse response, Model model) {
        if (!rebuilds.start(principal.getName())) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", "busy");
            return index("oui", model);
        }
        return "redirect:/admin/index";
    }
}
