package io.vigie.alerts.mail;

import java.util.List;

/** Sends one rendered mail; throws when the server did not accept it. */
public interface MailSender {
    void send(String idempotencyKey, List<String> recipients, RenderedMail mail) throws Exception;
}
