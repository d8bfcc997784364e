/**
 * The official territorial graph on INSEE COG codes: communes, EPCI, départements, régions and France,
 * with postal codes and the containment between them.
 */
package org.catalyse.territories;
