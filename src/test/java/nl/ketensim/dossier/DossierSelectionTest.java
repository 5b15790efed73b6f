package nl.ketensim.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;
import nl.ketensim.model.PersonProfile;
import org.junit.jupiter.api.Test;

class DossierSelectionTest {

    private static final double END = 1000;

    private static PersonProfile person(int number, String prison, double admission, double stay, String age,
                                        boolean hvb, boolean toezicht, boolean home, Basisvoorwaarde... needs) {
        List<Partner> leads = new ArrayList<>();
        for (int i = 0; i < needs.length; i++) {
            leads.add(Partner.GEMEENTE);
        }
        return new PersonProfile(number, admission, stay, false, age, hvb, false, "Oost", prison, "Oost", home,
                false, toezicht, false, true, List.of(needs), leads);
    }

    private static Dossier dossier(PersonProfile p) {
        return new Dossier(p, List.of());
    }

    @Test
    void windowIsReleaseSixToTwentyFourMonthsBeforeTheEndAfterAnAdmissionAfterTimeZero() {
        double from = END - 730;
        double to = END - 182.5;
        assertTrue(DossierSelection.inWindow(person(1, "PI A", 100, from - 100, "18-23", false, false, true), END));
        assertTrue(DossierSelection.inWindow(person(1, "PI A", 100, to - 100, "18-23", false, false, true), END));
        assertFalse(DossierSelection.inWindow(person(1, "PI A", 100, from - 100.01, "18-23", false, false, true), END));
        assertFalse(DossierSelection.inWindow(person(1, "PI A", 100, to - 99.99, "18-23", false, false, true), END));
        assertFalse(DossierSelection.inWindow(person(1, "PI A", 0, 500, "18-23", false, false, true), END),
                "admitted at time 0 or before: replayed history");
    }

    private static List<Dossier> candidates() {
        List<Dossier> all = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String prison = i % 3 == 0 ? "PI A" : i % 3 == 1 ? "PI B" : "PI C";
            all.add(dossier(person(i, prison, i, 300, i % 2 == 0 ? "18-23" : "23-45", i % 4 == 0, i % 5 == 0,
                    i % 7 != 0, Basisvoorwaarde.ONDERDAK)));
        }
        return all;
    }

    @Test
    void eachPiSuppliesAtMostPerPiOfItsOwnDistinctDossiers() {
        Map<String, List<Dossier>> supplied = DossierSelection.supplied(candidates(), List.of("PI B", "PI A", "PI X"),
                7, 1);
        assertEquals(List.of("PI B", "PI A", "PI X"), List.copyOf(supplied.keySet()));
        for (String pi : List.of("PI B", "PI A")) {
            List<Dossier> list = supplied.get(pi);
            assertEquals(7, list.size());
            assertTrue(list.stream().allMatch(d -> d.person().prison().equals(pi)));
            assertEquals(7, new HashSet<>(list).size(), "drawn without replacement");
        }
        assertEquals(0, supplied.get("PI X").size(), "a PI without candidates supplies none");
        assertEquals(20, DossierSelection.supplied(candidates(), List.of("PI C"), 50, 1).get("PI C").size(),
                "a PI with fewer candidates supplies all");
    }

    @Test
    void supplyIsReproducibleFromTheSeed() {
        List<String> pis = List.of("PI A", "PI B", "PI C");
        assertEquals(numbers(DossierSelection.supplied(candidates(), pis, 5, 11)),
                numbers(DossierSelection.supplied(candidates(), pis, 5, 11)));
        assertNotEquals(numbers(DossierSelection.supplied(candidates(), pis, 5, 11)),
                numbers(DossierSelection.supplied(candidates(), pis, 5, 12)));
        List<Dossier> chosen = DossierSelection.choose(DossierSelection.supplied(candidates(), pis, 5, 11), 6);
        assertEquals(chosen, DossierSelection.choose(DossierSelection.supplied(candidates(), pis, 5, 11), 6));
    }

    private static List<Integer> numbers(Map<String, List<Dossier>> supplied) {
        return supplied.values().stream().flatMap(List::stream).map(d -> d.person().number()).toList();
    }

    @Test
    void greedyRulePicksTheOddOneOutBeforeAnotherOfTheSameKind() {
        Dossier same1 = dossier(person(1, "PI A", 10, 300, "18-23", false, false, true, Basisvoorwaarde.ID));
        Dossier same2 = dossier(person(2, "PI A", 10, 300, "18-23", false, false, true, Basisvoorwaarde.ID));
        Dossier same3 = dossier(person(3, "PI A", 10, 300, "18-23", false, false, true, Basisvoorwaarde.ID));
        Dossier odd = dossier(person(4, "PI A", 10, 500, "45+", true, true, false, Basisvoorwaarde.ZORG,
                Basisvoorwaarde.ONDERDAK, Basisvoorwaarde.SCHULDEN, Basisvoorwaarde.WERK_INKOMEN));
        List<Dossier> chosen = DossierSelection.choose(Map.of("PI A", List.of(same1, same2, same3, odd)), 2);
        assertEquals(List.of(same1, odd), chosen, "first in supply order, then the one least like it");
    }

    @Test
    void greedyRuleSpreadsTheChoiceOverThePis() {
        Map<String, List<Dossier>> supplied = DossierSelection.supplied(candidates(), List.of("PI A", "PI B", "PI C"),
                10, 3);
        List<Dossier> chosen = DossierSelection.choose(supplied, 9);
        assertEquals(9, chosen.size());
        for (String pi : List.of("PI A", "PI B", "PI C")) {
            assertEquals(3, chosen.stream().filter(d -> d.person().prison().equals(pi)).count(), pi);
        }
        Set<String> ages = new HashSet<>();
        chosen.forEach(d -> ages.add(d.person().ageBand()));
        assertEquals(2, ages.size(), "both age bands");
        assertEquals(3, DossierSelection.choose(supplied, 100).size() / 10, "select more than supplied: all 30");
    }

    @Test
    void piNamesMatchWithOrWithoutPiAndIgnoringCase() {
        List<String> names = List.of("PI Ter Peel", "PI Ter Peel vrouwen", "PI Almelo");
        assertEquals("PI Ter Peel", DossierSelection.matchPrison("Ter Peel", names));
        assertEquals("PI Almelo", DossierSelection.matchPrison("pi almelo", names));
        assertEquals("PI Ter Peel vrouwen", DossierSelection.matchPrison(" ter peel vrouwen ", names));
        assertNull(DossierSelection.matchPrison("Peel", names));
    }
}
