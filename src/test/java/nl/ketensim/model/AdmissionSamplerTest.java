package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.NeedSpec;
import nl.ketensim.scenario.Scenario;
import nl.ketensim.scenario.ScenarioException;
import nl.ketensim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

/**
 * Exact tests of {@link AdmissionSampler} with streams that return one fixed uniform, in the world
 * of {@link OnePersonRun} (hours without spread, no gemeente practice spread): a uniform near 0
 * takes the first branch of every choice, one near 1 the last; and every admission takes the same
 * number of uniforms from each stream whatever it draws (common random numbers).
 */
class AdmissionSamplerTest {

    private static final double LOW = 1e-6;
    private static final double HIGH = 1 - 1e-9;

    /** A stream that returns {@code u} for every uniform and counts them. */
    private static final class FixedStream implements RandomStream {
        private final double u;
        int drawn;

        FixedStream(double u) {
            this.u = u;
        }

        @Override
        public double nextDouble() {
            drawn++;
            return u;
        }

        @Override
        public void nextArrayOfDouble(double[] values, int start, int n) {
            for (int i = 0; i < n; i++) {
                values[start + i] = nextDouble();
            }
        }

        @Override
        public int nextInt(int i, int j) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void nextArrayOfInt(int i, int j, int[] values, int start, int n) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void resetStartStream() {
        }

        @Override
        public void resetStartSubstream() {
        }

        @Override
        public void resetNextSubstream() {
        }
    }

