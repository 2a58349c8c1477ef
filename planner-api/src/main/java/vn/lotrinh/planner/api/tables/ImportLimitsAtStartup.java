package vn.lotrinh.planner.api.tables;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Sets POI's limits when the service starts, before any upload is read, and says so in the start-up log. */
@Component
class ImportLimitsAtStartup {

    private static final Logger LOG = LoggerFactory.getLogger(ImportLimitsAtStartup.class);

    ImportLimitsAtStartup() {
        ImportLimits.install();
        LOG.info("Import limits: {} rows, {} columns, {} cells a table, {} characters a cell, {} sheets; workbook parts "
                + "expand at most {} MB and {}-fold", ImportLimits.MAX_ROWS, ImportLimits.MAX_COLUMNS,
                ImportLimits.MAX_CELLS, ImportLimits.MAX_CELL_CHARS, ImportLimits.MAX_SHEETS,
                ImportLimits.MAX_ENTRY_BYTES / (1024 * 1024), Math.round(1 / ImportLimits.MIN_INFLATE_RATIO));
    }
}
