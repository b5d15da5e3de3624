package se.kundval.notification.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import se.kundval.identity.CurrentUser;
import se.kundval.identity.Role;
import se.kundval.notification.Message;
import se.kundval.notification.MessageService;

/**
 * The resident's "Meddelanden" and the provider's inbox: the same notifications that are
 * e-mailed when SMTP is configured. Opening the page marks them as read.
 */
@Menu(title = "layout.nav.messages", order = 30)
@Route("meddelanden")
@RolesAllowed({Role.RESIDENT, Role.PROVIDER})
class MessagesView extends Div implements HasDynamicTitle {

    private static final int SHOWN = 100;
    private final boolean provider;

    MessagesView(MessageService choices, CurrentUser currentUser) {
        addClassName("messages-view");
        provider = currentUser
                .get()
                .map(u -> u.hasRole(Role.PROVIDER) && !u.hasRole(Role.RESIDENT))
                .orElse(false);
        add(new H1(getTranslation(provider ? "messages.heading.provider" : "messages.heading")));
        List<Message> messages = choices.myMessages(SHOWN);
        if (messages.isEmpty()) {
            add(new Paragraph(getTranslation("messages.none")));
            return;
        }
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Stockholm"));
        for (Message m : messages) {
            Article article = new Article();
            article.addClassName("message");
            H2 subject = new H2();
            if (!m.read()) {
                Span unread = new Span(getTranslation("messages.unread"));
                unread.addClassName("badge");
                subject.add(unread, new Span(" "));
                article.addClassName("unread");
            }
            subject.add(new Span(m.subject()));
            Paragraph date = new Paragraph(getTranslation("messages.date", times.format(m.createdAt())));
            date.addClassName("message-date");
            // The body is the sender's plain text (setText): nothing in it is interpreted as HTML.
            Paragraph body = new Paragraph(m.body());
            article.add(subject, date, body);
            if (m.linkPath() != null) {
                // The message says where to go; the link takes the reader there.
                Anchor link = new Anchor(
                        m.linkPath(), getTranslation(m.linkLabel() == null ? "messages.link.open" : m.linkLabel()));
                link.addClassName("message-link");
                article.add(new Paragraph(link));
            }
            add(article);
        }
        choices.markRead(
                messages.stream().filter(m -> !m.read()).map(Message::id).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(provider ? "messages.heading.provider" : "messages.title") + " – "
                + getTranslation("app.title.suffix");
    }
}
