package nl.ketensim.dossier;

import java.util.ArrayList;
import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Partner;
import nl.ketensim.model.Activity;
import nl.ketensim.model.CaseEvent;
import nl.ketensim.model.CaseObserver;
import nl.ketensim.model.PersonProfile;

/** Records every step the model reports of one case. */
final class CaseRecorder implements CaseObserver {

    private final PersonProfile person;
    private final List<TraceEvent> events = new ArrayList<>();

    CaseRecorder(PersonProfile person) {
        this.person = person;
    }

    @Override
    public void event(double day, CaseEvent event, Partner partner, Basisvoorwaarde need, Knelpunt knelpunt,
                      double value) {
        events.add(new TraceEvent(day, event, partner, need, knelpunt, value, null, null));
    }

    @Override
    public void meeting(double day, CaseEvent event, Activity activity, boolean[] present, double value) {
        events.add(new TraceEvent(day, event, null, null, null, value, activity,
                present == null ? null : present.clone()));
    }

    Dossier dossier() {
        return new Dossier(person, events);
    }
}
