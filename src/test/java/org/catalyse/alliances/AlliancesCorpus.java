package org.catalyse.alliances;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.catalyse.frame.Frame;
import org.catalyse.frame.FrameView;
import org.catalyse.shared.Csv;
import org.catalyse.shared.PageRequest;
import org.catalyse.territories.Echelon;
import org.catalyse.territories.Territories;
import org.catalyse.territories.TerritoryId;
import org.catalyse.territories.TerritoryRef;
import org.catalyse.territories.TerritoryView;

/**
 * Generated French actors, partnership cases and catalysts for {@link AlliancesBenchmark}, on the real
 * territorial referential and the real frame. Everything is drawn from one {@link Random} with a fixed seed, in
 * a fixed order, so that a run always generates the same files and the same catalysts.
 */
final class AlliancesCorpus {

    /** A current commune and what encloses it. */
    record Commune(String id, String name, int population, String epci, String departement, String region) {}

    /** A catalyst to save: slug and content. */
    record Catalyst(String slug, ActorContent content) {}

    private final Random random;
    private final Frame frame;
    final List<Commune> communes = new ArrayList<>();
    final List<String> epcis = new ArrayList<>();
    final List<String> departements = new ArrayList<>();
    final List<String> regions = new ArrayList<>();
    final Map<String, String> names = new HashMap<>();
    private final Map<String, List<Commune>> communesByDepartement = new LinkedHashMap<>();
    private final Map<String, List<Commune>> communesByEpci = new LinkedHashMap<>();
    private final Map<String, List<String>> epcisByDepartement = new LinkedHashMap<>();
    private final Map<String, List<String>> departementsByRegion = new LinkedHashMap<>();
    private final long[] cumulativePopulation;
    private final Map<String, List<Integer>> actorsByDepartement = new HashMap<>();
    private final List<String> actorSlugs = new ArrayList<>();
    private final List<String> actorNames = new ArrayList<>();

    AlliancesCorpus(long seed, Territories territories, Frame frame) {
        this.random = new Random(seed);
        this.frame = frame;
        for (TerritoryView v : all(territories, Echelon.COMMUNE)) {
            String epci = parent(v, Echelon.EPCI);
            String dep = parent(v, Echelon.DEPARTEMENT);
            String region = parent(v, Echelon.REGION);
            if (dep == null || region == null) {
                continue;
            }
            Commune c = new Commune(
                    v.id().toString(), v.name(), v.population() == null ? 0 : v.population(), epci, dep, region);
            communes.add(c);
            names.put(c.id(), c.name());
            communesByDepartement.computeIfAbsent(dep, k -> new ArrayList<>()).add(c);
            if (epci != null) {
                communesByEpci.computeIfAbsent(epci, k -> new ArrayList<>()).add(c);
            }
        }
        for (TerritoryView v : all(territories, Echelon.EPCI)) {
            epcis.add(v.id().toString());
            names.put(v.id().toString(), v.name());
            String dep = parent(v, Echelon.DEPARTEMENT);
            if (dep != null) {
                epcisByDepartement.computeIfAbsent(dep, k -> new ArrayList<>()).add(v.id().toString());
            }
        }
        for (TerritoryView v : all(territories, Echelon.DEPARTEMENT)) {
            departements.add(v.id().toString());
            names.put(v.id().toString(), v.name());
            String region = parent(v, Echelon.REGION);
            if (region != null) {
                departementsByRegion
                        .computeIfAbsent(region, k -> new ArrayList<>())
                        .add(v.id().toString());
            }
        }
        for (TerritoryView v : all(territories, Echelon.REGION)) {
            regions.add(v.id().toString());
            names.put(v.id().toString(), v.name());
        }
        cumulativePopulation = new long[communes.size()];
        long sum = 0;
        for (int i = 0; i < communes.size(); i++) {
            // Small communes get a floor, so that rural places appear too.
            sum += communes.get(i).population() + 300;
            cumulativePopulation[i] = sum;
        }
        check("actor-profile", PROFILES.keySet());
        check("catalyst-function", FUNCTIONS);
        check("partnership-mode", MODES);
        check("partnership-objective", OBJECTIVES);
        check("strategic-objective", STRATEGIC);
        THEMES.forEach(t -> check("action-domain", List.of(t.domain())));
    }

