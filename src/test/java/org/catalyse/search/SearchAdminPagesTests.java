package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.catalyse.CatalyseTest;
import org.catalyse.web.HtmlValidityTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An administrator rebuilds the index from /admin/index, in the background, and follows its progress. */
@CatalyseTest
class SearchAdminPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchRebuilds rebuilds;

    @Autowired
    SearchIndexer indexer;

    private static RequestPostProcessor admin() {
        return user("admin@index.test").roles("MEMBER", "ADMINISTRATOR");
    }

    @AfterEach
    void waitForTheRebuild() throws Exception {
        finished();
    }

    private SearchRebuilds.Status finished() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (rebuilds.status().map(SearchRebuilds.Status::running).orElse(false)) {
            assertThat(Instant.now()).as("rebuild still running").isBefore(until);
            Thread.sleep(50);
        }
        return rebuilds.status().orElseThrow();
    }

    @Test
    void whileARebuildRunsThePageShowsItsProgressRefreshesAndASecondOneIsRefused() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch halfway = new CountDownLatch(1);
        assertThat(rebuilds.start("admin@index.test", progress -> {
                    progress.phase(SearchRebuilds.Phase.INDEX, 40);
                    progress.done(10);
                    halfway.countDown();
                    try {
                        release.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    progress.done(40);
                    return 40;
                }))
                .isTrue();
        assertThat(halfway.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            byte[] running = mvc.perform(get("/admin/index").with(admin()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<meta http-equiv=\"refresh\" content=\"2\">")))
                    .andExpect(content().string(containsString("Reconstruction en cours")))
                    .andExpect(content().string(containsString("10 sur 40 (25 %)")))
                    .andExpect(content().string(containsString("Étape 2 sur 2")))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(HtmlValidityTests.errors(running))
                    .as("Nu HTML checker errors on the page of a running rebuild")
                    .isEmpty();
            mvc.perform(get("/admin/index").param("suivre", "non").with(admin()))
                    .andExpect(content().string(not(containsString("http-equiv=\"refresh\""))));

            mvc.perform(post("/admin/index").with(csrf()).with(admin()))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(containsString("déjà en cours")));
            assertThat(rebuilds.start("quelqu-un@index.test")).isFalse();
        } finally {
            release.countDown();
        }
        SearchRebuilds.Status done = finished();
        assertThat(done.indexed()).isEqualTo(40);
        assertThat(done.failed()).isFalse();
    }

    @Test
    void theRebuildAskedOnThePageRebuildsTheWholeIndexAndTellsHowItEnded() throws Exception {
        long expected = indexer.expectedCount();
        assertThat(expected).isPositive();

        mvc.perform(post("/admin/index").with(csrf()).with(admin())).andExpect(redirectedUrl("/admin/index"));

        SearchRebuilds.Status done = finished();
        assertThat(done.failed()).isFalse();
        assertThat(done.indexed()).isEqualTo(expected);
        assertThat(done.startedBy()).isEqualTo("admin@index.test");
        assertThat(done.phase()).isEqualTo(SearchRebuilds.Phase.INDEX);
        assertThat(done.done()).as("documents counted by the mass indexer").isEqualTo(expected);
        assertThat(indexer.indexedCount()).isEqualTo(expected);
        mvc.perform(get("/admin/index").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dernière reconstruction terminée")))
                .andExpect(content().string(containsString(expected + " documents dans l’index à la fin")))
                .andExpect(content().string(not(containsString("http-equiv=\"refresh\""))));
    }

    @Test
    void onlyAdministratorsRebuild() throws Exception {
        mvc.perform(post("/admin/index").with(csrf()).with(user("m@index.test").roles("MEMBER", "MODERATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/index").with(admin())).andExpect(status().isForbidden());
    }
}
