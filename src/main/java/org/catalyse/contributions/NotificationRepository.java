package org.catalyse.contributions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findTop100ByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

    long countByAccountIdAndReadAtIsNull(long accountId);
}
