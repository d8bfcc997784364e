package org.catalyse.frame;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administration of the frame's editable axes, with the history of every change. */
@Controller
class FrameAdminPages {

    static final int HISTORY_PAGE = 50;

    private final FrameEditor editor;

    FrameAdminPages(FrameEditor editor) {
        this.editor = editor;
    }

    @GetMapping("/admin/referentiel")
    String axes(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        int p = Math.max(1, page);
        Map<String, Long> uses = new LinkedHashMap<>();
        for (FrameView.Axis axis : editor.editableAxes()) {
            axis.values().forEach(v -> uses.put(axis.key() + ":" + v.key(), editor.uses(axis.key(), v.key())));
            axis.retired().forEach(v -> uses.put(axis.key() + ":" + v.key(), editor.uses(axis.key(), v.key())));
        }
        model.addAttribute("axes", editor.editableAxes());
        model.addAttribute("uses", uses);
        model.addAttribute("history", editor.history(p - 1, HISTORY_PAGE));
        model.addAttribute("page", p);
        return "frame/admin";
    }

    @PostMapping("/admin/referentiel/{axis}/valeurs")
    String add(
            @PathVariable("axis") String axis,
            @RequestParam(name = "key", defaultValue = "") String key,
            @RequestParam(name = "labelFr", defaultValue = "") String fr,
            @RequestParam(name = "labelEn", defaultValue = "") String en,
            Principal principal,
            HttpServletResponse response,
            Model model) {
        return change(() -> editor.add(axis, key, fr, en, principal.getName()), axis, response, model);
    }

    /** One change to a value: {@code action} is renommer, retirer, retablir or supprimer. */
    @PostMapping("/admin/referentiel/{axis}/valeurs/{key}")
    String change(
            @PathVariable("axis") String axis,
            @PathVariable("key") String key,
            @RequestParam(name = "action", defaultValue = "") String action,
            @RequestParam(name = "labelFr", defaultValue = "") String fr,
            @RequestParam(name = "labelEn", defaultValue = "") String en,
            Principal principal,
            HttpServletResponse response,
            Model model) {
        String by = principal.getName();
        return change(
                () -> {
                    switch (action) {
                        case "renommer" -> editor.rename(axis, key, fr, en, by);
                        case "retirer" -> editor.retire(axis, key, by);
                        case "retablir" -> editor.restore(axis, key, by);
                        case "supprimer" -> editor.delete(axis, key, by);
                        default ->
                            throw new InvalidInputException("Action inconnue : « " + action
                                    + " ». Actions possibles : renommer, retirer, retablir, supprimer.");
                    }
                },
                axis,
                response,
                model);
    }

    private String change(Runnable change, String axis, HttpServletResponse response, Model model) {
        try {
            change.run();
        } catch (InvalidInputException | NotFoundException e) {
            response.setStatus(
                    e instanceof NotFoundException
                            ? HttpServletResponse.SC_NOT_FOUND
                            : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
            return axes(1, model);
        }
        return "redirect:/admin/referentiel?enregistre#axe-" + axis;
    }
}
