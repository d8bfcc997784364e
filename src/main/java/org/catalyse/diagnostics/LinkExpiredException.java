package org.catalyse.diagnostics;

import org.catalyse.shared.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A private link to answers that were left unchanged for longer than links live. */
@ResponseStatus(HttpStatus.GONE)
class LinkExpiredException extends UserFacingException {

    LinkExpiredException(long days) {
        super("Ce lien a expiré : les réponses laissées sans changement pendant plus de " + days
                + " jours sont effacées de la vue. Vous pouvez recommencer le diagnostic.");
    }
}
