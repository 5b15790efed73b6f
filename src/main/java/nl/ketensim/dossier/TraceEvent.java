package nl.ketensim.dossier;

import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import nl.ketensim.model.Activity;
import nl.ketensim.model.CaseEvent;

/**
 * One recorded step of a case.
 *
 * @param day      simulation time (days)
 * @param event    what happened
 * @param partner  the partner concerned (null if none)
 * @param need     the basisvoorwaarde concerned (null if none)
 * @param knelpunt the knelpunt concerned (null if none)
 * @param value    the event's number (see {@link CaseEvent}; NaN if none)
 * @param activity for meetings: plan, MDO or alignment (null otherwise)
 * @param present  for a meeting held: the partners present, by ordinal (null otherwise)
 */
public record TraceEvent(double day, CaseEvent event, Partner partner, Basisvoorwaarde need, Knelpunt knelpunt,
                         double value, Activity activity, boolean[] present) {

    /** Whether {@code partner} was at this meeting. */
    public boolean attended(Partner p) {
        return present != null && present[p.ordinal()];
    }
}
