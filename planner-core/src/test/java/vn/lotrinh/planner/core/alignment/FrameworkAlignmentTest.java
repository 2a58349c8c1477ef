package vn.lotrinh.planner.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lotrinh.planner.core.SampleRoadmap;
import vn.lotrinh.planner.core.TestFiles;
import vn.lotrinh.planner.core.alignment.EntryAlignment.Status;
import vn.lotrinh.planner.core.plan.Component;
import vn.lotrinh.planner.core.plan.Plan;
import vn.lotrinh.planner.core.plan.read.PlanReader;
import vn.lotrinh.planner.core.roadmap.Assignment;
import vn.lotrinh.planner.core.roadmap.Roadmap;

class FrameworkAlignmentTest {

    private static final String SAMPLE = "data/vinh-phuc-egov-2.0.json";

    /**
     * The sample plan against the national framework, entry by entry, written out by hand from
     * {@code data/tools/vinh_phuc_capabilities.csv}: {@code code: delivered by | connected by} ({@code -} for none).
     */
    private static final String SAMPLE_BY_HAND = """
            FW_KIENTRUC_TINH: ARCH_V3 | -
            FW_QUYCHE_DULIEU: REG_FRAMEWORK | -
            FW_DTI: - | DTI_EVAL
            FW_CHISO_PVND: - | TTHC_MONITOR
            FW_EMC: - | PORTAL_INFO
            FW_NENTANG_SO_QG: - | -
            FW_MOTCUA_TTPVHCC: TTPVHCC_MODERN | -
            FW_DVC_TRUCTUYEN: SERVICE_FULL | -
            FW_SOHOA_TTHC: DIGITIZE_TTHC | -
            FW_CONG_DVCQG: - | SERVICE_FULL ONE_STOP DVC_PORTAL
            FW_CONG_DVC_TINH: DVC_PORTAL | -
            FW_HTTT_GQTTHC_TINH: ONE_STOP | -
            FW_THANHTOAN_DVCQG: - | EPAYMENT
            FW_PAYGOV: - | EPAYMENT
            FW_PAKN_QG: - | FEEDBACK_PAKN
            FW_TRUC_VANBAN: - | EDOC_MGMT
            FW_QLVB_TINH: EDOC_MGMT | -
            FW_HTTTBC_QG: - | REPORT_SYS
            FW_HTTTBC_TINH: REPORT_SYS | -
            FW_TTCDDH_CP: - | IOC
            FW_IOC_TINH: IOC | -
            FW_PHONGHOP_KHONGGIAY: ECABINET | -
            FW_CONG_TTDT_TINH: PORTAL_INFO | -
            FW_APP_TINH: CITIZEN_APP | -
            FW_EMAIL_CONGVU: EMAIL_GOV | -
            FW_HOP_TRUCTUYEN: VIDEO_CONF | -
            FW_HTTT_NGUON_TINH: - | -
            FW_CSDLQG_DANCU: - | POP_DB_INTEG
            FW_CSDLQG_DATDAI: - | CSDL_DATDAI
            FW_CSDL_DATDAI_TINH: CSDL_DATDAI | -
            FW_CSDLQG_DKDN: - | -
            FW_CSDLQG_BAOHIEM: - | -
            FW_CSDLQG_TAICHINH: - | -
            FW_CSDLQG_CBCCVC: - | CSDL_CBCCVC
            FW_CSDLQG_TTHC: - | BPR_TTHC
            FW_CSDL_HOTICH: - | -
            FW_CSDL_GIAODUC_QG: - | CSDL_GIAODUC
            FW_CSDLQG_XAYDUNG: - | -
            FW_TTDLQG: - | -
            FW_CONG_DLQG: - | OPEN_DATA
            FW_CONG_DL_TINH: OPEN_DATA | -
            FW_CSDL_DUNGCHUNG_TINH: DATA_WAREHOUSE | -
            FW_KIENTRUC_DL_TINH: DATA_CATALOG | -
            FW_DIACHI_BANDO: - | CSDL_GIS
            FW_NDXP: - | LGSP
            FW_NDOP: - | LGSP_UPGRADE
            FW_LGSP: LGSP LGSP_UPGRADE | -
            FW_VAPEX: - | LGSP
            FW_VNEID: - | DVC_PORTAL CITIZEN_APP SSO_IAM
            FW_SSO_TINH: SSO_IAM | -
            FW_CLOUD_TINH: CLOUD_PLATFORM | -
            FW_TSLCD: - | VIDEO_CONF
            FW_TTDL_TINH: DC_PHASE2 | -
            FW_CKS_CHUYENDUNG: - | EDOC_MGMT
            FW_ATTT_CAPDO: - | -
            FW_SOC_TINH: SOC | -
            FW_NCSC: - | SOC
            FW_MADOC_TAPTRUNG: - | -
            FW_UCSC: SEC_DRILL | -
            FW_BVDLCN: DATA_PROTECT | -
            FW_CSDL_YTE_TINH: CSDL_YTE | -
            FW_LUUTRU_SO: ARCHIVE_DIGI | -
            FW_IPV6: IPV6 | -
            """;

