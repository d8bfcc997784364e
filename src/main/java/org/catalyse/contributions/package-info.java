/**
 * Contributions to the commons and the alliances base: proposals of new records or edits by members, vouches,
 * review by moderators, published versions with their history and diffs, the public moderation log, records'
 * owners and their "last verified" dates.
 */
package org.catalyse.contributions;