    private static List<TerritoryView> all(Territories territories, Echelon echelon) {
        List<TerritoryView> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            var p = territories.children(TerritoryId.FRANCE, echelon, new PageRequest(page, PageRequest.MAX_SIZE));
            p.items().stream().filter(v -> !v.obsolete()).forEach(all::add);
            if (!p.hasNext()) {
                return all;
            }
        }
    }

    private static String parent(TerritoryView v, Echelon echelon) {
        return v.parents().stream()
                .map(TerritoryRef::id)
                .filter(id -> id.echelon() == echelon)
                .map(TerritoryId::toString)
                .findFirst()
                .orElse(null);
    }

    /** The generated values must be values of the current frame. */
    private void check(String axis, Iterable<String> keys) {
        FrameView.Axis a = frame.current()
                .axis(axis)
                .orElseThrow(() -> new IllegalStateException("no axis " + axis + " in the frame"));
        for (String key : keys) {
            if (a.value(key).isEmpty()) {
                throw new IllegalStateException("no value " + key + " on axis " + axis);
            }
        }
    }

    String label(String axis, String key) {
        return frame.value(axis + ":" + key)
                .map(v -> v.label().in(Locale.FRENCH))
                .orElse(key);
    }

    // --- Drawing ---------------------------------------------------------------------------------------------

    Commune communeByPopulation() {
        return byPopulation(random);
    }

    private Commune byPopulation(Random random) {
        long r = (long) (random.nextDouble() * cumulativePopulation[cumulativePopulation.length - 1]);
        int lo = 0;
        int hi = cumulativePopulation.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativePopulation[mid] <= r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return communes.get(lo);
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Between {@code min} and {@code max} distinct elements, in the list's order of drawing. */
    <T> List<T> some(List<T> list, int min, int max) {
        int n = Math.min(list.size(), min + random.nextInt(max - min + 1));
        Set<T> chosen = new LinkedHashSet<>();
        while (chosen.size() < n) {
            chosen.add(pick(list));
        }
        return List.copyOf(chosen);
    }

    /** Weights in a fixed order: {@code weights("a", 3, "b", 1)}. */
    private static <T> Map<T, Integer> weights(Object... keysAndWeights) {
        Map<T, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndWeights.length; i += 2) {
            @SuppressWarnings("unchecked")
            T key = (T) keysAndWeights[i];
            map.put(key, (Integer) keysAndWeights[i + 1]);
        }
        return map;
    }

    private <T> T weighted(Map<T, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (Map.Entry<T, Integer> e : weights.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException();
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    // --- Actors --------------------------------------------------------------------------------------------

    /** The header of the import templates. */
    static final List<String> ACTOR_HEADER = AlliancesOpenData.ACTOR_TEMPLATE_COLUMNS;

    /** Share of each actor profile among the partners of cases (per thousand). */
    static final Map<String, Integer> PROFILES = new LinkedHashMap<>();

    static {
        PROFILES.put("associations", 340);
        PROFILES.put("entreprises", 300);
        PROFILES.put("collectivites-territoriales", 120);
        PROFILES.put("fondations-fonds-dotation", 50);
        PROFILES.put("etat-institutions-publiques", 50);
        PROFILES.put("acteurs-academiques-recherche", 40);
        PROFILES.put("structures-accompagnement-catalyseurs", 50);
        PROFILES.put("syndicats-organisations-professionnelles", 25);
        PROFILES.put("medias", 15);
        PROFILES.put("citoyens", 10);
    }

    private static final List<String> ASSOCIATION_NAMES = List.of(
            "Les Jardins partagés de %s",
            "Association d'aide à domicile de %s",
            "Les Amis du patrimoine de %s",
            "Épicerie solidaire de %s",
            "Maison des jeunes et de la culture de %s",
            "Repair café de %s",
            "Club sportif de %s",
            "Atelier vélo solidaire de %s",
            "Secours mutuel de %s",
            "Collectif des habitants de %s",
            "Ressourcerie de %s",
            "Amicale laïque de %s");
    private static final List<String> COMPANY_NAMES = List.of(
            "Boulangerie %s",
            "Transports %s",
            "Menuiserie %s",
            "Imprimerie %s",
            "Garage %s",
            "Cabinet d'architectes %s",
            "Laiterie %s",
            "Bâtiment %s",
            "Informatique %s",
            "Paysages %s",
            "Mutuelle %s",
            "Banque coopérative %s");
    private static final List<String> FAMILY_NAMES = List.of(
            "Martin",
            "Bernard",
            "Dubois",
            "Thomas",
            "Robert",
            "Richard",
            "Petit",
            "Durand",
            "Leroy",
            "Moreau",
            "Simon",
            "Laurent",
            "Lefèvre",
            "Michel",
            "Garcia",
            "David",
            "Bertrand",
            "Roux",
            "Vincent",
            "Fournier",
            "Morel",
            "Girard",
            "André",
            "Lefebvre",
            "Mercier",
            "Dupont",
            "Lambert",
            "Bonnet",
            "François",
            "Martinez",
            "Le Gall",
            "Kerbrat",
            "Etcheverry",
            "Lemaire",
            "Nguyen",
            "Benali",
            "Da Silva",
            "Muller",
            "Schmitt",
            "Guérin");
    private static final List<String> COMPANY_FORMS = List.of("SAS", "SARL", "SA", "SCOP", "SCIC", "");

    /** A CSV file of {@code count} actors, the partners the cases name; slugs are remembered for the cases. */
    String actorsCsv(int from, int count) {
        StringBuilder csv = new StringBuilder(count * 400);
        csv.append(String.join(",", ACTOR_HEADER)).append("\r\n");
        for (int i = from; i < from + count; i++) {
            csv.append(Csv.line(actorRow(i)));
        }
        return csv.toString();
    }

    private List<String> actorRow(int i) {
        String profile = weighted(PROFILES);
        Commune home = communeByPopulation();
        String place = home.name();
        String name;
        String siren = "";
        String rna = "";
        String description;
        switch (profile) {
            case "associations" -> {
                name = String.format(pick(ASSOCIATION_NAMES), place);
                rna = chance(0.7) ? String.format(Locale.ROOT, "W%09d", 100_000_000 + i * 37L % 899_999_999) : "";
                siren = chance(0.3) ? siren(i) : "";
                description = "Association loi 1901 fondée en " + between(1950, 2023) + " à " + place + ", "
                        + between(3, 400) + " adhérents, " + pick(THEMES).subject() + ".";
            }
            case "entreprises" -> {
                name = String.format(pick(COMPANY_NAMES), pick(FAMILY_NAMES)) + " " + pick(COMPANY_FORMS);
                siren = chance(0.85) ? siren(i) : "";
                description = "Entreprise de " + between(2, 450) + " salariés implantée à " + place + ", engagée dans "
                        + pick(THEMES).subject() + ".";
            }
            case "collectivites-territoriales" -> {
                name = chance(0.7) || home.epci() == null ? "Commune de " + place : names.get(home.epci());
                siren = siren(i);
                description =
                        "Collectivité territoriale : " + pick(THEMES).subject() + " fait partie de ses priorités.";
            }
            case "fondations-fonds-dotation" -> {
                name = "Fondation " + pick(FAMILY_NAMES) + " pour "
                        + pick(THEMES).shortName();
                description = "Fonds de dotation qui soutient " + pick(THEMES).subject() + " dans "
                        + names.get(home.departement()) + ".";
            }
            case "etat-institutions-publiques" -> {
                name = pick(List.of(
                                "Direction départementale de l'emploi, du travail et des solidarités",
                                "Caisse d'allocations familiales",
                                "Agence régionale de santé",
                                "France Travail",
                                "Caisse primaire d'assurance maladie"))
                        + " — " + names.get(home.departement());
                description = "Service public présent dans " + names.get(home.departement()) + ".";
            }
            case "acteurs-academiques-recherche" -> {
                name = pick(List.of("Laboratoire", "Chaire", "Institut universitaire", "École")) + " "
                        + pick(THEMES).shortName() + " de " + place;
                description = "Recherche et formation sur " + pick(THEMES).subject() + ".";
            }
            case "structures-accompagnement-catalyseurs" -> {
                name = pick(CATALYST_PREFIXES) + " " + place;
                description = "Accompagne les porteurs de projets et les partenariats locaux.";
            }
            case "syndicats-organisations-professionnelles" -> {
                name = pick(List.of("Chambre de commerce et d'industrie", "Chambre de métiers", "Fédération du BTP"))
                        + " " + names.get(home.departement());
                description = "Organisation professionnelle.";
            }
            case "medias" -> {
                name = pick(List.of("Radio", "Le Journal de", "L'Écho de", "TV")) + " " + place;
                description = "Média local.";
            }
            default -> {
                name = "Collectif citoyen de " + place;
                description = "Habitants réunis autour de " + pick(THEMES).subject() + ".";
            }
        }
        name = name.trim();
        String slug = slug(name, i);
        actorSlugs.add(slug);
        actorNames.add(name);
        actorsByDepartement
                .computeIfAbsent(home.departement(), k -> new ArrayList<>())
                .add(i);
        return List.of(
                slug,
                name,
                profile,
                siren,
                "",
                rna,
                home.id().substring("commune:".length()),
                chance(0.6) ? "https://" + slug + ".exemple.org" : "",
                description,
                "",
                "",
                chance(0.3) ? "Par le site de la structure." : "",
                "Saisie de la structure",
                "2026-" + two(between(1, 10)) + "-" + two(between(1, 28)));
    }

    /** A valid SIREN, different for each actor. */
    private static String siren(int i) {
        String eight = String.format(Locale.ROOT, "%08d", 41_000_000 + i * 13L % 58_000_000);
        for (int key = 0; key <= 9; key++) {
            if (OrganisationNumbers.luhn(eight + key)) {
                return eight + key;
            }
        }
        throw new IllegalStateException();
    }

    private static String slug(String name, int i) {
        String s = AllianceImport.slugify(name);
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-+$", "");
        }
        return s + "-" + Integer.toString(i, 36);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    // --- Cases ---------------------------------------------------------------------------------------------

    /** The header of the import templates. */
    static final List<String> CASE_HEADER = AlliancesOpenData.CASE_TEMPLATE_COLUMNS;

    /** A theme of action: its frame domain, a noun phrase, a short name for titles, who benefits. */
    record Theme(String domain, String subject, String shortName, String people, String action) {}

    static final List<Theme> THEMES = List.of(
            new Theme(
                    "emploi-insertion",
                    "l'insertion professionnelle des jeunes",
                    "l'emploi des jeunes",
                    "des jeunes sans qualification",
                    "accompagner vers un premier emploi"),
            new Theme(
                    "emploi-insertion",
                    "le retour à l'emploi des chômeurs de longue durée",
                    "le retour à l'emploi",
                    "des demandeurs d'emploi de longue durée",
                    "ouvrir des chantiers d'insertion"),
            new Theme(
                    "education-jeunesse",
                    "la lutte contre le décrochage scolaire",
                    "la réussite éducative",
                    "des collégiens en difficulté",
                    "organiser un tutorat après la classe"),
            new Theme(
                    "sante",
                    "l'accès aux soins en zone rurale",
                    "la santé de proximité",
                    "des habitants éloignés des soins",
                    "faire venir une maison de santé itinérante"),
            new Theme(
                    "handicap-autonomie",
                    "l'emploi des personnes en situation de handicap",
                    "l'inclusion au travail",
                    "des travailleurs en situation de handicap",
                    "adapter les postes de travail"),
            new Theme(
                    "logement-habitat",
                    "la rénovation des logements dégradés",
                    "l'habitat digne",
                    "des propriétaires modestes",
                    "rénover des logements avec des artisans locaux"),
            new Theme(
                    "alimentation-agriculture",
                    "l'approvisionnement local des cantines",
                    "les circuits courts",
                    "des élèves et des producteurs",
                    "servir des produits locaux à la cantine"),
            new Theme(
                    "alimentation-agriculture",
                    "l'aide alimentaire de qualité",
                    "l'alimentation solidaire",
                    "des familles en précarité",
                    "récupérer les invendus des commerces"),
            new Theme(
                    "environnement-biodiversite",
                    "la préservation des zones humides",
                    "la biodiversité",
                    "des écoles et des riverains",
                    "restaurer une zone humide avec les habitants"),
            new Theme(
                    "environnement-biodiversite",
                    "le réemploi des objets et des matériaux",
                    "le réemploi",
                    "des ménages et des entreprises du bâtiment",
                    "collecter et revendre des matériaux de réemploi"),
            new Theme(
                    "climat-energie",
                    "la rénovation énergétique des bâtiments publics",
                    "la sobriété énergétique",
                    "des communes et des associations",
                    "installer des panneaux solaires citoyens"),
            new Theme(
                    "mobilite",
                    "la mobilité solidaire",
                    "la mobilité",
                    "des personnes sans voiture",
                    "prêter des véhicules et organiser le covoiturage"),
            new Theme(
                    "culture-patrimoine",
                    "la restauration du patrimoine bâti",
                    "le patrimoine",
                    "des bénévoles et des apprentis",
                    "restaurer une chapelle avec des chantiers de jeunes"),
            new Theme(
                    "sport",
                    "le sport santé",
                    "le sport pour tous",
                    "des seniors et des personnes sédentaires",
                    "proposer des séances d'activité physique adaptée"),
            new Theme(
                    "numerique-inclusion-numerique",
                    "l'inclusion numérique",
                    "la médiation numérique",
                    "des personnes éloignées du numérique",
                    "ouvrir des permanences de médiation numérique"),
            new Theme(
                    "developpement-economique-local",
                    "la revitalisation des centres-bourgs",
                    "le commerce de centre-bourg",
                    "des commerçants et des artisans",
                    "rouvrir des boutiques vacantes"),
            new Theme(
                    "lien-social-isolement",
                    "la lutte contre l'isolement des aînés",
                    "le lien entre générations",
                    "des personnes âgées isolées",
                    "organiser des visites et des repas partagés"),
            new Theme(
                    "pauvrete-precarite",
                    "la lutte contre la précarité énergétique",
                    "l'accès aux droits",
                    "des ménages en difficulté",
                    "repérer les foyers et les aider à faire valoir leurs droits"),
            new Theme(
                    "citoyennete-engagement",
                    "l'engagement bénévole des salariés",
                    "l'engagement citoyen",
                    "des salariés volontaires",
                    "mettre des compétences au service des associations"));

    static final List<String> MODES =
            List.of("mecenat", "pratiques-responsables", "cooperation-economique", "innovation-societale");
    static final List<String> OBJECTIVES = List.of(
            "competences-richesses-humaines",
            "parties-prenantes",
            "innovation",
            "ressources-financieres-performance-economique");
    static final List<String> STRATEGIC = List.of(
            "cooperer-efficacement",
            "trajectoires-socio-economiques",
            "piloter-innovation-societale",
            "co-construire-projets-territoire");
    private static final List<String> ROLES = List.of(
            "Porteur du projet",
            "Financement",
            "Mécène",
            "Animation",
            "Soutien public",
            "Mise à disposition de locaux",
            "Apport de compétences",
            "Partenaire opérationnel",
            "Évaluation");
    private static final List<String> PROGRAMMES = List.of(
            "Territoires solidaires",
            "Cap avenir",
            "Ensemble pour agir",
            "Entreprises engagées",
            "Le Pacte local",
            "Coopérer ici",
            "Main dans la main",
            "Les Alliances du territoire");
    private static final List<String> PUBLISHERS =
            List.of("Ouest-France", "Le Progrès", "La Dépêche du Midi", "Sud Ouest", "L'Est Républicain", "Avise");

    /** A CSV file of {@code count} cases whose partners are actors of {@link #actorsCsv}; row {@code i} is case i. */
    String casesCsv(int from, int count) {
        if (actorSlugs.isEmpty()) {
            throw new IllegalStateException("generate the actors first");
        }
        StringBuilder csv = new StringBuilder(count * 1800);
        csv.append(String.join(",", CASE_HEADER)).append("\r\n");
        for (int i = from; i < from + count; i++) {
            csv.append(Csv.line(caseRow(i)));
        }
        return csv.toString();
    }

    private List<String> caseRow(int i) {
        Commune c = communeByPopulation();
        Theme theme = pick(THEMES);
        String place = c.name();
        String dep = names.get(c.departement());

        // Partners: mostly actors of the same département.
        List<Integer> local = actorsByDepartement.getOrDefault(c.departement(), List.of());
        int n = this.<Integer>weighted(weights(1, 20, 2, 45, 3, 25, 4, 10));
        Set<Integer> partners = new LinkedHashSet<>();
        for (int tries = 0; partners.size() < n && tries < 20; tries++) {
            partners.add(!local.isEmpty() && chance(0.8) ? pick(local) : random.nextInt(actorSlugs.size()));
        }
        List<String> refs = new ArrayList<>();
        List<String> partnerNames = new ArrayList<>();
        for (int p : partners) {
            refs.add(actorSlugs.get(p) + " (" + pick(ROLES) + ")");
            partnerNames.add(actorNames.get(p));
        }

        String territories = switch (this.<String>weighted(
                weights("c", 42, "ce", 20, "e", 10, "cd", 5, "d", 15, "r", 5, "none", 3))) {
            case "c" -> c.id();
            case "ce" -> c.epci() == null ? c.id() : c.id() + " " + c.epci();
            case "e" -> c.epci() == null ? c.id() : c.epci();
            case "cd" -> c.id() + " " + c.departement();
            case "d" -> c.departement();
            case "r" -> c.region();
            default -> "";
        };

        List<String> domains = new ArrayList<>(List.of(theme.domain()));
        if (chance(0.5)) {
            String other = pick(THEMES).domain();
            if (!domains.contains(other)) {
                domains.add(other);
            }
        }
        List<String> modes = some(MODES, 1, 2);
        List<String> mecenat = modes.contains("mecenat")
                ? some(List.of("financier", "en-nature", "logistique", "competences"), 1, 2)
                : List.of();
        List<String> objectives = some(OBJECTIVES, 1, 2);
        List<String> strategic = chance(0.7) ? some(STRATEGIC, 1, 2) : List.of();
        int year = between(2012, 2026);
        String status = this.<String>weighted(weights("en-cours", 45, "termine", 30, "en-projet", 10, "inconnu", 15));

        String programme = pick(PROGRAMMES);
        String title = switch (random.nextInt(5)) {
            case 0 -> capitalise(theme.subject()) + " à " + place;
            case 1 -> "Un partenariat pour " + theme.subject() + " à " + place;
            case 2 -> programme + " : " + theme.shortName() + " à " + place + " (" + dep + ")";
            case 3 -> capitalise(theme.action()) + " à " + place;
            default -> "S'allier pour " + theme.shortName() + " — " + place + ", " + year;
        };
        String lead = partnerNames.get(0);
        String with = partnerNames.size() > 1 ? " et " + partnerNames.get(1) : "";
        String summary = lead + with + " unissent leurs moyens pour " + theme.action() + " au bénéfice "
                + theme.people() + " à " + place + ".";
        String modeLabel = label("partnership-mode", modes.get(0)).toLowerCase(Locale.FRENCH);
        String description = "## Contexte\n\nÀ " + place + " (" + dep + "), " + theme.subject()
                + " est une préoccupation partagée : " + between(20, 900) + " "
                + theme.people().substring(4)
                + " sont concernés selon le diagnostic de " + (year - 1) + ". Aucun acteur ne pouvait agir seul.\n\n"
                + "## Le partenariat\n\n" + lead + " porte le projet depuis " + year + ". "
                + (partnerNames.size() > 1
                        ? String.join(", ", partnerNames.subList(1, partnerNames.size()))
                                + " apportent leurs compétences, leurs locaux ou un financement. "
                        : "")
                + "La relation relève de : " + modeLabel + ". Les partenaires se réunissent "
                + pick(List.of("chaque mois", "chaque trimestre", "deux fois par an")) + " pour "
                + "suivre les actions.\n\n"
                + "* " + capitalise(theme.action()) + " ;\n"
                + "* mesurer ce qui change pour " + theme.people() + " ;\n"
                + "* partager les résultats avec les autres acteurs du territoire.\n\n"
                + "## Et ensuite\n\nLes partenaires veulent étendre l'action à d'autres communes de "
                + dep + ".";
        String performance = chance(0.6)
                ? between(10, 500) + " " + theme.people().substring(4) + " accompagnés, " + between(5, 80)
                        + " % de plus qu'avant le partenariat."
                : "";
        String innovation = chance(0.35)
                ? "Une façon de faire nouvelle sur le territoire, reprise par " + between(2, 9) + " autres communes."
                : "";
        String confiance =
                chance(0.45) ? "Les partenaires se connaissent mieux et ont lancé d'autres projets ensemble." : "";
        String replication = chance(0.5)
                ? "Il faut un porteur reconnu, un financement sur " + between(2, 5)
                        + " ans et l'appui de la collectivité."
                : "";
        List<String> sources = new ArrayList<>();
        if (chance(0.6)) {
            sources.add("Rapport d'activité " + year + ", " + lead.replace(",", "") + " (" + (year + 1) + ")");
        }
        if (chance(0.3)) {
            sources.add("Article de presse sur le projet, " + pick(PUBLISHERS) + " (" + year + "-" + two(between(1, 12))
                    + ")");
        }
        return List.of(
                slug(title, i),
                title,
                summary,
                String.join("; ", refs),
                territories,
                String.join(" ", domains),
                String.join(" ", modes),
                String.join(" ", mecenat),
                String.join(" ", objectives),
                String.join(" ", strategic),
                chance(0.9) ? String.valueOf(year) : "",
                status,
                description,
                performance,
                innovation,
                confiance,
                replication,
                String.join("; ", sources),
                chance(0.3) ? "Par le site de " + lead + "." : "",
                chance(0.7) ? "2026-" + two(between(1, 10)) + "-" + two(between(1, 28)) : "");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // --- Catalysts -----------------------------------------------------------------------------------------

    static final List<String> FUNCTIONS =
            List.of("dialogue-territorial", "experimentations-collectives", "accompagnements", "gestion-lieu");
    private static final List<String> CATALYST_PREFIXES = List.of(
            "Labo des partenariats",
            "Maison de l'économie sociale et solidaire",
            "Pôle territorial de coopération économique",
            "Agence de développement",
            "Fabrique à initiatives",
            "Tiers-lieu",
            "Réseau des acteurs de l'ESS",
            "Comité de bassin d'emploi",
            "Mission locale",
            "Club d'entreprises engagées",
            "Fondation territoriale",
            "Incubateur d'innovation sociale",
            "Conseil de développement",
            "Plateforme RSE");
    private static final Map<String, Integer> CATALYST_PROFILES = new LinkedHashMap<>();

    static {
        CATALYST_PROFILES.put("structures-accompagnement-catalyseurs", 60);
        CATALYST_PROFILES.put("associations", 15);
        CATALYST_PROFILES.put("collectivites-territoriales", 10);
        CATALYST_PROFILES.put("etat-institutions-publiques", 5);
        CATALYST_PROFILES.put("fondations-fonds-dotation", 5);
        CATALYST_PROFILES.put("entreprises", 5);
    }

    /** The echelon of a catalyst's main coverage, per thousand: many local, some regional, a few national. */
    static final Map<String, Integer> CATALYST_REACH = new LinkedHashMap<>();

    static {
        CATALYST_REACH.put("commune", 250);
        CATALYST_REACH.put("epci", 300);
        CATALYST_REACH.put("departement", 350);
        CATALYST_REACH.put("region", 90);
        CATALYST_REACH.put("pays", 10);
    }

    /** Catalyst number {@code i}: functions, a coverage drawn around a home place, a contact. */
    Catalyst catalyst(int i) {
        Commune home = communeByPopulation();
        String reach = weighted(CATALYST_REACH);
        Set<String> coverage = new LinkedHashSet<>();
        String placeName;
        switch (reach) {
            case "commune" -> {
                List<Commune> around = home.epci() == null ? List.of(home) : communesByEpci.get(home.epci());
                coverage.add(home.id());
                some(around, 0, 4).forEach(c -> coverage.add(c.id()));
                placeName = home.name();
            }
            case "epci" -> {
                String epci = home.epci() == null ? pick(epcis) : home.epci();
                coverage.add(epci);
                List<String> others = epcisByDepartement.getOrDefault(home.departement(), List.of());
                if (!others.isEmpty() && chance(0.4)) {
                    coverage.addAll(some(others, 1, 3));
                }
                placeName = names.get(epci);
            }
            case "departement" -> {
                coverage.add(home.departement());
                if (chance(0.3)) {
                    coverage.addAll(
                            some(departementsByRegion.getOrDefault(home.region(), List.of(home.departement())), 1, 2));
                }
                placeName = names.get(home.departement());
            }
            case "region" -> {
                coverage.add(home.region());
                if (chance(0.2)) {
                    coverage.add(pick(regions));
                }
                placeName = names.get(home.region());
            }
            default -> {
                coverage.add(TerritoryId.FRANCE.toString());
                placeName = "France";
            }
        }
        if ((reach.equals("commune") || reach.equals("epci")) && chance(0.15)) {
            coverage.add(home.departement());
        }
        String name = pick(CATALYST_PREFIXES) + " " + placeName;
        String slug = "catalyseur-" + slug(name, i);
        if (slug.length() > 100) {
            slug = "catalyseur-" + Integer.toString(i, 36);
        }
        ActorContent content = new ActorContent(
                name,
                weighted(CATALYST_PROFILES),
                null,
                null,
                null,
                home.id(),
                chance(0.7) ? "https://" + AllianceImport.slugify(placeName) + "-" + i + ".exemple.org" : null,
                "Anime les coopérations entre associations, entreprises et collectivités : "
                        + pick(THEMES).subject() + ", " + pick(THEMES).subject() + ".",
                chance(0.8) ? "contact+" + i + "@exemple.org" : null,
                "Saisie de la structure",
                null,
                some(FUNCTIONS, 1, 3),
                List.copyOf(coverage));
        return new Catalyst(slug, content);
    }

    // --- Places to look up ------------------------------------------------------------------------------------

    /**
     * The places "who can help here" is asked for: communes (half drawn evenly, half by population), EPCI drawn
     * evenly, then every département, every région and France; drawn with their own seed.
     */
    List<TerritoryId> places(long seed, int communeCount, int epciCount) {
        Random r = new Random(seed);
        List<TerritoryId> places = new ArrayList<>();
        for (int i = 0; i < communeCount; i++) {
            Commune c = i % 2 == 0 ? communes.get(r.nextInt(communes.size())) : byPopulation(r);
            places.add(TerritoryId.parse(c.id()));
        }
        for (int i = 0; i < epciCount; i++) {
            places.add(TerritoryId.parse(epcis.get(r.nextInt(epcis.size()))));
        }
        departements.forEach(d -> places.add(TerritoryId.parse(d)));
        regions.forEach(d -> places.add(TerritoryId.parse(d)));
        places.add(TerritoryId.FRANCE);
        return places;
    }
}
