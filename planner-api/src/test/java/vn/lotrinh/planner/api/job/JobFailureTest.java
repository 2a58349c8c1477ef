package vn.lotrinh.planner.api.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A failure is stored by name and read back in both languages, as is the English an earlier version stored. */
class JobFailureTest {

    @Test
    void aStoredNameReadsInBothLanguages() {
        assertThat(JobFailure.describe("SOLVER_FAILED").vietnamese())
                .isEqualTo("bộ giải gặp lỗi ngoài dự kiến; lỗi đã được ghi lại");
        assertThat(JobFailure.describe("RESTARTED").english()).isEqualTo("service restarted while solving");
    }

    @Test
    void theEnglishOfAnEarlierVersionIsTheSameFailure() {
        assertThat(JobFailure.describe("service restarted while solving"))
                .isEqualTo(JobFailure.describe("RESTARTED"));
    }

    @Test
    void noReasonIsNoFailureAndAnUnknownOneIsToldAsItIs() {
        assertThat(JobFailure.describe(null)).isNull();
        assertThat(JobFailure.describe("disk full").vietnamese()).isEqualTo("disk full");
    }
}
