package vn.lotrinh.planner.api.frontier;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.lotrinh.planner.api.job.SolveStatus;
import vn.lotrinh.planner.core.plan.Objective;

@WebMvcTest(FrontierController.class)
class FrontierControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FrontierService frontiers;

    @Test
    void frontierIsAcceptedWithItsLocation() throws Exception {
        FrontierRequest request = new FrontierRequest(List.of(new BigDecimal("0.9")), "NSTW", null, BigDecimal.ONE,
                null);
        when(frontiers.submit("p1", request)).thenReturn(frontier(SolveStatus.QUEUED));

        mvc.perform(post("/api/plans/p1/frontier").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scales\": [0.9], \"fundingSource\": \"NSTW\", \"timeLimitSeconds\": 1}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/frontiers/f1"))
                .andExpect(jsonPath("$.frontierId").value("f1"))
                .andExpect(jsonPath("$.progress.total").value(1));
    }

    @Test
    void frontierWithoutABodyUsesTheDefaults() throws Exception {
        when(frontiers.submit("p1", FrontierRequest.empty())).thenReturn(frontier(SolveStatus.QUEUED));

        mvc.perform(post("/api/plans/p1/frontier")).andExpect(status().isAccepted());

        verify(frontiers).submit("p1", FrontierRequest.empty());
    }

    @Test
    void stopIsAcceptedWithTheFrontier() throws Exception {
        when(frontiers.stop("f1")).thenReturn(frontier(SolveStatus.TERMINATED));

        mvc.perform(delete("/api/frontiers/f1"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("TERMINATED"));
    }

    private static Frontier frontier(SolveStatus status) {
        return new Frontier("f1", "p1", 1, status, "NSTW", Objective.VALUE_OVER_TIME, List.of(new BigDecimal("0.9")),
                List.of(), new Frontier.Progress(0, 1), Instant.parse("2025-01-02T03:04:05Z"), null, null, null);
    }
}
