package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ketensim.scenario.Staffing.QueueDiscipline;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.stat.Tally;

/**
 * A staff pool fed by Poisson arrivals with exponential hours is an M/M/c queue: its mean wait and
 * utilisation must match Erlang C within the standard error over independent replications.
 */
class StaffPoolErlangCTest {

    private static final int SERVERS = 3;
    private static final double ARRIVALS_PER_DAY = 2.4;
    private static final double MEAN_SERVICE_DAYS = 1.0;
    private static final double WARMUP_DAYS = 2_000;
    private static final double RUN_DAYS = 40_000;
    private static final int REPLICATIONS = 12;

    @Test
    void meanWaitAndUtilisationMatchErlangC() {
        Tally waits = new Tally("mean wait per replication");
        Tally utilisations = new Tally("utilisation per replication");
        MRG32k3a arrivals = new MRG32k3a();
        arrivals.setSeed(new long[] {12345, 12345, 12345, 12345, 12345, 12345}); // independent of other tests
        MRG32k3a services = new MRG32k3a();
        services.setSeed(new long[] {54321, 54321, 54321, 54321, 54321, 54321});
        for (int r = 0; r < REPLICATIONS; r++) {
            double[] result = replicate(arrivals, services);
            waits.add(result[0]);
            utilisations.add(result[1]);
            arrivals.resetNextSubstream();
            services.resetNextSubstream();
        }
        double offered = ARRIVALS_PER_DAY * MEAN_SERVICE_DAYS;
        double expectedWait = erlangC(SERVERS, offered) / (SERVERS / MEAN_SERVICE_DAYS - ARRIVALS_PER_DAY);
        double expectedUtilisation = offered / SERVERS;

        double waitSe = waits.standardDeviation() / Math.sqrt(REPLICATIONS);
        double utilisationSe = utilisations.standardDeviation() / Math.sqrt(REPLICATIONS);
        assertTrue(waitSe < 0.05 * expectedWait, "the test must be precise enough to mean something");
        assertEquals(expectedWait, waits.average(), 4 * waitSe, "mean wait (days) vs Erlang C");
        assertEquals(expectedUtilisation, utilisations.average(), 4 * utilisationSe, "utilisation vs offered load");
    }

    @Test
    void erlangCFormulaKnownValue() {
        // Textbook value: c = 2, a = 1 (rho = 0.5) gives P(wait) = 1/3.
        assertEquals(1.0 / 3.0, erlangC(2, 1.0), 1e-12);
    }

    private static double[] replicate(RandomStream arrivalStream, RandomStream serviceStream) {
        CountingSimulator sim = new CountingSimulator();
        StaffPool pool = new StaffPool(sim, "test", SERVERS, 1.0, QueueDiscipline.FIFO);
        new Event(sim) {
            @Override
            public void actions() {
                double hours = Variates.exponential(MEAN_SERVICE_DAYS, serviceStream.nextDouble());
                pool.submit(new WorkItem(sim, hours, 0) {
                    @Override
                    protected boolean obsolete() {
                        return false;
                    }

                    @Override
                    protected void completed() {
                    }
                });
                schedule(Variates.exponential(1 / ARRIVALS_PER_DAY, arrivalStream.nextDouble()));
            }
        }.schedule(0);
        PoolReading[] atWarmupEnd = new PoolReading[1];
        new Event(sim) {
            @Override
            public void actions() {
                atWarmupEnd[0] = pool.reading();
            }
        }.schedule(WARMUP_DAYS);
        new Event(sim) {
            @Override
            public void actions() {
                sim.stop();
            }
        }.schedule(WARMUP_DAYS + RUN_DAYS);
        sim.start();
        PoolReading end = pool.reading();
        return new double[] {end.meanWaitSince(atWarmupEnd[0]), end.utilisationSince(atWarmupEnd[0])};
    }

    /** Erlang C: probability that an arrival waits in an M/M/c queue with offered load a. */
    static double erlangC(int c, double a) {
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double last = term * c / (c - a);
        return last / (sum + last);
    }
}
