package io.remedy.console.page;

import java.util.List;

/**
 * A screen family's links in the main navigation: implement it as an {@code @ApplicationScoped} bean in the family's
 * own package and return the entries the viewer's roles may use (none for the others). The layout collects every
 * contributor; no shared file needs editing to add a screen.
 */
public interface NavContributor {

    List<NavEntry> entries(Viewer viewer);
}
