package nl.ketensim.model;

import nl.ketensim.domain.Basisvoorwaarde;
import nl.ketensim.domain.Partner;
import nl.ketensim.scenario.Cooperation;
import nl.ketensim.scenario.NeedSpec;
import nl.ketensim.scenario.Population;
import nl.ketensim.scenario.Scenario;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.probdist.PoissonDist;
import umontreal.ssj.rng.RandomStream;

/**
 * Draws a new justitiabele: attributes, placement and the fate of every need. Every admission
 * consumes the same number of random numbers from each stream whatever the scenario, so that
 * scenarios compared under common random numbers admit the same people.
 */
final class AdmissionSampler {

    private static final Basisvoorwaarde[] DOMAINS = Basisvoorwaarde.values();
    /**
     * Uniforms drawn per need: latent, decline, detection, information loss, filing despite a
     * sudden release, regie stall, hours, distance, lead time, external supply, asking the gemeente
     * for help on it after release, detection
     * at meetings, and the three routes by which detention creates the need and the person's report
     * of it ({@link DetentionEffects}), and the use of verlof for its in-person step ({@link VerlofWindow}).
     */
    private static final int UNIFORMS_PER_NEED = 17;

    private final Scenario scenario;
    private final PrisonSystem prisons;
    private final LegalStatus legal;
    private final RandomStream stayStream;
    private final RandomStream attributeStream;
    private final RandomStream needStream;
    private final RandomStream hoursStream;
    private final double[] ageCumulative;
    private final double[] regionCumulative;
    private final double[] needThreshold = new double[DOMAINS.length];
    private final NeedSpec[] specs = new NeedSpec[DOMAINS.length];
    private final double[] uniforms = new double[UNIFORMS_PER_NEED];
    private final Variates.LogNormalSpread hoursSpread;
    private final ActivityHourDistribution hourDistribution;
    private final Variates.LogNormalSpread practiceSpread;
    /** Weight of the common normal in a need's latent variable: the square root of the needs' correlation. */
    private final double commonWeight;
    /** Weight of the need's own normal in its latent variable: the square root of 1 minus the correlation. */
    private final double ownWeight;

    AdmissionSampler(Scenario scenario, PrisonSystem prisons, RandomStream stayStream,
                     RandomStream attributeStream, RandomStream needStream, RandomStream hoursStream) {
        this.scenario = scenario;
        this.prisons = prisons;
        this.legal = new LegalStatus(scenario.population(), scenario.cooperation());
        this.stayStream = stayStream;
        this.attributeStream = attributeStream;
        this.needStream = needStream;
        this.hoursStream = hoursStream;
        this.ageCumulative = Variates.cumulative(scenario.population().ageBands().stream()
                .mapToDouble(Population.AgeBand::share).toArray());
        this.regionCumulative = Variates.cumulative(scenario.regions().stream()
                .mapToDouble(r -> r.inflowShare()).toArray());
        this.hoursSpread = new Variates.LogNormalSpread(scenario.activities().hoursCv());
        this.hourDistribution = new ActivityHourDistribution(scenario);
        this.practiceSpread = new Variates.LogNormalSpread(scenario.cooperation().workProcessVariationCv());
        double rho = scenario.needs().correlation();
        this.commonWeight = Math.sqrt(rho);
        this.ownWeight = Math.sqrt(1 - rho);
        for (Basisvoorwaarde b : DOMAINS) {
            specs[b.ordinal()] = scenario.needs().of(b);
            double prevalence = specs[b.ordinal()].prevalence();
            needThreshold[b.ordinal()] = prevalence <= 0 ? Double.NEGATIVE_INFINITY
                    : prevalence >= 1 ? Double.POSITIVE_INFINITY : NormalDist.inverseF01(prevalence);
        }
    }

    /** Draws the legal status and length of stay of the next admission ({@link LegalStatus#UNIFORMS} uniforms). */
    LegalCourse drawCourse() {
        return legal.draw(stayStream);
    }

    /**
     * Draws only what the length of stay of the next admission of the past depends on and returns
     * that stay (days) ({@link LegalStatus#STAY_UNIFORMS} uniforms); {@link #completeCourse} draws the
     * rest of its course for one detained at time 0.
     */
    double drawStayDays() {
        return legal.drawStayDays(stayStream);
    }

