/**
 * The personal path ("Ma boussole"): what to read, what to learn and how to act, chosen for a profile, a place, its
 * objectives and its maturity, each suggestion with the named signals that explain it.
 */
package org.catalyse.orientation;
