/** People who sign in: accounts and roles, e-mail confirmation, passwords, the mail outbox and the security log. */
package org.catalyse.accounts;