    private final Plan sample = new PlanReader().read(TestFiles.read(SAMPLE));

    @Test
    void theSamplePlanCoversTheCatalogueAsWrittenOutByHand() {
        Alignment alignment = FrameworkAlignment.of(sample);

        Map<String, EntryAlignment> byCode = new LinkedHashMap<>();
        alignment.entries().forEach(entry -> byCode.put(entry.code(), entry));
        assertThat(byCode).hasSize(63);
        SAMPLE_BY_HAND.lines().forEach(line -> {
            String code = line.substring(0, line.indexOf(':'));
            String[] sides = line.substring(line.indexOf(':') + 1).split("\\|");
            EntryAlignment entry = byCode.get(code);
            assertThat(entry.deliveredBy()).as(code + " delivered by").isEqualTo(ids(sides[0]));
            assertThat(entry.connectedBy()).as(code + " connected by").isEqualTo(ids(sides[1]));
            assertThat(entry.status()).as(code)
                    .isEqualTo(ids(sides[0]).isEmpty() && ids(sides[1]).isEmpty() ? Status.MISSING : Status.PLANNED);
            assertThat(entry.liveFrom()).isNull();
        });
        assertThat(alignment.entries()).extracting(EntryAlignment::code).startsWith("FW_ATTT_CAPDO",
                "FW_MADOC_TAPTRUNG");
        assertThat(alignment.entries().stream().filter(EntryAlignment::isRequiredGap)).hasSize(2);
        assertThat(alignment.coverage()).isEmpty();
        assertThat(alignment.duplications()).isEmpty();
        assertThat(alignment.waste()).isEmpty();
    }

    @Test
    void byTheRoadmapAnEntryIsLiveFromTheFirstGoLiveOfAComponentCoveringIt() {
        Roadmap roadmap = SampleRoadmap.valueOverTime();
        Map<String, Assignment> byId = new HashMap<>();
        roadmap.assignments().forEach(a -> byId.put(a.componentId(), a));

        Alignment alignment = FrameworkAlignment.of(sample, roadmap);

        for (EntryAlignment entry : alignment.entries()) {
            List<Assignment> covering = java.util.stream.Stream.concat(entry.deliveredBy().stream(),
                    entry.connectedBy().stream()).map(byId::get).toList();
            List<Assignment> scheduled = covering.stream().filter(a -> !a.deferred()).toList();
            Integer firstLive = scheduled.stream().map(a -> a.finish() + 1).min(Integer::compare).orElse(null);
            assertThat(entry.liveFrom()).as(entry.code())
                    .isEqualTo(firstLive == null ? null : sample.calendar().label(firstLive));
            assertThat(entry.status()).as(entry.code()).isEqualTo(covering.isEmpty() ? Status.MISSING
                    : scheduled.isEmpty() ? Status.DEFERRED : Status.SCHEDULED);
        }
        assertThat(alignment.coverage()).extracting(Coverage::period)
                .containsExactly("2021", "2022", "2023", "2024", "2025");
        for (int period = 0; period < 5; period++) {
            int end = period;
            Coverage coverage = alignment.coverage().get(period);
            long requiredLive = alignment.entries().stream().filter(e -> e.requirement().name().equals("MUST"))
                    .filter(e -> e.liveFrom() != null && labelIndex(e.liveFrom()) <= end).count();
            assertThat(coverage.required()).isEqualTo(30);
            assertThat(coverage.requiredLive()).isEqualTo(requiredLive);
            assertThat(coverage.layers().stream().mapToInt(Coverage.LayerCoverage::requiredLive).sum())
                    .isEqualTo(requiredLive);
        }
        assertThat(alignment.coverage().get(4).requiredLive())
                .isGreaterThanOrEqualTo(alignment.coverage().get(0).requiredLive());
    }

