package nl.ketensim.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.model.CaseEvent;
import nl.ketensim.model.PersonProfile;

/**
 * The simulated dossier of one person: who they are and their case's steps in time order (steps
 * on the same day in the order the model took them).
 */
public record Dossier(PersonProfile person, List<TraceEvent> events) {

    private static final Comparator<TraceEvent> BY_DAY = Comparator.comparingDouble(TraceEvent::day);

    public Dossier {
        List<TraceEvent> sorted = new ArrayList<>(events);
        sorted.sort(BY_DAY); // stable: same-day steps keep the model's order
        events = List.copyOf(sorted);
    }

    /** Whether the person was released before the end of the run. */
    public boolean released() {
        return events.stream().anyMatch(e -> e.event() == CaseEvent.RELEASED);
    }

    /** The steps about one need. */
    public List<TraceEvent> eventsOf(Basisvoorwaarde need) {
        return events.stream().filter(e -> e.need() == need).toList();
    }

    /** The step that closed a need: {@link CaseEvent#ARRANGED} or {@link CaseEvent#MISSED}; null if open. */
    public TraceEvent outcome(Basisvoorwaarde need) {
        for (TraceEvent e : events) {
            if (e.need() == need && (e.event() == CaseEvent.ARRANGED || e.event() == CaseEvent.MISSED)) {
                return e;
            }
        }
        return null;
    }

    /** Number of steps of kind {@code event}. */
    public long count(CaseEvent event) {
        return events.stream().filter(e -> e.event() == event).count();
    }

    /** The first step of kind {@code event}, or null. */
    public TraceEvent first(CaseEvent event) {
        return events.stream().filter(e -> e.event() == event).findFirst().orElse(null);
    }
}
