package nl.ketensim.model;

import nl.ketensim.domain.Basisvoorwaarde;

/**
 * A detained person's attributes, fixed at admission (MODEL.md §3).
 *
 * @param admissionTime         simulation time of admission (days; negative for the initial population)
 * @param stayDays              length of stay (days)
 * @param woman                 sex is female (placed in women's places only)
 * @param ageBand               index into the scenario's age bands
 * @param hvb                   entered in voorlopige hechtenis (huis van bewaring)
 * @param suddenRelease         the release date is not known in advance
 * @param homeRegion            index of the home region
 * @param prison                index of the PI of placement
 * @param lvb                   has a licht verstandelijke beperking
 * @param detectionProbability  probability that an intake or meeting detects one of the needs (0..1;
 *                              lower for LVB without SCIL screening)
 * @param toezicht              reclassering supervision follows release
 * @param coLocated             gemeente and reclassering work on site in this person's PI
 * @param gemeenteParticipates  the gemeente takes part in plan, MDO's and alignment
 * @param regieClear            the D&amp;R-plan names clear owners for the tasks
 * @param needs                 one entry per {@link Basisvoorwaarde}, in ordinal order
 */
record Justitiabele(
        double admissionTime,
        double stayDays,
        boolean woman,
        int ageBand,
        boolean hvb,
        boolean suddenRelease,
        int homeRegion,
        int prison,
        boolean lvb,
        double detectionProbability,
        boolean toezicht,
        boolean coLocated,
        boolean gemeenteParticipates,
        boolean regieClear,
        NeedDraws[] needs) {

    /** Simulation time of release (days). */
    double releaseTime() {
        return admissionTime + stayDays;
    }

    /** The draws of one basisvoorwaarde. */
    NeedDraws need(Basisvoorwaarde b) {
        return needs[b.ordinal()];
    }
}
