package io.vigie.index.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {
    @Test
    void bandKeysCarryTheirBandNumber() {
        Fingerprint f = Fingerprint.parse("a1b2c3d4e5f60718").orElseThrow();
        assertThat(f.bandKeys()).containsExactly("0:a1b2", "1:c3d4", "2:e5f6", "3:0718");
        assertThat(Fingerprint.parse("ffff").orElseThrow().bandKeys())
                .containsExactly("0:0000", "1:0000", "2:0000", "3:ffff");
    }

    @Test
    void malformedFingerprintsAreNotGrouped() {
        assertThat(Fingerprint.parse(null)).isEmpty();
        assertThat(Fingerprint.parse(" ")).isEmpty();
        assertThat(Fingerprint.parse("xyz")).isEmpty();
        assertThat(Fingerprint.parse("0123456789abcdef0")).isEmpty();
        assertThat(Fingerprint.parse("0000000000000000").orElseThrow().isEmpty()).isTrue();
    }

    @Test
    void anyTwoFingerprintsWithinThreeBitsShareABand() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 2_000; i++) {
            long a = random.nextLong();
            long b = a;
            for (int k = 0; k < 3; k++) {
                b ^= 1L << random.nextInt(64);
            }
            Fingerprint fa = new Fingerprint(a);
            Fingerprint fb = new Fingerprint(b);
            assertThat(fa.distance(fb)).isLessThanOrEqualTo(3);
            assertThat(fa.bandKeys()).containsAnyElementsOf(fb.bandKeys());
        }
    }

    @Test
    void hexRoundTrips() {
        assertThat(Fingerprint.parse("00ff00ff00ff00ff").orElseThrow().hex()).isEqualTo("00ff00ff00ff00ff");
        assertThat(new Fingerprint(-1L).hex()).isEqualTo("ffffffffffffffff");
    }
}
