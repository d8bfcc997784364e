package org.catalyse.contributions;

import java.security.Principal;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells record pages the day before which a record's last check is too old, and a signed-in person's notices. */
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

    @ModelAttribute("moderatorSignedIn")
    boolean moderator(Principal principal) {
        var who = principal == null ? null : pages.who(principal);
        return who != null && who.role().ordinal() >= org.catalyse.accounts.Role.MODERATOR.ordinal();
    }

    @ModelAttribute("unreadNotices")
    Long unread(Principal principal) {
        if (principal == null) {
            return null;
        }
        var who = pages.who(principal);
        return who == null ? null : contributions.unread(who);
    }
}
