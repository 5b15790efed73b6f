package nl.ketensim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small synthetic results folders following the file contracts: the columns and layouts that
 * {@code run}, {@code compare}, {@code sweep} and {@code knelpunten} write (see the writers in
 * {@code nl.ketensim.output}).
 */
final class ResultsFixture {

    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    static final String SHA = "28f0b60bea4d30fe3326bf43839f61c69fac3903de2ee74623d226b62bbf5e24";
    static final long SEED = 424242;
    static final int REPLICATIONS = 7;

    private ResultsFixture() { }

    /** The files every {@code run} writes: summary, knelpunten, series, manifest, scenario parameters. */
    static Path runFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder, "manifest.json", """
                {
                  "scenario" : "proef",
                  "scenario_file" : "scenarios/proef.yaml",
                  "scenario_sha256" : "%s",
                  "overrides" : [ "staffing.gemeente.fte=300" ],
                  "seed" : %d,
                  "replications" : %d,
                  "years" : 1.5,
                  "threads" : 2,
                  "ketensim_version" : "9.8.7",
                  "git_commit" : "%s",
                  "git_dirty" : true,
                  "java_version" : "17.0.99",
                  "start_time" : "2026-01-02T03:04:05Z",
                  "wall_seconds" : 1.5,
                  "some_future_field" : {"nested" : [1, 2]},
                  "events_processed" : 1000,
                  "events_per_second" : 666.6
                }
                """.formatted(SHA, SEED, REPLICATIONS, COMMIT));
        StringBuilder summary = new StringBuilder("group,metric,unit,mean,ci95_low,ci95_high,replications\n");
        List<String> groups = List.of("all", "stay_le_14d", "stay_gt_14d", "man", "vrouw", "in_regio", "buiten_regio");
        for (int g = 0; g < groups.size(); g++) {
            String group = groups.get(g);
            summary.append(group).append(",releases_per_year,persons/year,30000,29000,31000,7\n");
            summary.append(group).append(",intake_within_norm_share,share,0.9,0.88,0.92,7\n");
            summary.append(group).append(",plan_within_norm_share,share,")
                    .append(group.equals("stay_le_14d") ? ",,,0" : "0.7,0.68,0.72,7").append('\n');
            summary.append(group).append(",mdo_on_schedule_share,share,0.6,0.55,0.65,7\n");
            summary.append(group).append(",warme_overdracht_share,share,0.5,0.45,0.55,7\n");
            summary.append(group).append(",need_share.id,share,0.3,0.29,0.31,7\n");
            summary.append(group).append(",without_at_release.id,share,").append(0.10 + g / 100.0).append(",0.09,0.13,7\n");
            summary.append(group).append(",need_share.onderdak,share,0.45,0.44,0.46,7\n");
            summary.append(group).append(",without_at_release.onderdak,share,").append(0.30 + g / 100.0).append(",0.28,0.38,7\n");
            summary.append(group).append(",without_after_13w.id,share,0.08,0.07,0.09,7\n");
            summary.append(group).append(",recidive_2y_indicatief,share,0.47,0.46,0.48,7\n");
            summary.append(group).append(",work_before_detention_share,share,0.35,0.34,0.36,7\n");
            summary.append(group).append(",benefit_after_release_share,share,0.53,0.52,0.54,7\n");
            summary.append(group).append(",no_work_after_4w_share,share,0.77,0.76,0.78,7\n");
        }
        write(folder, "summary.csv", summary.toString());
        write(folder, "knelpunten.csv", """
                basisvoorwaarde,knelpunt,missed_per_year_mean,ci95_low,ci95_high,share
                id,kort_verblijf,1000,900,1100,0.5
                id,informatiedeling,1000,950,1050,0.5
                id,capaciteit_reclassering,0,0,0,0
                onderdak,kort_verblijf,1500,1400,1600,0.3
                onderdak,externe_voorziening,3500,3400,3600,0.7
                """);
        StringBuilder series = new StringBuilder("metric,unit,period,start_day,mean,ci95_low,ci95_high,replications\n");
        for (int p = 0; p < 4; p++) {
            for (String pool : List.of("casemanager", "gemeente", "reclassering")) {
                series.append("utilisation.").append(pool).append(",share,").append(p).append(',').append(28 * p)
                        .append(",0.8,0.75,0.85,7\n");
                series.append("wait_days_mean.").append(pool).append(",days,").append(p).append(',').append(28 * p)
                        .append(",3,2.5,3.5,7\n");
            }
            series.append("population,persons,").append(p).append(',').append(28 * p).append(",9000,8900,9100,7\n");
        }
        for (int p = 0; p < 4; p++) {
            for (String region : List.of("noord", "noord-holland")) {
                series.append("occupancy.").append(region).append(",share,").append(p).append(',').append(28 * p)
                        .append(",0.97,0.96,0.98,7\n");
            }
        }
        write(folder, "series.csv", series.toString());
        write(folder, "scenario_parameters.csv", """
                path,value,unit,origin,source
                name,proef,,scenarios/proef.yaml:1:7,
                description,Wat als het proef is?,,scenarios/proef.yaml:2:14,
                staffing.gemeente.fte,300,FTE,--set staffing.gemeente.fte=300,
                simulation.warmup_days,30,days,scenarios/proef.yaml:9:16,"warm-up, long enough (E)"
                """);
        return folder;
    }

    /** A run folder plus comparison, relief and a one-parameter sweep. */
    static Path experimentFolder(Path folder) throws IOException {
        runFolder(folder);
        write(folder, "comparison.csv", """
                scenario,group,metric,base_mean,scenario_mean,diff_mean,diff_ci95_low,diff_ci95_high,replications,var_reduction,unit
                meer-casemanagers,all,without_at_release.id,0.15,0.14,-0.01,-0.015,-0.005,7,0.9,share
                meer-casemanagers,all,without_at_release.onderdak,0.33,0.30,-0.03,-0.04,-0.02,7,0.8,share
                meer-casemanagers,all,intake_within_norm_share,0.9,0.95,0.05,0.04,0.06,7,0.7,share
                colocatie,all,without_at_release.id,0.15,0.16,0.01,-0.002,0.022,7,0.95,share
                colocatie,stay_gt_14d,without_at_release.id,0.15,0.16,0.01,-0.002,0.022,7,0.95,share
                """);
        write(folder, "knelpunten_relief.csv", RELIEF_HEADER + """
                informatiedeling,id,2000,1500,500,450,550,7,0.9,1000,950,1050
                informatiedeling,all,10000,7000,3000,2800,3200,7,0.9,4000,3900,4100
                kort_verblijf,id,2000,1900,100,50,150,7,0.9,1000,900,1100
                kort_verblijf,all,10000,9000,1000,900,1100,7,0.9,2500,2400,2600
                externe_voorziening,id,2000,2000,0,0,0,7,1,0,0,0
                externe_voorziening,all,10000,8000,2000,1700,2300,7,0.9,3500,3400,3600
                alle,id,2000,1000,1000,900,1100,7,0.9,,,
                alle,all,10000,5000,5000,4700,5300,7,0.9,,,
                """);
        write(folder, "sweep.csv", SWEEP_HEADER + """
                staffing.casemanager.fte,150,,,all,without_at_release.id,share,0.2,0.19,0.21,7
                staffing.casemanager.fte,150,,,all,without_at_release.onderdak,share,0.35,0.34,0.36,7
                staffing.casemanager.fte,200,,,all,without_at_release.id,share,0.17,0.16,0.18,7
                staffing.casemanager.fte,200,,,all,without_at_release.onderdak,share,0.33,0.32,0.34,7
                staffing.casemanager.fte,250,,,all,without_at_release.id,share,0.15,0.14,0.16,7
                staffing.casemanager.fte,250,,,all,without_at_release.onderdak,share,0.32,0.31,0.33,7
                """);
        return folder;
    }

    static final String RELIEF_HEADER = "knelpunt,basisvoorwaarde,missed_per_year_base,missed_per_year_relieved,"
            + "prevented_mean,prevented_ci95_low,prevented_ci95_high,replications,var_reduction,"
            + "descriptive_missed_per_year,descriptive_ci95_low,descriptive_ci95_high\n";

    static final String SWEEP_HEADER = "param1,value1,param2,value2,group,metric,unit,mean,ci95_low,ci95_high,"
            + "replications\n";

    /** A two-parameter sweep (heat maps) over the given values of each parameter, as given on the command line. */
    static void twoParameterSweep(Path folder, List<String> fte, List<String> coLocation) throws IOException {
        StringBuilder sweep = new StringBuilder(SWEEP_HEADER);
        for (int i = 0; i < fte.size(); i++) {
            for (int j = 0; j < coLocation.size(); j++) {
                sweep.append("staffing.casemanager.fte,").append(fte.get(i)).append(",cooperation.co_location,")
                        .append(coLocation.get(j)).append(",all,without_at_release.id,share,").append(0.2 - j / 20.0)
                        .append(",0.1,0.3,7\n");
            }
        }
        Files.writeString(folder.resolve("sweep.csv"), sweep.toString(), StandardCharsets.UTF_8);
    }

    /** A two-parameter sweep with numeric values. */
    static void twoParameterSweep(Path folder) throws IOException {
        twoParameterSweep(folder, List.of("150", "200"), List.of("0", "0.5", "1"));
    }

    static void write(Path folder, String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
