package io.vigie.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Removes gzip/deflate content-encoding with a bound on the decompressed size, so that a small
 * compressed "bomb" hits the same limit as a large plain body.
 */
final class ContentDecoder {

    private ContentDecoder() {
    }

    /** The header value sent: only what {@link #decode} supports. */
    static final String ACCEPT_ENCODING = "gzip, deflate";

    /**
     * @throws BodyTooLargeException when the decoded body goes past {@code limit}
     * @throws UnsupportedEncodingException when the encoding is unknown
     * @throws IOException when the compressed data is corrupt
     */
    static byte[] decode(byte[] body, String contentEncoding, long limit) throws IOException {
        if (contentEncoding == null || contentEncoding.isBlank()) {
            return body;
        }
        String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
        byte[] data = body;
        // Codings are listed in the order they were applied; undo them in reverse.
        for (int i = codings.length - 1; i >= 0; i--) {
            String coding = codings[i].trim();
            switch (coding) {
                case "", "identity" -> { }
                case "gzip", "x-gzip" -> data = readBounded(new GZIPInputStream(new ByteArrayInputStream(data)), limit);
                case "deflate" -> data = inflate(data, limit);
                default -> throw new UnsupportedEncodingException(coding);
            }
        }
        return data;
    }

    private static byte[] inflate(byte[] data, long limit) throws IOException {
        try {
            return readBounded(new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(false)), limit);
        } catch (ZipException e) {
            // Some servers send raw deflate without the zlib header the RFC asks for.
            return readBounded(new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(true)), limit);
        }
    }

    private static byte[] readBounded(InputStream in, long limit) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            int n;
            while ((n = in.read(buf)) != -1) {
                if (out.size() + (long) n > limit) {
                    throw new BodyTooLargeException("decompressed body over limit");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    static final class UnsupportedEncodingException extends IOException {
        UnsupportedEncodingException(String coding) {
            super("unsupported content-encoding " + coding);
        }
    }
}
