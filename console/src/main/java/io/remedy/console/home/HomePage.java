package io.remedy.console.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.page.Viewer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The first page after sign-in: what this person does here, by role, with links to their screens. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(HomeView home);
    }

    private final Viewer viewer;

    public HomePage(Viewer viewer) {
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(HomeView.of(viewer));
    }
}
