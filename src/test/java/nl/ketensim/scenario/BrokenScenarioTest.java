package nl.ketensim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code src/test/resources/broken/} gets exactly the expected problem messages,
 * all of them in one pass. Most files extend {@code scenarios/basis.yaml} and change one thing.
 */
class BrokenScenarioTest {

    private static final String DIR = "src/test/resources/broken/";
    private static final String ALLOWED_POPULATION = "allowed: inflow_per_year, stay_days, women_share, "
            + "age_bands, hvb_share, hvb_stay_days, hvb_conviction_share, hvb_schorsing_share, "
            + "sudden_release_share_schorsing, sudden_release_share_trial, sudden_release_share_sentenced, lvb_share, "
            + "toezicht_share, decline_probability";

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("does-not-exist.yaml",
                        DIR + "does-not-exist.yaml: file not found"),
                Arguments.of("src/test/resources/broken", List.of(
                        "src/test/resources/broken: is a directory, not a scenario file")),
                broken("malformed-yaml.yaml",
                        DIR + "malformed-yaml.yaml:4:15: malformed YAML: mapping values are not allowed here"),
                broken("not-a-mapping.yaml",
                        DIR + "not-a-mapping.yaml:1:1: expected a scenario: a mapping of keys such as name, "
                                + "population, staffing, got a list"),
                broken("unknown-key.yaml",
                        DIR + "unknown-key.yaml:4:5: staffing.casemanager.ftee: unknown key; "
                                + "allowed: fte, productive_hours_per_week, unlimited"),
                broken("missing-key.yaml",
                        DIR + "missing-key.yaml:5:7: population.age_bands[1].share: missing; "
                                + "expected a number (share)"),
                broken("duplicate-key.yaml",
                        DIR + "duplicate-key.yaml:4:3: placement.national_regime_share: duplicate key (first at line 3)"),
                broken("wrong-type.yaml",
                        DIR + "wrong-type.yaml:4:10: staffing.casemanager.fte: expected a number (FTE), got \"abc\""),
                broken("wrong-kind.yaml",
                        DIR + "wrong-kind.yaml:2:10: regions: expected a list of items with keys name, "
                                + "inflow_share, x_km, y_km, got \"Noord\"",
                        DIR + "wrong-kind.yaml:4:13: staffing.gemeente: expected a mapping with keys fte, "
                                + "productive_hours_per_week, unlimited, got \"270\""),
                broken("out-of-range.yaml",
                        DIR + "out-of-range.yaml:3:16: population.women_share: 1.7 is out of range; "
                                + "allowed: 0 to 1 (share)"),
                broken("enum-value.yaml",
                        DIR + "enum-value.yaml:3:21: staffing.queue_discipline: \"lifo\" is not allowed; "
                                + "allowed: fifo, edf"),
                broken("shares-not-one.yaml",
                        DIR + "shares-not-one.yaml:3:3: population.age_bands[].share: shares sum to 0.96; "
                                + "they must sum to 1"),
                broken("stay-bins.yaml",
                        DIR + "stay-bins.yaml:4:14: population.stay_days[0].from: the first bin must start at 0, got 1",
                        DIR + "stay-bins.yaml:6:14: population.stay_days[2].from: must equal the previous "
                                + "bin's to (14), got 21",
                        DIR + "stay-bins.yaml:6:22: population.stay_days[2].to: must be greater than from (21), got 21"),
                broken("unknown-region.yaml",
                        DIR + "unknown-region.yaml:3:35: prisons[0].region: \"Nord\" is not a region; "
                                + "allowed: Noord, Oost, Midden, Noord-Holland, Zuid-Holland, Zuid"),
                broken("duplicate-name.yaml",
                        DIR + "duplicate-name.yaml:9:12: regions[6].name: duplicate region name \"Oost\"; "
                                + "already used by regions[1].name",
                        DIR + "duplicate-name.yaml:13:12: prisons[2].name: duplicate PI name \"PI Zwolle\"; "
                                + "already used by prisons[0].name"),
                broken("no-women-pi.yaml",
                        DIR + "no-women-pi.yaml:2:1: prisons: no PI for women (women: true); at least one is required"),
                broken("several-problems.yaml",
                        DIR + "several-problems.yaml:1:1: name: missing; a scenario that extends another "
                                + "needs its own name",
                        DIR + "several-problems.yaml:3:20: population.inflow_per_year: 0 is out of range; "
                                + "allowed: 1 to 100000 (persons/year)",
                        DIR + "several-problems.yaml:4:3: population.lvb_shar: unknown key; " + ALLOWED_POPULATION,
                        DIR + "several-problems.yaml:7:11: needs.zorg.lead: \"huisarts\" is not allowed; "
                                + "allowed: casemanager, gemeente, reclassering",
                        DIR + "several-problems.yaml:8:16: needs.zorg.in_person: expected true or false, got \"ja\"",
                        DIR + "several-problems.yaml:13:44: prisons[0].places: expected an integer (persons), "
                                + "got \"12.5\"",
                        DIR + "several-problems.yaml:14:55: prisons[1].places: relative value +10% needs an "
                                + "inherited value to apply to; there is none (lists are replaced whole)"),
                broken("missing-name.yaml",
                        DIR + "missing-name.yaml:2:1: name: missing; a scenario that extends another "
                                + "needs its own name"),
                broken("unknown-top-level-key.yaml",
                        DIR + "unknown-top-level-key.yaml:3:1: extend: unknown key; allowed: name, description, "
                                + "population, needs, regions, prisons, placement, staffing, activities, process, "
                                + "cooperation, external, aftercare, detentiefasering, simulation, extends"),
                broken("missing-parent.yaml",
                        DIR + "missing-parent.yaml:1:10: extends: \"no-such-basis.yaml\" not found "
                                + "(looked for " + DIR + "no-such-basis.yaml)"),
                broken("cycle-a.yaml",
                        DIR + "cycle-b.yaml:1:10: extends: cycle: " + DIR + "cycle-a.yaml -> " + DIR
                                + "cycle-b.yaml -> " + DIR + "cycle-a.yaml; a scenario cannot extend itself"));
    }

    private static Arguments broken(String file, String... expected) {
        return Arguments.of(DIR + file, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void reportsExactlyTheseProblems(String file, List<String> expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Path.of(file)));
        assertEquals(expected, e.problems());
    }
}
