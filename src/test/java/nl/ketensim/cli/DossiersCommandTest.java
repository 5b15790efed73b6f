package nl.ketensim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ketensim dossiers} and {@code ketensim trace} on a small, short basis. */
class DossiersCommandTest {

    /** A small basis that still outlasts the 24-month window: 2.1 years after no warm-up. */
    private static final String[] SMALL = {"--set", "population.inflow_per_year=3000", "--set",
        "simulation.warmup_days=0", "--years", "2.1"};

    @TempDir
    static Path tmp;
    private static CliHarness.Outcome first;

    private static CliHarness.Outcome run(String... args) {
        return new CliHarness().execute(args);
    }

    private static String[] dossiers(String... extra) {
        List<String> args = new ArrayList<>(List.of("dossiers", "scenarios/basis.yaml"));
        args.addAll(Arrays.asList(SMALL));
        args.addAll(Arrays.asList(extra));
        return args.toArray(String[]::new);
    }

    @BeforeAll
    static void firstRun() {
        first = run(dossiers("--out", tmp.resolve("a").toString(), "--seed", "7"));
    }

    @Test
    void writesTheThreeFilesMarkedAsSimulated() throws Exception {
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        Path folder = tmp.resolve("a");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("dossiers.csv", "dossiers.html", "events.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String html = Files.readString(folder.resolve("dossiers.html"));
        List<String> rows = Files.readAllLines(folder.resolve("dossiers.csv"));
        assertEquals(11, rows.size(), "header and the 10 selected");
        assertEquals(10, html.split("class=\"gesimuleerd\">gesimuleerd<", -1).length - 1, "each dossier marked");
        assertEquals(10, html.split("<svg ", -1).length - 1, "a swimlane per dossier");
        assertTrue(html.contains("dag 0 = 2025-01-01"), "the start date in the header");
        assertTrue(html.contains("migratieachtergrond"), "what the model lacks");
        assertTrue(first.out().contains("PI Almelo") && first.out().contains("PI Ter Peel 10/"), first.out());
        assertEquals("person,day,partner,event,basisvoorwaarde,detail",
                Files.readAllLines(folder.resolve("events.csv")).get(0));
        for (String row : rows.subList(1, rows.size())) {
            String pi = row.split(",")[1];
            assertTrue(List.of("PI Almelo", "PI Heerhugowaard", "PI Rotterdam", "PI Nieuwersluis", "PI Ter Peel")
                    .contains(pi), pi);
        }
    }

    @Test
    void sameSeedGivesIdenticalFilesOtherSeedOtherDossiers() throws Exception {
        CliHarness.Outcome again = run(dossiers("--out", tmp.resolve("b").toString(), "--seed", "7"));
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        for (String file : List.of("dossiers.html", "dossiers.csv", "events.csv")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
                    Files.readAllBytes(tmp.resolve("b").resolve(file)), file);
        }
        CliHarness.Outcome other = run(dossiers("--out", tmp.resolve("c").toString(), "--seed", "8",
                "--pis", "Almelo", "--per-pi", "3", "--select", "2", "--lang", "en", "--start-date", "2030-06-30"));
        assertEquals(ExitCodes.OK, other.exitCode(), other.err());
        assertEquals(3, Files.readAllLines(tmp.resolve("c").resolve("dossiers.csv")).size());
        String html = Files.readString(tmp.resolve("c").resolve("dossiers.html"));
        assertTrue(html.contains(">simulated<") && html.contains("day 0 = 2030-06-30"));
        assertTrue(other.out().contains("PI Almelo 3/"), other.out());
    }

    @Test
    void badInputExitsWithTwoAndOneMessageAndNoFolder() throws Exception {
        assertBad(run(dossiers("--out", tmp.resolve("x1").toString(), "--pis", "Almelo,Atlantis")), "Atlantis");
        assertBad(run(dossiers("--out", tmp.resolve("x2").toString(), "--per-pi", "0")), "--per-pi");
        assertBad(run(dossiers("--out", tmp.resolve("x3").toString(), "--select", "-1")), "--select");
        assertBad(run(dossiers("--out", tmp.resolve("x4").toString(), "--start-date", "2025-13-01")), "--start-date");
        assertBad(run("dossiers", "scenarios/basis.yaml", "--years", "1", "--out", tmp.resolve("x5").toString()),
                "24-month window");
        assertBad(run("dossiers", "scenarios/geen.yaml", "--out", tmp.resolve("x6").toString()), "not found");
        assertBad(run(dossiers("--out", tmp.resolve("x7").toString(), "--set", "staffing.gemeente.fte=-1")),
                "staffing.gemeente.fte");
        Files.createDirectories(tmp.resolve("exists"));
        assertBad(run(dossiers("--out", tmp.resolve("exists").toString())), "already exists");
        for (int i = 1; i <= 7; i++) {
            assertFalse(Files.exists(tmp.resolve("x" + i)));
        }
    }

    private static void assertBad(CliHarness.Outcome outcome, String mentions) {
        assertEquals(ExitCodes.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains(mentions), outcome.err());
        assertFalse(outcome.err().contains("\tat "), "no stack trace");
    }

    @Test
    void tracePrintsTheTimelineOfTheNthPersonAdmitted() {
        CliHarness.Outcome trace = run("trace", "scenarios/basis.yaml", "--person", "3", "--set",
                "population.inflow_per_year=3000", "--years", "0.2", "--lang", "en");
        assertEquals(ExitCodes.OK, trace.exitCode(), trace.err());
        assertTrue(trace.out().startsWith("Person 3 — basis, seed 20260101, simulated; day 0 = 2025-01-01"),
                trace.out());
        assertTrue(trace.out().contains("Admitted; stay"), trace.out());
        CliHarness.Outcome same = run("trace", "scenarios/basis.yaml", "--person", "3", "--set",
                "population.inflow_per_year=3000", "--years", "0.2", "--lang", "en");
        assertEquals(trace.out(), same.out());
        assertBad(run("trace", "scenarios/basis.yaml", "--person", "0"), "--person");
        assertBad(run("trace", "scenarios/basis.yaml"), "--person");
        assertBad(run("trace", "scenarios/basis.yaml", "--person", "100000", "--set",
                "population.inflow_per_year=3000", "--years", "0.1"), "persons were admitted");
    }
}
