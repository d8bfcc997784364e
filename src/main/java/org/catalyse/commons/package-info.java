/**
 * The MEDOC commons: méthodes, exemples, données, outils and compétences, qualified by the reference
 * frame and attached to territories.
 */
package org.catalyse.commons;
