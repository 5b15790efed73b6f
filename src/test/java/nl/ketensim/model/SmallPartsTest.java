package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.NeedSpec.Arising;
import nl.ketensim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.MRG32k3aL;
import umontreal.ssj.simevents.Event;

/**
 * Exact tests of small parts of the model: the routes by which detention creates a need, the
 * random streams of a replication, the replayed past releases, and the pools and agendas of the
 * prison system.
 */
class SmallPartsTest {

    @Test
    void detentionCreatesANeedByTheEarliestRouteThatApplies() {
        Arising routes = new Arising(0.2, 30, 0.5, 2);
        assertEquals(0.0, DetentionEffects.onsetDays(routes, 0.1, 0.9, 0.9), 0, "on admission");
        double hazard = -365.0 / 2 * Math.log(1 - 0.01); // 1.83 days: before the delayed route
        assertEquals(hazard, DetentionEffects.onsetDays(routes, 0.2, 0.4, 0.01), 1e-12);
        assertEquals(30, DetentionEffects.onsetDays(routes, 0.2, 0.4, 0.5), 0, "the delayed route first");
        assertEquals(-365.0 / 2 * Math.log(0.5), DetentionEffects.onsetDays(routes, 0.2, 0.5, 0.5), 1e-12,
                "a delayed draw at the probability does not apply");
        Arising noHazard = new Arising(0, 30, 0.5, 0);
        assertEquals(Double.POSITIVE_INFINITY, DetentionEffects.onsetDays(noHazard, 0.0, 0.5, 0.0));
        assertEquals(Double.POSITIVE_INFINITY, DetentionEffects.onsetDays(Arising.NEVER, 0.0, 0.0, 0.0));
    }

    @Test
    void aPackageSeedIsValidForEverySeed() {
        assertArrayEquals(new long[] {5, 0, 12345, 5, 0, 12345}, RandomStreams.packageSeed(5));
        long big = (3L << 32) | 4294967087L + 1; // low word 4294967088: one above the first modulus
        assertArrayEquals(new long[] {1, 3, 12345, 4294967088L % 4294944443L, 3, 12345}, RandomStreams.packageSeed(big));
        long[] minus = RandomStreams.packageSeed(-1);
        assertEquals(0xffffffffL % 4294967087L, minus[0]);
        assertEquals(0xffffffffL % 4294967087L, minus[1]);
    }

    @Test
    void replicationRUsesSubstreamROfEveryStream() {
        RandomStreams streams = new RandomStreams(42);
        Map<RandomStreams.Source, MRG32k3aL> first = streams.forReplication(0);
        Map<RandomStreams.Source, MRG32k3aL> third = streams.forReplication(2);
        assertEquals(List.of(RandomStreams.Source.values()), List.copyOf(first.keySet()));
        for (RandomStreams.Source s : RandomStreams.Source.values()) {
            MRG32k3aL expected = first.get(s).clone();
            expected.resetStartStream();
            expected.resetNextSubstream();
            expected.resetNextSubstream();
            assertEquals(expected.nextDouble(), third.get(s).nextDouble(), 0, s.name());
        }
        assertNotEquals(first.get(RandomStreams.Source.ARRIVALS).nextDouble(),
                first.get(RandomStreams.Source.STAY).nextDouble(), "each source has a stream of its own");
        double again = new RandomStreams(42).forReplication(0).get(RandomStreams.Source.NEEDS).nextDouble();
        assertEquals(new RandomStreams(42).forReplication(0).get(RandomStreams.Source.NEEDS).nextDouble(), again, 0);
        assertNotEquals(new RandomStreams(43).forReplication(0).get(RandomStreams.Source.NEEDS).nextDouble(), again);
    }

    @Test
    void streamsGiveTheNumbersOfSsjsMrg32k3aToTheBit() {
        Map<RandomStreams.Source, MRG32k3aL> streams = new RandomStreams(20260101).forReplication(3);
        Map<RandomStreams.Source, MRG32k3a> reference = new java.util.EnumMap<>(RandomStreams.Source.class);
        synchronized (RandomStreams.class) {
            MRG32k3a.setPackageSeed(RandomStreams.packageSeed(20260101));
            for (RandomStreams.Source s : RandomStreams.Source.values()) {
                MRG32k3a stream = new MRG32k3a(s.name());
                for (int r = 0; r < 3; r++) {
                    stream.resetNextSubstream();
                }
                reference.put(s, stream);
            }
        }
        double[] got = new double[17];
        double[] expected = new double[17];
        for (RandomStreams.Source s : RandomStreams.Source.values()) {
            for (int i = 0; i < 2000; i++) {
                streams.get(s).nextArrayOfDouble(got, 0, got.length);
                reference.get(s).nextArrayOfDouble(expected, 0, expected.length);
                assertArrayEquals(expected, got, 0.0, s.name() + ", draw " + i);
            }
        }
    }

    @Test
    void pastReleasesFreeTheirPlacesInTimeOrderUpToTheGivenTime() {
        Scenario s = OnePersonRun.of().scenario();
        PrisonSystem prisons = new PrisonSystem(new CountingSimulator(), s);
        PastReleases past = new PastReleases(-6, 0.5);
        prisons.takePlace(0);
        prisons.takePlace(0);
        prisons.takePlace(1);
        past.add(-3, 0);
        past.add(-5, 1);
        past.add(-1, 0);
        past.releaseUntil(-3, prisons);
        assertEquals(1, prisons.occupied(0), "released on -3, at the time given");
        assertEquals(0, prisons.occupied(1));
        past.releaseUntil(-2, prisons);
        assertEquals(1, prisons.occupied(0));
        past.releaseUntil(0, prisons);
        assertEquals(0, prisons.occupied(0));
    }

