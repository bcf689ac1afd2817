package io.remedy.console.reports;

import io.remedy.console.i18n.Texts;
import io.remedy.console.page.NavContributor;
import io.remedy.console.page.NavEntry;
import io.remedy.console.page.Viewer;
import io.remedy.console.setup.SetupMessages;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** The branch report and the chain set-up for chain admins and branch managers; dead letters for chain admins. */
@ApplicationScoped
public class AdminNav implements NavContributor {

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        AdminMessages words = Texts.in(viewer.language(), AdminMessages.class);
        List<NavEntry> entries = new ArrayList<>();
        if (viewer.isChainAdmin() || viewer.isManager()) {
            entries.add(new NavEntry("/reports/branches", words.nav_report(), 60));
        }
        if (viewer.isChainAdmin()) {
            entries.add(new NavEntry("/admin/dead-letters", words.nav_dead_letters(), 70));
        }
        if (viewer.isChainAdmin() || viewer.isManager()) {
            entries.add(new NavEntry("/setup", Texts.in(viewer.language(), SetupMessages.class).nav_setup(), 65));
        }
        return entries;
    }
}
