package org.catalyse.contributions;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who vouched for which contribution (one vote each), and who is responsible for which record. */
@Repository
class Vouches {

    private final JdbcClient jdbc;

    Vouches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean vouched(long contribution, long account) {
        return jdbc.sql("select count(*) from contribution_vouch where contribution_id = ? and account_id = ?")
                        .params(contribution, account)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void add(long contribution, long account, Instant at) {
        jdbc.sql("insert into contribution_vouch (contribution_id, account_id, vouched_at) values (?, ?, ?)")
                .params(contribution, account, java.sql.Timestamp.from(at))
                .update();
    }

    boolean owns(long account, Kind kind, String slug) {
        return jdbc.sql("select count(*) from record_owner where account_id = ? and kind = ? and slug = ?")
                        .params(account, kind.name(), slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void own(long account, Kind kind, String slug, Instant at) {
        if (!owns(account, kind, slug)) {
            jdbc.sql("insert into record_owner (kind, slug, account_id, since) values (?, ?, ?, ?)")
                    .params(kind.name(), slug, account, java.sql.Timestamp.from(at))
                    .update();
        }
    }

    /** A record someone is responsible for. */
    record Owned(Kind kind, String slug) {}

    List<Owned> ownedBy(long account) {
        return jdbc.sql("select kind, slug from record_owner where account_id = ? order by kind, slug")
                .param(account)
                .query((rs, i) -> new Owned(Kind.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
    }

    List<Long> owners(Kind kind, String slug) {
        return jdbc.sql("select account_id from record_owner where kind = ? and slug = ? order by account_id")
                .params(kind.name(), slug)
                .query(Long.class)
                .list();
    }
}
