package org.catalyse.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A deterministic corpus of French resources for the search benchmark: document {@code i} only depends on
 * the seed and {@code i}, so any document can be rebuilt alone, in any order.
 *
 * <p>Titles and bodies come from a vocabulary of the domain (partnerships, sponsorship, skills, cooperation,
 * evaluation, societal innovation, integration, food, mobility…) with accents, elisions and plurals, plus
 * commune names and figures, so that the term dictionary is not trivially small. Facets follow skewed
 * distributions over the frame values; territories are mostly {@code pays:FR}, the others regions,
 * departments, EPCIs and communes drawn by population, with every enclosing territory computed from the
 * territory files.
 */
final class SearchCorpus {

    /** One generated document, as the {@code search_entry*} tables hold it. */
    record Doc(
            String id,
            String key,
            String title,
            String summary,
            String body,
            String labels,
            String url,
            LocalDate date,
            Set<String> facets,
            Set<String> territories,
            Set<String> within) {}

    static final Map<String, List<String>> AXES = new LinkedHashMap<>();

    static {
        AXES.put("medoc-type", List.of("methode", "exemple", "donnee", "outil", "competence"));
        AXES.put(
                "actor-profile",
                List.of(
                        "associations",
                        "entreprises",
                        "collectivites-territoriales",
                        "fondations-fonds-dotation",
                        "structures-accompagnement-catalyseurs",
                        "etat-institutions-publiques",
                        "acteurs-academiques-recherche",
                        "citoyens",
                        "syndicats-organisations-professionnelles",
                        "medias"));
        AXES.put(
                "action-domain",
                List.of(
                        "emploi-insertion",
                        "education-jeunesse",
                        "developpement-economique-local",
                        "environnement-biodiversite",
                        "alimentation-agriculture",
                        "lien-social-isolement",
                        "climat-energie",
                        "pauvrete-precarite",
                        "sante",
                        "mobilite",
                        "numerique-inclusion-numerique",
                        "handicap-autonomie",
                        "logement-habitat",
                        "citoyennete-engagement",
                        "culture-patrimoine",
                        "sport"));
        AXES.put(
                "strategic-objective",
                List.of(
                        "cooperer-efficacement",
                        "co-construire-projets-territoire",
                        "piloter-innovation-societale",
                        "trajectoires-socio-economiques"));
        AXES.put("usage-stage", List.of("s-informer", "agir", "se-former"));
        AXES.put("maturity-level", List.of("decouvrir", "experimenter", "structurer", "essaimer"));
        AXES.put(
                "partnership-mode",
                List.of("mecenat", "cooperation-economique", "pratiques-responsables", "innovation-societale"));
    }

