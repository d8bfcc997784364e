package org.catalyse.accounts;

import org.catalyse.frame.FrameUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts the accounts whose profile is a frame value (axis {@code actor-profile}). */
@Component
class AccountFrameUsage implements FrameUsage {

    private final AccountStore store;

    AccountFrameUsage(AccountStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public long uses(String axis, String value) {
        return "actor-profile".equals(axis) ? store.countByActorProfile(value) : 0;
    }
}
