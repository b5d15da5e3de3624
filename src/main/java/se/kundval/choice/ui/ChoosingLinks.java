package se.kundval.choice.ui;

import se.kundval.catalogue.ui.ServiceTypeView;

/** Links into the catalogue's result list in choosing mode (the entitlement id, never a personnummer). */
final class ChoosingLinks {

    private ChoosingLinks() {
    }

    static String resultList(long entitlementId, String serviceTypeCode) {
        return "tjanst/" + serviceTypeCode + "?" + ServiceTypeView.ENTITLEMENT_PARAMETER + "=" + entitlementId;
    }
}
