package vn.lotrinh.planner.core.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lotrinh.planner.core.plan.PeriodUnit;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/**
 * Reads a PSPLIB single-mode RCPSP instance ({@code .sm}, Kolisch &amp; Sprecher) as a {@code roadmap-plan/1}
 * document: each job of non-zero duration becomes a {@code MUST} component ({@code J2}, {@code J3} … after the job
 * numbers), its successors dependencies without lag, the renewable resources {@code R1 … R4} capacities for every
 * period with each job's demand, one month per time unit. Zero-duration jobs (the dummy source and sink) are dropped
 * and their precedence arcs bridged. Solve them with {@code MIN_MAKESPAN}.
 *
 * <p>The horizon is the file's (the sum of all durations) when it fits the format's 600 periods; otherwise the
 * makespan of a serial schedule in job order, which is a feasible upper bound.
 */
public final class PsplibReader {

    static final int MAX_PERIODS = 600;
    private static final String FIRST_PERIOD = "2001-01";
    private static final Pattern FIELD = Pattern.compile("^\\s*([^:]+?)\\s*:\\s*(\\d+)");

    /** One parsed instance, jobs indexed from 0 (job number − 1). */
    private record Instance(int horizon, int[] durations, int[][] successors, int[][] demands, int[] capacities) {
    }

    /** The plan of one {@code .sm} file, named {@code PSPLIB <file name without extension>}. */
    public ObjectNode read(Path smFile) {
        String name = smFile.getFileName().toString().replaceFirst("\\.sm$", "");
        Instance instance = parse(text(smFile).split("\\R"), name);
        return plan(name, instance);
    }

    private static Instance parse(String[] lines, String name) {
        int jobs = -1;
        int horizon = -1;
        int resources = -1;
        int line = 0;
        int[][] successors = null;
        int[] durations = null;
        int[][] demands = null;
        int[] capacities = null;
        while (line < lines.length) {
            String text = lines[line];
            Matcher field = FIELD.matcher(text);
            if (text.startsWith("PRECEDENCE RELATIONS:")) {
                successors = new int[jobs][];
                line += 2;
                for (int j = 0; j < jobs; j++, line++) {
                    int[] row = ints(lines[line]);
                    int count = row[2];
                    successors[row[0] - 1] = Arrays.stream(row, 3, 3 + count).map(s -> s - 1).toArray();
                }
            } else if (text.startsWith("REQUESTS/DURATIONS:")) {
                durations = new int[jobs];
                demands = new int[jobs][];
                line += 3;
                for (int j = 0; j < jobs; j++, line++) {
                    int[] row = ints(lines[line]);
                    if (row.length != 3 + resources) {
                        throw new IllegalArgumentException(name + ": job line without one request per resource: "
                                + lines[line]);
                    }
                    durations[row[0] - 1] = row[2];
                    demands[row[0] - 1] = Arrays.copyOfRange(row, 3, 3 + resources);
                }
            } else if (text.startsWith("RESOURCEAVAILABILITIES:")) {
                capacities = ints(lines[line + 2]);
                line += 3;
            } else {
                if (field.find()) {
                    switch (field.group(1)) {
                        case "jobs (incl. supersource/sink )" -> jobs = Integer.parseInt(field.group(2));
                        case "horizon" -> horizon = Integer.parseInt(field.group(2));
                        case "- renewable" -> resources = Integer.parseInt(field.group(2));
                        case "- nonrenewable", "- doubly constrained" -> requireNone(field, name);
                        default -> { }
                    }
                }
                line++;
            }
        }
        if (successors == null || durations == null || capacities == null || capacities.length != resources) {
            throw new IllegalArgumentException(name + ": not a single-mode PSPLIB instance");
        }
        return new Instance(horizon, durations, successors, demands, capacities);
    }

