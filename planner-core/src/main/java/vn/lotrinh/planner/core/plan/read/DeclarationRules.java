package vn.lotrinh.planner.core.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiFunction;
import vn.lotrinh.planner.core.plan.FundingSource;
import vn.lotrinh.planner.core.plan.Phase;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.Resource;

/**
 * The rules for the lists that declare what the rest of the plan refers to by id: phases, funding sources and
 * resources. Each item needs its own id; phases must not share periods.
 */
final class DeclarationRules {

    private static final Text PHASE = Text.of("phase", "giai đoạn");

    private final Checks checks;
    private final PlanCalendar calendar;

    DeclarationRules(Checks checks, PlanCalendar calendar) {
        this.checks = checks;
        this.calendar = calendar;
    }

    Declarations check(Scope plan) {
        Declared<Phase> phases = optionalList(plan.member("phases"),
                Text.of("a list of phases", "một danh sách giai đoạn"), PHASE,
                Text.of("an object with id, name, firstPeriod and lastPeriod",
                        "một đối tượng có id, name, firstPeriod và lastPeriod"), new PhaseRules()::phase);
        Located sourcesAt = plan.member("fundingSources");
        JsonNode sources = checks.nonEmptyArray(sourcesAt, Text.of("a list of at least one funding source",
                "một danh sách có ít nhất một nguồn vốn"));
        Declared<FundingSource> fundingSources = sources == null ? null : declared(sourcesAt, sources,
                Text.of("funding source", "nguồn vốn"), Text.of("an object with id and name",
                        "một đối tượng có id và name"), this::fundingSource);
        Declared<Resource> resources = optionalList(plan.member("resources"),
                Text.of("a list of resources", "một danh sách nguồn lực"), Text.of("resource", "nguồn lực"),
                Text.of("an object with id, name and unit", "một đối tượng có id, name và unit"), this::resource);
        return new Declarations(calendar, phases, fundingSources, resources);
    }

    /** A list that may be left out, which declares nothing; {@code null} when it is there but not a list. */
    private <T> Declared<T> optionalList(Located at, Text allowed, Text kind, Text itemAllowed,
            BiFunction<Scope, String, T> read) {
        JsonNode list = checks.array(at, false, allowed);
        if (list == null) {
            return Checks.absent(at.value()) ? Declared.none() : null;
        }
        return declared(at, list, kind, itemAllowed, read);
    }

    /**
     * Reads each item's id, claims it, and then the rest of the item with {@code read}, which gets the item with its
     * messages naming it by id, and the id ({@code null} when invalid).
     */
    private <T> Declared<T> declared(Located at, JsonNode list, Text kind, Text itemAllowed,
            BiFunction<Scope, String, T> read) {
        UniqueIds ids = new UniqueIds(checks, kind);
        return new Declared<>(ids.ids(), checks.eachObject(list, at.pointer(), kind, itemAllowed, item -> {
            String id = checks.id(item.member("id"));
            if (id == null) {
                return read.apply(item, null);
            }
            ids.claim(id, item.pointer());
            return read.apply(item.withSubject(Text.format("{0} {1}: ", "{0} {1}: ", kind, Checks.quote(id))), id);
        }));
    }

    private FundingSource fundingSource(Scope source, String id) {
        String name = checks.text(source.member("name"), true, Checks.TEXT);
        return checks.isClean() ? new FundingSource(id, name) : null;
    }

    /** A resource is named by its id and counted in no unit unless it says otherwise. */
    private Resource resource(Scope resource, String id) {
        String name = checks.text(resource.member("name"), false, Checks.TEXT);
        String unit = checks.text(resource.member("unit"), false, Checks.TEXT);
        return checks.isClean() ? new Resource(id, name == null ? id : name, unit == null ? "" : unit) : null;
    }

    /** The phases read so far, to find the one a phase overlaps. */
    private final class PhaseRules {

        /** A phase's name and periods, for messages about the phases it overlaps. */
        private record Span(Text name, int first, int last) {
        }

        private final Span[] spanByPeriod = new Span[calendar == null ? 0 : calendar.periods()];

        Phase phase(Scope phase, String id) {
            Text name = Text.format("{0} {1}", "{0} {1}", PHASE, id == null ? phase.pointer() : Checks.quote(id));
            phase = phase.withSubject(name.plus(Text.verbatim(": ")));
            String title = checks.text(phase.member("name"), true, Checks.TEXT);
            Integer first = checks.period(phase.member("firstPeriod"), true, calendar);
            Integer last = checks.period(phase.member("lastPeriod"), true, calendar);
            if (first == null || last == null) {
                return null;
            }
            if (first > last) {
                checks.report(phase.pointerTo("lastPeriod"), Text.format(
                        "{0}lastPeriod {1} is before firstPeriod {2}", "{0}lastPeriod {1} đứng trước firstPeriod {2}",
                        phase.subject(), calendar.label(last), calendar.label(first)));
                return null;
            }
            Span span = new Span(name, first, last);
            for (int period = first; period <= last; period++) {
                Span other = spanByPeriod[period];
                if (other != null) {
                    checks.report(phase.pointer(), Text.format(
                            "{0} ({1}) overlaps {2} ({3}): phases must not share periods",
                            "{0} ({1}) trùng kỳ với {2} ({3}): các giai đoạn không được có chung kỳ", name,
                            describe(span), other.name(), describe(other)));
                    break;
                }
            }
            for (int period = first; period <= last; period++) {
                if (spanByPeriod[period] == null) {
                    spanByPeriod[period] = span;
                }
            }
            return checks.isClean() ? new Phase(id, title, first, last) : null;
        }

        private String describe(Span span) {
            return span.first() == span.last()
                    ? calendar.label(span.first())
                    : calendar.label(span.first()) + "–" + calendar.label(span.last());
        }
    }
}
