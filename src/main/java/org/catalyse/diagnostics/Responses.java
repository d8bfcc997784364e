package org.catalyse.diagnostics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The responses and their levels, in the database. */
@Repository
class Responses {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, List<String>>> ANSWERS = new TypeReference<>() {};
    private static final TypeReference<List<String>> KEYS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    Responses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Response r, String linkHash) {
        jdbc.sql("insert into diagnostic_response (id, link_hash, diagnostic_key, version, account_id, profile,"
                        + " territory_id, region_id, domains_json, objectives_json, answers_json, status, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.id(),
                        linkHash,
                        r.diagnostic(),
                        r.version(),
                        r.accountId(),
                        r.profile(),
                        r.territory(),
                        r.region(),
                        JSON.writeValueAsString(r.domains()),
                        JSON.writeValueAsString(r.objectives()),
                        JSON.writeValueAsString(r.answers()),
                        r.status().name(),
                        Timestamp.from(r.createdAt()),
                        Timestamp.from(r.updatedAt()))
                .update();
    }

    void saveAnswers(UUID id, Map<String, List<String>> answers, Instant at) {
        jdbc.sql("update diagnostic_response set answers_json = ?, updated_at = ? where id = ?")
                .params(JSON.writeValueAsString(answers), Timestamp.from(at), id)
                .update();
    }

    void complete(UUID id, Map<String, List<String>> answers, Scores scores, Instant at) {
        jdbc.sql("update diagnostic_response set answers_json = ?, updated_at = ?, completed_at = ?, status = ?,"
                        + " score = ?, overall_level = ? where id = ?")
                .params(
                        JSON.writeValueAsString(answers),
                        Timestamp.from(at),
                        Timestamp.from(at),
                        Response.Status.COMPLETE.name(),
                        scores.score(),
                        scores.level(),
                        id)
                .update();
        jdbc.sql("delete from diagnostic_response_level where response_id = ?")
                .param(id)
                .update();
        for (Scores.AxisScore a : scores.axes()) {
            jdbc.sql("insert into diagnostic_response_level (response_id, axis_key, score, level) values (?, ?, ?, ?)")
                    .params(id, a.axis(), a.score(), a.level())
                    .update();
        }
    }

    void attach(UUID id, long accountId) {
        jdbc.sql("update diagnostic_response set account_id = ? where id = ? and account_id is null")
                .params(accountId, id)
                .update();
    }

    Optional<Stored> byLink(String linkHash) {
        return jdbc.sql("select * from diagnostic_response where link_hash = ?")
                .param(linkHash)
                .query(this::stored)
                .optional();
    }

    Optional<Stored> byId(UUID id) {
        return jdbc.sql("select * from diagnostic_response where id = ?")
                .param(id)
                .query(this::stored)
                .optional();
    }

    List<Stored> ofAccount(long accountId) {
        return jdbc.sql("select * from diagnostic_response where account_id = ? order by created_at desc")
                .param(accountId)
                .query(this::stored)
                .list();
    }

    /** A row as stored: the response without its scores (scored again under its version when read). */
    record Stored(Response response) {}

    private Stored stored(ResultSet rs, int n) throws SQLException {
        Long account = rs.getObject("account_id") == null ? null : rs.getLong("account_id");
        Timestamp completed = rs.getTimestamp("completed_at");
        return new Stored(new Response(
                rs.getObject("id", UUID.class),
                rs.getString("diagnostic_key"),
                rs.getString("version"),
                account,
                rs.getString("profile"),
                rs.getString("territory_id"),
                rs.getString("region_id"),
                keys(rs.getString("domains_json")),
                keys(rs.getString("objectives_json")),
                JSON.readValue(rs.getString("answers_json"), ANSWERS),
                Response.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                completed == null ? null : completed.toInstant(),
                null));
    }

    /** Frame keys kept as a JSON array; none for responses started before they were asked. */
    private static List<String> keys(String json) {
        return json == null ? List.of() : List.copyOf(JSON.readValue(json, KEYS));
    }

    /** How many complete responses of peers reach each level, axis by axis (and overall, as axis {@code *}). */
    Map<String, long[]> distribution(String diagnostic, String profile, String region) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        String where = " r.diagnostic_key = ? and r.profile = ? and r.status = 'COMPLETE'"
                + (region == null ? "" : " and r.region_id = ?");
        List<Object> params = new ArrayList<>(List.of(diagnostic, profile));
        if (region != null) {
            params.add(region);
        }
        jdbc.sql("select l.axis_key, l.level, count(*) from diagnostic_response_level l"
                        + " join diagnostic_response r on r.id = l.response_id where" + where
                        + " group by l.axis_key, l.level")
                .params(params)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new long[4])[rs.getInt(2) - 1] = rs.getLong(3);
                });
        jdbc.sql("select r.overall_level, count(*) from diagnostic_response r where" + where
                        + " group by r.overall_level")
                .params(params)
                .query(rs -> {
                    counts.computeIfAbsent("*", k -> new long[4])[rs.getInt(1) - 1] = rs.getLong(2);
                });
        return counts;
    }

    long count(String diagnostic, String profile, String region) {
        return jdbc.sql("select count(*) from diagnostic_response where diagnostic_key = ? and profile = ?"
                        + " and status = 'COMPLETE'" + (region == null ? "" : " and region_id = ?"))
                .params(region == null ? List.of(diagnostic, profile) : List.of(diagnostic, profile, region))
                .query(Long.class)
                .single();
    }
}