    /** The legal course of the stay {@link #drawStayDays} drew, with the rest of its uniforms. */
    LegalCourse completeCourse() {
        return legal.completeCourse(stayStream);
    }

    /**
     * The number of persons detained at a moment of the steady state (1 uniform): Poisson with mean
     * {@code inflowPerDay} times the mean stay, the stationary law of a Poisson stream of admissions
     * whose stays do not wait for one another (M/G/infinity).
     */
    int drawDetainedCount(double inflowPerDay) {
        double mean = inflowPerDay * scenario.population().meanStayDays();
        double uniform = stayStream.nextDouble();
        return mean > 0 ? PoissonDist.inverseF(mean, uniform) : 0;
    }

    /**
     * Days until release of a person detained at a moment of the steady state
     * ({@link LegalStatus#LENGTH_BIASED_UNIFORMS} + 1 uniforms): a uniform share of a stay drawn in
     * proportion to its length, the stationary law of the remaining stay.
     */
    double drawRemainingStayDays() {
        return legal.drawLengthBiasedStay(stayStream) * stayStream.nextDouble();
    }

    /** Longest possible stay (days). */
    double maximumStay() {
        return scenario.population().maximumStayDays();
    }

    /**
     * Draws the person admitted at {@code time} with the given legal course and takes a place for them.
     *
     * @param time   admission time (days)
     * @param course legal status and length of stay ({@link #drawCourse})
     */
    Justitiabele admit(double time, LegalCourse course) {
        double stayDays = course.stayDays();
        Population pop = scenario.population();
        Cooperation coop = scenario.cooperation();
        RandomStream a = attributeStream;
        boolean woman = a.nextDouble() < pop.womenShare();
        int ageBand = Variates.category(ageCumulative, a.nextDouble());
        double transferRegimeDraw = a.nextDouble(); // the uniforms of status and sudden release before issue 10
        double transferChoiceDraw = a.nextDouble(); // ... now place a transfer (PlacementRule)
        int home = Variates.category(regionCumulative, a.nextDouble());
        double regimeDraw = a.nextDouble(); // placement by a national regime (PlacementRule)
        double choiceDraw = a.nextDouble(); // which PI with room
        boolean lvb = a.nextDouble() < pop.lvbShare();
        boolean scil = a.nextDouble() < coop.scilShare();
        boolean toezicht = a.nextDouble() < pop.toezichtShare();
        boolean coLocated = a.nextDouble() < coop.coLocation();
        double participationDraw = a.nextDouble();
        double regieDraw = a.nextDouble();
        double practice = practiceSpread.sample(1.0, a.nextDouble());
        var aftercare = scenario.aftercare();
        double selfReportDays = Variates.exponential(aftercare.selfReportDaysMean(), a.nextDouble());
        boolean toezichtSignalDraw = a.nextDouble() < aftercare.toezichtSignalProbability();
        double absenceDraw = a.nextDouble(); // the own casemanager's absences (CasemanagerAbsence)

        int prison = prisons.place(woman, home, regimeDraw, choiceDraw);
        boolean distant = prisons.distant(prison, home);
        double willingness = coLocated ? coop.coLocationParticipation() : coop.gemeenteWillingness();
        double detection = lvb && !scil ? coop.detectionProbabilityLvb() : coop.detectionProbability();

        NeedDraws[] needs = drawNeeds(lvb, toezicht, coLocated, distant, practice, stayDays);
        double[] hours = drawActivityUniforms();
        boolean video = hoursStream.nextDouble() < coop.videoShare();
        Transfer transfer = course.transfer() == null ? null
                : course.transfer().placedBy(transferRegimeDraw, transferChoiceDraw);
        return new Justitiabele(time, stayDays, woman, ageBand, course.hvb(), course.suddenRelease(), home, prison, lvb,
                toezicht, coLocated, participationDraw < willingness, video, regieDraw, detection, absenceDraw,
                selfReportDays, toezicht && toezichtSignalDraw, needs, hours, hourDistribution, transfer);
    }

    /**
     * Places a person of the past who is released before time 0, to replay the occupancy the
     * initial population met: draws only what placement needs (sex, home region and the two
     * placement uniforms, four uniforms from the attribute stream) and takes a place.
     *
     * @return index of the PI
     */
    int placePast() {
        RandomStream a = attributeStream;
        boolean woman = a.nextDouble() < scenario.population().womenShare();
        int home = Variates.category(regionCumulative, a.nextDouble());
        double regimeDraw = a.nextDouble();
        return prisons.place(woman, home, regimeDraw, a.nextDouble());
    }