    @Test
    void twoDataWarehousesAreADuplicationWithTheirMoneyAndAnUpgradeThatReplacesIsNot() {
        ObjectNode document = (ObjectNode) PlanReader.parse(TestFiles.read(SAMPLE));
        ObjectNode secondWarehouse = component(document, "DATA_WAREHOUSE").deepCopy();
        secondWarehouse.put("id", "KHO_DL_SO_KHDT").put("name", "Kho dữ liệu của Sở Kế hoạch và Đầu tư");
        ((ArrayNode) document.get("components")).add(secondWarehouse);
        Plan plan = new PlanReader().read(document);

        Alignment alignment = FrameworkAlignment.of(plan);

        assertThat(alignment.duplications()).hasSize(1);
        Duplication duplication = alignment.duplications().get(0);
        assertThat(duplication.code()).isEqualTo("FW_CSDL_DUNGCHUNG_TINH");
        assertThat(duplication.components()).extracting(ComponentMoney::componentId)
                .containsExactly("DATA_WAREHOUSE", "KHO_DL_SO_KHDT");
        Component warehouse = plan.componentsById().get("DATA_WAREHOUSE");
        int live = plan.horizon() - plan.dependencies().earliestStart(plan.components().indexOf(warehouse))
                - warehouse.durationPeriods();
        BigDecimal opex = BigDecimal.valueOf(warehouse.opexPerPeriodMilli() * Math.max(0, live), 3);
        assertThat(duplication.components().get(0).capex())
                .isEqualByComparingTo(BigDecimal.valueOf(warehouse.capex().likelyMilli(), 3));
        assertThat(duplication.components().get(0).opexInHorizon()).isEqualByComparingTo(opex);
        assertThat(duplication.capex()).isEqualByComparingTo(duplication.components().get(0).capex()
                .add(duplication.components().get(1).capex()));
        assertThat(FrameworkAlignment.of(sample).entries().stream()
                .filter(e -> e.code().equals("FW_LGSP")).findFirst().orElseThrow().deliveredBy())
                .as("LGSP_UPGRADE replaces LGSP: one system over time, no duplication")
                .containsExactly("LGSP", "LGSP_UPGRADE");
    }

    @Test
    void aComponentThatRebuildsANationalPlatformIsWasteWithItsMoney() {
        ObjectNode document = (ObjectNode) PlanReader.parse(TestFiles.read(SAMPLE));
        ((ArrayNode) component(document, "LGSP").get("delivers")).add("FW_NDXP");
        Plan plan = new PlanReader().read(document);

        Alignment alignment = FrameworkAlignment.of(plan);

        assertThat(alignment.waste()).hasSize(1);
        assertThat(alignment.waste().get(0).component().componentId()).isEqualTo("LGSP");
        assertThat(alignment.waste().get(0).codes()).containsExactly("FW_NDXP");
        assertThat(alignment.waste().get(0).component().capex()).isEqualByComparingTo(
                BigDecimal.valueOf(plan.componentsById().get("LGSP").capex().likelyMilli(), 3));
    }

    private int labelIndex(String label) {
        return sample.calendar().indexInHorizon(label).orElse(sample.horizon());
    }

    private static ObjectNode component(ObjectNode document, String id) {
        for (var component : document.get("components")) {
            if (component.get("id").asText().equals(id)) {
                return (ObjectNode) component;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static List<String> ids(String side) {
        String trimmed = side.trim();
        return trimmed.equals("-") ? List.of() : Arrays.asList(trimmed.split(" "));
    }
}
