package vn.lotrinh.planner.api.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.lotrinh.planner.api.system.Downloads;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.api.system.PreparedJson;
import vn.lotrinh.planner.core.plan.read.Text;
import vn.lotrinh.planner.core.projection.PeriodProjection;
import vn.lotrinh.planner.core.projection.ProjectionSettings;
import vn.lotrinh.planner.core.projection.ProjectionTotals;
import vn.lotrinh.planner.core.projection.RiskFigures;
import vn.lotrinh.planner.core.projection.SpanFigures;

@WebMvcTest(ProjectionController.class)
class ProjectionControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @MockitoBean
    ProjectionService projections;

    @Test
    void withoutParametersProjectsTenThousandRunsWithSeed42() throws Exception {
        when(projections.latestOfPlanAsJson("p1", new ProjectionSettings(10_000, 42)))
                .thenReturn(projection(10_000, 42));

        mvc.perform(get("/api/plans/p1/projection"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").value("p1"))
                .andExpect(jsonPath("$.simulations").value(10_000))
                .andExpect(jsonPath("$.seed").value(42));
    }

    @Test
    void passesTheSimulationsAndSeedOfTheQuery() throws Exception {
        when(projections.latestOfPlanAsJson("p1", new ProjectionSettings(0, -7))).thenReturn(projection(0, -7));

        mvc.perform(get("/api/plans/p1/projection").param("simulations", "0").param("seed", "-7"))
                .andExpect(status().isOk());

        verify(projections).latestOfPlanAsJson("p1", new ProjectionSettings(0, -7));
    }

    @Test
    void writesMoneyAsPlainJsonNumbers() throws Exception {
        when(projections.latestOfPlanAsJson("p1", new ProjectionSettings(10_000, 42)))
                .thenReturn(projection(10_000, 42));

        mvc.perform(get("/api/plans/p1/projection"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"moneyUnit\":1000000,")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"total\":33.334,")));
    }

    @Test
    void simulationsAboveTheMaximumIsA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/plans/p1/projection").param("simulations", "100001"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].pointer").value("/simulations"));
        verifyNoInteractions(projections);
    }

    @Test
    void negativeSimulationsIsA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/plans/p1/projection").param("simulations", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/simulations"));
        verifyNoInteractions(projections);
    }

    @Test
    void everyUnreadableParameterIsNamedInOneAnswer() throws Exception {
        mvc.perform(get("/api/plans/p1/projection").param("simulations", "1e3").param("seed", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].pointer").value(org.hamcrest.Matchers.contains("/simulations",
                        "/seed")));
        verifyNoInteractions(projections);
    }

    @Test
    void seedBeyondALongIsA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/plans/p1/projection").param("seed", "9223372036854775808"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/seed"));
    }

    @Test
    void invalidParametersOfAnExportAreA400ProblemToo() throws Exception {
        mvc.perform(get("/api/plans/p1/projection.xlsx").param("simulations", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].pointer").value("/simulations"));
        verifyNoInteractions(projections);
    }

    @Test
    void planWithoutRoadmapIsA404Problem() throws Exception {
        when(projections.latestOfPlanAsJson(anyString(), any()))
                .thenThrow(new NotFoundException(Text.verbatim("Plan p1 has no roadmap yet: solve it first.")));

        mvc.perform(get("/api/plans/p1/projection"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Plan p1 has no roadmap yet: solve it first."));
    }

    @Test
    void csvIsADownloadAtItsOwnPathAndByAccept() throws Exception {
        byte[] csv = "period,total\n2021,1\n".getBytes(StandardCharsets.UTF_8);
        when(projections.latestAsCsv("p1", new ProjectionSettings(500, 3))).thenReturn(csv);

        mvc.perform(get("/api/plans/p1/projection.csv").param("simulations", "500").param("seed", "3"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"projection-p1.csv\""))
                .andExpect(content().bytes(csv));
        mvc.perform(get("/api/plans/p1/projection").param("simulations", "500").param("seed", "3")
                        .accept(MediaType.parseMediaType("text/csv")))
                .andExpect(status().isOk())
                .andExpect(content().bytes(csv));
    }

    @Test
    void excelIsADownloadAtItsOwnPathAndByAccept() throws Exception {
        byte[] xlsx = {0x50, 0x4b, 3, 4};
        when(projections.latestAsXlsx("p1", new ProjectionSettings(10_000, 42), Optional.empty())).thenReturn(xlsx);

        mvc.perform(get("/api/plans/p1/projection.xlsx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(Downloads.XLSX))
                .andExpect(content().bytes(xlsx));
        mvc.perform(get("/api/plans/p1/projection").accept(MediaType.parseMediaType(Downloads.XLSX)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(xlsx));
    }

    @Test
    void excelForPeopleIsAskedForByLang() throws Exception {
        byte[] xlsx = {0x50, 0x4b, 3, 4};
        when(projections.latestAsXlsx("p1", new ProjectionSettings(10_000, 42), Optional.of(Language.VI)))
                .thenReturn(xlsx);

        mvc.perform(get("/api/plans/p1/projection.xlsx").param("lang", "VI"))
                .andExpect(status().isOk())
                .andExpect(content().bytes(xlsx));
    }

    @Test
    void aLanguageThereIsNotIsA400AtLang() throws Exception {
        mvc.perform(get("/api/plans/p1/projection.xlsx").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/lang"));
        verifyNoInteractions(projections);
    }

    @Test
    void jsonIsGzipEncodedForAClientThatAcceptsIt() throws Exception {
        PreparedJson projection = projection(10_000, 42);
        when(projections.latestOfPlanAsJson("p1", new ProjectionSettings(10_000, 42))).thenReturn(projection);

        byte[] body = mvc.perform(get("/api/plans/p1/projection").header("Accept-Encoding", "gzip, deflate"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Encoding", "gzip"))
                .andExpect(header().string("Vary", "Accept-Encoding"))
                .andReturn().getResponse().getContentAsByteArray();

        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            assertThat(in.readAllBytes()).isEqualTo(projection.json());
        }
    }

    @Test
    void jsonIsSentAsIsToAClientThatDoesNotAcceptGzip() throws Exception {
        PreparedJson projection = projection(10_000, 42);
        when(projections.latestOfPlanAsJson("p1", new ProjectionSettings(10_000, 42))).thenReturn(projection);

        mvc.perform(get("/api/plans/p1/projection"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Content-Encoding"))
                .andExpect(content().bytes(projection.json()));
    }

    /** A projection of twelve identical periods: enough JSON to be worth compressing. */
    private PreparedJson projection(int simulations, long seed) {
        BigDecimal total = new BigDecimal("33.334");
        RiskFigures risk = new RiskFigures(total, total, total, total, total, BigDecimal.ZERO);
        SpanFigures figures = new SpanFigures(total, BigDecimal.ZERO, total, total, total, Map.of(),
                Map.of("APPLICATION", total), risk);
        PeriodProjection period = new PeriodProjection("2021", "GD1", figures, total, total, total);
        ProjectionTotals totals = new ProjectionTotals(total, BigDecimal.ZERO, total, total, total, risk, Map.of(),
                Map.of());
        return PreparedJson.of(json, new ProjectionResponse("p1", "j1", 1, Instant.parse("2025-01-02T03:04:05Z"),
                "VND", new BigDecimal("1E+6"), Collections.nCopies(12, period), List.of(), totals, simulations, seed));
    }
}
