package vn.lotrinh.planner.api.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Service;
import vn.lotrinh.planner.api.plan.PlanDocument;
import vn.lotrinh.planner.api.plan.PlanService;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.api.system.NotFoundException;

/**
 * Exports the current version of a stored plan as the tables of a CSV or Excel import, so that importing the files
 * gives back the same plan.
 */
@Service
class PlanExportService {

    private final PlanService plans;

    PlanExportService(PlanService plans) {
        this.plans = plans;
    }

    /**
     * Every table, one sheet each.
     *
     * @throws NotFoundException when there is no such plan
     * @throws InvalidRequestException when a value needs more text than an Excel cell holds
     */
    byte[] workbook(String planId) {
        return TableFiles.xlsx(DocumentToTables.convert(document(planId)));
    }

    /**
     * One table as a CSV file.
     *
     * @throws NotFoundException when there is no such plan
     */
    byte[] csv(String planId, PlanTable table) {
        return TableFiles.csv(DocumentToTables.convert(table, document(planId)));
    }

    private JsonNode document(String planId) {
        return PlanDocument.parse(plans.get(planId).documentJson().getBytes(StandardCharsets.UTF_8)).tree();
    }
}
