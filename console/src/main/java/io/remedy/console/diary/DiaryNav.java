package io.remedy.console.diary;

import io.remedy.console.i18n.Texts;
import io.remedy.console.page.NavContributor;
import io.remedy.console.page.NavEntry;
import io.remedy.console.page.Viewer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The diary, for the front desk (receptionists, branch managers, chain admins). */
@ApplicationScoped
public class DiaryNav implements NavContributor {

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        if (!viewer.isFrontDesk()) {
            return List.of();
        }
        return List.of(new NavEntry("/diary", Texts.in(viewer.language(), DiaryMessages.class).nav(), 10));
    }
}