    /**
     * The uniforms of a person's staff hours of every activity and partner, negated: turned into
     * hours when first asked for ({@link Justitiabele#activityHours(Activity, Partner)}). One
     * uniform each, used or not; the caller draws one more uniform from the same stream for the
     * video choice.
     */
    private double[] drawActivityUniforms() {
        double[] pending = new double[ActivityHourDistribution.PAIRS];
        for (int pair = 0; pair < pending.length; pair++) {
            pending[pair] = -hoursStream.nextDouble();
        }
        return pending;
    }

    /**
     * The needs before detention (latent copula) and those detention creates within the stay; a need
     * arising at or after release is not drawn as present.
     */
    private NeedDraws[] drawNeeds(boolean lvb, boolean toezicht, boolean coLocated, boolean distant,
                                  double practice, double stayDays) {
        double common = NormalDist.inverseF01(needStream.nextDouble());
        NeedDraws[] draws = new NeedDraws[DOMAINS.length];
        for (Basisvoorwaarde b : DOMAINS) {
            // Every need takes the same number of uniforms, present or not, so that scenarios stay in step.
            needStream.nextArrayOfDouble(uniforms, 0, UNIFORMS_PER_NEED);
            double latent = commonWeight * common + ownWeight * NormalDist.inverseF01(uniforms[0]);
            NeedSpec spec = specs[b.ordinal()];
            if (latent < needThreshold[b.ordinal()]) {
                draws[b.ordinal()] = presentNeed(spec, lvb, toezicht, coLocated, distant, practice, false, 0.0, 0.0);
                continue;
            }
            double onset = DetentionEffects.onsetDays(spec.arising(), uniforms[12], uniforms[13], uniforms[14]);
            draws[b.ordinal()] = onset < stayDays
                    ? presentNeed(spec, lvb, toezicht, coLocated, distant, practice, true, onset,
                            Variates.exponential(scenario.needs().reportDaysMean(), uniforms[15]))
                    : NeedDraws.ABSENT;
        }
        return draws;
    }

    /**
     * The fate of a need the person has, from {@link #uniforms} 1 to 11 and 16.
     *
     * @param arises detention created the need (else the person had it before)
     * @param onset  days after admission at which it arose (0 for a need from before detention)
     * @param report days from its onset until the person reports it (0 for a need from before detention)
     */
    private NeedDraws presentNeed(NeedSpec spec, boolean lvb, boolean toezicht, boolean coLocated, boolean distant,
                                  double practice, boolean arises, double onset, double report) {
        Cooperation coop = scenario.cooperation();
        double[] u = uniforms;
        double coLocationFactor = coLocated ? coop.coLocationDelayFactor() : 1.0;
        boolean gemeenteLed = leadOf(spec, toezicht) == Partner.GEMEENTE;
        double practiceFactor = gemeenteLed ? practice : 1.0;
        double stall = Variates.exponential(coop.regieStallDaysMean(), u[5]);
        double hours = hoursSpread.sample(spec.hours() * (lvb ? scenario.needs().lvbHoursFactor() : 1.0), u[6]);
        double distance = distant && spec.inPerson() && gemeenteLed
                ? Variates.exponential(scenario.placement().distanceDelayDaysMean() * coLocationFactor, u[7])
                : 0.0;
        double lead = Variates.exponential(spec.leadTimeDays() * practiceFactor, u[8]);
        double external = switch (spec.external()) {
            case NONE -> 0.0;
            case HOUSING -> Variates.exponential(scenario.external().housingWaitDaysMean(), u[9]);
            case CARE -> Variates.exponential(scenario.external().careWaitDaysMean(), u[9]);
        };
        return new NeedDraws(true, u[1] < scenario.population().declineProbability(), u[2],
                u[3] < coop.informationLossProbability(), u[4] < coop.suddenReleaseFilingProbability(), stall, hours,
                distance, lead, external, u[10], u[11], arises, onset, report, u[16]);
    }

    /** The partner who does the work on a need: reclassering only when toezicht follows. */
    static Partner leadOf(NeedSpec spec, boolean toezicht) {
        return spec.lead() == Partner.RECLASSERING && !toezicht ? Partner.CASEMANAGER : spec.lead();
    }
}
