package nl.ketensim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketensim.experiment.Sweep;
import nl.ketensim.domain.Language;
import nl.ketensim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ketensim sweep SCENARIO --param PATH --values v1,v2,... [--param2 PATH --values2 ...]}:
 * a one- or two-parameter grid under common random numbers; writes {@code sweep.csv}.
 */
@Command(name = SweepCommand.NAME, mixinStandardHelpOptions = true,
        description = "Run a one- or two-parameter grid over a scenario and write sweep.csv.")
final class SweepCommand extends StudyCommand {

    static final String NAME = "sweep";

    @Mixin
    private LanguageOption lang;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    private Path scenarioFile;

    @Option(names = "--param", required = true, paramLabel = "PATH",
            description = "Scenario parameter to vary, e.g. staffing.casemanager.fte.")
    private String param1;

    @Option(names = "--values", required = true, split = ",", paramLabel = "V",
            description = "Values of --param, comma-separated; absolute (200) or relative (+20%%, x2).")
    private List<String> values1 = new ArrayList<>();

    @Option(names = "--param2", paramLabel = "PATH", description = "Second parameter (optional).")
    private String param2;

    @Option(names = "--values2", split = ",", paramLabel = "V", description = "Values of --param2, comma-separated.")
    private List<String> values2 = new ArrayList<>();

    @Override
    List<String> conflicts() {
        List<String> problems = new ArrayList<>();
        if (param1.isBlank() || param1.contains("=")) {
            problems.add("--param: expected a parameter path such as staffing.casemanager.fte, got '" + param1 + "'");
        }
        if ((param2 == null) != values2.isEmpty()) {
            problems.add("--param2 and --values2 go together: give both or neither");
        }
        if (param2 != null && param2.equals(param1)) {
            problems.add("--param2 must differ from --param, both are " + param1);
        }
        for (String v : values1) {
            if (v.isBlank()) {
                problems.add("--values: empty value in '" + String.join(",", values1) + "'");
            }
        }
        for (String v : values2) {
            if (v.isBlank()) {
                problems.add("--values2: empty value in '" + String.join(",", values2) + "'");
            }
        }
        return problems;
    }

    @Override
    Language language() {
        return lang.language();
    }

    @Override
    Study prepare() throws Exception {
        VariantLoader loader = new VariantLoader(scenarios, models, parameters, options);
        List<String> second = values2.isEmpty() ? List.of("") : values2;
        String scenarioName = null;
        for (String v1 : values1) {
            for (String v2 : second) {
                List<String> extra = new ArrayList<>(List.of(param1 + "=" + v1));
                String name = param1 + "=" + v1;
                if (!v2.isEmpty()) {
                    extra.add(param2 + "=" + v2);
                    name += "," + param2 + "=" + v2;
                }
                String pointName = name;
                Scenario s = loader.add(scenarioFile, extra, scenario -> pointName,
                        Map.of(Sweep.VALUE1, v1, Sweep.VALUE2, v2));
                if (s != null && scenarioName == null) {
                    scenarioName = s.name();
                }
            }
        }
        loader.failOnProblems();
        return loader.study(NAME, Map.of(Sweep.PARAM1, param1, Sweep.PARAM2, param2 == null ? "" : param2),
                NAME + "-" + scenarioName);
    }
}
