package org.catalyse.territories;

/**
 * One answer to a territory lookup.
 *
 * @param matchedBy what matched: {@code name}, {@code secondary-name}, {@code postal-code} or {@code code}
 * @param matchedText the text that matched, e.g. the postal code or the former commune's name
 */
public record TerritoryMatch(TerritoryView territory, MatchQuality quality, String matchedBy, String matchedText) {}
