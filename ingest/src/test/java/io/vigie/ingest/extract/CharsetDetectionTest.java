package io.vigie.ingest.extract;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class CharsetDetectionTest {

    private static final String TEXT = "À Marseille, l'été s'annonce brûlant : « chaleur » et façades dégradées, ça inquiète.";
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static String page(String metaCharset) {
        return "<html><head>" + (metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">")
                + "</head><body><p>" + TEXT + "</p></body></html>";
    }

    @Test
    void headerWinsOverMetaWhenItDecodesCleanly() {
        CharsetDetection.Decoded d = CharsetDetection.decode(page("utf-8").getBytes(ISO_8859_1), ISO_8859_1);
        assertThat(d.text()).contains(TEXT);
        assertThat(d.charset()).isEqualTo(CP1252);
    }

    @Test
    void utf8BytesUnderALatin1HeaderAreReadAsUtf8() {
        CharsetDetection.Decoded d = CharsetDetection.decode(page(null).getBytes(UTF_8), ISO_8859_1);
        assertThat(d.text()).contains(TEXT);
        assertThat(d.charset()).isEqualTo(UTF_8);
    }

    @Test
    void latin1BytesUnderAUtf8HeaderFallBackToTheMetaThenWindows1252() {
        assertThat(CharsetDetection.decode(page("iso-8859-1").getBytes(ISO_8859_1), UTF_8).text()).contains(TEXT);
        assertThat(CharsetDetection.decode(page(null).getBytes(CP1252), UTF_8).text()).contains(TEXT);
        assertThat(CharsetDetection.decode(page("utf-8").getBytes(CP1252), null).text()).contains(TEXT);
    }

    @Test
    void bomWinsOverEverything() {
        byte[] body = page("iso-8859-1").getBytes(UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        CharsetDetection.Decoded d = CharsetDetection.decode(withBom, ISO_8859_1);
        assertThat(d.text()).startsWith("<html>").contains(TEXT);
        assertThat(d.charset()).isEqualTo(UTF_8);
    }

    @Test
    void metaIsUsedWhenTheHeaderIsSilent() {
        Charset koi8 = Charset.forName("KOI8-R");
        String russian = "<html><head><meta http-equiv=Content-Type content='text/html; charset=koi8-r'></head>"
                + "<body><p>Марсель - второй город Франции.</p></body></html>";
        assertThat(CharsetDetection.decode(russian.getBytes(koi8), null).text()).contains("Марсель - второй город Франции.");
    }

    @Test
    void unknownCharsetNamesAreIgnored() {
        assertThat(CharsetDetection.decode(page("x-no-such-charset").getBytes(UTF_8), null).text()).contains(TEXT);
    }
}