    @Test
    void pastReleasesAddedBetweenReleasesAsInTheReplayFreeTheirPlacesAtTheirTime() {
        Scenario s = OnePersonRun.of().scenario();
        PrisonSystem prisons = new PrisonSystem(new CountingSimulator(), s);
        PastReleases past = new PastReleases(-300, 3);
        java.util.Random random = new java.util.Random(11);
        List<double[]> added = new java.util.ArrayList<>(); // release time, PI
        for (double t = -300; t < 0; t += random.nextDouble() / 3) {
            past.releaseUntil(t, prisons);
            assertDetainedAfter(t, added, prisons);
            double release = random.nextInt(4) == 0 ? t : t + 40 * random.nextDouble(); // at once, or later
            detainUntil(release, random.nextInt(3), past, prisons, added);
        }
        past.releaseUntil(0, prisons);
        int leftAfterZero = (int) added.stream().filter(a -> a[0] > 0).count();
        assertEquals(leftAfterZero, prisons.occupied(0) + prisons.occupied(1) + prisons.occupied(2),
                "only those released after 0 are left");
    }

    @Test
    void pastReleasesFreeEveryPlaceAtItsTimeWhateverTheOrderAdded() {
        Scenario s = OnePersonRun.of().scenario();
        PrisonSystem prisons = new PrisonSystem(new CountingSimulator(), s);
        PastReleases past = new PastReleases(-500, 12);
        java.util.Random random = new java.util.Random(7);
        List<double[]> added = new java.util.ArrayList<>(); // release time, PI
        for (int i = 0; i < 3000; i++) {
            double time = random.nextBoolean() ? -random.nextInt(500) : -500 * random.nextDouble(); // ties too
            detainUntil(time, random.nextInt(3), past, prisons, added);
        }
        for (double until = -500; until <= 0; until += 7.5) {
            past.releaseUntil(until, prisons);
            assertDetainedAfter(until, added, prisons);
        }
    }

    /** Takes a place in {@code prison} until {@code release}, noted in {@code past} and in {@code added}. */
    private static void detainUntil(double release, int prison, PastReleases past, PrisonSystem prisons,
                                    List<double[]> added) {
        prisons.takePlace(prison);
        past.add(release, prison);
        added.add(new double[] {release, prison});
    }

    /** Each PI holds exactly those of {@code releases} (release time, PI) released after {@code time}. */
    private static void assertDetainedAfter(double time, List<double[]> releases, PrisonSystem prisons) {
        for (int prison = 0; prison < 3; prison++) {
            int stillIn = 0;
            for (double[] r : releases) {
                if (r[1] == prison && r[0] > time) {
                    stillIn++;
                }
            }
            assertEquals(stillIn, prisons.occupied(prison), "PI " + prison + " at " + time);
        }
    }

    @Test
    void piMeetingsAreSpreadOverTheWeekAndPoolsShareTheStaff() {
        // One-person world: 3 PI's of 100 places share 3 casemanager FTE; 2 regions share 2 FTE
        // of gemeente staff; 7 productive hours per FTE-week: 1 hour per day per server.
        Scenario s = OnePersonRun.of().scenario();
        CountingSimulator sim = new CountingSimulator();
        PrisonSystem prisons = new PrisonSystem(sim, s);
        assertEquals(0, prisons.meetings(0).meetingTime(0, -5), 0);
        assertEquals(1, prisons.meetings(1).meetingTime(0, -5), 0);
        assertEquals(2, prisons.meetings(2).meetingTime(0, -5), 0);
        for (Partner p : Partner.values()) {
            for (StaffPool pool : prisons.pools(p)) {
                assertEquals(1, pool.servers(), pool.toString());
                assertEquals(1.0, pool.hoursPerDayPerServer(), 1e-12, pool.toString());
            }
        }
        assertEquals(3, prisons.pools(Partner.CASEMANAGER).size());
        assertEquals(2, prisons.pools(Partner.GEMEENTE).size());
        assertEquals(2, prisons.pools(Partner.RECLASSERING).size());
        assertEquals("gemeente Elders (1 servers)", prisons.pool(Partner.GEMEENTE, 0, 1).toString());
        assertEquals("reclassering Regio (1 servers)", prisons.pool(Partner.RECLASSERING, 1, 0).toString());
        assertEquals("casemanager PI Ver (1 servers)", prisons.pool(Partner.CASEMANAGER, 1, 0).toString());
        assertEquals(List.of("regio", "elders"), prisons.regionNames().stream().map(n -> n.key()).toList());
        StaffPool gemeente = prisons.pool(Partner.GEMEENTE, 0, 1);
        new Event(sim) {
            @Override
            public void actions() {
                gemeente.submit(new WorkItem(sim, 2, 10, false) {
                    @Override
                    protected boolean obsolete() {
                        return false;
                    }

                    @Override
                    protected void completed() {
                    }
                });
            }
        }.schedule(1);
        PoolReading[] reading = new PoolReading[1];
        new Event(sim) {
            @Override
            public void actions() {
                reading[0] = prisons.reading(Partner.GEMEENTE);
            }
        }.schedule(10);
        sim.start();
        assertEquals(new PoolReading(10, 2, 2, 0, 0, 1), reading[0], "both regions' pools, one busy 2 days");
    }
}
