package org.catalyse.search;

import jakarta.servlet.http.HttpServletResponse;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administration of the synonyms the search uses: list, add, edit and delete groups of terms. A change counts from
 * the next search, without a restart; the index itself is not rewritten (synonyms apply when searching).
 */
@Controller
class SynonymAdminPages {

    private final Synonyms synonyms;

    SynonymAdminPages(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    @GetMapping("/admin/synonymes")
    String groups(Model model) {
        model.addAttribute("groups", synonyms.groups());
        model.addAttribute("maxTerms", Synonyms.MAX_TERMS);
        model.addAttribute("maxLength", Synonyms.MAX_TERM_LENGTH);
        return "search/admin-synonyms";
    }

    @PostMapping("/admin/synonymes")
    String add(
            @RequestParam(name = "termes", defaultValue = "") String terms, HttpServletResponse response, Model model) {
        try {
            int number = synonyms.add(terms);
            return "redirect:/admin/synonymes?ajoute=" + number + "#groupe-" + number;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("addProblem", e.getMessage());
            model.addAttribute("typed", terms);
            return groups(model);
        }
    }

    @PostMapping("/admin/synonymes/{group}")
    String replace(
            @PathVariable("group") int group,
            @RequestParam(name = "termes", defaultValue = "") String terms,
            HttpServletResponse response,
            Model model) {
        return change(() -> synonyms.replace(group, terms), group, terms, "enregistre", response, model);
    }

    @PostMapping("/admin/synonymes/{group}/suppression")
    String delete(@PathVariable("group") int group, HttpServletResponse response, Model model) {
        return change(() -> synonyms.delete(group), group, null, "supprime", response, model);
    }

    private String change(
            Runnable change, int group, String typed, String done, HttpServletResponse response, Model model) {
        try {
            change.run();
        } catch (InvalidInputException | NotFoundException e) {
            response.setStatus(
                    e instanceof NotFoundException
                            ? HttpServletResponse.SC_NOT_FOUND
                            : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemGroup", group);
            if (e instanceof InvalidInputException) {
                model.addAttribute("typed", typed); // shown again next to the group's terms, to be corrected
            }
            return groups(model);
        }
        return "redirect:/admin/synonymes?" + done + "=" + group + ("supprime".equals(done) ? "" : "#groupe-" + group);
    }
}
