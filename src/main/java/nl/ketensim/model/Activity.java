package nl.ketensim.model;

import nl.ketensim.domain.Term;
import nl.ketensim.scenario.Activities;

/** The activities of the werkstroomschema whose staff hours the scenario gives per partner. */
public enum Activity implements Term {
    INTAKE("intake", "intake", "intake"),
    PLAN("plan", "D&R-plan", "D&R plan"),
    MDO("mdo", "MDO", "MDO"),
    ALIGNMENT("alignment", "afstemming voor ontslag", "pre-release alignment"),
    INFORMATION("information", "informatie", "information");

    private final Labels labels;

    Activity(String key, String dutch, String english) {
        this.labels = new Labels(key, dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** Mean hours per partner of this activity in the scenario. */
    Activities.Hours meanHours(Activities activities) {
        return switch (this) {
            case INTAKE -> activities.intake();
            case PLAN -> activities.plan();
            case MDO -> activities.mdo();
            case ALIGNMENT -> activities.alignment();
            case INFORMATION -> activities.information();
        };
    }
}
