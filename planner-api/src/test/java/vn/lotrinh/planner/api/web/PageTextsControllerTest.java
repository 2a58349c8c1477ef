package vn.lotrinh.planner.api.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import vn.lotrinh.planner.api.system.MessagesConfiguration;

@WebMvcTest(PageTextsController.class)
@Import({PageTexts.class, MessagesConfiguration.class})
class PageTextsControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void answersThePageTextsInVietnameseByDefault() throws Exception {
        mvc.perform(get("/api/texts"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "vi"))
                .andExpect(jsonPath("$['page.nav.plans']").value("Kế hoạch"))
                .andExpect(jsonPath("$['money.scale.billion']").value("tỷ"))
                .andExpect(jsonPath("$['page.openPlan']").value("Đang mở: {0} (phiên bản {1})"))
                .andExpect(jsonPath("$['reason.at']").doesNotExist());
    }

    @Test
    void answersEnglishByTheQueryOrByAcceptLanguage() throws Exception {
        mvc.perform(get("/api/texts").param("lang", "en"))
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
                .andExpect(jsonPath("$['page.nav.plans']").value("Plans"))
                .andExpect(jsonPath("$['money.currency.VND']").value("VND"));
        mvc.perform(get("/api/texts").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9"))
                .andExpect(jsonPath("$['page.nav.plans']").value("Plans"));
        mvc.perform(get("/api/texts").param("lang", "vi").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(jsonPath("$['page.nav.plans']").value("Kế hoạch"));
    }

    @Test
    void refusesALanguageThePageDoesNotHaveAtItsPointer() throws Exception {
        mvc.perform(get("/api/texts").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].pointer").value("/lang"));
    }
}
