package org.catalyse.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokens extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    List<AccountToken> findByAccountIdAndPurposeAndUsedAtIsNull(Long accountId, AccountToken.Purpose purpose);
}
