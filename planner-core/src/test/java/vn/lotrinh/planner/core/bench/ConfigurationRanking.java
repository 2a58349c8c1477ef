package vn.lotrinh.planner.core.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranks configurations problem by problem. Every problem gives each configuration one result, a greater result being
 * better. Ranks run from 1 (best) to the number of configurations; tied results share the mean of the ranks they span
 * (two configurations tied for best both rank 1.5), so a problem's ranks always add up to the same total.
 *
 * @param <T> a result: the greater, the better
 */
final class ConfigurationRanking<T extends Comparable<T>> {

    /** How two configurations compare over the problems. */
    record HeadToHead(int wins, int ties, int losses) {
    }

    private final int configurations;
    private final List<List<T>> resultsByProblem;
    private final List<double[]> ranksByProblem = new ArrayList<>();

    /**
     * @param configurations how many configurations are compared
     * @param resultsByProblem for each problem, the configurations' results in one fixed order
     */
    ConfigurationRanking(int configurations, List<List<T>> resultsByProblem) {
        for (List<T> results : resultsByProblem) {
            if (results.size() != configurations) {
                throw new IllegalArgumentException("expected " + configurations + " results per problem, got "
                        + results.size());
            }
            ranksByProblem.add(ranks(results));
        }
        this.configurations = configurations;
        this.resultsByProblem = List.copyOf(resultsByProblem);
    }

    /** The ranks of results, greater results first, ties sharing the mean of their ranks. */
    static <T extends Comparable<T>> double[] ranks(List<T> results) {
        double[] ranks = new double[results.size()];
        for (int i = 0; i < results.size(); i++) {
            int better = 0;
            int equal = 0;
            for (T other : results) {
                int comparison = other.compareTo(results.get(i));
                if (comparison > 0) {
                    better++;
                } else if (comparison == 0) {
                    equal++;
                }
            }
            // Positions better+1 … better+equal are shared by the equal results (this one included).
            ranks[i] = better + (equal + 1) / 2.0;
        }
        return ranks;
    }

    int problems() {
        return resultsByProblem.size();
    }

    /** The rank of configuration {@code c} on problem {@code p}. */
    double rank(int p, int c) {
        return ranksByProblem.get(p)[c];
    }

    /** Whether no configuration did better than {@code c} on problem {@code p}. */
    boolean bestOrTiedBest(int p, int c) {
        T result = resultsByProblem.get(p).get(c);
        return resultsByProblem.get(p).stream().noneMatch(other -> other.compareTo(result) > 0);
    }

    /** On how many problems no configuration did better than {@code c}. */
    int bestOrTiedBestCount(int c) {
        int count = 0;
        for (int p = 0; p < problems(); p++) {
            if (bestOrTiedBest(p, c)) {
                count++;
            }
        }
        return count;
    }

    /** The mean of configuration {@code c}'s ranks over the problems. */
    double averageRank(int c) {
        return ranksByProblem.stream().mapToDouble(ranks -> ranks[c]).average().orElseThrow();
    }

    /** The configuration with the lowest average rank; on equal averages the one listed first. */
    int bestByAverageRank() {
        int best = 0;
        for (int c = 1; c < configurations; c++) {
            if (averageRank(c) < averageRank(best)) {
                best = c;
            }
        }
        return best;
    }

    /** How configuration {@code a} fared against {@code b}, problem by problem. */
    HeadToHead headToHead(int a, int b) {
        int wins = 0;
        int ties = 0;
        int losses = 0;
        for (List<T> results : resultsByProblem) {
            int comparison = results.get(a).compareTo(results.get(b));
            if (comparison > 0) {
                wins++;
            } else if (comparison == 0) {
                ties++;
            } else {
                losses++;
            }
        }
        return new HeadToHead(wins, ties, losses);
    }
}
