package vn.lotrinh.planner.api.explanation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.lotrinh.planner.api.system.Language;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.api.system.PreparedJson;
import vn.lotrinh.planner.core.plan.read.Text;

@WebMvcTest(ExplanationController.class)
class ExplanationControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @MockitoBean
    ExplanationService explanations;

    @Test
    void explainsInVietnameseWithoutAnAcceptLanguageAndSaysSo() throws Exception {
        when(explanations.latestOfPlan("p1", Language.VI)).thenReturn(explanation("j1"));

        mvc.perform(get("/api/plans/p1/roadmap/explanation"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Content-Language", "vi"))
                .andExpect(header().stringValues("Vary", Matchers.hasItems(Matchers.containsString(
                        "Accept-Language"))))
                .andExpect(jsonPath("$.jobId").value("j1"));
    }

    @Test
    void explainsInEnglishWhenTheReaderPrefersIt() throws Exception {
        when(explanations.ofJob("j1", Language.EN)).thenReturn(explanation("j1"));

        mvc.perform(get("/api/solves/j1/explanation").header("Accept-Language", "en-US,en;q=0.9,vi;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "en"));
    }

    @Test
    void aJobWithoutARoadmapIsA404Problem() throws Exception {
        when(explanations.ofJob(any(), any()))
                .thenThrow(new NotFoundException(Text.verbatim("Solve job j1 has no roadmap yet.")));

        mvc.perform(get("/api/solves/j1/explanation"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Solve job j1 has no roadmap yet."));
    }

    private PreparedJson explanation(String jobId) {
        return PreparedJson.of(json, new ExplanationResponse("p1", 1, jobId, Instant.parse("2026-01-01T00:00:00Z"),
                List.of(), List.of()));
    }
}