    private static Scenario world(String... overrides) {
        try {
            List<String> all = new java.util.ArrayList<>(List.of("cooperation.work_process_variation_cv=0"));
            all.addAll(List.of(overrides));
            return ScenarioLoader.load(OnePersonRun.SCENARIO, all);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The streams of one sampler: stay, attributes, needs, hours. */
    private record Sampler(AdmissionSampler sampler, FixedStream stay, FixedStream attributes, FixedStream needs,
                           FixedStream hours) {
        static Sampler of(Scenario scenario, double u) {
            FixedStream stay = new FixedStream(u);
            FixedStream attributes = new FixedStream(u);
            FixedStream needs = new FixedStream(u);
            FixedStream hours = new FixedStream(u);
            PrisonSystem prisons = new PrisonSystem(new CountingSimulator(), scenario);
            return new Sampler(new AdmissionSampler(scenario, prisons, stay, attributes, needs, hours), stay,
                    attributes, needs, hours);
        }

        int[] drawn() {
            return new int[] {stay.drawn, attributes.drawn, needs.drawn, hours.drawn};
        }
    }

    /** A sentenced stay of {@code days}, known in advance, without transfer. */
    private static LegalCourse sentenced(double days) {
        return new LegalCourse(false, days, false, null);
    }

    @Test
    void activityHoursAreTheLogNormalOfTheirOwnUniformAtEveryRead() {
        Scenario s = world("activities.hours_cv=0.5");
        double u = 0.3;
        Justitiabele p = Sampler.of(s, u).sampler().admit(0, sentenced(100));
        var spread = new Variates.LogNormalSpread(0.5);
        double factor = p.lvb() ? s.needs().lvbHoursFactor() : 1.0;
        for (Activity a : Activity.values()) {
            for (Partner partner : Partner.values()) {
                double expected = spread.sample(a.meanHours(s.activities()).of(partner) * factor, u);
                assertEquals(expected, p.activityHours(a, partner), 0, a + " " + partner + ", first read");
                assertEquals(expected, p.activityHours(a, partner), 0, a + " " + partner + ", read again");
            }
        }
    }

    @Test
    void aUniformOfZeroGivesTheHoursOfZeroNotNoHours() {
        // The table keeps a negated uniform until the first read; a uniform of 0 is kept as -0.0,
        // which is not below 0. Without a spread the hours are the mean whatever the uniform.
        Scenario s = world("activities.hours_cv=0");
        Justitiabele p = Sampler.of(s, 0.0).sampler().admit(0, sentenced(100));
        double factor = p.lvb() ? s.needs().lvbHoursFactor() : 1.0;
        for (Activity a : Activity.values()) {
            for (Partner partner : Partner.values()) {
                double mean = a.meanHours(s.activities()).of(partner) * factor;
                assertEquals(mean, p.activityHours(a, partner), 0, a + " " + partner);
            }
        }
    }

    @Test
    void aTableOfHoursMustHoldHours() {
        Justitiabele p = Sampler.of(world(), LOW).sampler().admit(0, sentenced(100));
        double[] hours = new double[ActivityHourDistribution.PAIRS];
        hours[3] = -1.0;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Justitiabele(
                p.admissionTime(), p.stayDays(), p.woman(), p.ageBand(), p.hvb(), p.suddenRelease(),
                p.homeRegion(), p.prison(), p.lvb(), p.toezicht(), p.coLocated(), p.gemeenteWilling(), p.video(),
                p.regieDraw(), p.detectionProbability(), p.absenceDraw(), p.selfReportDays(), p.toezichtSignal(),
                p.needs(), hours, p.transfer()));
        assertTrue(e.getMessage().contains("-1.0"), e.getMessage());
    }

    @Test
    void aLowUniformTakesTheFirstBranchOfEveryChoice() {
        Scenario s = world();
        Transfer transfer = new Transfer(10, 3, false, Double.NaN, Double.NaN);
        Justitiabele p = Sampler.of(s, LOW).sampler().admit(3.0, new LegalCourse(true, 40.0, true, transfer));
        var pop = s.population();
        var coop = s.cooperation();
        assertEquals(3.0, p.admissionTime(), 0);
        assertEquals(40.0, p.stayDays(), 0);
        assertTrue(p.woman());
        assertEquals(2, p.prison(), "PI Vrouwen");
        assertEquals(0, p.ageBand());
        assertTrue(p.hvb(), "the legal course's status");
        assertTrue(p.suddenRelease(), "the legal course's release");
        assertEquals(new Transfer(10, 3, false, LOW, LOW), p.transfer(), "placed by the 3rd and 4th uniforms");
        assertEquals(0, p.homeRegion());
        assertTrue(p.lvb());
        assertTrue(p.toezicht());
        assertFalse(p.coLocated(), "no co-location in this world");
        assertTrue(p.gemeenteWilling());
        assertFalse(p.video(), "no video in this world");
        assertEquals(LOW, p.regieDraw(), 0);
        assertEquals(coop.detectionProbability(), p.detectionProbability(), 0, "LVB with SCIL: the usual chance");
        assertEquals(-s.aftercare().selfReportDaysMean() * Math.log(1 - LOW), p.selfReportDays(), 1e-15);
        assertTrue(p.toezichtSignal(), "under toezicht, and the draw below the signal probability");
        assertEquals(LOW, p.absenceDraw(), 0);
        double lvb = s.needs().lvbHoursFactor();
        for (Activity a : Activity.values()) {
            for (Partner partner : Partner.values()) {
                assertEquals(a.meanHours(s.activities()).of(partner) * lvb, p.activityHours(a, partner), 1e-12);
            }
        }
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            NeedDraws d = p.need(b);
            NeedSpec spec = s.needs().of(b);
            assertTrue(d.present(), b + " present: the latent value lies far below every threshold");
            assertFalse(d.arisesInDetention());
            assertEquals(LOW < pop.declineProbability(), d.declined());
            assertEquals(LOW, d.detectionDraw(), 0);
            assertFalse(d.informationLost());
            assertFalse(d.filedDespiteSuddenRelease());
            assertEquals(-coop.regieStallDaysMean() * Math.log(1 - LOW), d.stallDays(), 1e-15);
            assertEquals(spec.hours() * lvb, d.hours(), 1e-12);
            assertEquals(0, d.distanceDelayDays(), 0, "placed in the home region");
            assertEquals(-spec.leadTimeDays() * Math.log(1 - LOW), d.leadTimeDays(), 1e-15);
            double wait = switch (spec.external()) {
                case NONE -> 0;
                case HOUSING -> s.external().housingWaitDaysMean();
                case CARE -> s.external().careWaitDaysMean();
            };
            assertEquals(-wait * Math.log(1 - LOW), d.externalWaitDays(), 1e-15);
            assertEquals(LOW, d.meetingDetectionDraw(), 0);
        }
    }

