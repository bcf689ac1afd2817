package io.remedy.console.therapist;

import io.remedy.console.i18n.Texts;
import io.remedy.console.page.NavContributor;
import io.remedy.console.page.NavEntry;
import io.remedy.console.page.Viewer;
import io.remedy.console.records.ClinicalMessages;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The therapist's diary (with their overdue notes), the way into their clients' records. */
@ApplicationScoped
public class TherapistNav implements NavContributor {

    @Override
    public List<NavEntry> entries(Viewer viewer) {
        return viewer.isTherapist()
                ? List.of(new NavEntry("/my-diary", Texts.in(viewer.language(), ClinicalMessages.class).nav_my_diary(), 40))
                : List.of();
    }
}
