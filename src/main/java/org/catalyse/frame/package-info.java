/**
 * The reference frame: versioned vocabularies (MEDOC types, actor profiles, action domains, echelons…)
 * that qualify every object of Catalyse. Other modules refer to a value as {@code axis:key}.
 */
package org.catalyse.frame;
