package org.catalyse.shared;

/**
 * A page asked for by a user: 1-based page number and a size within bounds.
 *
 * @param page the page number, from 1
 * @param size how many items a page holds, from 1 to {@link #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        if (page < 1) {
            throw new InvalidInputException("Le numéro de page doit être un entier supérieur ou égal à 1.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("La taille de page doit être comprise entre 1 et " + MAX_SIZE + ".");
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
