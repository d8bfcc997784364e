package org.catalyse.territories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.catalyse.shared.InvalidInputException;
import org.catalyse.shared.NotFoundException;
import org.catalyse.shared.Page;
import org.catalyse.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** The territorial graph as the other modules and the pages see it: lookups, containment and search. */
@Service
public class Territories {

    /** Longest query accepted by {@link #search}. */
    public static final int MAX_QUERY_LENGTH = 200;

    private final Supplier<TerritoryGraph> current;

    @Autowired
    Territories(TerritoriesStartup startup) {
        this(startup::graph);
    }

    Territories(Supplier<TerritoryGraph> current) {
        this.current = current;
    }

    /** The territory with this id, obsolete communes included. */
    public Optional<TerritoryView> find(TerritoryId id) {
        TerritoryGraph g = current.get();
        return g.node(id).map(n -> view(g, n));
    }

    /** The territory with this id, or a {@link NotFoundException} naming it. */
    public TerritoryView get(TerritoryId id) {
        return find(id).orElseThrow(() -> new NotFoundException("Aucun territoire ne correspond à " + id + "."));
    }

    /**
     * The current commune that a code of a commune déléguée, associée, a municipal arrondissement or a former
     * commune now belongs to.
     */
    public Optional<TerritoryId> currentCommuneFor(String code) {
        return current.get().communeForFormerCode(code);
    }

    /** Territories matching a name, postal code or official code, best first; {@code echelon} may be null. */
    public List<TerritoryMatch> search(String query, Echelon echelon, int limit) {
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("La recherche est trop longue (" + query.length() + " caractères, "
                    + MAX_QUERY_LENGTH + " au plus).");
        }
        TerritoryGraph g = current.get();
        return TerritoryMatcher.match(g, query, echelon, limit).stream()
                .map(c -> new TerritoryMatch(view(g, c.node()), c.quality(), c.matchedBy(), c.matchedText()))
                .toList();
    }

    /** The communes that use a postal code, by name. */
    public List<TerritoryView> communesWithPostalCode(String postalCode) {
        TerritoryGraph g = current.get();
        return g.withPostalCode(postalCode).stream().map(n -> view(g, n)).toList();
    }

    /**
     * The current territories inside {@code id}, sorted by name; at one echelon, or all of them from the
     * widest echelon to the narrowest when {@code echelon} is null.
     */
    public Page<TerritoryView> children(TerritoryId id, Echelon echelon, PageRequest request) {
        TerritoryGraph g = current.get();
        if (g.node(id).isEmpty()) {
            throw new NotFoundException("Aucun territoire ne correspond à " + id + ".");
        }
        List<TerritoryGraph.Node> all;
        if (echelon != null) {
            all = g.descendants(id, echelon);
        } else {
            all = new ArrayList<>();
            for (Echelon e : widestFirst()) {
                all.addAll(g.descendants(id, e));
            }
        }
        int from = (int) Math.min(all.size(), (long) request.offset());
        int to = (int) Math.min(all.size(), (long) from + request.size());
        List<TerritoryView> items =
                all.subList(from, to).stream().map(n -> view(g, n)).toList();
        return new Page<>(items, request.page(), request.size(), all.size());
    }

    /** How many current territories lie inside {@code id}, per echelon (absent when none). */
    public Map<Echelon, Integer> childrenCounts(TerritoryId id) {
        return current.get().descendantCounts(id);
    }

    /** The territory and every territory that encloses it, narrowest first. */
    public List<TerritoryId> enclosing(TerritoryId id) {
        List<TerritoryId> ids = new ArrayList<>();
        current.get().node(id).ifPresent(n -> {
            ids.add(n.id());
            ids.addAll(n.parents());
        });
        return ids;
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    public boolean contains(TerritoryId outer, TerritoryId inner) {
        return outer.equals(inner)
                || current.get()
                        .node(inner)
                        .map(n -> n.parents().contains(outer))
                        .orElse(false);
    }

    /** How many territories the graph holds, obsolete ones included. */
    public int size() {
        return current.get().size();
    }

    static List<Echelon> widestFirst() {
        List<Echelon> echelons = new ArrayList<>(Arrays.asList(Echelon.values()));
        java.util.Collections.reverse(echelons);
        return echelons;
    }

    private static TerritoryView view(TerritoryGraph g, TerritoryGraph.Node n) {
        List<TerritoryRef> parents = n.parents().stream()
                .map(p -> new TerritoryRef(
                        p, g.node(p).map(TerritoryGraph.Node::name).orElse(p.toString())))
                .toList();
        TerritoryRef successor = n.successor() == null
                ? null
                : new TerritoryRef(
                        n.successor(),
                        g.node(n.successor())
                                .map(TerritoryGraph.Node::name)
                                .orElse(n.successor().toString()));
        int children = g.descendantCounts(n.id()).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        return new TerritoryView(
                n.id(),
                n.name(),
                n.kind(),
                n.population(),
                n.siren(),
                n.postalCodes(),
                parents,
                n.secondaryNames(),
                n.obsolete(),
                successor,
                children);
    }
}
