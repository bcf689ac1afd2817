package io.remedy.console.billing;

import io.remedy.console.i18n.Texts;
import io.remedy.console.page.NavContributor;
import io.remedy.console.page.NavEntry;
import io.remedy.console.page.Viewer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** The front desk's invoices, a client's own invoices, and the revenue per branch for managers and chain admins. */
@ApplicationScoped
public class BillingNav implements NavContributor {

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        BillingMessages words = Texts.in(viewer.language(), BillingMessages.class);
        List<NavEntry> entries = new ArrayList<>();
        if (viewer.isFrontDesk()) {
            entries.add(new NavEntry("/invoices", words.nav_invoices(), 25));
        }
        if (viewer.isClient()) {
            entries.add(new NavEntry("/me/invoices", words.nav_my_invoices(), 16));
        }
        if (viewer.isChainAdmin() || viewer.isManager()) {
            entries.add(new NavEntry("/reports/revenue", words.nav_revenue(), 61));
        }
        return entries;
    }
}
