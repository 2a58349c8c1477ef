package vn.lotrinh.planner.api.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.SortedMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lotrinh.planner.api.system.Language;

/** The web page's texts, from the same message bundles as every other sentence the service writes. */
@RestController
class PageTextsController {

    private final PageTexts texts;

    PageTextsController(PageTexts texts) {
        this.texts = texts;
    }

    @Operation(summary = "The web page's texts in one language",
            description = "Every page.* and money.* text of the message bundles, by key; placeholders {0}, {1} … "
                    + "are left for the page to fill. The language is the query's lang (vi or en), else the one "
                    + "Accept-Language prefers (Vietnamese by default); another lang is a 400 at /lang.")
    @GetMapping(path = "/api/texts", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SortedMap<String, String>> texts(
            @Parameter(description = "vi or en", example = "en") @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language language = Language.ofQuery(lang).orElseGet(() -> Language.of(acceptLanguage));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .body(texts.in(language));
    }
}
