package vn.lotrinh.planner.api.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.api.system.StaleVersionException;
import vn.lotrinh.planner.core.plan.read.Text;

@WebMvcTest(PlanController.class)
class PlanControllerTest {

    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");
    private static final String DOCUMENT = "{\"format\":\"roadmap-plan/1\",\"name\":\"Kế hoạch\"}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PlanService plans;

    @Test
    void createAnswers201WithLocationAndTheVersionAsEntityTag() throws Exception {
        when(plans.create(any(PlanDocument.class))).thenReturn(stored(1));

        mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content(DOCUMENT))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/plans/p1"))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.id").value("p1"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void getAnswersTheDocumentWithIdAndVersionInFront() throws Exception {
        when(plans.get("p1")).thenReturn(stored(3));

        mvc.perform(get("/api/plans/p1"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(content().json(
                        "{\"id\":\"p1\",\"version\":3,\"format\":\"roadmap-plan/1\",\"name\":\"Kế hoạch\"}", true));
    }

    @Test
    void replacePassesTheIfMatchHeaderToTheService() throws Exception {
        when(plans.replace(eq("p1"), any(), any())).thenReturn(stored(4));

        mvc.perform(put("/api/plans/p1").contentType(MediaType.APPLICATION_JSON).header("If-Match", "W/\"3\"")
                        .content(DOCUMENT))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Optional<IfMatch>> ifMatch = ArgumentCaptor.forClass(Optional.class);
        verify(plans).replace(eq("p1"), any(), ifMatch.capture());
        assertThat(ifMatch.getValue()).hasValueSatisfying(tag -> {
            assertThat(tag.matches(3)).isTrue();
            assertThat(tag.matches(2)).isFalse();
        });
    }

    @Test
    void staleVersionFromTheServiceIsA412ProblemNamingTheCurrentVersion() throws Exception {
        when(plans.replace(eq("p1"), any(), any()))
                .thenThrow(StaleVersionException.preconditionFailed(Text.verbatim("plan p1"), 5));

        mvc.perform(put("/api/plans/p1").contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"4\"")
                        .content(DOCUMENT))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(5));
    }

    @Test
    void unknownPlanIsA404Problem() throws Exception {
        when(plans.get("nope")).thenThrow(new NotFoundException(Text.verbatim("There is no plan nope.")));

        mvc.perform(get("/api/plans/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is no plan nope."));
    }

    @Test
    void bodyThatIsNotJsonIsA400ProblemAtTheRootPointer() throws Exception {
        mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content("[1, 2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value(""));
    }

    @Test
    void bodyOfAnotherMediaTypeIsA415Problem() throws Exception {
        mvc.perform(post("/api/plans").contentType(MediaType.TEXT_PLAIN).content(DOCUMENT))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static StoredPlan stored(long version) {
        return new StoredPlan("p1", "Kế hoạch", version, DOCUMENT, NOW, NOW, null);
    }
}
