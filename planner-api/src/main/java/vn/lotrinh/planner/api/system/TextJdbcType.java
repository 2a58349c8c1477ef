package vn.lotrinh.planner.api.system;

import java.sql.Types;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.LongVarcharJdbcType;

/**
 * Large text columns ({@code ${text_type}} of the migrations: {@code CLOB} on H2, {@code TEXT} on PostgreSQL), read
 * and written as strings. Hibernate's own {@code LONG32VARCHAR} binds a null with its private type code 4001, which the
 * PostgreSQL driver refuses ("Unknown Types value"); this type binds it as {@code LONGVARCHAR}, which every driver
 * knows, and keeps {@code LONG32VARCHAR} for the schema, so that validation accepts both databases' columns.
 */
public final class TextJdbcType extends LongVarcharJdbcType {

    public TextJdbcType() {
        super(SqlTypes.LONG32VARCHAR);
    }

    @Override
    public int getJdbcTypeCode() {
        return Types.LONGVARCHAR;
    }

    @Override
    public int getDefaultSqlTypeCode() {
        return SqlTypes.LONG32VARCHAR;
    }
}
