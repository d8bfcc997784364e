package org.catalyse.accounts;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the platform's mails. Every mail is kept in the outbox, which administrators can read; it also goes out
 * through SMTP when a mail server is configured ({@code spring.mail.host}). A mail server that fails is noted
 * on the mail and never undoes what the mail was about.
 */
@Service
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final Clock clock;

    Mailer(
            Outbox outbox,
            ObjectProvider<JavaMailSender> sender,
            @Value("${catalyse.mail.from:Catalyse <ne-pas-repondre@catalyse.local>}") String from,
            Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.from = from;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void send(String to, String subject, String body) {
        OutboxMail mail = outbox.save(new OutboxMail(to, subject, body, clock.instant()));
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            smtp.send(message);
            mail.sent(clock.instant());
        } catch (MailException e) {
            log.warn("Mail to the outbox only, the mail server refused it: {}", e.getMessage());
            mail.failed(String.valueOf(e.getMessage()));
        }
    }
}
