package vn.lotrinh.planner.api.system;

import org.springframework.util.unit.DataSize;
import vn.lotrinh.planner.core.plan.read.Text;

/** The titles and details that more than one kind of problem shares, in both languages. */
final class ProblemTexts {

    static final Text INVALID_PLAN = Text.of("Invalid plan", "Kế hoạch không hợp lệ");
    static final Text MALFORMED_JSON = Text.of("Malformed JSON", "JSON sai cú pháp");
    static final Text INVALID_REQUEST = Text.of("Invalid request", "Yêu cầu không hợp lệ");
    static final Text NOT_FOUND = Text.of("Not found", "Không tìm thấy");
    static final Text STALE_VERSION = Text.of("Stale version", "Phiên bản đã cũ");
    static final Text CONCURRENT_CHANGE = Text.of("Concurrent change", "Thay đổi đồng thời");
    static final Text SERVICE_BUSY = Text.of("Service busy", "Dịch vụ đang bận");
    static final Text UNSUPPORTED_FILE = Text.of("Unsupported file type", "Loại tệp không được hỗ trợ");
    static final Text INTERNAL_ERROR = Text.of("Internal error", "Lỗi nội bộ");
    static final Text MALFORMED_BODY = Text.of("Malformed request body", "Nội dung yêu cầu sai cú pháp");
    static final Text TOO_LARGE = Text.of("Request too large", "Yêu cầu quá lớn");
    static final Text UNEXPECTED = Text.of("The service failed unexpectedly; the failure has been logged.",
            "Dịch vụ gặp lỗi ngoài dự kiến; lỗi đã được ghi lại.");

    private ProblemTexts() {
    }

    static Text tooLarge(DataSize limit) {
        return Text.format("The request body is larger than the limit of {0} MB.",
                "Nội dung yêu cầu lớn hơn giới hạn {0} MB.", limit.toMegabytes());
    }
}