    private static final String[] KINDS = {
        "Guide",
        "Méthode",
        "Retour d'expérience",
        "Boîte à outils",
        "Fiche pratique",
        "Étude de cas",
        "Référentiel",
        "Kit",
        "Parcours",
        "Baromètre",
        "Synthèse",
        "Cahier",
        "Tutoriel",
        "Observatoire",
        "Carnet de route"
    };
    private static final String[] TOPICS = {
        "du mécénat de compétences",
        "de l'évaluation des partenariats",
        "de la coopération territoriale",
        "de l'innovation sociétale",
        "de l'insertion professionnelle",
        "de l'alimentation durable",
        "de la mobilité solidaire",
        "des alliances entre entreprises et associations",
        "de la gouvernance partagée",
        "de la transition écologique",
        "de l'emploi des jeunes",
        "de l'inclusion numérique",
        "de la lutte contre l'isolement",
        "de la co-construction des projets de territoire",
        "de la mesure d'impact",
        "des achats responsables",
        "de l'engagement des salariés",
        "de l'ancrage territorial des entreprises",
        "des pratiques responsables",
        "du partenariat entre collectivités et associations",
        "des fondations territoriales",
        "de l'économie sociale et solidaire",
        "des tiers-lieux",
        "de l'accès aux droits",
        "des épiceries solidaires",
        "du bénévolat de compétences",
        "de la précarité énergétique",
        "de la santé des aidants",
        "de l'habitat inclusif",
        "des circuits courts"
    };
    private static final String[] SUBJECTS = {
        "Les associations",
        "L'entreprise",
        "La collectivité",
        "Les acteurs du territoire",
        "Les fondations",
        "Les partenaires",
        "L'équipe projet",
        "Les élus locaux",
        "Les structures d'accompagnement",
        "Le réseau",
        "Les bénévoles",
        "Les salariés engagés",
        "L'intercommunalité",
        "Les habitants",
        "Les chercheurs",
        "Les entreprises de l'économie sociale et solidaire",
        "Le département",
        "La région",
        "Les catalyseurs territoriaux",
        "L'association",
        "Les dirigeants",
        "Les services de l'État"
    };
    private static final String[] VERBS = {
        "construisent",
        "évaluent",
        "accompagnent",
        "mutualisent",
        "expérimentent",
        "co-construisent",
        "financent",
        "renforcent",
        "structurent",
        "pilotent",
        "partagent",
        "documentent",
        "animent",
        "développent",
        "mesurent",
        "essaiment",
        "soutiennent",
        "organisent",
        "facilitent",
        "valorisent",
        "imaginent",
        "consolident"
    };
    /** Objects of any theme: generic project vocabulary, so that themes stay distinguishable. */
    private static final String[] OBJECTS = {
        "un partenariat stratégique",
        "la coopération entre acteurs",
        "un diagnostic territorial",
        "des projets d'intérêt général",
        "des outils de pilotage",
        "la gouvernance du projet",
        "des données ouvertes",
        "une alliance territoriale",
        "des expérimentations collectives",
        "le dialogue territorial",
        "une charte de coopération",
        "des formations en ligne",
        "des ateliers de co-développement",
        "des retours d'expérience",
        "la feuille de route",
        "un comité de suivi",
        "le plan d'action",
        "des rencontres régulières",
        "un appel à projets",
        "le budget prévisionnel"
    };

    private static final String[] NOUNS = {
        "réunions",
        "comités",
        "ateliers",
        "rencontres",
        "budgets",
        "calendriers",
        "conventions",
        "fiches",
        "questionnaires",
        "entretiens",
        "tableaux de bord",
        "démarches",
        "livrables",
        "instances",
        "outils",
        "méthodes",
        "modèles",
        "indicateurs",
        "critères",
        "étapes",
        "rôles",
        "règles",
        "échanges",
        "retours",
        "engagements",
        "moyens",
        "besoins",
        "priorités",
        "contributions",
        "financements",
        "relais",
        "leviers",
        "freins",
        "ressources",
        "résultats",
        "bilans",
        "enquêtes",
        "témoignages",
        "supports",
        "guides"
    };
    private static final String[] ADJECTIVES = {
        "durables",
        "solidaires",
        "efficaces",
        "simples",
        "utiles",
        "pratiques",
        "dynamiques",
        "responsables",
        "accessibles",
        "lisibles",
        "fiables",
        "stratégiques",
        "thématiques",
        "techniques",
        "juridiques",
        "économiques",
        "pédagogiques",
        "numériques",
        "publiques",
        "pluridisciplinaires",
        "réalistes",
        "modestes",
        "ambitieux",
        "divers",
        "précis",
        "clairs",
        "concrets",
        "partagés",
        "nouveaux",
        "anciens"
    };
    /** Phrases of each theme, in the order of {@link #TOPICS}. */
    private static final String[][] THEMES = {
        {"le mécénat de compétences", "des salariés en mécénat de compétences", "un mécénat de compétences"},
        {"l'évaluation des partenariats", "l'évaluation partagée", "des critères d'évaluation"},
        {"la coopération territoriale", "des coopérations locales", "un espace de coopération"},
        {"l'innovation sociétale", "des innovations sociales", "un laboratoire d'innovation"},
        {"l'insertion professionnelle", "des parcours d'insertion", "des chantiers d'insertion"},
        {"l'alimentation durable", "des circuits courts", "la restauration collective"},
        {"la mobilité solidaire", "le covoiturage", "des garages solidaires"},
        {
            "les alliances entre entreprises et associations",
            "des alliances stratégiques",
            "un dialogue entre entreprises et associations"
        },
        {"la gouvernance partagée", "une gouvernance collégiale", "des instances partagées"},
        {"la transition écologique", "la sobriété", "des trajectoires bas carbone"},
        {"l'emploi des jeunes", "des jeunes en recherche d'emploi", "l'apprentissage"},
        {"l'inclusion numérique", "des conseillers numériques", "l'illectronisme"},
        {"la lutte contre l'isolement", "des visites de convivialité", "le lien social"},
        {"la co-construction des projets de territoire", "des projets de territoire", "la concertation"},
        {"la mesure d'impact", "des indicateurs d'impact", "l'utilité sociale"},
        {"des achats responsables", "des clauses sociales", "la commande publique responsable"},
        {"l'engagement des salariés", "des salariés engagés", "le bénévolat d'entreprise"},
        {"l'ancrage territorial des entreprises", "la responsabilité territoriale", "des entreprises ancrées"},
        {"des pratiques responsables", "la responsabilité sociétale", "des pratiques vertueuses"},
        {"le partenariat entre collectivités et associations", "des subventions", "des conventions d'objectifs"},
        {"des fondations territoriales", "une fondation abritée", "le don local"},
        {"l'économie sociale et solidaire", "des coopératives", "des entreprises solidaires"},
        {"des tiers-lieux", "un lieu partagé", "des espaces de travail partagés"},
        {"l'accès aux droits", "le non-recours", "des permanences sociales"},
        {"des épiceries solidaires", "l'aide alimentaire", "des paniers solidaires"},
        {"le bénévolat de compétences", "des bénévoles qualifiés", "le pro bono"},
        {"la précarité énergétique", "la rénovation des logements", "des chèques énergie"},
        {"la santé des aidants", "des aidants familiaux", "le répit"},
        {"l'habitat inclusif", "des colocations solidaires", "l'habitat partagé"},
        {"des circuits courts", "des producteurs locaux", "des marchés de producteurs"}
    };

