package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partnership case's partners move from the table {@code case_partner} into the case's JSON column {@code details},
 * as {@code "partners": [{"actorId", "role"}]} in their order; an actor's page now finds its cases through the search,
 * where each case's entry links to its partners (new column {@code search_entry.link_ids}; the index is rebuilt at
 * start-up as its mapping changed). Each partner row cost an import an insert into three B-trees, one of them in the
 * order of actors, and two foreign-key lookups (docs/decisions/0017). Written in Java to run the same on H2 and
 * PostgreSQL; the JSON is spelt out here so that this migration stays as it is when
 * {@code org.catalyse.alliances.CaseDetails} changes.
 */
public class V19__case_partners_in_details extends BaseJavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table search_entry add column link_ids varchar(10000)");
        }
        Map<Object, ArrayNode> partners = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select case_id, actor_id, role from case_partner order by case_id, position")) {
            while (rows.next()) {
                ObjectNode partner = partners.computeIfAbsent(rows.getObject(1), k -> JSON.createArrayNode())
                        .addObject();
                partner.put("actorId", rows.getObject(2).toString());
                partner.put("role", rows.getString(3));
            }
        }
        Map<Object, String> details = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id, details from partnership_case order by id")) {
            while (rows.next()) {
                details.put(rows.getObject(1), rows.getString(2));
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("update partnership_case set details = ? where id = ?")) {
            int pending = 0;
            for (Map.Entry<Object, String> c : details.entrySet()) {
                update.setString(
                        1, withPartners(c.getValue(), partners.getOrDefault(c.getKey(), JSON.createArrayNode())));
                update.setObject(2, c.getKey());
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table case_partner");
        }
    }

    /**
     * The details with the partners put first, the rest of the text kept as it is (its numbers keep their digits): the
     * details written so far never hold partners.
     */
    static String withPartners(String details, ArrayNode partners) {
        String rest = details == null ? "" : details.trim();
        if (!rest.startsWith("{")) {
            rest = "{}";
        }
        String inside = rest.substring(1).trim();
        return "{\"partners\":" + JSON.writeValueAsString(partners) + (inside.startsWith("}") ? "" : ",") + inside;
    }
}