    @Test
    void lvbWithoutScilIsDetectedLessAndWithoutSignalChanceTheReclasseringPassesNothingOn() {
        Scenario s = world("cooperation.scil_share=0", "aftercare.toezicht_signal_probability=0");
        Justitiabele p = Sampler.of(s, LOW).sampler().admit(0, sentenced(40));
        assertEquals(s.cooperation().detectionProbabilityLvb(), p.detectionProbability(), 0);
        assertTrue(p.toezicht());
        assertFalse(p.toezichtSignal());
    }

    @Test
    void coLocationChangesWhoseWillingnessCountsAndVideoIsDrawnLast() {
        Scenario s = world("cooperation.co_location=1", "cooperation.co_location_participation=0",
                "cooperation.video_share=1");
        Justitiabele p = Sampler.of(s, LOW).sampler().admit(0, sentenced(40));
        assertTrue(p.coLocated());
        assertFalse(p.gemeenteWilling(), "on site the co-location participation counts");
        assertTrue(p.video());
    }

    @Test
    void aHighUniformTakesTheLastBranchOfEveryChoice() {
        Scenario s = world();
        Justitiabele p = Sampler.of(s, HIGH).sampler().admit(0, sentenced(400));
        assertFalse(p.woman());
        assertEquals(s.population().ageBands().size() - 1, p.ageBand());
        assertFalse(p.hvb());
        assertFalse(p.suddenRelease());
        assertEquals(1, p.homeRegion());
        assertEquals(1, p.prison(), "PI Ver, in the home region");
        assertFalse(p.lvb());
        assertFalse(p.toezicht());
        assertFalse(p.toezichtSignal(), "no toezicht: nothing to pass on");
        assertEquals(null, p.transfer());
        assertFalse(p.gemeenteWilling());
        assertEquals(s.cooperation().detectionProbability(), p.detectionProbability(), 0);
        for (Basisvoorwaarde b : Basisvoorwaarde.values()) {
            assertSame(NeedDraws.ABSENT, p.need(b), b + ": not present and not created within 400 days");
        }
        for (Activity a : Activity.values()) {
            assertEquals(a.meanHours(s.activities()).of(Partner.GEMEENTE), p.activityHours(a, Partner.GEMEENTE), 1e-12);
        }
    }

    @Test
    void aNeedDetentionCreatesArisesAtItsOnsetAndIsReportedLater() {
        // With the high uniform only the delayed route of certainty can apply: onderdak is lost after
        // its after_days when after_probability is 1; the report comes -mean ln(1 - u) days later.
        Scenario s = world("needs.onderdak.arising.after_probability=1");
        NeedSpec onderdak = s.needs().of(Basisvoorwaarde.ONDERDAK);
        NeedDraws d = Sampler.of(s, HIGH).sampler().admit(0, sentenced(400)).need(Basisvoorwaarde.ONDERDAK);
        assertTrue(d.present());
        assertTrue(d.arisesInDetention());
        assertEquals(onderdak.arising().afterDays(), d.onsetDays(), 0);
        assertEquals(-s.needs().reportDaysMean() * Math.log(1 - HIGH), d.reportDays(), 1e-9);
        NeedDraws afterRelease = Sampler.of(s, HIGH).sampler().admit(0, sentenced(onderdak.arising().afterDays()))
                .need(Basisvoorwaarde.ONDERDAK);
        assertSame(NeedDraws.ABSENT, afterRelease, "a need that would arise at release is not drawn");
    }

