package io.vigie.ingest.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {
    private static final String FIRE = "Le feu qui s'est déclaré lundi en début d'après-midi près du col de Sormiou, dans le massif "
            + "des Calanques, a été fixé dans la soirée après avoir parcouru environ 300 hectares, a annoncé le bataillon de "
            + "marins-pompiers de Marseille. Plus de 600 pompiers, appuyés par huit Canadair et deux hélicoptères, ont été engagés. "
            + "Environ 400 personnes ont été évacuées par précaution vers un gymnase de Sainte-Marguerite.";
    private static final String PORT = "Un an après la mise en service du branchement électrique à quai pour les ferries et les "
            + "navires de croisière, le Grand port maritime de Marseille-Fos a présenté mardi un premier bilan. Selon la direction "
            + "du port, 62 % des escales de ferries au bassin de la Joliette se font désormais moteurs coupés.";

    @Test
    void isDeterministicAndHex() {
        assertThat(SimHash.hex(FIRE)).isEqualTo(SimHash.hex(FIRE)).matches("[0-9a-f]{16}");
        assertThat(SimHash.of("")).isZero();
        assertThat(SimHash.hex(null)).isEqualTo("0000000000000000");
    }

    @Test
    void nearDuplicatesAreCloseAndUnrelatedTextsFar() {
        String syndicated = "MARSEILLE (AFP) - " + FIRE.replace("environ 300", "quelque 300") + " Lire aussi notre dossier.";
        int near = SimHash.distance(SimHash.of(FIRE), SimHash.of(syndicated));
        int far = SimHash.distance(SimHash.of(FIRE), SimHash.of(PORT));
        assertThat(near).isLessThan(12);
        assertThat(far).isGreaterThan(20);
        System.out.printf("simhash distance: near-duplicate %d bits, unrelated %d bits%n", near, far);
    }

    @Test
    void ignoresCaseAccentsAndPunctuation() {
        assertThat(SimHash.of("Élection à Aix-en-Provence !")).isEqualTo(SimHash.of("election a aix en provence"));
    }
}
