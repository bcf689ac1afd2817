package io.remedy.console.home;

import io.remedy.console.page.Viewer;

/** What the home page shows: the viewer's name and role; the links are the navigation's. */
public record HomeView(String name, String role, boolean frontDesk, boolean therapist, boolean client,
                       boolean chainAdmin) {

    static HomeView of(Viewer viewer) {
        return new HomeView(viewer.name(), viewer.mainRole().name(), viewer.isFrontDesk(), viewer.isTherapist(),
                viewer.isClient(), viewer.isChainAdmin());
    }
}