    @Test
    void everyAdmissionTakesTheSameNumberOfUniformsWhateverItDraws() {
        int hours = Activity.values().length * Partner.values().length + 1;
        int[] expected = {LegalStatus.UNIFORMS, 17, 1 + 17 * Basisvoorwaarde.values().length, hours};
        for (double u : new double[] {LOW, 0.5, HIGH}) {
            for (Scenario s : List.of(world(), world("needs.id.prevalence=0", "population.women_share=0",
                    "population.hvb_share=1", "population.hvb_conviction_share=1"))) {
                Sampler sampler = Sampler.of(s, u);
                sampler.sampler().admit(0, sampler.sampler().drawCourse());
                assertEquals(List.of(expected[0], expected[1], expected[2], expected[3]),
                        List.of(sampler.drawn()[0], sampler.drawn()[1], sampler.drawn()[2], sampler.drawn()[3]),
                        "u = " + u);
            }
        }
    }

    @Test
    void aPastReleaseTakesFourUniformsAndAPlace() {
        Scenario s = world();
        Sampler sampler = Sampler.of(s, LOW);
        assertEquals(2, sampler.sampler().placePast(), "a woman: PI Vrouwen");
        assertEquals(4, sampler.attributes().drawn);
        assertEquals(1, Sampler.of(s, HIGH).sampler().placePast(), "a man from region 1: PI Ver");
    }

    @Test
    void theDetainedAtAMomentOfTheSteadyStateTakeOneUniformAndTheirRemainingStaysFiveEach() {
        Scenario s = world();
        Sampler sampler = Sampler.of(s, 0.5);
        double mean = 80 * s.population().meanStayDays();
        int count = sampler.sampler().drawDetainedCount(80);
        assertEquals(1, sampler.stay().drawn);
        // The median of a Poisson with mean m lies in [m - ln 2, m + 1/3] (Choi 1994).
        assertTrue(count >= mean - Math.log(2) && count <= mean + 1.0 / 3, count + " for mean " + mean);
        double remaining = sampler.sampler().drawRemainingStayDays();
        assertEquals(1 + LegalStatus.LENGTH_BIASED_UNIFORMS + 1, sampler.stay().drawn);
        LegalStatus legal = new LegalStatus(s.population(), s.cooperation());
        assertEquals(0.5 * legal.drawLengthBiasedStay(new FixedStream(0.5)), remaining, 1e-12,
                "half of a length-biased stay");
        assertEquals(0, Sampler.of(s, 0.5).sampler().drawDetainedCount(0), "no inflow, nobody detained");
    }

    @Test
    void theStayAloneTakesItsFourUniformsAndTheRestCompletesTheSameCourse() {
        String[][] worlds = {{"population.hvb_share=0"},
            {"population.hvb_share=1", "population.hvb_conviction_share=1"},
            {"population.hvb_share=1", "population.hvb_conviction_share=0"}};
        for (String[] overrides : worlds) {
            for (double u : new double[] {LOW, 0.5, HIGH}) {
                Scenario s = world(overrides);
                Sampler whole = Sampler.of(s, u);
                Sampler stayOnly = Sampler.of(s, u);
                LegalCourse course = whole.sampler().drawCourse();
                String where = String.join(",", overrides) + ", u = " + u;
                assertEquals(course.stayDays(), stayOnly.sampler().drawStayDays(), 0.0, where);
                assertEquals(LegalStatus.STAY_UNIFORMS, stayOnly.stay().drawn, where);
                assertEquals(course, stayOnly.sampler().completeCourse(), where);
                assertEquals(LegalStatus.UNIFORMS, stayOnly.stay().drawn, "the rest of the course: " + where);
            }
        }
    }

