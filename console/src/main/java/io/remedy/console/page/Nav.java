package io.remedy.console.page;

import io.quarkus.arc.All;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;

/** The main navigation of the page being rendered: every contributor's entries for the viewer, in order. */
@RequestScoped
@Named("nav")
public class Nav {

    private final List<NavContributor> contributors;
    private final Viewer viewer;
    private final HttpServerRequest request;
    private List<Link> links;

    public Nav(@All List<NavContributor> contributors, Viewer viewer, HttpServerRequest request) {
        this.contributors = contributors;
        this.viewer = viewer;
        this.request = request;
    }

    /** A link as the layout shows it; {@code current} marks the page the viewer is on (aria-current). */
    public record Link(String path, String label, boolean current) {
    }

    public List<Link> links() {
        if (links == null) {
            String here = request.path();
            List<NavEntry> entries = contributors.stream()
                    .flatMap(contributor -> contributor.entries(viewer).stream())
                    .sorted(Comparator.comparingInt(NavEntry::order))
                    .toList();
            // the most specific entry holding this page: /me/inbox is Inbox's, not My sessions' (/me)
            NavEntry current = entries.stream()
                    .filter(entry -> here.equals(entry.path())
                            || (!entry.path().equals("/") && here.startsWith(entry.path() + "/")))
                    .max(Comparator.comparingInt(entry -> entry.path().length()))
                    .orElse(null);
            links = entries.stream().map(entry -> new Link(entry.path(), entry.label(), entry == current)).toList();
        }
        return links;
    }
}
