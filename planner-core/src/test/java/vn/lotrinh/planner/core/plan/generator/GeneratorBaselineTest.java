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
            all.add(GeneratorSettings.builder()
                    .components(components)
                    .periods(quarters ? PeriodUnit.QUARTER : PeriodUnit.YEAR, periods)
                    .dependencies(0.5 + (seed % 5) * 0.3, 0.3, 2)
                    .pinShare(seed % 3 == 0 ? 0.3 : 0.1)
                    .exclusionShare(seed % 2 == 0 ? 0.1 : 0.0)
                    .capacityOverrideShare(0.3)
                    .headroom(0.2 + (seed % 4) * 0.2)
                    .build());
        }
        all.add(GeneratorSettings.defaults());
        for (int size : List.of(25, 30, 60, 100, 200, 1000)) {
            all.add(GeneratorSettings.builder().components(size).build());
        }
        all.add(GeneratorSettings.builder().components(25).periods(PeriodUnit.YEAR, 6).build());
        all.add(GeneratorSettings.builder().components(5000).periods(PeriodUnit.YEAR, 20).build());
        all.add(GeneratorSettings.builder().components(300).periods(PeriodUnit.QUARTER, 40).build());
        all.add(GeneratorSettings.builder().components(200)
                .dependencies(0, 0, 1).windowShare(0).pinShare(0).exclusionShare(0).build());
        for (int size : List.of(100, 1000)) {
            all.add(GeneratorSettings.builder().components(size).periods(PeriodUnit.MONTH, 60).phases(5)
                    .maxDurationPeriods(18)
                    .build());
        }
        all.add(GeneratorSettings.builder().components(5000).periods(PeriodUnit.MONTH, 120).phases(5)
                .maxDurationPeriods(18)
                .build());
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
