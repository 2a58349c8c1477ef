package vn.lotrinh.planner.api.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The texts for people, one bundle per {@link Language}: {@code messages_vi.properties} and
 * {@code messages_en.properties} (UTF-8). There is no bundle without a language, so Spring Boot would configure none
 * of its own; a text missing from a bundle is an error, never the system locale's text.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfiguration {

    @Bean
    public MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Language.DEFAULT.locale());
        // Every text goes through MessageFormat, so that a quote is written the same way ('') in all of them.
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    /**
     * The locale of each request as {@link Language#of} reads {@code Accept-Language}, so that the problems Spring
     * writes itself (a method or media type not supported, a parameter missing) take their title and detail from
     * the bundles ({@code problemDetail.*}) in the same language as every other text.
     */
    @Bean
    public LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(Arrays.stream(Language.values()).map(Language::locale).toList());
        resolver.setDefaultLocale(Language.DEFAULT.locale());
        return resolver;
    }
}
