package org.catalyse.contributions;

import java.security.Principal;
import java.time.LocalDate;
import org.catalyse.accounts.AccountView;
import org.catalyse.accounts.Role;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells record pages the day before which a record's last check is too old, and the header whether the signed-in
 * person moderates and how many notices they have not read.
 */
@ControllerAdvice
class RecordPagesAdvice {

    private final Contributions contributions;
    private final ContributionPages pages;

    RecordPagesAdvice(Contributions contributions, ContributionPages pages) {
        this.contributions = contributions;
        this.pages = pages;
    }

    @ModelAttribute("staleBefore")
    LocalDate staleBefore() {
        return contributions.staleBefore();
    }

    /** One look-up of the signed-in person for both header links. */
    @ModelAttribute
    void signedInPerson(Principal principal, Model model) {
        AccountView who = principal == null ? null : pages.who(principal);
        model.addAttribute("moderatorSignedIn", who != null && who.role().ordinal() >= Role.MODERATOR.ordinal());
        model.addAttribute("unreadNotices", who == null ? null : contributions.unread(who));
    }
}
