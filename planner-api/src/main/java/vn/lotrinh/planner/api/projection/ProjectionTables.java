package vn.lotrinh.planner.api.projection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.lotrinh.planner.api.system.ReportTable;
import vn.lotrinh.planner.core.projection.FundingSourceFigures;
import vn.lotrinh.planner.core.projection.FundingSourceTotal;
import vn.lotrinh.planner.core.projection.PeriodProjection;
import vn.lotrinh.planner.core.projection.PhaseProjection;
import vn.lotrinh.planner.core.projection.ProjectionTotals;
import vn.lotrinh.planner.core.projection.RiskFigures;
import vn.lotrinh.planner.core.projection.SpanFigures;

/**
 * A projection as tables for finance staff, money in the plan's money unit:
 * <ul>
 *   <li>{@code Periods} (also the CSV export): one row per period with its constant, nominal, present-value and
 *       cumulative figures and percentiles, then a block of columns per funding source ({@code NS_TINH.spend},
 *       {@code NS_TINH.budget}, {@code NS_TINH.headroom}, {@code NS_TINH.p80}, {@code NS_TINH.prob_over_budget}) and
 *       one column per layer ({@code layer.APPLICATION}); budget and headroom are empty where no cap applies;</li>
 *   <li>{@code FundingSources}: long format, one row per funding source in each period, each phase and the whole
 *       horizon ({@code level} = {@code period}, {@code phase} or {@code total}); the horizon has no cap, so its
 *       budget, headroom, capped and probability cells are empty;</li>
 *   <li>{@code Phases}: one row per phase;</li>
 *   <li>{@code Totals}: the horizon's figures as {@code figure, value} pairs, then what the projection is of.</li>
 * </ul>
 */
final class ProjectionTables {

    static final List<String> AMOUNTS = List.of("capex", "opex", "total", "nominal", "present_value");
    static final List<String> FIGURES = List.of("p10", "p50", "p80", "p90", "mean", "contingency");
    static final List<String> SOURCE_COLUMNS = List.of("spend", "budget", "headroom", "p80", "prob_over_budget");

    private ProjectionTables() {
    }

    static List<ReportTable> sheets(ProjectionResponse projection) {
        return List.of(periods(projection), fundingSources(projection), phases(projection), totals(projection));
    }

    static ReportTable periods(ProjectionResponse projection) {
        List<String> sources = sources(projection);
        List<String> layers = List.copyOf(projection.totals().byLayer().keySet());
        List<String> header = new ArrayList<>(List.of("period", "phase"));
        header.addAll(AMOUNTS);
        header.addAll(List.of("cumulative_total", "cumulative_nominal", "cumulative_present_value"));
        header.addAll(FIGURES);
        sources.forEach(source -> SOURCE_COLUMNS.forEach(column -> header.add(source + "." + column)));
        header.addAll(layerColumns(layers));
        List<List<Object>> rows = new ArrayList<>();
        for (PeriodProjection period : projection.periods()) {
            SpanFigures money = period.figures();
            List<Object> row = new ArrayList<>(Arrays.asList(period.period(), period.phase()));
            row.addAll(amountValues(money));
            row.addAll(List.of(period.cumulativeTotal(), period.cumulativeNominal(), period.cumulativePresentValue()));
            row.addAll(riskValues(money.risk()));
            for (String source : sources) {
                FundingSourceFigures figures = money.byFundingSource().get(source);
                row.addAll(Arrays.asList(figures.spend(), capped(figures, figures.budget()),
                        capped(figures, figures.headroom()), figures.risk().p80(), figures.probOverBudget()));
            }
            row.addAll(layerValues(money, layers));
            rows.add(row);
        }
        return new ReportTable("Periods", header, rows);
    }

    static ReportTable fundingSources(ProjectionResponse projection) {
        List<String> header = new ArrayList<>(List.of("level", "name", "funding_source", "spend", "budget",
                "headroom", "capped"));
        header.addAll(FIGURES);
        header.add("prob_over_budget");
        List<List<Object>> rows = new ArrayList<>();
        for (PeriodProjection period : projection.periods()) {
            addSourceRows(rows, "period", period.period(), period.figures().byFundingSource());
        }
        for (PhaseProjection phase : projection.phases()) {
            addSourceRows(rows, "phase", phase.phase(), phase.figures().byFundingSource());
        }
        projection.totals().byFundingSource().forEach((source, total) -> rows.add(totalSourceRow(source, total)));
        return new ReportTable("FundingSources", header, rows);
    }

