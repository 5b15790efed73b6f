package nl.ketensim.model;

import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;

/**
 * What a dossier shows of a person admitted during a run, fixed at admission.
 *
 * @param number         1-based order of admission after time 0 in the replication
 * @param admissionDay   simulation time of admission (days)
 * @param stayDays       length of stay (days)
 * @param woman          sex is female
 * @param ageBand        label of the age band
 * @param hvb            entered in voorlopige hechtenis (legal status), else sentenced
 * @param suddenRelease  the release date is not known in advance
 * @param homeRegion     name of the home region
 * @param prison         name of the PI of placement
 * @param prisonRegion   name of the region of that PI
 * @param inHomeRegion   placed in a PI of the home region
 * @param lvb            has a licht verstandelijke beperking
 * @param toezicht       reclassering supervision follows release
 * @param coLocated      gemeente and reclassering work on site in this PI
 * @param gemeenteWilling the gemeente takes part in plan, MDO's and alignment
 * @param needs          the basisvoorwaarden the person needs help with, in ordinal order
 * @param leads          the partner who works on each of {@link #needs}, same order
 */
public record PersonProfile(
        int number,
        double admissionDay,
        double stayDays,
        boolean woman,
        String ageBand,
        boolean hvb,
        boolean suddenRelease,
        String homeRegion,
        String prison,
        String prisonRegion,
        boolean inHomeRegion,
        boolean lvb,
        boolean toezicht,
        boolean coLocated,
        boolean gemeenteWilling,
        List<Basisvoorwaarde> needs,
        List<Partner> leads) {

    public PersonProfile {
        needs = List.copyOf(needs);
        leads = List.copyOf(leads);
    }

    /** Simulation time of release (days). */
    public double releaseDay() {
        return admissionDay + stayDays;
    }
}
