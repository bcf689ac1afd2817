package io.remedy.console.home;

import io.remedy.console.i18n.Messages;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.NavContributor;
import io.remedy.console.page.NavEntry;
import io.remedy.console.page.Viewer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Home, for everyone. */
@ApplicationScoped
public class HomeNav implements NavContributor {

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        return List.of(new NavEntry("/", Texts.in(viewer.language(), Messages.class).nav_home(), 0));
    }
}
