package io.remedy.console.setup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
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
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The chain's therapists with the services each offers, and (chain admins) taking one on. */
@Path("/setup/therapists")
@Produces(MediaType.TEXT_HTML)
public class TherapistsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance therapists(TherapistList setup);
    }

    /** The page: the therapists (with what they offer), what was just done, the new-therapist form. */
    public record TherapistList(Part<List<Row>> therapists, String done, NewTherapistForm form, FormErrors errors) {
    }

    /** A therapist as the list shows them. */
    public record Row(UUID id, String name, String email, boolean signsIn, String services) {
    }

    /** The new-therapist form's values. */
    public record NewTherapistForm(String displayName, String email, String userId, String key) {

        static NewTherapistForm blank() {
            return new NewTherapistForm("", "", "", UUID.randomUUID().toString());
        }
    }

    private final SetupApi setup;

    public TherapistsPage(@RestClient SetupApi setup) {
        this.setup = setup;
    }

    @GET
    public Uni<TemplateInstance> list(@RestQuery String done) {
        return render(done, NewTherapistForm.blank(), FormErrors.NONE);
    }

    @POST
    public Uni<Object> add(@RestForm String displayName, @RestForm String email, @RestForm String userId,
                           @RestForm String key) {
        NewTherapistForm form = new NewTherapistForm(SetupPage.trim(displayName), SetupPage.trim(email),
                SetupPage.trim(userId), key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
        return setup.addTherapist(form.key(), new Setup.NewTherapist(form.displayName(),
                        form.email().isEmpty() ? null : form.email(), form.userId().isEmpty() ? null : form.userId()))
                .<Object>map(added -> Response.seeOther(URI.create("/setup/therapists/" + added.id() + "?done=added"))
                        .build())
                .onFailure(SetupErrors::formProblem).recoverWithUni(failure -> render(null, form,
                        SetupErrors.of((ApiProblem) failure, SetupErrors::plain))
                        .map(page -> Response.status(((ApiProblem) failure).status()).entity(page).build()));
    }

    private Uni<TemplateInstance> render(String done, NewTherapistForm form, FormErrors errors) {
        return Uni.combine().all().unis(Part.of(setup.therapists()), Part.of(setup.services())).asTuple()
                .map(both -> {
                    List<Setup.Service> services = both.getItem2().available() ? both.getItem2().value() : List.of();
                    return Templates.therapists(new TherapistList(both.getItem1().map(all -> all.stream()
                            .sorted(Comparator.comparing(Setup.Therapist::displayName))
                            .map(t -> new Row(t.id(), t.displayName(), t.email() == null ? "" : t.email(),
                                    t.userId() != null, services.stream()
                                    .filter(s -> s.therapistIds().contains(t.id())).map(Setup.Service::name)
                                    .sorted().collect(Collectors.joining(", "))))
                            .toList()), done, form, errors));
                });
    }
}
