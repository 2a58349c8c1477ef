package vn.lotrinh.planner.core.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lotrinh.planner.core.plan.PlanCalendar;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/**
 * Reads OR-Library multidimensional knapsack (capital budgeting) problems as {@code roadmap-plan/1} documents: each
 * project becomes an optional component whose implementation spans all periods, one period per constraint, its capex
 * in each period the project's coefficient in that constraint; each constraint becomes the period budget of the one
 * funding source. Solve them with {@code MAX_VALUE}: the best plan is the knapsack optimum.
 */
public final class OrLibraryReader {

    private static final String FIRST_PERIOD = "2001";
    private static final String FUNDING_SOURCE = "BUDGET";
    private static final Pattern PROBLEM_HEADER =
            Pattern.compile("\\s*problem\\s+(\\S+?)(\\.DAT)?\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * One problem of a file.
     *
     * @param name {@code mknap1 #1}, {@code mknapcb3 #12} or {@code mknap2 WEING1}
     * @param plan the {@code roadmap-plan/1} document
     * @param publishedOptimum the optimum given in the file, {@code null} where the file gives 0 (unknown)
     */
    public record Instance(String name, ObjectNode plan, BigDecimal publishedOptimum) {
    }

    /** The problems of an OR-Library file in the {@code mknap1} / {@code mknapcb*} format. */
    public List<Instance> readMknap1Format(Path file) {
        String fileName = baseName(file);
        Deque<BigDecimal> numbers = numbers(text(file));
        int problems = nextInt(numbers);
        List<Instance> instances = new ArrayList<>();
        for (int p = 1; p <= problems; p++) {
            int items = nextInt(numbers);
            int constraints = nextInt(numbers);
            BigDecimal optimum = numbers.pop();
            List<BigDecimal> profits = next(numbers, items);
            List<List<BigDecimal>> rows = new ArrayList<>();
            for (int i = 0; i < constraints; i++) {
                rows.add(next(numbers, items));
            }
            List<BigDecimal> capacities = next(numbers, constraints);
            instances.add(instance(fileName + " #" + p, profits, rows, capacities, optimum));
        }
        requireExhausted(numbers, file);
        return instances;
    }

    /**
     * The problems of {@code mknap2.txt}: after a free-text header, blocks introduced by {@code problem NAME.DAT}, each
     * {@code m n}, the n profits, the m capacities, the m×n matrix and the optimum. {@code //} starts a comment.
     */
    public List<Instance> readMknap2(Path file) {
        String fileName = baseName(file);
        List<Instance> instances = new ArrayList<>();
        String name = null;
        StringBuilder block = new StringBuilder();
        for (String line : text(file).split("\\R")) {
            Matcher header = PROBLEM_HEADER.matcher(line);
            if (header.matches()) {
                if (name != null) {
                    instances.add(mknap2Block(fileName + " " + name, block.toString()));
                }
                name = header.group(1);
                block.setLength(0);
            } else if (name != null && !line.trim().startsWith("+")) {
                block.append(line.replaceAll("//.*", "")).append('\n');
            }
        }
        if (name != null) {
            instances.add(mknap2Block(fileName + " " + name, block.toString()));
        }
        return instances;
    }

    private static Instance mknap2Block(String name, String text) {
        Deque<BigDecimal> numbers = numbers(text);
        int constraints = nextInt(numbers);
        int items = nextInt(numbers);
        List<BigDecimal> profits = next(numbers, items);
        List<BigDecimal> capacities = next(numbers, constraints);
        List<List<BigDecimal>> rows = new ArrayList<>();
        for (int i = 0; i < constraints; i++) {
            rows.add(next(numbers, items));
        }
        BigDecimal optimum = numbers.pop();
        if (!numbers.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + numbers.size() + " numbers left after the optimum");
        }
        return instance(name, profits, rows, capacities, optimum);
    }

    private static Instance instance(String name, List<BigDecimal> profits, List<List<BigDecimal>> rows,
            List<BigDecimal> capacities, BigDecimal optimum) {
        int periods = rows.size();
        PlanCalendar calendar = PlanCalendar.of(PeriodUnit.YEAR, FIRST_PERIOD, periods).orElseThrow();
        ObjectNode plan = PlanReader.mapper().createObjectNode();
        plan.put("format", "roadmap-plan/1");
        plan.put("name", "OR-Library " + name);
        plan.put("description", "Multidimensional knapsack (capital budgeting) from OR-Library: "
                + profits.size() + " projects, " + periods + " constraints, one period each.");
        ObjectNode cal = plan.putObject("calendar");
        cal.put("periodUnit", PeriodUnit.YEAR.name());
        cal.put("start", FIRST_PERIOD);
        cal.put("periods", periods);
        plan.putArray("fundingSources").addObject().put("id", FUNDING_SOURCE).put("name", "Capital budget");
        ArrayNode budgets = plan.putArray("budgets");
        for (int i = 0; i < periods; i++) {
            budgets.addObject()
                    .put("fundingSource", FUNDING_SOURCE)
                    .put("period", calendar.label(i))
                    .put("amount", capacities.get(i));
        }
        ArrayNode components = plan.putArray("components");
        for (int j = 0; j < profits.size(); j++) {
            ObjectNode component = components.addObject();
            component.put("id", "P" + (j + 1));
            component.put("name", "Project " + (j + 1));
            component.put("priority", "SHOULD");
            component.put("value", profits.get(j));
            component.put("duration", periods);
            ArrayNode capex = component.putArray("capexByPeriod");
            for (List<BigDecimal> row : rows) {
                capex.add(row.get(j));
            }
            component.put("earliestStart", calendar.label(0));
            component.put("latestFinish", calendar.label(periods - 1));
        }
        return new Instance(name, plan, optimum.signum() == 0 ? null : optimum);
    }

    private static Deque<BigDecimal> numbers(String text) {
        Deque<BigDecimal> numbers = new ArrayDeque<>();
        for (String token : text.trim().split("\\s+")) {
            if (!token.isEmpty()) {
                numbers.add(new BigDecimal(token));
            }
        }
        return numbers;
    }

    private static List<BigDecimal> next(Deque<BigDecimal> numbers, int count) {
        if (numbers.size() < count) {
            throw new IllegalArgumentException("expected " + count + " more numbers, found " + numbers.size());
        }
        List<BigDecimal> taken = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            taken.add(numbers.pop());
        }
        return taken;
    }

    private static int nextInt(Deque<BigDecimal> numbers) {
        return numbers.pop().intValueExact();
    }

    private static void requireExhausted(Deque<BigDecimal> numbers, Path file) {
        if (!numbers.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + numbers.size() + " numbers left after the last problem");
        }
    }

    private static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.txt$", "");
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
