package io.remedy.console.setup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The chain's set-up (chain admins; branch managers for their locations): the locations with their time zone,
 * notice and check-in windows, a form to open another, and the ways to therapists, services and messages.
 */
@Path("/setup")
@Produces(MediaType.TEXT_HTML)
public class SetupPage {

    /** The time zones a location may be in (IANA regions: offsets do not follow daylight saving). */
    public static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Overview setup);
    }

    /** The page: the locations, what was just done, and the new-location form as last sent. */
    public record Overview(Part<List<Setup.Location>> locations, String done, NewLocationForm form, FormErrors errors) {

        public List<String> zones() {
            return ZONES;
        }
    }

    /** The new-location form's values (as typed, so that a refused form comes back filled in). */
    public record NewLocationForm(String code, String name, String address, String timeZone, String noticeHours,
                                  String checkInOpensMinutesBefore, String key) {

        static NewLocationForm blank() {
            return new NewLocationForm("", "", "", "", "24", "30", UUID.randomUUID().toString());
        }
    }

    private final SetupApi setup;
    private final Viewer viewer;

    public SetupPage(@RestClient SetupApi setup, Viewer viewer) {
        this.setup = setup;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> show(@RestQuery String done) {
        return render(done, NewLocationForm.blank(), FormErrors.NONE);
    }

    @POST
    @Path("/locations")
    public Uni<Object> open(@RestForm String code, @RestForm String name, @RestForm String address,
                            @RestForm String timeZone, @RestForm String noticeHours,
                            @RestForm String checkInOpensMinutesBefore, @RestForm String key) {
        NewLocationForm form = new NewLocationForm(trim(code), trim(name), trim(address), trim(timeZone),
                trim(noticeHours), trim(checkInOpensMinutesBefore), key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
        FormErrors numbers = Numbers.check(FormErrors.NONE, "noticeHours", form.noticeHours(), viewer);
        numbers = Numbers.check(numbers, "checkInOpensMinutesBefore", form.checkInOpensMinutesBefore(), viewer);
        if (numbers.any()) {
            return render(null, form, numbers).map(page -> Response.status(400).entity(page).build());
        }
        return setup.openLocation(form.key(), new Setup.NewLocation(form.code(), form.name(),
                        form.address().isEmpty() ? null : form.address(), form.timeZone(),
                        Numbers.of(form.noticeHours()), Numbers.of(form.checkInOpensMinutesBefore())))
                .<Object>map(opened -> Response.seeOther(URI.create("/setup/locations/" + opened.id() + "?done=opened"))
                        .build())
                .onFailure(SetupErrors::formProblem).recoverWithUni(failure -> render(null, form,
                        SetupErrors.of((ApiProblem) failure, SetupErrors::plain))
                        .map(page -> Response.status(((ApiProblem) failure).status()).entity(page).build()));
    }

    private Uni<TemplateInstance> render(String done, NewLocationForm form, FormErrors errors) {
        return Part.of(setup.locations()).map(part -> Templates.overview(new Overview(
                part.map(all -> all.stream().sorted(Comparator.comparing(Setup.Location::name)).toList()),
                done, form, errors)));
    }

    static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
