package io.vigie.enrich.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The OpenNLP langdetect-183 model (about 10 MB, a second to load), read once per JVM from the
 * classpath and shared: the model is immutable, only detectors are per thread.
 */
public final class LangdetectModel {
    static final String RESOURCE = "/langdetect-183.bin";

    private LangdetectModel() {
    }

    public static LanguageDetectorModel shared() {
        return Holder.MODEL;
    }

    private static final class Holder {
        private static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LangdetectModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + RESOURCE
                            + " is not on the classpath (dependency opennlp-models-langdetect missing?)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read language model " + RESOURCE, e);
            }
        }
    }
}
