package vn.lotrinh.planner.core.plan.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lotrinh.planner.core.plan.Catalogue;
import vn.lotrinh.planner.core.plan.FrameworkEntry;
import vn.lotrinh.planner.core.plan.Layer;
import vn.lotrinh.planner.core.plan.Priority;
import vn.lotrinh.planner.core.plan.Provision;

class CataloguesTest {

    private static final String HEADER = "code,name_vi,name_en,layer,kind,provided_by,required,source\n";

    @Test
    void theNationalFrameworkShipsWithThePlannerWithItsVietnameseNames() {
        Catalogue khung = Catalogues.bundled().find(Catalogues.DEFAULT_ID).orElseThrow();

        assertThat(khung.entries()).hasSize(63);
        FrameworkEntry lgsp = khung.entry("FW_LGSP").orElseThrow();
        assertThat(lgsp.nameVi()).startsWith("Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh");
        assertThat(lgsp.layer()).isEqualTo(Layer.TECHNOLOGY);
        assertThat(lgsp.provision()).isEqualTo(Provision.PROVINCE);
        assertThat(khung.entry("FW_NDXP").orElseThrow().isNational()).isTrue();
        assertThat(khung.entries()).filteredOn(FrameworkEntry::isRequired).hasSize(30);
        assertThat(khung.entries()).allSatisfy(entry -> assertThat(entry.source()).isNotBlank());
    }

    @Test
    void aFolderAddsCataloguesAndReplacesTheShippedOneOfTheSameId(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("khung-2.0.csv"), HEADER
                + "FW_LGSP,Nền tảng LGSP,LGSP,TECHNOLOGY,PLATFORM,PROVINCE,MUST,QĐ của tỉnh\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("tinh-vinh-phuc.csv"), HEADER
                + "VP_KHO_DL,Kho dữ liệu tỉnh,Data warehouse,DATA,DATABASE,province,should,\n", StandardCharsets.UTF_8);

        Catalogues catalogues = Catalogues.withFolder(folder);

        assertThat(catalogues.ids()).containsExactly("khung-2.0", "tinh-vinh-phuc");
        assertThat(catalogues.find("khung-2.0").orElseThrow().entries()).hasSize(1);
        assertThat(catalogues.find("khung-2.0").orElseThrow().entry("FW_LGSP").orElseThrow().requirement())
                .isEqualTo(Priority.MUST);
        assertThat(catalogues.find("tinh-vinh-phuc").orElseThrow().entry("VP_KHO_DL").orElseThrow().requirement())
                .isEqualTo(Priority.SHOULD);
    }

    @Test
    void aBadCellIsRefusedWithItsRowAndColumn() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CatalogueReader.read("x", new StringReader(HEADER
                        + "A,a,a,DATA,DATABASE,PROVINCE,MUST,\nB,b,b,DATA,DATABASE,BỘ,MUST,\n"), "x.csv"))
                .withMessage("x.csv row 3, column provided_by: BỘ is not one of [NATIONAL, PROVINCE]");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CatalogueReader.read("x", new StringReader(HEADER
                        + "A,a,a,DATA,DATABASE,PROVINCE,MUST,\nA,b,b,DATA,DATABASE,PROVINCE,MUST,\n"), "x.csv"))
                .withMessage("x.csv: catalogue x lists A twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CatalogueReader.read("x", new StringReader("code,name_vi\nA,a\n"), "x.csv"))
                .withMessage("x.csv: the header lacks name_en, layer, kind, provided_by, required, source");
    }
}
