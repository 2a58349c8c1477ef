package vn.lotrinh.planner.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lotrinh.planner.api.security.CurrentUser;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/** Records every change with who made it and when, and answers the trail newest first. */
@Service
public class AuditTrail {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectMapper json;

    AuditTrail(AuditEntryRepository entries, CurrentUser currentUser, Clock clock, ObjectMapper json) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
        this.json = json;
    }

    /** A new, empty details object to fill and pass to {@link #record}. */
    public ObjectNode details() {
        return json.createObjectNode();
    }

    /**
     * Records a change by the current user, in the caller's transaction when there is one, so that the change and
     * its record commit together.
     */
    @Transactional
    public void record(AuditAction action, String planId, Long planVersion, String subjectId, ObjectNode details) {
        entries.save(new AuditEntryEntity(UUID.randomUUID().toString(), clock.instant(), currentUser.name(), action,
                planId, planVersion, subjectId, write(details)));
    }

    /**
     * The plan's entries (and those of scenarios derived from it), newest first, at most {@code limit}.
     *
     * @throws InvalidRequestException naming {@code /limit} when it is not 1 … 1000
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofPlan(String planId, int limit) {
        return read(entries.ofPlan(planId, PageRequest.of(0, checked(limit))));
    }

    /** Every plan's entries, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return read(entries.latest(PageRequest.of(0, checked(limit))));
    }

    private List<AuditEntry> read(List<AuditEntryEntity> found) {
        return found.stream().map(entry -> entry.toEntry(parse(entry.detailsJson()))).toList();
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException(Text.of("The limit is out of range.", "Giới hạn nằm ngoài khoảng cho phép."),
                    List.of(new PlanError("/limit", Text.format("must be from 1 to {0}, not {1}",
                            "phải từ 1 đến {0}, không phải {1}", MAX_LIMIT, limit))));
        }
        return limit;
    }

    private String write(ObjectNode details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(String details) {
        try {
            return json.readTree(details);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
