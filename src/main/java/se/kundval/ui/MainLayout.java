package se.kundval.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.shared.Registration;
import org.springframework.beans.factory.annotation.Value;

import se.kundval.catalogue.ui.CatalogueNavigation;
import se.kundval.identity.CurrentUser;
import se.kundval.identity.KundvalUser;
import se.kundval.identity.Role;
import se.kundval.opendata.ui.OpenDataNavigation;

/**
 * The frame of every page: skip link, header with the language switch and login, a single
 * {@code <main>} landmark for the page's content, and a footer.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    private final KundvalI18nProvider texts;
    private Registration compareListener;

    private final Main main = new Main();
    private final RouterLink compareLink = CatalogueNavigation.compareLink();

    public MainLayout(CurrentUser currentUser, KundvalI18nProvider texts, @Value("${kundval.auth}") String authMode) {
        this.texts = texts;
        addClassName("page");

        Anchor skip = new Anchor("#main", getTranslation("layout.skip"));
        skip.addClassName("skip-link");
        // A plain in-page link: the router must not treat it as navigation.
        skip.getElement().setAttribute("router-ignore", true);
        add(skip);

        if ("demo".equals(authMode)) {
            Paragraph demo = new Paragraph(getTranslation("layout.demo"));
            demo.addClassName("demo-banner");
            add(demo);
        }

        Header header = new Header();
        header.addClassName("site-header");
        RouterLink home = CatalogueNavigation.startLink();
        home.addClassName("site-name");
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("site-name-app");
        Span municipality = new Span(getTranslation("app.municipality"));
        municipality.addClassName("site-name-municipality");
        home.add(appName, municipality);

        Nav nav = new Nav();
        nav.addClassName("site-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.nav.label"));
        nav.add(CatalogueNavigation.startLink(getTranslation("layout.nav.start")), compareLink);
        // The role pages come from the views' own @Menu and access annotations: the menu lists
        // exactly what this user may open, so the role rules live once, on the views.
        currentUser
                .get()
                .ifPresent(user -> MenuConfiguration.getMenuEntries()
                        .forEach(entry -> nav.add(new RouterLink(menuTitle(entry.title(), user), entry.menuClass()))));
        updateCompareLink();

        Div tools = new Div();
        tools.addClassName("site-tools");
        Button language = new Button(getTranslation("layout.language.switch"));
        String targetLanguage = getTranslation("layout.language.switch.lang");
        language.getElement().setAttribute("lang", targetLanguage);
        language.getElement().setAttribute("aria-label", getTranslation("layout.language.switch.label"));
        language.addClassName("language-switch");
        language.addClickListener(
                e -> LanguageSelection.switchTo(UI.getCurrent(), KundvalI18nProvider.supported(targetLanguage)));
        tools.add(language);

        currentUser.get().ifPresentOrElse(user -> addLoggedIn(tools, user, currentUser), () -> {
            boolean keycloak = "keycloak".equals(authMode);
            // With Keycloak the browser leaves the app for the municipality's login page.
            Anchor login =
                    new Anchor(keycloak ? "oauth2/authorization/keycloak" : "login", getTranslation("layout.login"));
            login.setRouterIgnore(keycloak);
            login.addClassName("login-link");
            tools.add(login);
        });
        header.add(home, nav, tools);
        add(header);

        main.setId("main");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("site-main");
        add(main);

        Footer footer = new Footer();
        footer.addClassName("site-footer");
        RouterLink accessibility =
                new RouterLink(getTranslation("layout.footer.accessibility"), AccessibilityStatementView.class);
        footer.add(
                new Paragraph(getTranslation("layout.footer.text")),
                new Paragraph(getTranslation("layout.footer.contact")),
                new Paragraph(accessibility),
                new Paragraph(OpenDataNavigation.openDataLink(getTranslation("layout.footer.openData"))));
        add(footer);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        compareListener = CatalogueNavigation.onCompareChanged(event.getUI(), this::updateCompareLink);
        updateCompareLink();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (compareListener != null) {
            compareListener.remove();
        }
        super.onDetach(event);
    }

    private void updateCompareLink() {
        compareLink.setText(getTranslation("layout.nav.compare", CatalogueNavigation.compareCount()));
    }

    /**
     * A menu title is a message key; a role may word it its own way ("Inkorg" for a provider's
     * messages) with the key {@code <title>.<role>}.
     */
    private String menuTitle(String key, KundvalUser user) {
        for (String role : Role.ALL) {
            String specific = key + "." + role;
            if (user.hasRole(role) && texts.hasTranslation(specific, getLocale())) {
                return getTranslation(specific);
            }
        }
        return getTranslation(key);
    }

    private void addLoggedIn(Div tools, KundvalUser user, CurrentUser currentUser) {
        tools.add(new SessionTimeoutWarning());
        Span who = new Span(getTranslation("layout.loggedInAs", user.displayName()));
        who.addClassName("logged-in-as");
        Button logout = new Button(getTranslation("layout.logout"), e -> currentUser.logout());
        logout.addClassName("logout-button");
        tools.add(who, logout);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
