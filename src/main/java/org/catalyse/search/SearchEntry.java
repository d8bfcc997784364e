package org.catalyse.search;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * One searchable object of any module, denormalized: the index holds one document per entry. Facets are
 * kept as {@code axis:value} keywords so that one aggregation counts them all; {@code within} holds the
 * attached territories and every territory enclosing them.
 */
@Entity
@Table(name = "search_entry")
@Indexed(index = "catalyse")
class SearchEntry {

    @Id
    @DocumentId
    private String id;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String type;

    @Column(name = "entry_key")
    @KeywordField(projectable = Projectable.YES)
    private String key;

    @FullTextField(
            analyzer = FrenchAnalysis.FRENCH,
            projectable = Projectable.YES,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(name = "title_words", analyzer = FrenchAnalysis.FRENCH_WORDS)
    private String title;

    @FullTextField(
            analyzer = FrenchAnalysis.FRENCH,
            projectable = Projectable.YES,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(name = "summary_words", analyzer = FrenchAnalysis.FRENCH_WORDS)
    private String summary;

    @FullTextField(
            analyzer = FrenchAnalysis.FRENCH,
            highlightable = Highlightable.ANY,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @FullTextField(name = "body_words", analyzer = FrenchAnalysis.FRENCH_WORDS)
    private String body;

    @FullTextField(analyzer = FrenchAnalysis.FRENCH)
    @FullTextField(name = "labels_words", analyzer = FrenchAnalysis.FRENCH_WORDS)
    private String labels;

    @KeywordField(projectable = Projectable.YES)
    private String url;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private LocalDate entryDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "search_entry_facet", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "facet")
    @KeywordField(aggregable = Aggregable.YES)
    private Set<String> facets = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "search_entry_territory", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "territory_id")
    @KeywordField
    private Set<String> territories = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "search_entry_within", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "territory_id")
    @KeywordField
    private Set<String> within = new LinkedHashSet<>();

    protected SearchEntry() {}

    SearchEntry(String id) {
        this.id = id;
    }

    void fill(SearchDocument d, Set<String> facets, Set<String> within) {
        this.type = d.type();
        this.key = d.key();
        this.title = fit(d.title(), 300);
        this.summary = fit(d.summary(), 600);
        this.body = fit(d.text(), 200_000);
        this.labels = fit(String.join(" · ", d.labels()), 4_000);
        this.url = d.url();
        this.entryDate = d.date();
        this.facets = new LinkedHashSet<>(facets);
        this.territories = new LinkedHashSet<>(d.territories());
        this.within = new LinkedHashSet<>(within);
    }

    String id() {
        return id;
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
