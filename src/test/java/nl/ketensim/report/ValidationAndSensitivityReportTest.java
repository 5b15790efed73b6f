package nl.ketensim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.ketensim.domain.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validation.csv and the sensitivity files give their charts, tables and headline sentences. */
class ValidationAndSensitivityReportTest {

    @TempDir
    Path tmp;

    private static final String VALIDATION = """
            metric,group,model_mean,ci95_low,ci95_high,published_low,published_high,source,role,verdict,known_deviation,population,basis
            releases_per_year,all,30100,29800,30400,28000,32000,DJI (A),input,in,,all releases,yes
            mean_population,all,9100,9000,9200,8800,10200,CBS (A),prediction,in,,detained,yes
            warme_overdracht_share,all,0.62,0.61,0.63,,0.55,RSJ (B),prediction,over,model 1 ignores the partners,all releases,yes
            recidive_2y_indicatief,all,,,,0.42,0.52,WODC (A),calibrated,pending,,all releases,yes
            """;

    @Test
    void aRunWithPublishedFiguresGetsTheValidationChartTableAndHeadline() throws Exception {
        Path folder = ResultsFixture.runFolder(tmp.resolve("run"));
        ResultsFixture.write(folder, "validation.csv", VALIDATION);

        List<Figure> figures = ReportWriter.write(folder, Language.EN);

        Figure chart = figures.stream().filter(f -> f.name().equals("validatie")).findFirst().orElseThrow();
        assertEquals(List.of("published range", "model (95% CI)"), chart.series());
        String html = java.nio.file.Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("Validation: 2 of 3 published figures in range, 1 known deviation; 2 genuine "
                + "predictions (only these validate), 1 of them in range; 1 not yet modelled."), html);
        assertTrue(html.contains("over; known deviation: model 1 ignores the partners"), html);
        assertTrue(html.contains("≤ 55%") || html.contains("≤ 55.0%"), html);
        assertTrue(html.contains("not yet modelled"), html);
    }

    @Test
    void aFolderOfAnotherScenarioSaysItValidatesNothing() throws Exception {
        Path folder = ResultsFixture.runFolder(tmp.resolve("other"));
        ResultsFixture.write(folder, "validation.csv", VALIDATION.replace(",yes\n", ",no\n"));
        ReportWriter.write(folder, Language.EN);
        String html = java.nio.file.Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("Note: this is not the basis scenario; the comparison is for information only."));
    }

    @Test
    void aSensitivityFolderGetsTheRankingChartAndTheRobustnessTable() throws Exception {
        Path folder = ResultsFixture.runFolder(tmp.resolve("sens"));
        ResultsFixture.write(folder, "sensitivity.csv", """
                parameter,direction,base_value,value,clamped,group,metric,unit,base_mean,variant_mean,diff_mean,diff_ci95_low,diff_ci95_high,replications
                a.b,range,0.72,1,true,stay_gt_14d,without_at_release.id,share,0.3,0.25,-0.05,-0.06,-0.04,5
                c.d,range,160,240,false,stay_gt_14d,without_at_release.id,share,0.3,0.31,0.01,0,0.02,5
                c.d,low,200,160,false,stay_gt_14d,without_at_release.id,share,0.3,0.29,-0.01,-0.02,0,5
                """);
        ResultsFixture.write(folder, "sensitivity_ranking.csv", """
                parameter,direction,value,clamped,ranking,means,flipped,holds
                "",base,,false,informatiedeling;kort_verblijf;justitiabele;regionale_plaatsing,150;145;10;1,,true
                c.d,low,160,false,kort_verblijf;justitiabele;informatiedeling,145;140;10,informatiedeling>kort_verblijf;informatiedeling>justitiabele,false
                a.b,high,1,true,informatiedeling;kort_verblijf;justitiabele,150;145;10,,true
                """);
        ResultsFixture.write(folder, "sensitivity_source.txt", "../s\n");

        List<Figure> figures = ReportWriter.write(folder, Language.EN);

        Figure chart = figures.stream().filter(f -> f.name().equals("gevoeligheid")).findFirst().orElseThrow();
        assertEquals(1, chart.series().size());
        String html = java.nio.file.Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("The ranking of knelpunten holds across the range of 1 of the 2 estimates screened; "
                + "it flips under c.d."), html);
        assertTrue(html.contains("<a href=\"../s/report.html\">"), html);
        assertTrue(html.contains("<td>robust</td>"), html);
        assertTrue(html.contains("<td>c.d low (160)</td>"), html);
        assertTrue(!html.contains("c.d low (160); c.d low (160)"), "listed once per knelpunt: " + html);
    }
}
