package vn.lotrinh.planner.core.plan.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.plan.PeriodUnit;

/** Temporary: writes settings and a digest of each generated document, to compare before and after a change. */
class GeneratorBaselineTest {

    @Test
    void writesDigests() throws IOException, NoSuchAlgorithmException {
        List<GeneratorSettings> all = new ArrayList<>();
        for (long seed = 0; seed < 120; seed++) {
            all.add(RandomPlanGeneratorTest.settingsFor(seed));
        }
        for (long seed = 0; seed < 40; seed++) {
            int components = 3 + (int) (seed * 7 % 38);
            boolean quarters = seed % 4 == 3;
            int periods = quarters ? 8 + (int) (seed % 9) : 4 + (int) (seed % 7);
            all.add(GeneratorSettings.defaults()
                    .withComponents(components)
                    .withPeriods(quarters ? PeriodUnit.QUARTER : PeriodUnit.YEAR, periods)
                    .withDependencies(0.5 + (seed % 5) * 0.3, 0.3, 2)
                    .withPinShare(seed % 3 == 0 ? 0.3 : 0.1)
                    .withExclusionShare(seed % 2 == 0 ? 0.1 : 0.0)
                    .withCapacityOverrideShare(0.3)
                    .withHeadroom(0.2 + (seed % 4) * 0.2));
        }
        all.add(GeneratorSettings.defaults());
        for (int size : List.of(25, 30, 60, 100, 200, 1000)) {
            all.add(GeneratorSettings.defaults().withComponents(size));
        }
        all.add(GeneratorSettings.defaults().withComponents(25).withPeriods(PeriodUnit.YEAR, 6));
        all.add(GeneratorSettings.defaults().withComponents(5000).withPeriods(PeriodUnit.YEAR, 20));
        all.add(GeneratorSettings.defaults().withComponents(300).withPeriods(PeriodUnit.QUARTER, 40));
        all.add(GeneratorSettings.defaults().withComponents(200)
                .withDependencies(0, 0, 1).withWindowShare(0).withPinShare(0).withExclusionShare(0));
        for (int size : List.of(100, 1000)) {
            all.add(GeneratorSettings.defaults().withComponents(size).withPeriods(PeriodUnit.MONTH, 60).withPhases(5)
                    .withMaxDurationPeriods(18));
        }
        all.add(GeneratorSettings.defaults().withComponents(5000).withPeriods(PeriodUnit.MONTH, 120).withPhases(5)
                .withMaxDurationPeriods(18));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String> lines = new ArrayList<>();
        for (GeneratorSettings settings : all) {
            RandomPlanGenerator generator = new RandomPlanGenerator(settings);
            for (long seed : List.of(1L, 2L, 3L, 7L, 9L, 2024L)) {
                GeneratedPlan plan = generator.generate(seed);
                String digest = HexFormat.of().formatHex(sha.digest(
                        (plan.document().toString() + new TreeMap<>(plan.mustWitnessStarts())).getBytes()));
                lines.add(settings + " seed " + seed + " " + digest);
            }
        }
        Files.write(Path.of(System.getProperty("digests", "/tmp/generator-digests.txt")), lines);
    }
}
