package nl.ketensim.model;

import nl.ketensim.scenario.Activities;

/** The activities of the werkstroomschema whose staff hours the scenario gives per partner. */
enum Activity {
    INTAKE, PLAN, MDO, ALIGNMENT, INFORMATION;

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
