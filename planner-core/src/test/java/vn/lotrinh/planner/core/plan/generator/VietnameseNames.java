package vn.lotrinh.planner.core.plan.generator;

import java.util.List;
import java.util.SplittableRandom;

/** Component names that read like items of a Vietnamese e-Government programme, with their diacritics. */
final class VietnameseNames {

    private static final List<String> ACTIONS = List.of(
            "Xây dựng", "Nâng cấp", "Triển khai", "Hoàn thiện", "Mở rộng", "Số hóa", "Tích hợp", "Hiện đại hóa",
            "Chuẩn hóa", "Thuê dịch vụ");
    private static final List<String> SUBJECTS = List.of(
            "hệ thống quản lý văn bản và điều hành", "cơ sở dữ liệu đất đai", "nền tảng tích hợp, chia sẻ dữ liệu",
            "Cổng dịch vụ công trực tuyến", "trung tâm giám sát an toàn thông tin mạng", "kho dữ liệu dùng chung",
            "hệ thống thông tin một cửa điện tử", "trung tâm dữ liệu", "mạng truyền số liệu chuyên dùng",
            "hệ thống hội nghị truyền hình trực tuyến", "nền tảng bản đồ số (GIS)", "hệ thống thư điện tử công vụ",
            "cơ sở dữ liệu cán bộ, công chức, viên chức", "hồ sơ sức khỏe điện tử", "ứng dụng công dân số",
            "trung tâm điều hành thông minh", "hệ thống xác thực tập trung", "cổng dữ liệu mở",
            "hệ thống tiếp nhận phản ánh, kiến nghị", "tài liệu lưu trữ lịch sử");
    private static final List<String> SCOPES = List.of(
            "cấp tỉnh", "cấp huyện", "cấp xã", "cho các sở, ngành", "toàn tỉnh", "của Ủy ban nhân dân tỉnh",
            "kết nối hệ thống quốc gia", "phục vụ chuyển đổi số");

    private VietnameseNames() {
    }

    static String draw(SplittableRandom random) {
        String name = pick(random, ACTIONS) + " " + pick(random, SUBJECTS) + " " + pick(random, SCOPES);
        return random.nextInt(4) == 0 ? name + " giai đoạn " + (2 + random.nextInt(3)) : name;
    }

    private static String pick(SplittableRandom random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