    static ReportTable phases(ProjectionResponse projection) {
        List<String> layers = List.copyOf(projection.totals().byLayer().keySet());
        List<String> header = new ArrayList<>(List.of("phase", "name", "first_period", "last_period"));
        header.addAll(AMOUNTS);
        header.addAll(FIGURES);
        header.addAll(layerColumns(layers));
        List<List<Object>> rows = new ArrayList<>();
        for (PhaseProjection phase : projection.phases()) {
            SpanFigures money = phase.figures();
            List<Object> row = new ArrayList<>(Arrays.asList(phase.phase(), phase.name(), phase.firstPeriod(),
                    phase.lastPeriod()));
            row.addAll(amountValues(money));
            row.addAll(riskValues(money.risk()));
            row.addAll(layerValues(money, layers));
            rows.add(row);
        }
        return new ReportTable("Phases", header, rows);
    }

    static ReportTable totals(ProjectionResponse projection) {
        ProjectionTotals totals = projection.totals();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("capex", totals.capex()));
        rows.add(List.of("opex", totals.opex()));
        rows.add(List.of("total", totals.total()));
        rows.add(List.of("nominal", totals.nominal()));
        rows.add(List.of("present_value", totals.presentValue()));
        addFigureRows(rows, "", totals.risk());
        totals.byFundingSource().forEach((source, total) -> {
            rows.add(List.of(source + ".spend", total.spend()));
            addFigureRows(rows, source + ".", total.risk());
        });
        totals.byLayer().forEach((layer, amount) -> rows.add(List.of("layer." + layer, amount)));
        rows.add(List.of("currency", projection.currency()));
        rows.add(List.of("money_unit", projection.moneyUnit()));
        rows.add(List.of("simulations", BigDecimal.valueOf(projection.simulations())));
        rows.add(List.of("seed", BigDecimal.valueOf(projection.seed())));
        rows.add(List.of("plan_id", projection.planId()));
        rows.add(List.of("plan_version", BigDecimal.valueOf(projection.planVersion())));
        rows.add(List.of("job_id", projection.jobId()));
        return ReportTable.figures("Totals", rows);
    }

    private static void addSourceRows(List<List<Object>> rows, String level, String name,
            Map<String, FundingSourceFigures> bySource) {
        bySource.forEach((source, figures) -> {
            List<Object> row = new ArrayList<>(Arrays.asList(level, name, source, figures.spend(),
                    capped(figures, figures.budget()), capped(figures, figures.headroom()), figures.capped()));
            row.addAll(riskValues(figures.risk()));
            row.add(figures.probOverBudget());
            rows.add(row);
        });
    }

    private static List<Object> totalSourceRow(String source, FundingSourceTotal total) {
        List<Object> row = new ArrayList<>(Arrays.asList("total", null, source, total.spend(), null, null, null));
        row.addAll(riskValues(total.risk()));
        row.add(null);
        return row;
    }

    /** The {@link #FIGURES} as {@code figure, value} rows, each figure's name after {@code prefix}. */
    private static void addFigureRows(List<List<Object>> rows, String prefix, RiskFigures risk) {
        List<BigDecimal> values = riskValues(risk);
        for (int i = 0; i < FIGURES.size(); i++) {
            rows.add(List.of(prefix + FIGURES.get(i), values.get(i)));
        }
    }

    /** The values of the {@link #AMOUNTS} columns, in their order. */
    private static List<BigDecimal> amountValues(SpanFigures money) {
        return List.of(money.capex(), money.opex(), money.total(), money.nominal(), money.presentValue());
    }

    private static List<String> layerColumns(List<String> layers) {
        return layers.stream().map(layer -> "layer." + layer).toList();
    }

    /** The money of each of the layers, 0 for a layer the span does not list. */
    private static List<BigDecimal> layerValues(SpanFigures money, List<String> layers) {
        return layers.stream().map(layer -> money.byLayer().getOrDefault(layer, BigDecimal.ZERO)).toList();
    }

    /** The values of the {@link #FIGURES} columns, in their order. */
    private static List<BigDecimal> riskValues(RiskFigures risk) {
        return List.of(risk.p10(), risk.p50(), risk.p80(), risk.p90(), risk.mean(), risk.contingency());
    }

    private static BigDecimal capped(FundingSourceFigures figures, BigDecimal amount) {
        return figures.capped() ? amount : null;
    }

    private static List<String> sources(ProjectionResponse projection) {
        return List.copyOf(projection.totals().byFundingSource().keySet());
    }
}