    @Test
    void aSentenceIsDrawnFromTheStayStreamByInverseTransform() {
        Scenario s = world("population.hvb_share=0", "population.sudden_release_share_sentenced=0.6");
        Sampler sampler = Sampler.of(s, 0.5);
        StayDistribution stay = new StayDistribution(s.population().stayDays());
        LegalCourse course = sampler.sampler().drawCourse();
        assertEquals(new LegalCourse(false, stay.inverse(0.5), true, null), course, "0.5 < 0.6: sudden");
        assertEquals(LegalStatus.UNIFORMS, sampler.stay().drawn);
    }

    @Test
    void aConvictionFromRemandAddsTheSentenceAndATransfer() {
        Scenario s = world("population.hvb_share=1", "population.hvb_conviction_share=1",
                "population.sudden_release_share_sentenced=0.4",
                "cooperation.transfer_plan_loss_probability=0.6");
        LegalCourse course = Sampler.of(s, 0.5).sampler().drawCourse();
        double remand = new StayDistribution(s.population().hvbStayDays()).inverse(0.5);
        double sentence = new StayDistribution(s.population().stayDays()).inverse(0.5);
        double delay = -s.cooperation().transferPlanDelayDaysMean() * Math.log(1 - 0.5);
        assertTrue(course.hvb());
        assertEquals(remand + sentence, course.stayDays(), 1e-9);
        assertFalse(course.suddenRelease(), "at the sentence's end: 0.5 >= 0.4");
        assertEquals(remand, course.transfer().afterDays(), 0);
        assertEquals(delay, course.transfer().planDelayDays(), 1e-12);
        assertTrue(course.transfer().planLost(), "0.5 < 0.6");
    }

    @Test
    void aRemandEndsBySchorsingOrTrialWithTheirOwnChanceOfASuddenRelease() {
        String[] hvb = {"population.hvb_share=1", "population.hvb_conviction_share=0",
            "population.sudden_release_share_schorsing=0.6", "population.sudden_release_share_trial=0.4"};
        double remand = new StayDistribution(world(hvb).population().hvbStayDays()).inverse(0.5);
        LegalCourse schorsing = Sampler.of(world(concat(hvb, "population.hvb_schorsing_share=1")), 0.5)
                .sampler().drawCourse();
        assertEquals(new LegalCourse(true, remand, true, null), schorsing, "0.5 < 0.6");
        LegalCourse trial = Sampler.of(world(concat(hvb, "population.hvb_schorsing_share=0")), 0.5)
                .sampler().drawCourse();
        assertEquals(new LegalCourse(true, remand, false, null), trial, "0.5 >= 0.4");
    }

    private static String[] concat(String[] first, String last) {
        String[] all = java.util.Arrays.copyOf(first, first.length + 1);
        all[first.length] = last;
        return all;
    }

    @Test
    void theLongestStayIsTheLongestRemandFollowedByTheLongestSentence() {
        Scenario s = world();
        double sentence = last(s.population().stayDays()).toDays();
        double remand = last(s.population().hvbStayDays()).toDays();
        assertEquals(remand + sentence, Sampler.of(s, 0.5).sampler().maximumStay(), 0);
        Scenario sentencedOnly = world("population.hvb_share=0");
        assertEquals(sentence, Sampler.of(sentencedOnly, 0.5).sampler().maximumStay(), 0);
    }

    private static <T> T last(List<T> items) {
        return items.get(items.size() - 1);
    }

    @Test
    void theReclasseringLeadsOnlyUnderToezicht() {
        Scenario s = world();
        NeedSpec zorg = s.needs().of(Basisvoorwaarde.ZORG);
        assertEquals(Partner.RECLASSERING, AdmissionSampler.leadOf(zorg, true));
        assertEquals(Partner.CASEMANAGER, AdmissionSampler.leadOf(zorg, false));
        NeedSpec onderdak = s.needs().of(Basisvoorwaarde.ONDERDAK);
        assertEquals(Partner.GEMEENTE, AdmissionSampler.leadOf(onderdak, false));
    }
}
