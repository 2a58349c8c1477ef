package vn.lotrinh.planner.api.scenario;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.lotrinh.planner.api.system.ConflictException;
import vn.lotrinh.planner.api.system.Downloads;
import vn.lotrinh.planner.core.plan.read.InEnglish;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.scenario.DerivedScenario.RemovedDependency;

@WebMvcTest({ScenarioController.class, ComparisonController.class})
class ScenarioControllersTest {

    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ScenarioService scenarios;

    @MockitoBean
    ComparisonService comparisons;

    @Test
    void aCreatedScenarioIsA201AtItsLocationWithVersionOneAsItsTag() throws Exception {
        when(scenarios.create(eq("p1"), any())).thenReturn(new ScenarioCreated("s1", "Phương án", 1, NOW, NOW, "p1",
                3, JsonNodeFactory.instance.objectNode().put("name", "Phương án"),
                List.of(new RemovedDependency("DVC_PORTAL", "LGSP")), List.of()));

        mvc.perform(post("/api/plans/p1/scenarios").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Phương án\"}".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/plans/s1"))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.parentVersion").value(3))
                .andExpect(jsonPath("$.removedDependencies[0].dependedOn").value("LGSP"));
    }

    @Test
    void aScenarioRequestThatIsNotAnObjectIsRefusedBeforeTheService() throws Exception {
        mvc.perform(post("/api/plans/p1/scenarios").contentType(MediaType.APPLICATION_JSON).content("\"cắt\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value(""));

        verifyNoInteractions(scenarios);
    }

    @Test
    void theCsvPathIsACsvDownload() throws Exception {
        when(comparisons.compareAsCsv("a", "b")).thenReturn("component_id\n".getBytes(StandardCharsets.UTF_8));

        mvc.perform(get("/api/plans/a/compare/b.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(Downloads.CSV))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"compare-a-b.csv\""));
    }

    @Test
    void aPlanWithoutARoadmapIsA409ProblemNamingItEvenForADownload() throws Exception {
        when(comparisons.compareAsXlsx("a", "b", Optional.empty())).thenThrow(new ConflictException(
                Text.verbatim("No roadmap yet"),
                Text.verbatim("Plan b has no roadmap yet: solve it first."), Map.of("planId", "b"), List.of()));

        mvc.perform(get("/api/plans/a/compare/b.xlsx"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("No roadmap yet"))
                .andExpect(jsonPath("$.planId").value("b"))
                .andExpect(jsonPath("$.errors").doesNotExist());
    }

    @Test
    void aComponentWithoutAFixIsA409ProblemPointingAtFromFix() throws Exception {
        when(scenarios.create(eq("p1"), any())).thenThrow(new ConflictException(Text.verbatim("No fix"),
                Text.verbatim("LGSP is scheduled from 2021 in the latest roadmap of plan p1: it needs no fix."),
                Map.of("planId", "p1"),
                List.of(InEnglish.error("/fromFix", "LGSP is scheduled from 2021: it needs no fix"))));

        mvc.perform(post("/api/plans/p1/scenarios").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromFix\": \"LGSP\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("No fix"))
                .andExpect(jsonPath("$.errors[0].pointer").value("/fromFix"));
    }
}
