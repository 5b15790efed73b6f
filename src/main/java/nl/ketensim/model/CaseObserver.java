package nl.ketensim.model;

import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;

/**
 * Listens to the steps of one case as the model takes them (the model's own hooks, for dossiers
 * and traces). Untraced cases get {@link #NONE}, whose empty methods the JIT removes: the hooks
 * pass only primitives and existing references, so tracing costs nothing when off.
 */
public interface CaseObserver {

    /** Observes nothing. */
    CaseObserver NONE = new CaseObserver() { };

    /**
     * One step of the case.
     *
     * @param day      simulation time (days)
     * @param event    what happened
     * @param partner  the partner concerned (null if none)
     * @param need     the basisvoorwaarde concerned (null if none)
     * @param knelpunt the knelpunt concerned (null if none)
     * @param value    a number whose meaning {@link CaseEvent} gives per event (NaN if none)
     */
    default void event(double day, CaseEvent event, Partner partner, Basisvoorwaarde need, Knelpunt knelpunt,
                       double value) {
    }

    /**
     * A meeting of the case ({@link CaseEvent#MEETING_BOOKED}, {@link CaseEvent#MEETING_HELD} or
     * {@link CaseEvent#MEETING_FAILED}); {@code present} is indexed by {@link Partner#ordinal()}
     * (null when booked or failed). It is one of a few arrays shared by every case of every
     * replication and thread ({@link Attendance}): read it, never change it, copy it if kept.
     *
     * @param day      simulation time (days)
     * @param activity plan, MDO or alignment
     * @param value    for a booking the day of the meeting (days), else NaN
     */
    default void meeting(double day, CaseEvent event, Activity activity, boolean[] present, double value) {
    }
}
