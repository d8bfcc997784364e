/**
 * Self-diagnostics: questionnaires kept as versioned data files, answers saved step by step behind a private
 * link or in an account, and their scoring into the four maturity levels of the frame, axis by axis.
 */
package org.catalyse.diagnostics;
