package org.catalyse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTests {

    @Test
    void readsOneGroupPerLineAndSkipsComments() {
        assertThat(Synonyms.parse(
                        "# note\nRSE | responsabilité sociétale des entreprises\n\nseul\nESS|économie sociale"))
                .containsExactly(
                        List.of("RSE", "responsabilité sociétale des entreprises"), List.of("ESS", "économie sociale"));
    }

    @Test
    void foldsCaseAndAccents() {
        assertThat(Synonyms.fold("Économie Sociale")).isEqualTo("economie sociale");
    }
}