    private static final String[] COMPLEMENTS = {
        "à l'échelle du territoire",
        "avec les collectivités",
        "dans les quartiers prioritaires",
        "en milieu rural",
        "au service de l'intérêt général",
        "grâce à un mécène",
        "pour lutter contre la précarité",
        "sur la durée",
        "en lien avec les entreprises locales",
        "avec l'appui d'une fondation",
        "dans une logique de réciprocité",
        "selon une méthode partagée",
        "au plus près des besoins",
        "en s'appuyant sur l'expérience des pionniers",
        "avec des indicateurs simples",
        "dans le cadre d'une convention pluriannuelle",
        "pour favoriser l'emploi",
        "au bénéfice des personnes fragiles",
        "en associant les habitants",
        "d'année en année"
    };
    private static final String[] CONNECTORS = {
        "",
        "",
        "",
        "Par ailleurs, ",
        "En outre, ",
        "Ainsi, ",
        "Concrètement, ",
        "Dans ce cadre, ",
        "À terme, ",
        "De plus, ",
        "Pour autant, ",
        "Enfin, ",
        "D'abord, ",
        "Aujourd'hui, "
    };
    private static final String[] OPENINGS = {
        "Cette ressource présente %s.",
        "Ce document décrit %s.",
        "L'expérience montre l'intérêt %s.",
        "Les résultats de l'évaluation portent sur %s.",
        "Cette fiche propose une démarche pour %s.",
        "Ce retour d'expérience revient sur %s."
    };
    private static final Map<String, String[]> DOMAIN_WORDS = new HashMap<>();

