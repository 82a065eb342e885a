package org.duban.importing.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duban.unit.UnitType;

/**
 * Responsibility units with their hierarchy: keyed by division code, or by (parent, name) for units
 * without one (departments). A parent may be a unit earlier in the same file.
 */
final class UnitImporter implements RowImporter<UnitImporter.Item> {
    record Item(String code, String name, UnitType type, String parentCode, String parentName) {
    }

    private static final Map<String, UnitType> TYPE_WORDS = Map.of("省", UnitType.PROVINCE, "市州", UnitType.PREFECTURE,
            "县市区", UnitType.COUNTY, "省直部门", UnitType.PROVINCIAL_DEPARTMENT, "其他", UnitType.OTHER);

    private UnitLookup units;
    /** Codes and names the file has declared so far, so later rows may hang under them. */
    private final Map<String, String> declaredCodes = new HashMap<>();
    private final Map<String, String> declaredNames = new HashMap<>();

    @Override
    public void prepare(ImportContext context) {
        units = new UnitLookup(context.em());
        declaredCodes.clear();
        declaredNames.clear();
    }

    @Override
    public Item check(ImportRow row) {
        String code = row.text("code");
        if (code != null && !code.matches("^\\d{1,12}$")) {
            row.error("code", "must be a division code of at most 12 digits");
        }
        String name = row.required("name");
        if (name != null && name.length() > 200) {
            row.error("name", "must be at most 200 characters");
        }
        row.required("type");
        UnitType type = row.choice("type", UnitType.class, TYPE_WORDS);
        String parentCode = row.text("parentCode");
        String parentName = row.text("parentName");
        if (parentCode != null && !units.byCode.containsKey(parentCode) && !declaredCodes.containsKey(parentCode)) {
            row.error("parentCode", "no unit has this code, in the database or earlier in the file");
        } else if (parentCode == null && parentName != null && units.byName.getOrDefault(parentName, List.of()).size() != 1
                && !declaredNames.containsKey(parentName)) {
            row.error("parentName", units.byName.containsKey(parentName) ? "several units have this name: give the parent's code"
                    : "no unit has this name, in the database or earlier in the file");
        }
        if (code != null && code.equals(parentCode)) {
            row.error("parentCode", "a unit cannot be its own parent");
        }
        if (row.failed()) {
            return null;
        }
        if (code != null) {
            declaredCodes.put(code, name);
        }
        declaredNames.put(name, code);
        return new Item(code, name, type, parentCode, parentName);
    }

    @Override
    public String key(Item item) {
        return item.code() != null ? "code:" + item.code()
                : "name:" + (item.parentCode() != null ? item.parentCode() : item.parentName()) + "/" + item.name();
    }

    /** Row by row: a later row's parent may be an earlier row of the same batch. */
    @Override
    public Counts apply(List<Item> items, Connection connection) throws SQLException {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Item item : items) {
            Long parent = parentId(item, connection);
            Long existing = null;
            String[] current = null;
            try (PreparedStatement find = connection.prepareStatement(item.code() != null
                    ? "SELECT id, name, type, parent_id FROM responsibility_unit WHERE code = ?"
                    : "SELECT id, name, type, parent_id FROM responsibility_unit WHERE parent_id IS NOT DISTINCT FROM ? AND name = ?")) {
                if (item.code() != null) {
                    find.setString(1, item.code());
                } else {
                    find.setObject(1, parent, java.sql.Types.BIGINT);
                    find.setString(2, item.name());
                }
                try (ResultSet result = find.executeQuery()) {
                    if (result.next()) {
                        existing = result.getLong(1);
                        current = new String[] { result.getString(2), result.getString(3), result.getString(4) };
                    }
                }
            }
            if (existing == null) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO responsibility_unit (code, name, type, parent_id) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, item.code());
                    insert.setString(2, item.name());
                    insert.setString(3, item.type().name());
                    insert.setObject(4, parent, java.sql.Types.BIGINT);
                    insert.executeUpdate();
                }
                created++;
            } else if (item.name().equals(current[0]) && item.type().name().equals(current[1])
                    && String.valueOf(parent).equals(String.valueOf(current[2]))) {
                unchanged++;
            } else {
                try (PreparedStatement update = connection.prepareStatement("UPDATE responsibility_unit SET name = ?, type = ?, "
                        + "parent_id = ?, version = version + 1, updated_at = now() WHERE id = ?")) {
                    update.setString(1, item.name());
                    update.setString(2, item.type().name());
                    update.setObject(3, parent, java.sql.Types.BIGINT);
                    update.setLong(4, existing);
                    update.executeUpdate();
                }
                updated++;
            }
        }
        return new Counts(created, updated, unchanged);
    }

    private static Long parentId(Item item, Connection connection) throws SQLException {
        if (item.parentCode() == null && item.parentName() == null) {
            return null;
        }
        try (PreparedStatement find = connection.prepareStatement(item.parentCode() != null
                ? "SELECT id FROM responsibility_unit WHERE code = ?" : "SELECT id FROM responsibility_unit WHERE name = ?")) {
            find.setString(1, item.parentCode() != null ? item.parentCode() : item.parentName());
            try (ResultSet result = find.executeQuery()) {
                return result.next() ? result.getLong(1) : null;
            }
        }
    }
}
