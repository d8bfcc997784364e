package org.catalyse.commons;

import java.util.Arrays;
import java.util.Optional;

/** The licences a resource may carry; CC BY-SA 4.0 by default. */
public enum Licence {
    CC_BY_SA_4_0("CC-BY-SA-4.0", "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/deed.fr"),
    CC_BY_4_0("CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/deed.fr"),
    CC0_1_0("CC0-1.0", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/deed.fr"),
    ETALAB_2_0(
            "etalab-2.0", "Licence Ouverte 2.0 (Etalab)", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/");

    public static final Licence DEFAULT = CC_BY_SA_4_0;

    private final String key;
    private final String label;
    private final String url;

    Licence(String key, String label, String url) {
        this.key = key;
        this.label = label;
        this.url = url;
    }

    /** The SPDX-like key, e.g. {@code CC-BY-SA-4.0}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String url() {
        return url;
    }

    public static Optional<Licence> fromKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equalsIgnoreCase(key)).findFirst();
    }
}
