/** The web shell: layout, home page, languages, security headers and error pages; no business rules. */
package org.catalyse.web;
