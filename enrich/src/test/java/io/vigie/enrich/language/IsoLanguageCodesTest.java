package io.vigie.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoLanguageCodesTest {

    @ParameterizedTest
    @CsvSource({"fra,fr", "eng,en", "spa,es", "ita,it", "deu,de", "por,pt", "nld,nl", "cmn,zh", "gsw,de", "lvs,lv",
            "ceb,und", "xyz,und"})
    void modelCodesMapToIso6391(String iso3, String iso1) {
        assertThat(IsoLanguageCodes.toIso1(iso3)).isEqualTo(iso1);
    }

    @ParameterizedTest
    @CsvSource({"fr-FR,fr", "fr_fr,fr", "FR,fr", "en-GB,en", "fre,fr", "ger,de", "deu,de", "' it ',it", "pt-BR,pt"})
    void declaredLanguagesAreNormalized(String hint, String iso1) {
        assertThat(IsoLanguageCodes.fromHint(hint)).contains(iso1);
    }

    @Test
    void unreadableHintsGiveNothing() {
        assertThat(IsoLanguageCodes.fromHint("xx")).isEmpty();
        assertThat(IsoLanguageCodes.fromHint("french")).isEmpty();
        assertThat(IsoLanguageCodes.fromHint("")).isEmpty();
        assertThat(IsoLanguageCodes.fromHint(null)).isEmpty();
        assertThat(IsoLanguageCodes.fromHint("c3")).isEmpty();
    }
}