    static {
        DOMAIN_WORDS.put("emploi-insertion", new String[] {
            "l'insertion par l'activité économique",
            "des chantiers d'insertion",
            "le retour à l'emploi",
            "des contrats aidés"
        });
        DOMAIN_WORDS.put("education-jeunesse", new String[] {
            "la réussite éducative", "les jeunes décrocheurs", "des stages de découverte", "l'orientation des lycéens"
        });
        DOMAIN_WORDS.put("sante", new String[] {
            "la prévention en santé", "l'accès aux soins", "la santé mentale", "des maisons de santé"
        });
        DOMAIN_WORDS.put("handicap-autonomie", new String[] {
            "l'autonomie des personnes âgées", "l'emploi des personnes handicapées", "l'accessibilité"
        });
        DOMAIN_WORDS.put("logement-habitat", new String[] {
            "l'habitat inclusif", "la rénovation énergétique des logements", "l'hébergement d'urgence"
        });
        DOMAIN_WORDS.put("alimentation-agriculture", new String[] {
            "l'alimentation durable",
            "des circuits courts",
            "les épiceries solidaires",
            "les agriculteurs locaux",
            "la restauration collective"
        });
        DOMAIN_WORDS.put(
                "environnement-biodiversite",
                new String[] {"la préservation de la biodiversité", "des jardins partagés", "la gestion des déchets"});
        DOMAIN_WORDS.put("climat-energie", new String[] {
            "la transition énergétique",
            "la sobriété énergétique",
            "la précarité énergétique",
            "l'adaptation climatique"
        });
        DOMAIN_WORDS.put("mobilite", new String[] {
            "la mobilité solidaire", "le covoiturage", "le transport à la demande", "des garages solidaires"
        });
        DOMAIN_WORDS.put(
                "culture-patrimoine",
                new String[] {"la médiation culturelle", "le patrimoine local", "des résidences d'artistes"});
        DOMAIN_WORDS.put("sport", new String[] {"le sport santé", "les clubs sportifs", "l'inclusion par le sport"});
        DOMAIN_WORDS.put("numerique-inclusion-numerique", new String[] {
            "l'inclusion numérique", "des conseillers numériques", "l'illectronisme", "le reconditionnement"
        });
        DOMAIN_WORDS.put("developpement-economique-local", new String[] {
            "le développement économique local", "les commerces de proximité", "la revitalisation des centres-bourgs"
        });
        DOMAIN_WORDS.put(
                "lien-social-isolement",
                new String[] {"la lutte contre l'isolement", "le lien social", "des visites de convivialité"});
        DOMAIN_WORDS.put(
                "pauvrete-precarite",
                new String[] {"la lutte contre la pauvreté", "l'aide alimentaire", "l'accès aux droits"});
        DOMAIN_WORDS.put(
                "citoyennete-engagement",
                new String[] {"l'engagement bénévole", "la participation citoyenne", "le service civique"});
    }

