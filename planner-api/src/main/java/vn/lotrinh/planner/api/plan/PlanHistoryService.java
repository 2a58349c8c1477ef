package vn.lotrinh.planner.api.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lotrinh.planner.api.system.InvalidRequestException;
import vn.lotrinh.planner.api.system.NotFoundException;
import vn.lotrinh.planner.core.plan.diff.PlanDiff;
import vn.lotrinh.planner.core.plan.diff.PlanDiffer;
import vn.lotrinh.planner.core.plan.read.PlanError;
import vn.lotrinh.planner.core.plan.read.Text;

/** A plan's versions as they were written, each version's document, and what changed between two of them. */
@Service
public class PlanHistoryService {

    private final PlanService plans;
    private final PlanVersions versions;

    PlanHistoryService(PlanService plans, PlanVersions versions) {
        this.plans = plans;
        this.versions = versions;
    }

    /**
     * The plan's versions, the first first.
     *
     * @throws NotFoundException when there is no such plan
     */
    @Transactional(readOnly = true)
    public List<PlanVersion> versions(String planId) {
        plans.get(planId);
        return versions.of(planId);
    }

    /**
     * The plan as it was at {@code version}, with the plan's current origin.
     *
     * @param version the path's {@code {v}}, named {@code pointer} in a {@code 400}
     * @throws NotFoundException when there is no such plan or version
     * @throws InvalidRequestException when {@code version} is not a version number
     */
    @Transactional(readOnly = true)
    public StoredPlan version(String planId, String version, String pointer) {
        StoredPlan current = plans.get(planId);
        long number = versionNumber(version, pointer);
        if (number == current.version()) {
            return current;
        }
        String document = number < current.version() ? versions.supersededDocument(planId, number).orElse(null)
                : null;
        if (document == null) {
            throw new NotFoundException(Text.format("The plan {0} has no version {1} (its versions are {2}).",
                    "Kế hoạch {0} không có phiên bản {1} (các phiên bản của nó: {2}).", planId, number,
                    versions.of(planId).stream().map(PlanVersion::version).toList()));
        }
        return new StoredPlan(planId, current.name(), number, document, current.createdAt(), current.updatedAt(),
                current.origin());
    }

    /**
     * What changed from version {@code from} to version {@code to} (either may be the later one).
     *
     * @throws NotFoundException when there is no such plan or version
     * @throws InvalidRequestException naming {@code /v} or {@code /w} when either is not a version number
     */
    @Transactional(readOnly = true)
    public PlanDiffResponse diff(String planId, String from, String to) {
        versionNumbers(from, to);
        StoredPlan older = version(planId, from, "/v");
        StoredPlan newer = version(planId, to, "/w");
        PlanDiff diff = PlanDiffer.diff(PlanDocument.read(older.documentJson()),
                PlanDocument.read(newer.documentJson()));
        return PlanDiffResponse.of(planId, older.version(), newer.version(), diff);
    }

    /** Both numbers checked first, so that a request with two bad ones hears of both. */
    private static void versionNumbers(String from, String to) {
        List<PlanError> errors = new ArrayList<>();
        parse(from, "/v").ifPresent(errors::add);
        parse(to, "/w").ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
    }

    private static long versionNumber(String version, String pointer) {
        parse(version, pointer).ifPresent(error -> {
            throw invalid(List.of(error));
        });
        return Long.parseLong(version);
    }

    private static Optional<PlanError> parse(String version, String pointer) {
        try {
            if (Long.parseLong(version) >= 1) {
                return Optional.empty();
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        return Optional.of(new PlanError(pointer,
                Text.format("must be a version number (1, 2, …), not '{0}'",
                "phải là số phiên bản (1, 2, …), không phải '{0}'", version)));
    }

    private static InvalidRequestException invalid(List<PlanError> errors) {
        return new InvalidRequestException(Text.of("A version in the path is not a version number.",
                "Một phiên bản trong đường dẫn không phải là số phiên bản."), errors);
    }
}
