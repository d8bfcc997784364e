package org.catalyse.accounts;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page who is signed in, for the header's account links. */
@ControllerAdvice
class CurrentAccount {

    @ModelAttribute("signedIn")
    String signedIn(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
