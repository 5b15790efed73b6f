package nl.ketensim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Language;
import nl.ketensim.domain.Partner;
import org.junit.jupiter.api.Test;

class MetricNameTest {

    @Test
    void everyNameOfTheGoldenRunParsesBackToItsKeyAndUnit() throws IOException {
        for (String file : List.of("summary.csv", "series.csv")) {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden", file));
            int metric = List.of(lines.get(0).split(",")).indexOf("metric");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                MetricName name = MetricName.parse(cells[metric]).orElseThrow(() -> new AssertionError(line));
                assertEquals(cells[metric], name.key());
                assertEquals(cells[metric + 1], name.unit().key(), line);
                for (int i = 0; i < name.parts().size(); i++) {
                    // Only parts from scenario data (region keys) may be free names.
                    boolean free = name.family().dimensions().get(i) == Dimension.NAMES;
                    assertTrue(free || !(name.part(i) instanceof Name), "unknown part in " + line);
                }
            }
        }
    }

    @Test
    void familiesBuildTheNamesAndLabelsOfTheirParts() {
        MetricName missed = MetricFamily.MISSED_PER_YEAR.of(Basisvoorwaarde.ONDERDAK, Knelpunt.KORT_VERBLIJF);

        assertEquals("missed_per_year.onderdak.kort_verblijf", missed.key());
        assertEquals(Unit.PERSONS_PER_YEAR, missed.unit());
        assertEquals("gemist per jaar: onderdak / " + Knelpunt.KORT_VERBLIJF.label(Language.NL),
                missed.label(Language.NL));
        assertEquals("zonder geldig identiteitsbewijs bij ontslag",
                MetricFamily.WITHOUT_AT_RELEASE.of(Basisvoorwaarde.ID).label(Language.NL));
        assertEquals("waiting time " + Partner.GEMEENTE.label(Language.EN),
                MetricFamily.WAIT_DAYS_MEAN.of(Partner.GEMEENTE).label(Language.EN));
        assertThrows(IllegalArgumentException.class, () -> MetricFamily.MISSED_PER_YEAR.of(Basisvoorwaarde.ID));
    }

    @Test
    void aNameIsParsedOnlyWithItsFamilysNumberOfParts() {
        assertEquals(MetricFamily.MISSED_PER_YEAR.of(Basisvoorwaarde.ID, Knelpunt.KORT_VERBLIJF),
                MetricName.parse("missed_per_year.id.kort_verblijf").orElseThrow());
        assertTrue(MetricName.parse("missed_per_year.id").isEmpty());
        assertTrue(MetricName.parse("missed_per_year.id.kort_verblijf.x").isEmpty());
        assertTrue(MetricName.parse("releases_per_year.all").isEmpty());
        assertTrue(MetricName.parse("need_shares.id").isEmpty());
        assertTrue(MetricName.parse("without_at_release.").isEmpty());
    }

    @Test
    void aPartOutsideTheVocabularyIsKeptAndShownAsItIs() {
        MetricName name = MetricName.parse("without_at_release.rijbewijs").orElseThrow();

        assertEquals(new Name("rijbewijs"), name.part(0));
        assertEquals("without rijbewijs at release", name.label(Language.EN));
        assertEquals("without_at_release.rijbewijs", name.key());
    }

    @Test
    void aFamilyCanRangeOverNamesFromScenarioData() {
        MetricFamily occupancy = new MetricFamily("occupancy", Unit.SHARE, List.of(Dimension.NAMES),
                "bezetting {0}", "occupancy {0}");

        MetricName name = occupancy.parse("occupancy.noord-holland").orElseThrow();

        assertEquals("noord-holland", name.part(0).key());
        assertEquals("bezetting noord-holland", name.label(Language.NL));
        assertEquals("occupancy.noord-holland", name.key());
    }

    @Test
    void aLabelCanQuoteAScenarioValue() {
        MetricFamily withinNorm = new MetricFamily("intake_within_norm_share", Unit.SHARE, List.of(),
                "intake binnen {process.intake_norm_days} dagen", "intake within {process.intake_norm_days} days");
        Map<String, String> scenario = Map.of("process.intake_norm_days", "10");

        assertEquals("intake binnen 10 dagen", withinNorm.of().label(Language.NL, scenario::get));
        assertEquals("intake within ? days", withinNorm.of().label(Language.EN));
    }

    @Test
    void everyGroupBelongsToOneDimensionAndEverySplitHasTwoOrMoreGroups() {
        for (Group g : Group.values()) {
            assertTrue(g.dimension().groups().contains(g), g.key());
            assertEquals(g, Group.fromKey(g.key()));
        }
        assertEquals(List.of(Group.ALL), GroupDimension.TOTAL.groups());
        for (GroupDimension d : GroupDimension.splits()) {
            assertTrue(d.groups().size() >= 2, d.key());
        }
    }
}
