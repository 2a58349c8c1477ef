package vn.lotrinh.planner.api.tables;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/**
 * The {@code table} query parameter of a CSV export: a table by its name in requests ({@code budgets},
 * {@code fundingSources} …, as the parts of a CSV import are named), the components when absent.
 */
final class TableQuery {

    private TableQuery() {
    }

    /**
     * @param name the parameter's text, {@code null} when absent
     * @throws InvalidRequestException at pointer {@code /table} when no table has that name
     */
    static PlanTable table(String name) {
        if (name == null) {
            return PlanTable.COMPONENTS;
        }
        return PlanTable.named(name.strip()).orElseThrow(() -> new InvalidRequestException(
                Text.of("The query parameter table names no table of a plan.",
                        "Tham số table không phải là tên một bảng của kế hoạch."),
                List.of(new PlanError("/table", Text.format("query parameter table must be one of {0}, not '{1}'",
                        "tham số table phải là một trong {0}, không phải '{1}'", names(), name)))));
    }

    private static String names() {
        return Arrays.stream(PlanTable.values()).map(PlanTable::tableName).collect(Collectors.joining(", "));
    }
}
