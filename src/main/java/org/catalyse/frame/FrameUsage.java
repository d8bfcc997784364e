package org.catalyse.frame;

/**
 * Implemented by a module that refers to frame values, so that a value still in use is retired rather than
 * deleted. Each implementation counts its own objects.
 */
public interface FrameUsage {

    /** How many of this module's objects refer to the value {@code axis:value}. */
    long uses(String axis, String value);
}
