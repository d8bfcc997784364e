/**
 * The alliances base: actors (organisations), among them the territorial catalysts and the perimeter they
 * cover, and partnership cases (who partnered, in which role, how, for what, and what changed).
 */
package org.catalyse.alliances;
