package io.remedy.console.diary;

import io.remedy.console.i18n.Texts;
import io.remedy.console.page.NavContributor;
import io.remedy.console.page.NavEntry;
import io.remedy.console.page.Viewer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The front desk's screens (receptionists, branch managers, chain admins): diary, waitlist, clients, room hires. */
@ApplicationScoped
public class DiaryNav implements NavContributor {

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        if (!viewer.isFrontDesk()) {
            return List.of();
        }
        DeskMessages words = Texts.in(viewer.language(), DeskMessages.class);
        return List.of(new NavEntry("/diary", Texts.in(viewer.language(), DiaryMessages.class).nav(), 10),
                new NavEntry("/waitlist", words.nav_waitlist(), 12),
                new NavEntry("/clients", words.nav_clients(), 20),
                new NavEntry("/hires", words.nav_hires(), 30));
    }
}
