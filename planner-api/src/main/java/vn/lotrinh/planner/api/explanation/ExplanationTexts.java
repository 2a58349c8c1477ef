package vn.lotrinh.planner.api.explanation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.solver.explain.Fix;
import vn.lotrinh.planner.core.solver.explain.Fix.BudgetIncrease;
import vn.lotrinh.planner.core.solver.explain.Fix.CapacityIncrease;
import vn.lotrinh.planner.core.solver.explain.Reason;

/**
 * Writes the reasons and fixes of one plan's explanation for people, in one language: every sentence from the
 * message bundles, with the plan's names instead of ids and its amounts as {@link MoneyFormat} writes them.
 */
final class ExplanationTexts {

    private final MessageSource messages;
    private final Language language;
    private final PlanNames names;
    private final MoneyFormat money;

    ExplanationTexts(MessageSource messages, Language language, Plan plan) {
        this.messages = messages;
        this.language = language;
        this.names = new PlanNames(plan);
        this.money = MoneyFormat.of(plan.currency(), plan.moneyUnit(), language, messages);
    }

    PlanNames names() {
        return names;
    }

    /**
     * One reason as a sentence: {@code Nếu bắt đầu 2022 — Ngân sách tỉnh 2022: cần 50.300 triệu đồng, trần 49.000
     * triệu đồng (vượt 1.300)}; without the start in front when the reason has none.
     */
    String reason(Reason reason) {
        return capitalized(inSentence(reason));
    }

    private String inSentence(Reason reason) {
        return reason.start() == null ? what(reason) : text("reason.at", reason.start(), what(reason));
    }

    private String what(Reason reason) {
        return switch (reason.kind()) {
            case BUDGET -> reason.phase() != null
                    ? text("reason.budget.phase", names.fundingSource(reason.fundingSource()),
                            names.phase(reason.phase()), money.amount(reason.need()), money.amount(reason.cap()),
                            money.bareAmount(reason.excess()))
                    : text("reason.budget.period", names.fundingSource(reason.fundingSource()), reason.period(),
                            money.amount(reason.need()), money.amount(reason.cap()),
                            money.bareAmount(reason.excess()));
            case CAPACITY -> text("reason.capacity", names.resource(reason.resource()), reason.period(),
                    quantity(reason.need(), reason.unit()), quantity(reason.cap(), reason.unit()),
                    money.number(reason.excess()));
            case PREDECESSOR -> reason.component() != null
                    ? text("reason.successor", names.component(reason.component()))
                    : reason.period() == null
                    ? text("reason.predecessor.deferred", names.component(reason.predecessor()))
                    : text("reason.predecessor.late", names.component(reason.predecessor()), reason.period());
            case EXCLUSION -> text("reason.exclusion", names.component(reason.component()));
            case DUPLICATE -> text("reason.duplicate", names.component(reason.component()), reason.capability());
            case REPLACEMENT -> reason.component() != null
                    ? text("reason.replacedBy", names.component(reason.component()))
                    : reason.period() == null
                    ? text("reason.replaces.late", names.component(reason.predecessor()))
                    : text("reason.replaces", names.component(reason.predecessor()), reason.period());
            case WINDOW -> reason.component() == null ? text("reason.window")
                    : text("reason.window.other", names.component(reason.component()));
            case HORIZON -> reason.component() == null ? text("reason.horizon")
                    : text("reason.horizon.other", names.component(reason.component()));
            case PIN -> text("reason.pin", names.component(reason.component()));
            case MUST -> text("reason.must", names.component(reason.component()));
            case NO_START -> reason.predecessor() == null ? text("reason.noStart", reason.period())
                    : text("reason.noStart.predecessor", names.component(reason.predecessor()), reason.period());
            case NO_GAIN -> text("reason.noGain");
            case NOT_REACHED -> text("reason.notReached");
        };
    }

    /**
     * What the fix asks for, as one sentence: {@code Tăng trần Ngân sách tỉnh 2022 thêm 1.300 triệu đồng để đưa
     * Trung tâm IOC vào từ 2022}.
     */
    String summary(Fix fix) {
        String component = names.component(fix.componentId());
        return switch (fix.kind()) {
            case NONE -> text("fix.none", component, inSentence(fix.reason()));
            case FITS -> text("fix.fits", component, fix.start());
            case BUDGET, CAPACITY, DEFER, PREDECESSOR, FUNDING -> capitalized(fix.defer().isEmpty()
                    ? text("fix.summary", list(actions(fix)), component, fix.start())
                    : text("fix.summary.withValue", list(actions(fix)), component, fix.start(),
                            money.number(fix.valueLost()), money.number(fix.valueGained())));
        };
    }