    private static final String[] LICENCES = {"CC-BY-SA-4.0", "CC-BY-4.0", "etalab-2.0"};
    private static final double[] LICENCE_WEIGHTS = {0.82, 0.12, 0.06};
    private static final double[] MEDOC_WEIGHTS = {0.34, 0.30, 0.10, 0.18, 0.08};
    private static final LocalDate FIRST_DATE = LocalDate.of(2015, 1, 1);
    private static final int DATE_SPAN = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - FIRST_DATE.toEpochDay());

    /** A territory with its enclosing territories (itself included) and a weight. */
    private record Place(String id, String name, Set<String> within) {}

    private static final class Weighted {
        final List<Place> places = new ArrayList<>();
        final List<Long> weights = new ArrayList<>();
        long[] cumulative;

        void add(Place p, long weight) {
            places.add(p);
            weights.add(Math.max(1, weight));
        }

        Place draw(SplittableRandom r) {
            if (cumulative == null) {
                long[] c = new long[weights.size()];
                long sum = 0;
                for (int k = 0; k < c.length; k++) {
                    sum += weights.get(k);
                    c[k] = sum;
                }
                cumulative = c;
            }
            long x = r.nextLong(cumulative[cumulative.length - 1]);
            int i = java.util.Arrays.binarySearch(cumulative, x + 1);
            return places.get(i >= 0 ? i : -i - 1);
        }
    }

    private final long seed;
    private final Function<String, String> labelOf;
    private final Weighted regions = new Weighted();
    private final Weighted departements = new Weighted();
    private final Weighted epcis = new Weighted();
    private final Weighted communes = new Weighted();
    private final String[] communeNames;

    /**
     * @param labelOf the French label of a facet ({@code axis:value}), as the frame gives it
     */
    SearchCorpus(long seed, Function<String, String> labelOf) {
        this.seed = seed;
        this.labelOf = labelOf;
        Map<String, String> regionOfDepartement = new HashMap<>();
        for (String[] d : read("departements.tsv")) {
            regionOfDepartement.put(d[0], d[2]);
        }
        List<String[]> communeRows = read("communes.tsv");
        Map<String, Set<String>> epciWithin = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (String[] c : communeRows) {
            names.add(c[1]);
            Set<String> within = new LinkedHashSet<>();
            within.add("commune:" + c[0]);
            if (!c[4].isEmpty()) {
                within.add("epci:" + c[4]);
            }
            within.add("departement:" + c[2]);
            within.add("region:" + c[3]);
            within.add("pays:FR");
            communes.add(new Place("commune:" + c[0], c[1], within), parseLong(c[5]));
            if (!c[4].isEmpty()) {
                Set<String> e = epciWithin.computeIfAbsent("epci:" + c[4], k -> new TreeSet<>());
                e.add("departement:" + c[2]);
                e.add("region:" + c[3]);
            }
        }
        communeNames = names.toArray(String[]::new);
        for (String[] e : read("epci.tsv")) {
            Set<String> within = new LinkedHashSet<>();
            within.add("epci:" + e[0]);
            within.addAll(epciWithin.getOrDefault("epci:" + e[0], Set.of()));
            within.add("pays:FR");
            epcis.add(new Place("epci:" + e[0], e[1], within), parseLong(e[3]));
        }
        for (String[] d : read("departements.tsv")) {
            departements.add(
                    new Place(
                            "departement:" + d[0],
                            d[1],
                            new LinkedHashSet<>(List.of("departement:" + d[0], "region:" + d[2], "pays:FR"))),
                    parseLong(d[4]));
        }
        for (String[] r : read("regions.tsv")) {
            regions.add(
                    new Place("region:" + r[0], r[1], new LinkedHashSet<>(List.of("region:" + r[0], "pays:FR"))),
                    parseLong(r[3]));
        }
    }

    /** Document {@code i} (0-based). */
    Doc doc(long i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        Map<String, List<String>> qualifiers = qualifiers(r);
        String licence = LICENCES[pick(r, LICENCE_WEIGHTS)];
        Set<String> territories = new LinkedHashSet<>();
        Set<String> within = new LinkedHashSet<>();
        int n = r.nextInt(100) < 8 ? 2 : 1;
        for (int t = 0; t < n; t++) {
            Place p = place(r);
            territories.add(p.id());
            within.addAll(p.within());
        }
        List<String> domains = qualifiers.getOrDefault("action-domain", List.of());
        String place = communeNames[r.nextInt(communeNames.length)];
        int theme = flat(r, TOPICS.length);
        int[] themes = r.nextInt(10) < 3 ? new int[] {theme, flat(r, TOPICS.length)} : new int[] {theme};
        String topic = TOPICS[theme];
        String title = KINDS[r.nextInt(KINDS.length)] + " " + topic
                + (r.nextInt(3) == 0 ? " à " + place : r.nextInt(3) == 0 ? " (" + (2015 + r.nextInt(12)) + ")" : "");
        StringBuilder summary = new StringBuilder();
        summary.append(
                String.format(OPENINGS[r.nextInt(OPENINGS.length)], topic.replaceFirst("^(de la|de l'|du|des) ", "")));
        summary.append(' ').append(sentence(r, themes, domains, place));
        int words = 150 + r.nextInt(251);
        StringBuilder body = new StringBuilder(words * 8);
        int count = 0;
        while (count < words) {
            String s = sentence(r, themes, domains, place);
            body.append(s).append(' ');
            count += s.chars().filter(c -> c == ' ').count() + 1;
            if (r.nextInt(6) == 0) {
                body.append('\n');
            }
        }
        Set<String> facets = new LinkedHashSet<>();
        List<String> labels = new ArrayList<>();
        qualifiers.forEach((axis, values) -> values.forEach(v -> {
            facets.add(axis + ":" + v);
            labels.add(labelOf.apply(axis + ":" + v));
        }));
        facets.add("licence:" + licence);
        String key = String.format("bench-%07d", i);
        LocalDate date = FIRST_DATE.plusDays(r.nextInt(DATE_SPAN + 1));
        return new Doc(
                "resource:" + key,
                key,
                cut(title, 300),
                cut(summary.toString(), 600),
                body.toString().trim(),
                String.join(" · ", labels),
                "/ressources/" + key,
                date,
                facets,
                territories,
                within);
    }

    private Map<String, List<String>> qualifiers(SplittableRandom r) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("medoc-type", List.of(AXES.get("medoc-type").get(pick(r, MEDOC_WEIGHTS))));
        q.put("actor-profile", distinct(r, AXES.get("actor-profile"), 1 + r.nextInt(3)));
        int domains = new int[] {0, 1, 1, 1, 2, 2, 3, 3, 1, 2}[r.nextInt(10)];
        if (domains > 0) {
            q.put("action-domain", distinct(r, AXES.get("action-domain"), domains));
        }
        q.put("strategic-objective", distinct(r, AXES.get("strategic-objective"), 1 + (r.nextInt(3) == 0 ? 1 : 0)));
        q.put("usage-stage", distinct(r, AXES.get("usage-stage"), 1 + (r.nextInt(3) == 0 ? 1 : 0)));
        List<String> levels = AXES.get("maturity-level");
        int from = zipf(r, levels.size());
        int span = Math.min(levels.size() - from, 1 + r.nextInt(3));
        q.put("maturity-level", levels.subList(from, from + span));
        if (r.nextInt(2) == 0) {
            q.put("partnership-mode", distinct(r, AXES.get("partnership-mode"), 1 + r.nextInt(2)));
        }
        return q;
    }

    /** pays:FR for 55 %, then regions, departments, EPCIs and communes, drawn by population. */
    private Place place(SplittableRandom r) {
        int x = r.nextInt(100);
        if (x < 55) {
            return new Place("pays:FR", "France", Set.of("pays:FR"));
        } else if (x < 63) {
            return regions.draw(r);
        } else if (x < 75) {
            return departements.draw(r);
        } else if (x < 84) {
            return epcis.draw(r);
        }
        return communes.draw(r);
    }

    private String sentence(SplittableRandom r, int[] themes, List<String> domains, String place) {
        StringBuilder s = new StringBuilder();
        String connector = CONNECTORS[r.nextInt(CONNECTORS.length)];
        s.append(connector);
        String subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
        s.append(connector.isEmpty() ? subject : lowerFirst(subject));
        s.append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(' ');
        int o = r.nextInt(20);
        if (o < 6) {
            String[] phrases = THEMES[themes[r.nextInt(themes.length)]];
            s.append(phrases[r.nextInt(phrases.length)]);
        } else if (o < 9 && !domains.isEmpty()) {
            String[] words = DOMAIN_WORDS.get(domains.get(r.nextInt(domains.size())));
            s.append(words[r.nextInt(words.length)]);
        } else if (o < 14) {
            s.append("des ")
                    .append(NOUNS[r.nextInt(NOUNS.length)])
                    .append(' ')
                    .append(ADJECTIVES[r.nextInt(ADJECTIVES.length)]);
        } else {
            s.append(OBJECTS[r.nextInt(OBJECTS.length)]);
        }
        int c = r.nextInt(10);
        if (c < 5) {
            s.append(' ').append(COMPLEMENTS[r.nextInt(COMPLEMENTS.length)]);
        } else if (c < 7) {
            s.append(" à ").append(r.nextInt(2) == 0 ? place : communeNames[r.nextInt(communeNames.length)]);
        } else if (c < 8) {
            s.append(" depuis ").append(2005 + r.nextInt(21));
        } else if (c < 9) {
            s.append(" avec ").append(2 + r.nextInt(60)).append(" partenaires");
        }
        return s.append('.').toString();
    }

    private static List<String> distinct(SplittableRandom r, List<String> values, int n) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(n, values.size())) {
            chosen.add(values.get(zipf(r, values.size())));
        }
        return new ArrayList<>(chosen);
    }

    /** An index in [0, n), skewed towards 0 (weights 1/(k+1)). */
    private static int zipf(SplittableRandom r, int n) {
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += 1.0 / (k + 1);
        }
        double x = r.nextDouble() * total;
        for (int k = 0; k < n; k++) {
            x -= 1.0 / (k + 1);
            if (x < 0) {
                return k;
            }
        }
        return n - 1;
    }

    /** An index in [0, n), mildly skewed towards 0 (weights 1/sqrt(k+1)). */
    private static int flat(SplittableRandom r, int n) {
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += 1 / Math.sqrt(k + 1);
        }
        double x = r.nextDouble() * total;
        for (int k = 0; k < n; k++) {
            x -= 1 / Math.sqrt(k + 1);
            if (x < 0) {
                return k;
            }
        }
        return n - 1;
    }

    private static int pick(SplittableRandom r, double[] weights) {
        double x = r.nextDouble();
        for (int k = 0; k < weights.length; k++) {
            x -= weights[k];
            if (x < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static List<String[]> read(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SearchCorpus.class.getClassLoader().getResourceAsStream("territories/" + file)) {
            if (in == null) {
                throw new IllegalStateException("territories/" + file + " not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
