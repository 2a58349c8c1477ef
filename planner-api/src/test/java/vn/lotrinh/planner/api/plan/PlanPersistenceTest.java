package vn.lotrinh.planner.api.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import vn.lotrinh.planner.api.PersistenceTest;
import vn.lotrinh.planner.api.system.StaleVersionException;
import vn.lotrinh.planner.core.plan.read.PlanReader;

/** Plans through the real schema (Flyway) and JPA mapping: the document text, versions, and the plan read back. */
@PersistenceTest
@Import({PlanService.class, PlanReading.class, PlanPersistenceTest.FixedClock.class})
class PlanPersistenceTest {

    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05.123456Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    PlanRepository repository;

    @Autowired
    PlanService service;

    @Autowired
    EntityManager entities;

    @Test
    void storesTheDocumentTextExactlyAsSent() throws IOException {
        String text = example().replace("\"description\"",
                "\"x-ghi-chú\": {\"nguồn\": \"Sở TT&TT\"},\n  \"description\"");
        String id = service.create(PlanDocument.parse(text.getBytes(StandardCharsets.UTF_8))).id();

        StoredPlan stored = repository.findById(id).orElseThrow().toStoredPlan(parent -> true);

        assertThat(stored.documentJson()).isEqualTo(text);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.createdAt()).isEqualTo(NOW);
    }

    @Test
    void keepsADocumentLongerThanAnyVarchar() {
        String large = "{\"padding\": \"" + "ô".repeat(3_000_000) + "\"}";
        repository.saveAndFlush(new PlanEntity("large", "Large", large, NOW));
        entities.clear();

        assertThat(repository.findById("large").orElseThrow().toStoredPlan(parent -> true).documentJson())
                .isEqualTo(large);
    }

    @Test
    void snapshotReadsTheStoredDocumentBackIntoTheSamePlan() throws IOException {
        String id = service.create(PlanDocument.parse(example().getBytes(StandardCharsets.UTF_8))).id();

        PlanSnapshot snapshot = service.snapshot(id);

        assertThat(snapshot.version()).isEqualTo(1);
        assertThat(snapshot.plan()).isEqualTo(new PlanReader().read(example()));
    }

    @Test
    void replaceAtAStaleVersionChangesNoRow() throws IOException {
        String id = service.create(PlanDocument.parse(example().getBytes(StandardCharsets.UTF_8))).id();

        assertThat(repository.replace(id, 1, "v2", example(), NOW)).isEqualTo(1);
        assertThat(repository.replace(id, 1, "stale", example(), NOW)).isZero();
        assertThat(repository.versionOf(id)).contains(2L);
    }

    @Test
    void serviceRefusesAReplacementBasedOnAnOlderVersion() throws IOException {
        byte[] body = example().getBytes(StandardCharsets.UTF_8);
        String id = service.create(PlanDocument.parse(body)).id();
        service.replace(id, PlanDocument.parse(body), Optional.empty());

        assertThatThrownBy(() -> service.replace(id, PlanDocument.parse(body), IfMatch.parse("\"1\"")))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("version 2");
    }

    @Test
    void summaryCarriesIdentityAndVersionOfAPlan() throws IOException {
        String id = service.create(PlanDocument.parse(example().getBytes(StandardCharsets.UTF_8))).id();

        assertThat(repository.summaries()).contains(new PlanSummary(id,
                "Ví dụ: Kiến trúc Chính quyền điện tử tỉnh 2.0 (rút gọn)", 1, NOW, NOW, null, null));
    }

    @Test
    void aScenarioKeepsItsParentVersionAndRecipeAfterTheParentIsDeleted() throws IOException {
        byte[] body = example().getBytes(StandardCharsets.UTF_8);
        String parentId = service.create(PlanDocument.parse(body)).id();
        String recipe = "{\"name\": \"Phương án\", \"budgetScale\": 0.8}";
        String scenarioId = service.createScenario(PlanDocument.parse(body), parentId, 1, recipe).id();

        service.delete(parentId);
        entities.clear();

        StoredPlan scenario = service.get(scenarioId);
        assertThat(scenario.origin()).isEqualTo(new PlanOrigin(parentId, 1, recipe, false));
        assertThat(scenario.summary().parentId()).isEqualTo(parentId);
        assertThat(repository.summaries()).extracting(PlanSummary::parentVersion).containsExactly(1L);
        assertThat(service.get(scenarioId).documentJson()).isEqualTo(example());
    }

    private static String example() throws IOException {
        try (InputStream in = PlanPersistenceTest.class.getResourceAsStream("/plans/example-plan.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
