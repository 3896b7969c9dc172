package io.vigie.alerts.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigie.model.AlertEvent;
import io.vigie.model.AlertStep;
import io.vigie.model.StoryRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AlertDeciderTest {
    static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant PROBE = T0.plus(Duration.ofDays(28)).plus(Duration.ofHours(10));
    static final Duration H = Duration.ofHours(1);

    /** Four weeks where every window saw {@code usual} weighted stories out of {@code total} mentions. */
    static SeriesState history(AlertDecider d, double usual, int total) {
        SeriesState s = SeriesState.initial("all", d.settings());
        for (Instant t = T0; t.isBefore(PROBE); t = t.plus(H)) {
            int stories = (int) Math.round(usual);
            s = d.decide(s, obs(t, usual, stories, total)).next();
        }
        return s;
    }

    static WindowObservation obs(Instant start, double signal, int stories, int total) {
        List<StoryRef> top = new ArrayList<>();
        for (int i = 0; i < Math.min(stories, 3); i++) {
            top.add(new StoryRef("s" + start.getEpochSecond() + "-" + i, "Title " + i, "https://x.org/" + i, "Outlet",
                    "FR", "fr", "national", 1, signal / Math.max(1, stories)));
        }
        return new WindowObservation("all", start, start.plus(H), total, stories, stories, signal, top,
                Map.of("incendie", stories), stories);
    }

    static Stream<Arguments> windows() {
        return Stream.of(
                // usual, total, observed, stories, windowTotal, known event widen, expected spike, why
                Arguments.of(4.0, 25, 16.0, 16, 40, 1.0, true, "4x a daytime baseline"),
                Arguments.of(4.0, 25, 7.0, 6, 30, 1.0, false, "1.5x is within noise"),
                Arguments.of(4.0, 25, 10.0, 9, 40, 1.0, false, "9 vs 4 alone is not rare enough"),
                Arguments.of(0.3, 3, 3.0, 3, 5, 1.0, false, "1 -> 3 at night stays under the floor"),
                Arguments.of(0.3, 3, 14.0, 10, 14, 1.0, true, "a real burst at night"),
                Arguments.of(4.0, 25, 16.0, 16, 40, 4.0, false, "a declared event widens the baseline"),
                Arguments.of(4.0, 25, 16.0, 2, 40, 1.0, false, "two heavy stories are not a wave"),
                Arguments.of(4.0, 25, 30.0, 24, 160, 1.0, false, "a surge of all coverage at the usual share"),
                Arguments.of(4.0, 25, 30.0, 24, 60, 1.0, true, "same negatives, a negative share that jumped"));
    }

    @Test
    void aWaveSpreadOverTwoWindowsOpensOnTheSecond() {
        AlertDecider d = new AlertDecider(DetectorSettings.defaults());
        SeriesState s = history(d, 4.0, 25);
        Decision first = d.decide(s, obs(PROBE, 12, 12, 40));
        assertThat(first.alerts()).as(first.assessment().reason()).isEmpty();
        Decision second = d.decide(first.next(), obs(PROBE.plus(H), 12, 12, 40));
        assertThat(second.alerts()).as(second.assessment().reason()).extracting(AlertEvent::step)
                .containsExactly(AlertStep.OPENED);
        assertThat(second.assessment().reason()).contains("over the last 2 windows");
    }

    /** Defaults but for the scan length (1 = single windows and the CUSUM only). */
    static DetectorSettings scanning(int scanWindows) {
        return new DetectorSettings(null, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0, scanWindows, 0, null);
    }

    @Test
    void aFewExtraStoriesAnHourForSeveralHoursOpenOnTheScanFirst() {
        // 6 stories where 2 are usual: no single hour is rare enough, three in a row are; the
        // CUSUM alone needs a fourth.
        int[] wave = {6, 6, 6, 6};
        AlertDecider scan = new AlertDecider(DetectorSettings.defaults());
        AlertDecider noScan = new AlertDecider(scanning(1));
        List<AlertEvent> scanned = run(scan, history(scan, 2, 12), wave);
        assertThat(scanned).extracting(AlertEvent::step).containsExactly(AlertStep.OPENED);
        assertThat(scanned.get(0).reason()).contains("over the last");
        assertThat(scanned.get(0).windowStart()).isEqualTo(PROBE.plus(H.multipliedBy(2)));
        assertThat(run(noScan, history(noScan, 2, 12), wave)).extracting(AlertEvent::windowStart)
                .containsExactly(PROBE.plus(H.multipliedBy(3)));
    }

    @Test
    void aQuietNightStaysQuietEvenSummedOverHours() {
        // The floor applies to the summed run: one story an hour at night is 4 against 1, not rare.
        AlertDecider d = new AlertDecider(DetectorSettings.defaults());
        assertThat(run(d, history(d, 0.1, 2), new int[] {1, 1, 1, 1})).isEmpty();
        assertThat(run(d, history(d, 0.1, 2), new int[] {2, 2, 2, 2})).extracting(AlertEvent::step)
                .containsExactly(AlertStep.OPENED);
    }

    @Test
    void aDeclaredEventBusierThanDeclaredRaisesItsOwnBaseline() {
        // Declared x2 over a usual 4 (8 expected), but the event runs at 20 an hour.
        List<KnownEvent> events = List.of(new KnownEvent("Summit", PROBE, PROBE.plus(H.multipliedBy(30)), 2));
        AlertDecider d = new AlertDecider(DetectorSettings.defaults().withKnownEvents(events));
        SeriesState s = history(d, 4.0, 25);
        double firstExpected = 0;
        double lastExpected = 0;
        for (int i = 0; i < 12; i++) {
            Decision decision = d.decide(s, obs(PROBE.plus(H.multipliedBy(i)), 20, 20, 80));
            firstExpected = i == 0 ? decision.assessment().expectedStories() : firstExpected;
            lastExpected = decision.assessment().expectedStories();
            s = decision.next();
        }
        assertThat(firstExpected).isCloseTo(8.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(lastExpected).isBetween(15.0, 20.0);
        // A real wave on top of the event still opens.
        Decision wave = d.decide(s, obs(PROBE.plus(H.multipliedBy(12)), 60, 60, 120));
        assertThat(wave.alerts()).extracting(AlertEvent::step).containsExactly(AlertStep.OPENED);
    }

    private static List<AlertEvent> run(AlertDecider d, SeriesState start, int[] stories) {
        List<AlertEvent> alerts = new ArrayList<>();
        SeriesState s = start;
        Instant t = PROBE;
        for (int k : stories) {
            Decision decision = d.decide(s, obs(t, k, k, 20));
            alerts.addAll(decision.alerts());
            s = decision.next();
            t = t.plus(H);
        }
        return alerts;
    }

    @Test
    void aSlowRampAccumulatesUntilTheCusumOpens() {
        AlertDecider d = new AlertDecider(scanning(1));
        SeriesState s = history(d, 4.0, 25);
        List<AlertEvent> alerts = new ArrayList<>();
        Instant t = PROBE;
        // Never more than 11 stories in one window (9 vs 4 alone is not rare enough, see above),
        // yet six elevated windows in a row are.
        for (int stories : new int[] {7, 8, 8, 9, 9, 10, 10, 11, 4}) {
            // The other coverage stays at its usual 21 mentions: a negative ramp, not a busy news day.
            Decision decision = d.decide(s, obs(t, stories, stories, 21 + stories));
            alerts.addAll(decision.alerts());
            s = decision.next();
            t = t.plus(H);
        }
        assertThat(alerts).extracting(AlertEvent::step).containsExactly(AlertStep.OPENED);
        assertThat(alerts.get(0).windowStart()).isEqualTo(PROBE.plus(H.multipliedBy(5)));
        assertThat(alerts.get(0).reason()).contains("CUSUM");
    }

    @Test
    void tailProbabilityMatchesPoissonAndWidensWithDispersion() {
        // P(X >= 3 | Poisson 1) = 1 - e^-1 (1 + 1 + 1/2)
        assertThat(NegativeBinomial.upperTail(3, 1.0, 0)).isCloseTo(1 - Math.exp(-1) * 2.5,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(NegativeBinomial.upperTail(12, 4.0, 0.1)).isGreaterThan(NegativeBinomial.upperTail(12, 4.0, 0));
        assertThat(NegativeBinomial.upperTail(0, 4.0, 0.1)).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{7}")
    @MethodSource("windows")
    void decidesSpikes(double usual, int total, double observed, int stories, int windowTotal, double widen,
                       boolean spike, String why) {
        List<KnownEvent> events = widen > 1
                ? List.of(new KnownEvent("Festival", PROBE.minus(H), PROBE.plus(H.multipliedBy(3)), widen)) : List.of();
        AlertDecider d = new AlertDecider(DetectorSettings.defaults().withKnownEvents(events));
        SeriesState s = history(d, usual, total);
        WindowObservation o = new WindowObservation("all", PROBE, PROBE.plus(H), windowTotal, stories, stories,
                observed, List.of(), Map.of(), 0);
        Decision decision = d.decide(s, o);
        assertThat(decision.assessment().spike()).as(why + ": " + decision.assessment().reason()).isEqualTo(spike);
        assertThat(decision.alerts()).hasSize(spike ? 1 : 0);
        if (spike) {
            AlertEvent a = decision.alerts().get(0);
            assertThat(a.step()).isEqualTo(AlertStep.OPENED);
            assertThat(a.factor()).isGreaterThanOrEqualTo(2.0);
            assertThat(a.negativeStories()).isEqualTo(stories);
            assertThat(a.incidentId()).isEqualTo("all-" + PROBE);
        }
    }

    @Test
    void oneIncidentOpensEscalatesAndResolvesThenCoolsDown() {
        AlertDecider d = new AlertDecider(DetectorSettings.defaults());
        SeriesState s = history(d, 4.0, 25);
        double[] signal = {16, 18, 40, 20, 4, 4, 4, 16, 4};
        List<AlertEvent> all = new ArrayList<>();
        Instant t = PROBE;
        for (double v : signal) {
            Decision decision = d.advance(s, obs(t, v, (int) v, 60));
            all.addAll(decision.alerts());
            s = decision.next();
            t = t.plus(H);
        }
        assertThat(all).extracting(AlertEvent::step)
                .containsExactly(AlertStep.OPENED, AlertStep.ESCALATED, AlertStep.RESOLVED);
        assertThat(all).extracting(AlertEvent::sequence).containsExactly(1, 2, 3);
        assertThat(all).extracting(AlertEvent::incidentId).containsOnly("all-" + PROBE);
        assertThat(all).extracting(AlertEvent::key).doesNotHaveDuplicates();
        assertThat(all.get(0).terms()).contains("incendie");
        assertThat(all.get(2).status()).isEqualTo(AlertEvent.STATUS_RESOLVED);
        // The spike at +7h fell within the cooldown: it re-opened the incident silently.
        assertThat(s.incident().id()).isEqualTo("all-" + PROBE);
    }

    @Test
    void missingWindowsAreZerosAndOldWindowsAreIgnored() {
        AlertDecider d = new AlertDecider(DetectorSettings.defaults());
        SeriesState s = history(d, 4.0, 25);
        Decision opened = d.advance(s, obs(PROBE, 20, 15, 60));
        assertThat(opened.alerts()).hasSize(1);
        Decision later = d.advance(opened.next(), obs(PROBE.plus(H.multipliedBy(5)), 4, 4, 25));
        assertThat(later.alerts()).extracting(AlertEvent::step).containsExactly(AlertStep.RESOLVED);
        assertThat(d.advance(later.next(), obs(PROBE, 20, 15, 60)).ignored()).contains("not after");
    }

    @Test
    void settingsRejectBadValuesNamingTheSetting() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DetectorSettings(Duration.ofMinutes(11), 0, 0, 0,
                0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null)).hasMessageContaining("window must divide a week");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DetectorSettings(null, 0, 0, 0, 0, 0.7, 0, 0, 0,
                null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null)).hasMessageContaining("pValue");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DetectorSettings(null, 0, 0, 0, 0.5, 0, 0, 0, 0,
                null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null)).hasMessageContaining("openFactor");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DetectorSettings(null, 0, 0, 0, 0, 0, 0, 0, 0,
                null, 0, 0, 0, 0, 0, 0, 0, 0, 30, 0, null)).hasMessageContaining("scanWindows");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DetectorSettings(null, 0, 0, 0, 0, 0, 0, 0, 0,
                null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.6, null)).hasMessageContaining("pillarPValue");
    }
}
