package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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
        // Cases and partner rows are read side by side, both in the order of the cases' ids, so that a large base is
        // migrated without holding it in memory: every partner row names an existing case (foreign key), so a row
        // that is not the current case's belongs to a later one.
        try (Statement caseStatement = connection.createStatement();
                Statement partnerStatement = connection.createStatement();
                PreparedStatement update =
                        connection.prepareStatement("update partnership_case set details = ? where id = ?")) {
            caseStatement.setFetchSize(BATCH);
            partnerStatement.setFetchSize(BATCH);
            try (ResultSet cases = caseStatement.executeQuery("select id, details from partnership_case order by id");
                    ResultSet partners = partnerStatement.executeQuery(
                            "select case_id, actor_id, role from case_partner order by case_id, position")) {
                boolean partner = partners.next();
                int pending = 0;
                while (cases.next()) {
                    Object id = cases.getObject(1);
                    ArrayNode found = JSON.createArrayNode();
                    while (partner && partners.getObject(1).equals(id)) {
                        ObjectNode row = found.addObject();
                        row.put("actorId", partners.getObject(2).toString());
                        row.put("role", partners.getString(3));
                        partner = partners.next();
                    }
                    update.setString(1, withPartners(cases.getString(2), found));
                    update.setObject(2, id);
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
