package vn.lotrinh.planner.api.solve;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.lotrinh.planner.api.job.SolveJob;
import vn.lotrinh.planner.api.job.SolveStatus;
import vn.lotrinh.planner.api.system.ServiceBusyException;
import vn.lotrinh.planner.core.plan.Objective;
import vn.lotrinh.planner.core.plan.read.Text;

@WebMvcTest(SolveController.class)
class SolveControllerTest {

    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SolveService solves;

    @Test
    void solveIsAcceptedWithTheJobAtLocation() throws Exception {
        when(solves.submit(eq("p1"), eq(SolveRequest.ofLimit("MAX_VALUE", new BigDecimal("2")))))
                .thenReturn(queued());

        mvc.perform(post("/api/plans/p1/solve").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"objective\": \"MAX_VALUE\", \"timeLimitSeconds\": 2}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/solves/j1"))
                .andExpect(jsonPath("$.jobId").value("j1"))
                .andExpect(jsonPath("$.status").value("QUEUED"));
    }

    @Test
    void solveWithoutABodyUsesTheDefaults() throws Exception {
        when(solves.submit("p1", SolveRequest.empty())).thenReturn(queued());

        mvc.perform(post("/api/plans/p1/solve")).andExpect(status().isAccepted());

        verify(solves).submit("p1", SolveRequest.empty());
    }

    @Test
    void fullQueueIsA503ProblemWithRetryAfter() throws Exception {
        when(solves.submit("p1", SolveRequest.empty()))
                .thenThrow(new ServiceBusyException(Text.verbatim("The solve queue is full."), Duration.ofSeconds(5)));

        mvc.perform(post("/api/plans/p1/solve"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void stopIsAcceptedWithTheJob() throws Exception {
        when(solves.stop("j1")).thenReturn(queued());

        mvc.perform(delete("/api/solves/j1"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.jobId").value("j1"));
    }

    private static SolveJob queued() {
        return new SolveJob("j1", "p1", 1, Objective.VALUE_OVER_TIME, SolveStatus.QUEUED, null, NOW, null, null, null,
                null, null);
    }
}