    private static ObjectNode plan(String name, Instance instance) {
        int jobs = instance.durations().length;
        int periods = instance.horizon() <= MAX_PERIODS ? instance.horizon() : serialScheduleMakespan(instance);
        ObjectNode plan = PlanReader.mapper().createObjectNode();
        plan.put("format", "roadmap-plan/1");
        plan.put("name", "PSPLIB " + name);
        plan.put("description", "Single-mode resource-constrained project scheduling instance from PSPLIB.");
        ObjectNode cal = plan.putObject("calendar");
        cal.put("periodUnit", PeriodUnit.MONTH.name());
        cal.put("start", FIRST_PERIOD);
        cal.put("periods", periods);
        plan.putArray("fundingSources").addObject().put("id", "BUDGET").put("name", "Budget");
        ArrayNode resources = plan.putArray("resources");
        ArrayNode capacities = plan.putArray("capacities");
        for (int r = 0; r < instance.capacities().length; r++) {
            resources.addObject()
                    .put("id", resourceId(r))
                    .put("name", "Renewable resource " + (r + 1))
                    .put("unit", "units");
            capacities.addObject().put("resource", resourceId(r)).put("amount", instance.capacities()[r]);
        }
        List<List<Integer>> predecessors = bridgedPredecessors(instance);
        ArrayNode components = plan.putArray("components");
        for (int j = 0; j < jobs; j++) {
            if (instance.durations()[j] == 0) {
                continue;
            }
            ObjectNode component = components.addObject();
            component.put("id", jobId(j));
            component.put("name", "Job " + (j + 1));
            component.put("priority", "MUST");
            component.put("duration", instance.durations()[j]);
            ObjectNode demand = component.putObject("demand");
            for (int r = 0; r < instance.capacities().length; r++) {
                if (instance.demands()[j][r] != 0) {
                    demand.put(resourceId(r), instance.demands()[j][r]);
                }
            }
            ArrayNode dependsOn = component.putArray("dependsOn");
            predecessors.get(j).forEach(p -> dependsOn.add(jobId(p)));
        }
        return plan;
    }

    /** Predecessors of every job among the jobs of non-zero duration, looking through zero-duration ones. */
    private static List<List<Integer>> bridgedPredecessors(Instance instance) {
        int jobs = instance.durations().length;
        List<List<Integer>> predecessors = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            predecessors.add(new ArrayList<>());
        }
        for (int j = 0; j < jobs; j++) {
            if (instance.durations()[j] != 0) {
                for (int successor : keptSuccessors(instance, j, new LinkedHashSet<>())) {
                    predecessors.get(successor).add(j);
                }
            }
        }
        return predecessors;
    }

    private static Set<Integer> keptSuccessors(Instance instance, int job, Set<Integer> found) {
        for (int successor : instance.successors()[job]) {
            if (instance.durations()[successor] != 0) {
                found.add(successor);
            } else {
                keptSuccessors(instance, successor, found);
            }
        }
        return found;
    }

    /**
     * The makespan of the serial schedule generation scheme taking jobs in number order (PSPLIB numbers jobs
     * topologically): each job at the earliest time its predecessors have finished and its demand fits.
     */
    /**
     * The makespan of the serial schedule generation scheme taking jobs in number order (PSPLIB numbers jobs
     * topologically): each job at the earliest time its predecessors have finished and its demand fits.
     */
    private static int serialScheduleMakespan(Instance instance) {
        int[] durations = instance.durations();
        int[] capacities = instance.capacities();
        int[] earliest = new int[durations.length];
        int[][] used = new int[capacities.length][instance.horizon()];
        int makespan = 0;
        for (int j = 0; j < durations.length; j++) {
            int[] demand = instance.demands()[j];
            int start = earliest[j];
            while (!fits(used, demand, capacities, start, durations[j])) {
                start++;
            }
            for (int r = 0; r < capacities.length; r++) {
                for (int t = start; t < start + durations[j]; t++) {
                    used[r][t] += demand[r];
                }
            }
            int finish = start + durations[j];
            makespan = Math.max(makespan, finish);
            for (int successor : instance.successors()[j]) {
                earliest[successor] = Math.max(earliest[successor], finish);
            }
        }
        return makespan;
    }

    private static boolean fits(int[][] used, int[] demand, int[] capacities, int start, int duration) {
        for (int r = 0; r < capacities.length; r++) {
            for (int t = start; t < start + duration; t++) {
                if (used[r][t] + demand[r] > capacities[r]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void requireNone(Matcher field, String name) {
        if (Integer.parseInt(field.group(2)) != 0) {
            throw new IllegalArgumentException(name + ": only renewable resources are supported");
        }
    }

    private static String jobId(int job) {
        return "J" + (job + 1);
    }

    private static String resourceId(int resource) {
        return "R" + (resource + 1);
    }

    private static int[] ints(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty()) {
            return new int[0];
        }
        return Arrays.stream(trimmed.split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
