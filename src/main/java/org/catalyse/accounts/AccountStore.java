package org.catalyse.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountStore extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    List<Account> findAllByOrderByEmailAsc();

    long countByActorProfile(String actorProfile);
}
