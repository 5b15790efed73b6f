package nl.ketensim.scenario;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stage 4: rules that span several values: shares that must sum to 1, contiguous stay bins,
 * unique names, PI's that name an existing region, PI's for both women and men. Rules read only
 * values that passed {@link TreeValidator}, so one bad value is not reported twice.
 */
final class ConsistencyRules {

    /** Allowed deviation of a sum of shares from 1. */
    static final double SUM_TOLERANCE = 1e-6;

    private static final String STAY = "population.stay_days";
    private static final String HVB_STAY = "population.hvb_stay_days";
    private static final String AGES = "population.age_bands";
    private static final String REGIONS = "regions";
    private static final String PRISONS = "prisons";

    private final ValidatedValues values;
    private final Problems problems;

    ConsistencyRules(ValidatedValues values, Problems problems) {
        this.values = values;
        this.problems = problems;
    }

    /** Applies every rule. */
    void check() {
        for (String stay : new String[] {STAY, HVB_STAY}) {
            sharesSumToOne(stay, "share");
            stayBinsContiguous(stay);
        }
        sharesSumToOne(AGES, "share");
        uniqueNames(AGES, "label", "age band label");
        sharesSumToOne(REGIONS, "inflow_share");
        uniqueNames(REGIONS, "name", "region name");
        uniqueNames(PRISONS, "name", "PI name");
        prisonRegionsExist();
        prisonsForBothSexes();
    }

    private void sharesSumToOne(String list, String field) {
        int n = values.size(list);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            String path = field(list, i, field);
            if (!values.has(path)) {
                return;
            }
            sum += values.number(path);
        }
        if (n > 0 && Math.abs(sum - 1) > SUM_TOLERANCE) {
            problems.add(values.where(list), list + "[]." + field,
                    "shares sum to " + Numbers.format(sum) + "; they must sum to 1");
        }
    }

    private void stayBinsContiguous(String list) {
        Double previousTo = null;
        for (int i = 0; i < values.size(list); i++) {
            String from = field(list, i, "from");
            String to = field(list, i, "to");
            if (!values.has(from) || !values.has(to)) {
                previousTo = null;
                continue;
            }
            double fromDays = values.number(from);
            double toDays = values.number(to);
            if (i == 0 && fromDays != 0) {
                problems.add(values.where(from), from, "the first bin must start at 0",
                        Numbers.format(fromDays));
            }
            if (previousTo != null && fromDays != previousTo) {
                problems.add(values.where(from), from, "must equal the previous bin's to ("
                        + Numbers.format(previousTo) + ")", Numbers.format(fromDays));
            }
            if (toDays <= fromDays) {
                problems.add(values.where(to), to, "must be greater than from ("
                        + Numbers.format(fromDays) + ")", Numbers.format(toDays));
            }
            previousTo = toDays;
        }
    }

    private void uniqueNames(String list, String field, String what) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < values.size(list); i++) {
            String path = field(list, i, field);
            if (!values.has(path)) {
                continue;
            }
            String name = values.text(path);
            Integer first = firstIndex.putIfAbsent(name, i);
            if (first != null) {
                problems.add(values.where(path), path, "duplicate " + what + " \"" + name
                        + "\"; already used by " + field(list, first, field));
            }
        }
    }

    private void prisonRegionsExist() {
        Set<String> regionNames = new LinkedHashSet<>();
        for (int i = 0; i < values.size(REGIONS); i++) {
            String path = field(REGIONS, i, "name");
            if (!values.has(path)) {
                return;
            }
            regionNames.add(values.text(path));
        }
        if (regionNames.isEmpty()) {
            return;
        }
        for (int i = 0; i < values.size(PRISONS); i++) {
            String path = field(PRISONS, i, "region");
            if (values.has(path) && !regionNames.contains(values.text(path))) {
                problems.add(values.where(path), path, "\"" + values.text(path)
                        + "\" is not a region; allowed: " + String.join(", ", regionNames));
            }
        }
    }

    private void prisonsForBothSexes() {
        int n = values.size(PRISONS);
        boolean women = false;
        boolean men = false;
        for (int i = 0; i < n; i++) {
            String path = field(PRISONS, i, "women");
            if (!values.has(path)) {
                return;
            }
            women |= values.bool(path);
            men |= !values.bool(path);
        }
        if (n > 0 && !women) {
            problems.add(values.where(PRISONS), PRISONS, "no PI for women (women: true); at least one is required");
        }
        if (n > 0 && !men) {
            problems.add(values.where(PRISONS), PRISONS, "no PI for men (women: false); at least one is required");
        }
    }

    private static String field(String list, int index, String field) {
        return FieldPaths.child(FieldPaths.item(list, index), field);
    }
}
