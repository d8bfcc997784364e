package org.catalyse.commons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.catalyse.frame.Frame;
import org.catalyse.search.SearchDocument;
import org.catalyse.search.SearchSource;
import org.springframework.stereotype.Component;

/** The resources of the commons, as the search index sees them. */
@Component
class ResourceSearchSource implements SearchSource {

    static final String TYPE = "resource";

    private final Commons commons;
    private final Frame frame;

    ResourceSearchSource(Commons commons, Frame frame) {
        this.commons = commons;
        this.frame = frame;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public long count() {
        return commons.count();
    }

    @Override
    public Map<String, List<String>> otherAxes() {
        return Map.of(
                "licence", Arrays.stream(Licence.values()).map(Licence::key).toList());
    }

    @Override
    public Optional<SearchDocument> document(String key) {
        return commons.find(key).map(this::document);
    }

    @Override
    public void forEachDocument(Consumer<SearchDocument> action) {
        commons.forEachResource(r -> action.accept(document(r)));
    }

    SearchDocument document(ResourceView r) {
        Map<String, List<String>> qualifiers = new LinkedHashMap<>(r.qualifiers());
        qualifiers.put("licence", List.of(r.licence().key()));
        List<String> labels = new ArrayList<>();
        r.qualifiers()
                .forEach((axis, values) -> values.forEach(v -> frame.value(axis + ":" + v)
                        .ifPresent(value -> labels.add(value.label().in(Locale.FRENCH)))));
        return new SearchDocument(
                TYPE,
                r.slug(),
                r.title(),
                r.summary(),
                r.bodyText(),
                r.url(),
                r.published(),
                qualifiers,
                labels,
                r.territories(),
                List.of());
    }
}
