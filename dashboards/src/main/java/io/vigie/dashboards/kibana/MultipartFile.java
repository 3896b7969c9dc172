package io.vigie.dashboards.kibana;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body with a single file part, which is all the import API takes. */
record MultipartFile(String boundary, byte[] body) {

    static MultipartFile of(String fieldName, String fileName, String contentType, String content) {
        String boundary = "vigie-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + fieldName + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return new MultipartFile(boundary, (head + content + tail).getBytes(StandardCharsets.UTF_8));
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }
}
