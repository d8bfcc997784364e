package org.catalyse.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * One searchable object of any module, denormalized in one row: the index holds one document per entry. Facets
 * are kept as {@code axis:value} keywords so that one aggregation counts them all; {@code within} holds the
 * attached territories and every territory enclosing them.
 */
@Entity
@Table(name = "search_entry")
@Indexed(index = "catalyse")
class SearchEntry {

    /** The text field of every word, stemmed; see {@link #getAll()}. */
    static final String ALL = "all";
    /** The field of the title and summary words as written (folded), for the word beginnings of a path's focus. */
    static final String HEADING = "heading";
    /** How many times the title and the summary count in {@link #ALL}. */
    static final int TITLE_WEIGHT = 3;

    static final int SUMMARY_WEIGHT = 2;
    /**
     * Changes whenever what is indexed changes, so that an index written by an earlier version is rebuilt at
     * start-up.
     */
    static final String MAPPING_VERSION = "2026.12-links";

    @Id
    @DocumentId
    private String id;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String type;

    @Column(name = "entry_key")
    @KeywordField(projectable = Projectable.YES)
    private String key;

    @GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
    private String title;

    @GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
    private String summary;

    @GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
    private String body;

    private String labels;

    @KeywordField(projectable = Projectable.YES)
    private String url;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private LocalDate entryDate;

    /** The facet values ({@code axis:value}), separated by spaces: one row per entry, however many values. */
    @Column(name = "facet_values")
    private String facetValues;

    /** The ids of the attached territories, separated by spaces. */
    @Column(name = "territory_ids")
    private String territoryIds;

    /** The attached territories and every territory enclosing them, separated by spaces. */
    @Column(name = "within_ids")
    private String withinIds;

    /** The objects this one involves ({@code type:key}), separated by spaces. */
    @Column(name = "link_ids")
    private String linkIds;

    protected SearchEntry() {}

    SearchEntry(String id) {
        this.id = id;
    }

    void fill(SearchDocument d, Collection<String> facets, Collection<String> within) {
        this.type = d.type();
        this.key = d.key();
        this.title = fit(d.title(), 300);
        this.summary = fit(d.summary(), 600);
        this.body = fit(d.text(), 200_000);
        this.labels = fit(String.join(" · ", d.labels()), 4_000);
        this.url = d.url();
        this.entryDate = d.date();
        this.facetValues = String.join(" ", facets);
        this.territoryIds = String.join(" ", new LinkedHashSet<>(d.territories()));
        this.withinIds = String.join(" ", within);
        this.linkIds = String.join(" ", new LinkedHashSet<>(d.links()));
    }

    @KeywordField(name = "facets", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "facetValues")))
    List<String> getFacets() {
        return split(facetValues);
    }

    @KeywordField(name = "territories")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "territoryIds")))
    List<String> getTerritories() {
        return split(territoryIds);
    }

    @KeywordField(name = "within")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "withinIds")))
    List<String> getWithin() {
        return split(withinIds);
    }

    @KeywordField(name = "links")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "linkIds")))
    List<String> getLinks() {
        return split(linkIds);
    }

    private static List<String> split(String values) {
        return values == null || values.isBlank() ? List.of() : List.of(values.split(" "));
    }

    String id() {
        return id;
    }

    /** The entry as a candidate of a personal path. */
    Candidates.Candidate candidate() {
        return new Candidates.Candidate(
                type, key, title, summary, url, entryDate, Candidates.qualifiers(getFacets()), getTerritories());
    }

    /**
     * The one text field that every word is matched and scored in: the title three times and the summary twice
     * (their weight in the score), then the text and the frame labels. One field keeps each word to one posting
     * list, which lets Lucene skip what cannot make the page (docs/decisions/0010). The words as written are
     * kept beside their stems for typo tolerance ({@link FrenchAnalysis}).
     */
    @FullTextField(name = ALL, analyzer = FrenchAnalysis.FRENCH_INDEX, searchAnalyzer = FrenchAnalysis.FRENCH)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "summary")),
                @ObjectPath(@PropertyValue(propertyName = "body")),
                @ObjectPath(@PropertyValue(propertyName = "labels"))
            })
    List<String> getAll() {
        List<String> all = new ArrayList<>(7);
        for (int i = 0; i < TITLE_WEIGHT; i++) {
            add(all, title);
        }
        for (int i = 0; i < SUMMARY_WEIGHT; i++) {
            add(all, summary);
        }
        add(all, body);
        add(all, labels);
        return all;
    }

    /**
     * The title and the summary, their words folded as written (no stems): a personal path raises what speaks of the
     * asker's weakest axes there, by word beginnings (see {@code Candidates}).
     */
    @FullTextField(name = HEADING, analyzer = FrenchAnalysis.FOLDED, norms = Norms.NO)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "summary"))
            })
    String getHeading() {
        return (title == null ? "" : title) + " " + (summary == null ? "" : summary);
    }

    private static void add(List<String> all, String text) {
        if (text != null && !text.isBlank()) {
            all.add(text);
        }
    }

    /** The text cut at a word boundary to fit its column, with an ellipsis when cut. */
    static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