    /**
     * Pay it from another funding option, defer, schedule predecessors first, raise budgets, raise capacities: those
     * the fix needs, in this order.
     */
    private List<String> actions(Fix fix) {
        List<String> actions = new ArrayList<>();
        if (fix.funding() != null) {
            actions.add(text("fix.action.fund", funding(fix.funding())));
        }
        if (!fix.defer().isEmpty()) {
            actions.add(text("fix.action.defer", list(fix.defer().stream().map(names::component).toList())));
        }
        if (!fix.alsoSchedule().isEmpty()) {
            actions.add(text("fix.action.alsoSchedule", list(fix.alsoSchedule().stream()
                    .map(also -> text("fix.item.alsoSchedule", names.component(also.componentId()), also.start()))
                    .toList())));
        }
        if (!fix.budgetIncreases().isEmpty()) {
            actions.add(raiseBudgets(fix));
        }
        if (!fix.capacityIncreases().isEmpty()) {
            actions.add(raiseCapacities(fix));
        }
        return actions;
    }

    /** Every phase budget's increase, then each period budget's, equal ones of one line together; the total. */
    /** {@code Vốn ODA}, or {@code Ngân sách trung ương 70 % và Ngân sách tỉnh 30 %}. */
    private String funding(Map<String, Double> shares) {
        if (shares.size() == 1) {
            return names.fundingSource(shares.keySet().iterator().next());
        }
        return list(shares.entrySet().stream().map(share -> text("fix.item.fund",
                names.fundingSource(share.getKey()),
                money.number(BigDecimal.valueOf(share.getValue()).multiply(BigDecimal.valueOf(100))))).toList());
    }

    private String raiseBudgets(Fix fix) {
        List<String> raised = new ArrayList<>();
        fix.budgetIncreases().stream().filter(increase -> increase.phase() != null)
                .forEach(increase -> raised.add(text("fix.item.budget.phase",
                        names.fundingSource(increase.fundingSource()), names.phase(increase.phase()),
                        money.amount(increase.amount()))));
        List<BudgetIncrease> ofPeriods = fix.budgetIncreases().stream().filter(increase -> increase.phase() == null)
                .toList();
        for (Raise raise : Raise.grouped(ofPeriods, BudgetIncrease::fundingSource, BudgetIncrease::period,
                BudgetIncrease::amount)) {
            raised.add(text(raise.periods().size() == 1 ? "fix.item.budget.period" : "fix.item.budget.periods",
                    names.fundingSource(raise.line()), list(raise.periods()), money.amount(raise.amount())));
        }
        return fix.budgetIncreases().size() == 1 ? text("fix.action.raise", raised.get(0))
                : text("fix.action.raise.total", list(raised), money.amount(fix.budgetIncreaseTotal()));
    }

    /** Each resource's increases, equal ones together. */
    private String raiseCapacities(Fix fix) {
        List<String> raised = new ArrayList<>();
        for (Raise raise : Raise.grouped(fix.capacityIncreases(), CapacityIncrease::resource,
                CapacityIncrease::period, CapacityIncrease::amount)) {
            raised.add(text(raise.periods().size() == 1 ? "fix.item.capacity" : "fix.item.capacity.periods",
                    names.resource(raise.line()), list(raise.periods()),
                    quantity(raise.amount(), names.unitOf(raise.line()))));
        }
        return text("fix.action.raise", list(raised));
    }

    /** The same increase of one budget line or resource in several periods, written once. */
    private record Raise(String line, BigDecimal amount, List<String> periods) {

        /** The increases by line and amount, in the order first met, each with its periods in order. */
        static <T> List<Raise> grouped(List<T> increases, Function<T, String> line, Function<T, String> period,
                Function<T, BigDecimal> amount) {
            Map<Map.Entry<String, BigDecimal>, List<String>> periods = new LinkedHashMap<>();
            for (T increase : increases) {
                periods.computeIfAbsent(Map.entry(line.apply(increase), amount.apply(increase).stripTrailingZeros()),
                        key -> new ArrayList<>()).add(period.apply(increase));
            }
            return periods.entrySet().stream()
                    .map(raise -> new Raise(raise.getKey().getKey(), raise.getKey().getValue(),
                            List.copyOf(raise.getValue())))
                    .toList();
        }
    }

    private String quantity(BigDecimal amount, String unit) {
        return money.number(amount) + (unit == null ? "" : " " + unit);
    }

    /** {@code A}, {@code A và B}, {@code A, B và C}. */
    private String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return text("list.and", String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }

    private String capitalized(String text) {
        return text.isEmpty() ? text
                : text.substring(0, 1).toUpperCase(language.locale()) + text.substring(1);
    }
}
