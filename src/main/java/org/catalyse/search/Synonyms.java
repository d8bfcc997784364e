package org.catalyse.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Groups of terms that mean the same thing (RSE ↔ responsabilité sociétale des entreprises…), kept in the
 * database (seeded from search/synonyms.txt, edited by administrators) and used to widen a query with its
 * variants. They apply when a search is made, never when a document is indexed: a change counts from the next
 * search, and nothing in the index has to be rewritten.
 */
@Component
class Synonyms implements InitializingBean {

    static final String FILE = "classpath:search/synonyms.txt";
    static final int MAX_VARIANTS = 6;
    /** The width of the {@code term} column. */
    static final int MAX_TERM_LENGTH = 200;

    static final int MAX_TERMS = 20;
    /** Letters, digits, spaces, apostrophes, hyphens and dots: nothing the query syntax reads as an operator. */
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’.-]*");

    /** A group of terms as an administrator sees and edits it. */
    record Group(int number, List<String> terms) {

        /** The terms one a line, as the edit form shows them (public for the template). */
        public String text() {
            return String.join("\n", terms);
        }
    }

    private final JdbcTemplate jdbc;
    private final ResourceLoader resources;
    private final TransactionTemplate transaction;
    /** Each group's terms, folded, with the pattern that finds each as whole words. */
    private volatile List<Map<String, Pattern>> groups = List.of();

    Synonyms(JdbcTemplate jdbc, ResourceLoader resources, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterPropertiesSet() {
        Integer count = jdbc.queryForObject("select count(*) from search_synonym", Integer.class);
        if (count != null && count == 0) {
            List<Object[]> rows = new ArrayList<>();
            List<List<String>> parsed = parse(read());
            for (int g = 0; g < parsed.size(); g++) {
                for (String term : parsed.get(g)) {
                    rows.add(new Object[] {g + 1, term});
                }
            }
            jdbc.batchUpdate("insert into search_synonym (group_number, term) values (?, ?)", rows);
        }
        reload();
    }

    /** Reads the groups from the database again (after an administrator changed them). */
    void reload() {
        List<Map<String, Pattern>> compiled = new ArrayList<>();
        for (Group stored : groups()) {
            Map<String, Pattern> group = new LinkedHashMap<>();
            stored.terms().stream().map(Synonyms::fold).forEach(t -> group.put(t, wholeWords(t)));
            compiled.add(group);
        }
        groups = List.copyOf(compiled);
    }

    /** The groups as stored, in their order, each term as written. */
    List<Group> groups() {
        Map<Integer, List<String>> byGroup = new LinkedHashMap<>();
        jdbc.query("select group_number, term from search_synonym order by group_number, id", rs -> {
            byGroup.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return byGroup.entrySet().stream()
                .map(e -> new Group(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** Adds a group of terms (one a line, or separated by "|"); the next searches use it. */
    synchronized int add(String text) {
        List<String> terms = check(text, 0);
        Integer number = transaction.execute(status -> {
            int next =
                    jdbc.queryForObject("select coalesce(max(group_number), 0) + 1 from search_synonym", Integer.class);
            insert(next, terms);
            return next;
        });
        reload();
        return number;
    }

    /** Replaces the terms of a group; the next searches use them. */
    synchronized void replace(int number, String text) {
        require(number);
        List<String> terms = check(text, number);
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from search_synonym where group_number = ?", number);
            insert(number, terms);
        });
        reload();
    }

    /** Deletes a group; the next searches no longer use it. */
    synchronized void delete(int number) {
        require(number);
        jdbc.update("delete from search_synonym where group_number = ?", number);
        reload();
    }

    private void require(int number) {
        Integer count = jdbc.queryForObject(
                "select count(*) from search_synonym where group_number = ?", Integer.class, number);
        if (count == null || count == 0) {
            throw new NotFoundException("Aucun groupe de synonymes n° " + number + ".");
        }
    }

    private void insert(int number, List<String> terms) {
        jdbc.batchUpdate(
                "insert into search_synonym (group_number, term) values (?, ?)",
                terms.stream().map(t -> new Object[] {number, t}).toList());
    }

    /**
     * The terms of a group as typed, cleaned up and checked: at least two different terms, each short enough and
     * made of words only, none already in another group (than {@code own}).
     */
    List<String> check(String text, int own) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        for (String raw : (text == null ? "" : text).split("[\\n|]")) {
            String term = raw.strip().replaceAll("\\s+", " ");
            if (term.isEmpty()) {
                continue;
            }
            if (term.length() > MAX_TERM_LENGTH) {
                throw new InvalidInputException("Le terme « " + SearchParameters.abbreviate(term) + " » est trop long ("
                        + term.length() + " caractères, " + MAX_TERM_LENGTH + " au plus).");
            }
            if (!TERM.matcher(term).matches()) {
                throw new InvalidInputException("Le terme « " + SearchParameters.abbreviate(term)
                        + " » contient un caractère refusé : un terme est fait de lettres, de chiffres, d’espaces,"
                        + " d’apostrophes, de tirets et de points.");
            }
            byFolded.putIfAbsent(fold(term), term);
        }
        if (byFolded.isEmpty()) {
            throw new InvalidInputException(
                    "Le groupe est vide : écrivez au moins deux termes de même sens, un par ligne.");
        }
        if (byFolded.size() == 1) {
            throw new InvalidInputException("Un groupe réunit au moins deux termes différents ; un seul a été reçu : « "
                    + SearchParameters.abbreviate(byFolded.values().iterator().next()) + " ».");
        }
        if (byFolded.size() > MAX_TERMS) {
            throw new InvalidInputException(
                    "Un groupe compte au plus " + MAX_TERMS + " termes (" + byFolded.size() + " reçus).");
        }
        for (Group group : groups()) {
            if (group.number() == own) {
                continue;
            }
            for (String term : group.terms()) {
                if (byFolded.containsKey(fold(term))) {
                    throw new InvalidInputException("« " + term + " » figure déjà dans le groupe n° " + group.number()
                            + " : modifiez ce groupe plutôt que d’en créer un second.");
                }
            }
        }
        return List.copyOf(byFolded.values());
    }

    /** The query with each known term replaced by its synonyms, at most {@link #MAX_VARIANTS}. */
    List<String> variants(String query) {
        String folded = fold(query);
        List<String> variants = new ArrayList<>();
        for (Map<String, Pattern> group : groups) {
            for (Map.Entry<String, Pattern> term : group.entrySet()) {
                if (!term.getValue().matcher(folded).find()) {
                    continue;
                }
                for (String other : group.keySet()) {
                    if (!other.equals(term.getKey()) && variants.size() < MAX_VARIANTS) {
                        String replacement = other.contains(" ") ? "\"" + other + "\"" : other;
                        variants.add(term.getValue().matcher(folded).replaceAll(Matcher.quoteReplacement(replacement)));
                    }
                }
            }
        }
        return variants;
    }

    static List<List<String>> parse(String text) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (String term : trimmed.split("\\|")) {
                if (!term.isBlank()) {
                    terms.add(term.strip());
                }
            }
            if (terms.size() > 1) {
                groups.add(terms);
            }
        }
        return groups;
    }

    private String read() {
        try (InputStream in = resources.getResource(FILE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Liste de synonymes illisible : " + FILE, e);
        }
    }

    private static Pattern wholeWords(String term) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])");
    }

    static String fold(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return nfd.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
