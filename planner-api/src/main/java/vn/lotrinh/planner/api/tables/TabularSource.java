package vn.lotrinh.planner.api.tables;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything a CSV or Excel import supplies before conversion.
 *
 * @param formFields plan settings given outside the tables (CSV form fields)
 * @param tables the tables present
 * @param locationOf where a table is (or would be) for errors about the table as a whole, present or not
 */
record TabularSource(List<Setting> formFields, Map<PlanTable, SheetTable> tables,
        Function<PlanTable, CellRef> locationOf) {

    TabularSource {
        formFields = List.copyOf(formFields);
        tables = Map.copyOf(tables);
    }
}
