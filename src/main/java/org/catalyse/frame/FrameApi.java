package org.catalyse.frame;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Référentiel", description = "Les axes qui qualifient chaque objet de Catalyse")
class FrameApi {

    record ValueJson(String key, String label, String description) {}

    record AxisJson(
            String key, String label, String description, String status, String statusNote, List<ValueJson> values) {}

    record FrameJson(String version, String language, List<AxisJson> axes) {}

    private final Frame frame;

    FrameApi(Frame frame) {
        this.frame = frame;
    }

    @GetMapping("/api/v1/frame")
    @Operation(
            summary = "Le référentiel courant : axes et valeurs",
            description = "Libellés en français, ou en anglais avec ?lang=en ou Accept-Language: en. Une valeur se"
                    + " désigne ailleurs par axe:clé, par exemple action-domain:sante.")
    FrameJson frame(Locale locale) {
        FrameView view = frame.current();
        return new FrameJson(
                view.version(),
                "en".equals(locale.getLanguage()) ? "en" : "fr",
                view.axes().stream()
                        .map(a -> new AxisJson(
                                a.key(),
                                a.label().in(locale),
                                a.description().in(locale),
                                a.status(),
                                a.statusNote().in(locale),
                                a.values().stream()
                                        .map(v -> new ValueJson(
                                                v.key(),
                                                v.label().in(locale),
                                                v.description().in(locale)))
                                        .toList()))
                        .toList());
    }
}
