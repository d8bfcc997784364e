package org.catalyse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CatalyseApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramIntoDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        sortRelations(Path.of("docs/modules/components.puml"));
    }

    /** The documenter lists relations in no stable order; sorting them keeps the committed file stable. */
    static void sortRelations(Path diagram) throws IOException {
        List<String> lines = Files.readAllLines(diagram);
        List<String> relations =
                lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
        Iterator<String> sorted = relations.iterator();
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.startsWith("Rel(") ? sorted.next() : line);
        }
        Files.write(diagram, out);
    }
}
