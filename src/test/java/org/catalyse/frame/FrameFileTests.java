package org.catalyse.frame;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameFileTests {

    static final FrameFile.Text TEXT = new FrameFile.Text("Libellé", "Label");

    static FrameFile withValues(String version, String status, List<FrameFile.ValueDef> values) {
        return new FrameFile(version, List.of(new FrameFile.AxisDef("medoc-type", TEXT, TEXT, status, TEXT, values)));
    }

    @Test
    void refusesADuplicatedValueKeyNamingTheFileAxisAndValue() {
        var value = new FrameFile.ValueDef("methode", TEXT, TEXT);
        assertThatThrownBy(() ->
                        withValues("2026.1", "fact", List.of(value, value)).checked("frame-2026.1.json"))
                .hasMessage("Référentiel frame-2026.1.json : axe « medoc-type », valeur « methode » : clé absente,"
                        + " mal formée ou en double");
    }

    @Test
    void refusesAMissingEnglishLabel() {
        var value = new FrameFile.ValueDef("methode", new FrameFile.Text("Méthode", ""), TEXT);
        assertThatThrownBy(() -> withValues("2026.1", "fact", List.of(value)).checked("f.json"))
                .hasMessageContaining("français et anglais obligatoires");
    }

    @Test
    void refusesAnUnknownStatusAndABadVersion() {
        var value = new FrameFile.ValueDef("methode", TEXT, TEXT);
        assertThatThrownBy(() -> withValues("2026.1", "maybe", List.of(value)).checked("f.json"))
                .hasMessageContaining("statut « maybe » inconnu");
        assertThatThrownBy(() -> withValues("v1", "fact", List.of(value)).checked("f.json"))
                .hasMessageContaining("version absente ou mal formée");
    }
}
