package vn.lotrinh.planner.core.projection;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Monte Carlo runs over the three-point capex estimates of a roadmap. In every run each uncertain component draws one
 * capex through a Gaussian copula with one common factor: {@code Z_i = √ρ·F + √(1−ρ)·ε_i} with {@code F} and
 * {@code ε_i} independent standard normals, so that any two scores correlate with {@code ρ}; the draw is the
 * component's quantile at {@code Φ(Z_i)}. A run's figures are the planned figures plus the draws' deviations from
 * their likely capex, spread by the components' capex and funding shares (opex is taken as given).
 *
 * <p>Runs go in fixed blocks of {@value #RUNS_PER_BLOCK}; block {@code b} draws from the {@code (b+1)}-th
 * {@link SplittableRandom#split() split} of a generator seeded with the seed, so a run's figures depend on the seed
 * and its index only: not on how many threads share the blocks, nor on how many runs follow it. (Java's
 * SplittableRandom, whose normals come from a ziggurat, draws a normal in about 3 ns; Commons Math's Well19937c with
 * its polar method takes about 30 ns, which would be half the time of a 10,000-run projection.)
 *
 * <p>The deviations of every run are kept, so percentiles are exact order statistics of the runs. When the figures
 * times the runs would exceed {@code maxStoredValues} doubles, the figures are taken in groups, each from a replay of
 * the same runs.
 */
final class MonteCarloSimulation {

    static final int RUNS_PER_BLOCK = 1024;

    /** 16 Mi doubles (128 MiB); 10,000 runs of 60 periods, five phases and three funding sources keep 2.6 million. */
    static final long DEFAULT_MAX_STORED_VALUES = 1L << 24;

    private final List<UncertainCapex> draws;
    private final double commonLoading;
    private final double ownLoading;
    private final int runs;
    private final long seed;

    /**
     * @param correlation the pairwise correlation ρ of the draws' normal scores, in {@code [0, 1]}
     * @param runs the number of runs, ≥ 1
     */
    MonteCarloSimulation(List<UncertainCapex> draws, double correlation, int runs, long seed) {
        if (!(correlation >= 0 && correlation <= 1)) {
            throw new IllegalArgumentException("cost correlation must lie in [0, 1]: " + correlation);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("at least one run is needed: " + runs);
        }
        this.draws = List.copyOf(draws);
        this.commonLoading = Math.sqrt(correlation);
        this.ownLoading = Math.sqrt(1 - correlation);
        this.runs = runs;
        this.seed = seed;
    }

    /**
     * Summarises every cell that some draw moves; cells that no draw moves are {@code null}.
     *
     * @param thresholdsMilli per cell, the deviation beyond which a run counts as exceeding (cap − plan), or
     *     {@code +∞} for a cell without a cap
     */
    DeviationSummary[] summarise(double[] thresholdsMilli, long maxStoredValues) {
        int[] moved = draws.stream().flatMapToInt(draw -> Arrays.stream(draw.cells())).distinct().sorted().toArray();
        int cellsPerGroup = (int) Math.max(1, Math.min(moved.length, maxStoredValues / runs));
        DeviationSummary[] summaries = new DeviationSummary[thresholdsMilli.length];
        for (int from = 0; from < moved.length; from += cellsPerGroup) {
            int[] group = Arrays.copyOfRange(moved, from, Math.min(moved.length, from + cellsPerGroup));
            double[][] deviations = deviations(group);
            IntStream.range(0, group.length).parallel().forEach(i -> summaries[group[i]] =
                    DeviationSummary.of(deviations[i], thresholdsMilli[group[i]]));
        }
        return summaries;
    }

    /** The deviation from plan of each requested cell in every run, in milli-units: {@code [cell][run]}. */
    double[][] deviations(int[] cells) {
        int maxCell = draws.stream().flatMapToInt(draw -> Arrays.stream(draw.cells())).max().orElse(-1);
        int[] slotOfCell = new int[Math.max(maxCell, Arrays.stream(cells).max().orElse(-1)) + 1];
        Arrays.fill(slotOfCell, -1);
        for (int slot = 0; slot < cells.length; slot++) {
            slotOfCell[cells[slot]] = slot;
        }
        int[][] slots = new int[draws.size()][];
        double[][] weights = new double[draws.size()][];
        for (int d = 0; d < draws.size(); d++) {
            UncertainCapex draw = draws.get(d);
            int[] drawSlots = Arrays.stream(draw.cells()).map(cell -> slotOfCell[cell]).toArray();
            int[] kept = IntStream.range(0, drawSlots.length).filter(i -> drawSlots[i] >= 0).toArray();
            slots[d] = Arrays.stream(kept).map(i -> drawSlots[i]).toArray();
            weights[d] = Arrays.stream(kept).mapToDouble(i -> draw.weights()[i]).toArray();
        }
        double[][] deviations = new double[cells.length][runs];
        int blocks = (runs + RUNS_PER_BLOCK - 1) / RUNS_PER_BLOCK;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] generators = new SplittableRandom[blocks];
        for (int block = 0; block < blocks; block++) {
            generators[block] = root.split();
        }
        IntStream.range(0, blocks).parallel()
                .forEach(block -> runBlock(block, generators[block], slots, weights, deviations));
        return deviations;
    }

    /**
     * Runs one block. Every block draws a full {@value #RUNS_PER_BLOCK} runs, even the last, so that a run's figures do
     * not depend on how many runs follow it.
     */
    private void runBlock(int block, SplittableRandom random, int[][] slots, double[][] weights,
            double[][] deviations) {
        int offset = block * RUNS_PER_BLOCK;
        int count = Math.min(RUNS_PER_BLOCK, runs - offset);
        double[] common = new double[RUNS_PER_BLOCK];
        if (commonLoading > 0) {
            for (int r = 0; r < RUNS_PER_BLOCK; r++) {
                common[r] = commonLoading * random.nextGaussian();
            }
        }
        double[] deviation = new double[RUNS_PER_BLOCK];
        for (int d = 0; d < draws.size(); d++) {
            UncertainCapex draw = draws.get(d);
            for (int r = 0; r < RUNS_PER_BLOCK; r++) {
                double score = ownLoading > 0 ? common[r] + ownLoading * random.nextGaussian() : common[r];
                deviation[r] = draw.deviationMilli(score);
            }
            for (int i = 0; i < slots[d].length; i++) {
                double[] out = deviations[slots[d][i]];
                double weight = weights[d][i];
                for (int r = 0; r < count; r++) {
                    out[offset + r] += weight * deviation[r];
                }
            }
        }
    }
}
