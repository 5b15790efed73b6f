package nl.ketensim.model;

import nl.ketensim.domain.Knelpunt;

/**
 * What is known of one justitiabele at release. Arrays are indexed by
 * {@link nl.ketensim.domain.Basisvoorwaarde#ordinal()}.
 *
 * @param stayDays                length of stay (days)
 * @param woman                   sex is female
 * @param inHomeRegion            placed in a PI of the home region (at admission)
 * @param hvb                     entered in voorlopige hechtenis
 * @param transferred             convicted from voorlopige hechtenis and transferred to a gevangenis
 * @param simulatedFromAdmission  admitted during the run (not part of the initial population), so
 *                                the process measures were simulated, not replayed
 * @param intakeDays              days from admission to intake (NaN if none)
 * @param planDays                days from admission to the plan meeting held (NaN if none)
 * @param gemeenteAtPlan          a plan meeting was held and the gemeente attended it
 * @param mdosDue                 MDO's due during measurement before release
 * @param mdosOnTime              of those, held within the tolerance
 * @param warmeOverdracht         the pre-release alignment was held with the gemeente (and the
 *                                reclassering under toezicht) present
 * @param verlof                re-integratieverlof was taken at least once before release
 * @param needsAtIntake           needs of the person when the intake was done (0 if none)
 * @param needsDetectedAtIntake   of those, detected by the intake
 * @param informationDue          needs detected at intake whose lead is the gemeente or reclassering
 *                                (counted only when simulated from admission and stay &ge; plan norm)
 * @param informationOnTime       of those, information with the lead partner by the plan norm
 * @param needed                  the person had this need at release (from before detention or created by it)
 * @param arose                   the need was created by detention (the person did not have it before)
 * @param onsetDays               days after admission from which the need existed (0 for one from
 *                                before detention or created on admission)
 * @param missed                  the knelpunt of a need not arranged at release; null otherwise
 * @param daysLost                for a missed need, days lost per knelpunt (by ordinal) from admission
 *                                to release; null otherwise
 */
record ReleaseRecord(
        double stayDays,
        boolean woman,
        boolean inHomeRegion,
        boolean hvb,
        boolean transferred,
        boolean simulatedFromAdmission,
        double intakeDays,
        double planDays,
        boolean gemeenteAtPlan,
        int mdosDue,
        int mdosOnTime,
        boolean warmeOverdracht,
        boolean verlof,
        int needsAtIntake,
        int needsDetectedAtIntake,
        int informationDue,
        int informationOnTime,
        boolean[] needed,
        boolean[] arose,
        double[] onsetDays,
        Knelpunt[] missed,
        double[][] daysLost) {
}
