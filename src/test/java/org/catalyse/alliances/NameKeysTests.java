package org.catalyse.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.catalyse.shared.Slugs;
import org.junit.jupiter.api.Test;

/** The key names are compared by for duplicates: the slug without legal forms and articles, its words run together. */
class NameKeysTests {

    /** The definition, in regular expressions over the slug (how keys were first made). */
    private static String byDefinition(String name) {
        return Slugs.slugify(name)
                .replaceAll("\\b(association|asso|sas|sa|sarl|scop|scic|la|le|les|l|de|du|des|d)\\b", "")
                .replaceAll("-+", "");
    }

    @Test
    void legalFormsAndArticlesAreLeftOut() {
        assertThat(AllianceImport.normalise("Association L’Atelier des Possibles"))
                .isEqualTo(AllianceImport.normalise("atelier possibles SARL"))
                .isEqualTo("atelierpossibles");
        assertThat(AllianceImport.normalise("SAS Dupont & fils")).isEqualTo("dupontfils");
        assertThat(AllianceImport.normalise("Sassenage")).isEqualTo("sassenage");
        assertThat(AllianceImport.normalise("")).isEmpty();
    }

    @Test
    void everyNameGivesTheKeyOfTheDefinition() {
        String[] words = {
            "association",
            "Asso",
            "SAS",
            "sa",
            "SARL",
            "Scop",
            "SCIC",
            "la",
            "Le",
            "les",
            "l'",
            "L’",
            "de",
            "du",
            "des",
            "d'",
            "Atelier",
            "Épicerie",
            "solidaire",
            "Morlaix",
            "sassenage",
            "delà",
            "2",
            "—",
            "&",
            "-",
            "dé",
            "lé"
        };
        String[] separators = {" ", "-", "’", ", ", ""};
        Random random = new Random(20261203);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                name.append(words[random.nextInt(words.length)]).append(separators[random.nextInt(separators.length)]);
            }
            assertThat(AllianceImport.normalise(name.toString()))
                    .as("key of \"%s\"", name)
                    .isEqualTo(byDefinition(name.toString()));
        }
    }
}
