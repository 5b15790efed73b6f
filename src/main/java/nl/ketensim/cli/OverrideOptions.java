package nl.ketensim.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The repeatable {@code --set PATH=VALUE} option of commands that read but do not run a scenario. */
public final class OverrideOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private final List<String> overrides = new ArrayList<>();

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a scenario value, e.g. staffing.casemanager.fte=+20%% (repeatable).")
    void setOverrides(List<String> values) {
        // picocli passes all values given so far on each occurrence of the option
        overrides.clear();
        for (String value : values) {
            overrides.add(OptionChecks.assignment(mixee, "--set", value));
        }
    }

    /** Scenario overrides {@code PATH=VALUE} in command-line order. */
    public List<String> overrides() {
        return List.copyOf(overrides);
    }
}
