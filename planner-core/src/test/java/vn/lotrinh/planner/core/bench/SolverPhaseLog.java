package vn.lotrinh.planner.core.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Listens to OptaPlanner's own phase summaries while open: the construction's end (the solver's first complete
 * roadmap) and the local search's score calculation speed, which the solver's public API does not expose. The
 * summaries are logged at INFO; the test logging configuration keeps OptaPlanner at WARN, so this raises the level of
 * its {@code impl} loggers for the duration and keeps the lines off the console.
 */
final class SolverPhaseLog implements AutoCloseable {

    private static final String LOGGER = "org.optaplanner.core.impl";
    private static final Pattern CUSTOM_PHASE_ENDED =
            Pattern.compile("Custom phase \\(\\d+\\) ended: time spent \\((\\d+)\\), best score \\(([^)]*)\\)");
    private static final Pattern LOCAL_SEARCH_ENDED = Pattern.compile(
            "Local Search phase \\(\\d+\\) ended: time spent \\(\\d+\\), best score \\([^)]*\\), "
                    + "score calculation speed \\((\\d+)/sec\\)");

    /** The construction's end: milliseconds since the solve started, and the score it reached. */
    record Construction(long solverMillis, String score) {

        boolean feasible() {
            return score.startsWith("0hard");
        }
    }

    private final Logger logger = (Logger) LoggerFactory.getLogger(LOGGER);
    private final Level previousLevel = logger.getLevel();
    private final boolean previousAdditive = logger.isAdditive();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private SolverPhaseLog() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
    }

    static SolverPhaseLog open() {
        return new SolverPhaseLog();
    }

    /** The end of the first construction (the custom phase) of any search. */
    Optional<Construction> construction() {
        return matches(CUSTOM_PHASE_ENDED).stream()
                .map(m -> new Construction(Long.parseLong(m.group(1)), m.group(2)))
                .min(Comparator.comparingLong(Construction::solverMillis));
    }

    /** Score calculations per second during local search, summed over the searches that ran side by side. */
    Optional<Long> localSearchScoreCalculationsPerSecond() {
        List<Matcher> ended = matches(LOCAL_SEARCH_ENDED);
        return ended.isEmpty()
                ? Optional.empty()
                : Optional.of(ended.stream().mapToLong(m -> Long.parseLong(m.group(1))).sum());
    }

    private List<Matcher> matches(Pattern pattern) {
        List<ILoggingEvent> events;
        synchronized (appender) {
            events = List.copyOf(appender.list);
        }
        return events.stream()
                .map(event -> pattern.matcher(event.getFormattedMessage()))
                .filter(Matcher::find)
                .toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
        logger.setLevel(previousLevel);
        logger.setAdditive(previousAdditive);
    }
}
