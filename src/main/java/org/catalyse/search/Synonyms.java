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
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Groups of terms that mean the same thing (RSE ↔ responsabilité sociétale des entreprises…), kept in the
 * database (seeded from search/synonyms.txt) and used to widen a query with its variants.
 */
@Component
class Synonyms implements InitializingBean {

    static final String FILE = "classpath:search/synonyms.txt";
    static final int MAX_VARIANTS = 6;

    private final JdbcTemplate jdbc;
    private final ResourceLoader resources;
    /** Each group's terms, folded, with the pattern that finds each as whole words. */
    private volatile List<Map<String, Pattern>> groups = List.of();

    Synonyms(JdbcTemplate jdbc, ResourceLoader resources) {
        this.jdbc = jdbc;
        this.resources = resources;
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
        Map<Integer, List<String>> byGroup = new LinkedHashMap<>();
        jdbc.query("select group_number, term from search_synonym order by group_number, id", rs -> {
            byGroup.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(fold(rs.getString(2)));
        });
        List<Map<String, Pattern>> compiled = new ArrayList<>();
        for (List<String> terms : byGroup.values()) {
            Map<String, Pattern> group = new LinkedHashMap<>();
            terms.forEach(t -> group.put(t, wholeWords(t)));
            compiled.add(group);
        }
        groups = List.copyOf(compiled);
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
