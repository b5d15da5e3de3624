package se.kundval.commission.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.kundval.ui.PortalPage;

/** Page object for "Katalogens register": areas, specialisations, service types' terms. */
public class CatalogueAdminPage extends PortalPage {

    public CatalogueAdminPage(Page page) {
        super(page);
    }

    public CatalogueAdminPage open(String baseUrl) {
        page.navigate(baseUrl + "huvudman/katalog");
        return this;
    }

    public Locator areas() {
        return section("Områden");
    }

    /** Presses "Ta bort" on an area, named "Boo (BOO)". */
    public void removeArea(String nameAndCode) {
        areas().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ta bort " + nameAndCode))
                .click();
    }

    /** Fills the new area's fields (the centre point as typed) and presses "Spara". */
    public void addArea(String code, String name, String latitude, String longitude) {
        Locator areas = areas();
        areas.getByLabel("Kod (versaler, siffror, _)").fill(code);
        areas.getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true)).fill(name);
        areas.getByLabel("Mittpunkt, latitud").fill(latitude);
        areas.getByLabel("Mittpunkt, longitud").fill(longitude);
        saveArea();
    }

    /** Corrects the new area's latitude and saves again. */
    public void correctLatitude(String latitude) {
        areas().getByLabel("Mittpunkt, latitud").fill(latitude);
        saveArea();
    }

    private void saveArea() {
        areas().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara"))
                .click();
    }

    /** The error summary. */
    public Locator alert() {
        return page.getByRole(AriaRole.ALERT);
    }
}
