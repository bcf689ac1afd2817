package io.remedy.console.me;

import io.remedy.console.i18n.Texts;
import io.remedy.console.page.NavContributor;
import io.remedy.console.page.NavEntry;
import io.remedy.console.page.Viewer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** A client's own pages. */
@ApplicationScoped
public class MeNav implements NavContributor {

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        if (!viewer.isClient()) {
            return List.of();
        }
        MeMessages words = Texts.in(viewer.language(), MeMessages.class);
        SelfMessages self = Texts.in(viewer.language(), SelfMessages.class);
        return List.of(new NavEntry("/me", words.nav_sessions(), 10), new NavEntry("/me/book", words.nav_book(), 11),
                new NavEntry("/me/homework", self.nav_homework(), 12), new NavEntry("/me/inbox", words.nav_inbox(), 13),
                new NavEntry("/me/record", self.nav_record(), 14),
                new NavEntry("/me/preferences", words.nav_preferences(), 15));
    }
}
