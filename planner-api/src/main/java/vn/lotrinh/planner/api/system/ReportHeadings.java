package vn.lotrinh.planner.api.system;

import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.lang.Nullable;
import vn.lotrinh.planner.core.plan.read.Text;
import org.springframework.stereotype.Component;

/**
 * The titles of report workbooks in a language, from the message bundles: {@code export.sheet.<name>} for a sheet,
 * {@code export.column.<key>} for a column. A key made of parts is titled by its parts: {@code layer.DATA} as the
 * layer ({@code export.group.layer} with {@code page.layer.DATA}), {@code share.cost} as a criterion's share
 * ({@code export.group.share}), {@code NS_TINH.spend} as the column of a funding source
 * ({@code export.group.source}), since funding sources and criteria are the plan's own. A key without a title is a
 * bug, reported as such rather than written untitled.
 */
@Component
public class ReportHeadings {

    /** The {@code lang} parameter of every workbook download, as the API documentation describes it. */
    public static final String LANG_PARAMETER = "vi or en: sheets and columns titled for people in that language; "
            + "without it, the names and keys programs read (Roadmap, start, NS_TINH.spend)";

    private static final String LAYER = "layer.";
    private static final String SHARE = "share.";

    private final MessageSource messages;

    public ReportHeadings(MessageSource messages) {
        this.messages = messages;
    }

    /** The titles in {@code language}, or the keys themselves when no language was asked for. */
    public ReportTitles in(Optional<Language> language) {
        return language.<ReportTitles>map(Titles::new).orElse(ReportTitles.KEYS);
    }

    private final class Titles implements ReportTitles {

        private final Language language;

        Titles(Language language) {
            this.language = language;
        }

        @Override
        public String sheet(String name) {
            return required("export.sheet." + name);
        }

        @Override
        public String column(String key) {
            String exact = optional("export.column." + key);
            if (exact != null) {
                return exact;
            }
            String layer = key.startsWith(LAYER) ? optional("page.layer." + key.substring(LAYER.length())) : null;
            if (layer != null) {
                return required("export.group.layer", layer);
            }
            if (key.startsWith(SHARE)) {
                return required("export.group.share", key.substring(SHARE.length()));
            }
            int dot = key.lastIndexOf('.');
            if (dot > 0) {
                return required("export.group.source", key.substring(0, dot),
                        required("export.column." + key.substring(dot + 1)));
            }
            return required("export.column." + key);
        }

        @Override
        public String text(Text text) {
            return ReaderLanguage.in(text, language);
        }

        private String required(String code, Object... arguments) {
            return messages.getMessage(code, arguments, language.locale());
        }

        @Nullable
        private String optional(String code) {
            return messages.getMessage(code, new Object[0], null, language.locale());
        }
    }
}
