package nl.ketensim.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Knelpunt;
import nl.ketensim.domain.Language;
import nl.ketensim.domain.Partner;
import nl.ketensim.model.Activity;
import nl.ketensim.model.CaseEvent;
import org.junit.jupiter.api.Test;

class StepTextTest {

    @Test
    void everyStepHasADutchAndAnEnglishSentence() {
        for (CaseEvent event : CaseEvent.values()) {
            TraceEvent e = new TraceEvent(3.5, event, Partner.GEMEENTE, Basisvoorwaarde.ONDERDAK,
                    Knelpunt.CAPACITEIT_GEMEENTE, 2.25, Activity.MDO, new boolean[] {true, true, false});
            String nl = new StepText(Language.NL).sentence(e);
            String en = new StepText(Language.EN).sentence(e);
            assertFalse(nl.isBlank() || nl.contains("null"), event + ": " + nl);
            assertFalse(en.isBlank() || en.contains("null"), event + ": " + en);
            assertNotEquals(nl, en, event.key());
        }
    }

    @Test
    void detailIsLanguageFreeKeysAndValues() {
        TraceEvent held = new TraceEvent(10, CaseEvent.MEETING_HELD, null, null, null, Double.NaN, Activity.PLAN,
                new boolean[] {true, false, true});
        assertEquals("activity=plan;present=casemanager+reclassering", StepText.detail(held));
        TraceEvent stage = new TraceEvent(10, CaseEvent.STAGE, Partner.GEMEENTE, Basisvoorwaarde.ONDERDAK,
                Knelpunt.CAPACITEIT_GEMEENTE, 1.23456, null, null);
        assertEquals("knelpunt=capaciteit_gemeente;days_lost=1.235", StepText.detail(stage));
    }

    @Test
    void dayZeroIsTheStartDateAndDaysCountWhole() {
        Calendar calendar = new Calendar(LocalDate.of(2025, 12, 31));
        assertEquals(LocalDate.of(2025, 12, 31), calendar.date(0));
        assertEquals(LocalDate.of(2025, 12, 31), calendar.date(0.99));
        assertEquals(LocalDate.of(2026, 1, 1), calendar.date(1.0));
        assertEquals(LocalDate.of(2026, 12, 31), calendar.date(365.5));
    }
}
