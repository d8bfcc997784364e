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
 * A partnership case's territories, frame values, outcomes (with their figures) and sources move from five tables
 * into one JSON column of the case, {@code details}: they are only ever read and written with the case (territory
 * pages and maps find cases through the search), and five tables cost an import of many cases about nine rows per
 * case (docs/decisions/0017). Written in Java to run the same on H2 and
 * PostgreSQL; the JSON is the shape {@code org.catalyse.alliances.CaseDetails} reads, spelt out here so that this
 * migration stays as it is when that class changes.
 */
public class V18__case_details extends BaseJavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table partnership_case add column details varchar(100000)");
        }
        Map<Object, ObjectNode> details = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from partnership_case order by id")) {
            while (rows.next()) {
                details.put(rows.getObject(1), empty());
            }
        }
        read(
                connection,
                "select case_id, territory_id from case_territory order by case_id, territory_id",
                rows -> ((ArrayNode) details.get(rows.getObject(1)).get("territories")).add(rows.getString(2)),
                details);
        read(
                connection,
                "select case_id, axis, value_key from case_qualifier order by case_id, axis, value_key",
                rows -> {
                    ObjectNode qualifiers =
                            (ObjectNode) details.get(rows.getObject(1)).get("qualifiers");
                    String axis = rows.getString(2);
                    ArrayNode values =
                            qualifiers.has(axis) ? (ArrayNode) qualifiers.get(axis) : qualifiers.putArray(axis);
                    values.add(rows.getString(3));
                },
                details);
        read(
                connection,
                "select case_id, impact, outcome_text from case_outcome order by case_id, impact",
                rows -> {
                    ObjectNode outcome =
                            ((ObjectNode) details.get(rows.getObject(1)).get("outcomes")).putObject(rows.getString(2));
                    outcome.put("text", rows.getString(3));
                    outcome.putArray("figures");
                },
                details);
        read(
                connection,
                "select case_id, impact, label, figure_value, unit from case_figure order by case_id, position",
                rows -> {
                    ObjectNode outcome = (ObjectNode)
                            details.get(rows.getObject(1)).get("outcomes").get(rows.getString(2));
                    if (outcome != null) {
                        ObjectNode figure = ((ArrayNode) outcome.get("figures")).addObject();
                        figure.put("label", rows.getString(3));
                        figure.put("value", rows.getBigDecimal(4));
                        figure.put("unit", rows.getString(5));
                    }
                },
                details);
        read(
                connection,
                "select case_id, title, publisher, published from case_source order by case_id, position",
                rows -> {
                    ObjectNode source =
                            ((ArrayNode) details.get(rows.getObject(1)).get("sources")).addObject();
                    source.put("title", rows.getString(2));
                    source.put("publisher", rows.getString(3));
                    source.put("published", rows.getString(4));
                },
                details);
        try (PreparedStatement update =
                connection.prepareStatement("update partnership_case set details = ? where id = ?")) {
            int pending = 0;
            for (Map.Entry<Object, ObjectNode> c : details.entrySet()) {
                update.setString(1, JSON.writeValueAsString(c.getValue()));
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
            statement.execute("drop table case_figure");
            statement.execute("drop table case_outcome");
            statement.execute("drop table case_qualifier");
            statement.execute("drop table case_source");
            statement.execute("drop table case_territory");
        }
    }

    private static ObjectNode empty() {
        ObjectNode node = JSON.createObjectNode();
        node.putArray("territories");
        node.putObject("qualifiers");
        node.putObject("outcomes");
        node.putArray("sources");
        return node;
    }

    private interface RowReader {
        void read(ResultSet rows) throws Exception;
    }

    private static void read(Connection connection, String sql, RowReader reader, Map<Object, ObjectNode> details)
            throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                if (details.containsKey(rows.getObject(1))) {
                    reader.read(rows);
                }
            }
        }
    }
}
