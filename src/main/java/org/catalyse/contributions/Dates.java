package org.catalyse.contributions;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Moments as pages show them: the day and the time in Paris, in the page's language. */
@Component("contributionDates")
class Dates {

    public String format(Instant at) {
        if (at == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String pattern = "en".equals(locale.getLanguage()) ? "d MMMM yyyy, HH:mm" : "d MMMM yyyy 'à' HH'h'mm";
        return DateTimeFormatter.ofPattern(pattern, locale)
                .withZone(Contributions.PARIS)
                .format(at);
    }

    public String iso(Instant at) {
        return at == null
                ? ""
                : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
