package se.kundval.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;

import se.kundval.identity.DemoAccounts;
import se.kundval.shared.ui.LabelledSection;

/**
 * The login page. Demo mode: a username/password form and the list of built-in demo accounts.
 * Keycloak mode: a link to the municipality's login (e-legitimation for residents, accounts for
 * staff and providers); protected pages send people straight there.
 */
@Route("login")
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(ObjectProvider<DemoAccounts> demoMode) {
        addClassName("login-view");
        add(new H1(getTranslation("login.heading")));
        DemoAccounts demoAccounts = demoMode.getIfAvailable();
        if (demoAccounts == null) {
            Anchor keycloak = new Anchor("oauth2/authorization/keycloak", getTranslation("login.keycloak"));
            // A plain link: the browser must leave the app for Keycloak's login page.
            keycloak.setRouterIgnore(true);
            keycloak.addClassName("button-link");
            add(new Paragraph(getTranslation("login.keycloak.intro")), new Paragraph(keycloak));
            return;
        }

        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle("");
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(form);

        UnorderedList accounts = new UnorderedList();
        for (DemoAccounts.Listing account : demoAccounts.listings()) {
            accounts.add(new ListItem(getTranslation(
                    "login.demo.account",
                    account.username(),
                    getTranslation("role." + account.role()),
                    account.displayName())));
        }
        LabelledSection demo = new LabelledSection(
                "demo-accounts-heading",
                getTranslation("login.demo.heading"),
                new Paragraph(getTranslation("login.demo.intro")),
                accounts);
        demo.addClassName("demo-accounts");
        add(demo);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.title.suffix");
    }
}
