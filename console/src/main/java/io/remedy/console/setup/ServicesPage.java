package io.remedy.console.setup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The chain's services (what clients book): duration, buffer after, list price and who offers each; chain admins add
 * and change them.
 */
@Path("/setup/services")
@Produces(MediaType.TEXT_HTML)
public class ServicesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance services(ServiceList setup);

        static native TemplateInstance service(ServiceEdit setup);
    }

    /** The list page: the services, what was just done, the new-service form. */
    public record ServiceList(Part<List<Row>> services, String done, ServiceForm form, List<Setup.Therapist> therapists,
                              FormErrors errors) {
    }

    /** One service's page: its form, the therapists to choose from. */
    public record ServiceEdit(UUID id, String title, ServiceForm form, List<Setup.Therapist> therapists,
                              FormErrors errors, String done) {
    }

    /** A service as the list shows it. */
    public record Row(UUID id, String name, int durationMinutes, int bufferMinutes, String price, String therapists) {
    }

    /** The service form's values, as typed (price in major units). */
    public record ServiceForm(String name, String durationMinutes, String bufferMinutes, String price, String currency,
                              Set<String> therapistIds, long version, String key) {

        static ServiceForm blank() {
            return new ServiceForm("", "60", "15", "", "GBP", Set.of(), 0, UUID.randomUUID().toString());
        }

        static ServiceForm of(Setup.Service service) {
            return new ServiceForm(service.name(), String.valueOf(service.durationMinutes()),
                    String.valueOf(service.bufferMinutes()), Numbers.amount(service.priceCents()), service.currency(),
                    service.therapistIds().stream().map(UUID::toString).collect(Collectors.toSet()),
                    service.version(), UUID.randomUUID().toString());
        }

        public boolean offers(UUID therapist) {
            return therapistIds.contains(therapist.toString());
        }
    }

    private final SetupApi setup;
    private final Viewer viewer;

    public ServicesPage(@RestClient SetupApi setup, Viewer viewer) {
        this.setup = setup;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> list(@RestQuery String done) {
        return renderList(done, ServiceForm.blank(), FormErrors.NONE);
    }

    @POST
    public Uni<Object> add(@RestForm String name, @RestForm String durationMinutes, @RestForm String bufferMinutes,
                           @RestForm String price, @RestForm String currency,
                           @RestForm("therapistIds") List<String> therapistIds, @RestForm String key) {
        ServiceForm form = form(name, durationMinutes, bufferMinutes, price, currency, therapistIds, 0, key);
        FormErrors typed = typed(form);
        if (typed.any()) {
            return renderList(null, form, typed).map(page -> Response.status(400).entity(page).build());
        }
        return setup.addService(form.key(), fields(form))
                .<Object>map(added -> Response.seeOther(URI.create("/setup/services?done=service")).build())
                .onFailure(SetupErrors::formProblem).recoverWithUni(failure -> renderList(null, form,
                        SetupErrors.of((ApiProblem) failure, ServicesPage::input))
                        .map(page -> Response.status(((ApiProblem) failure).status()).entity(page).build()));
    }

    @GET
    @Path("/{id}")
    public Uni<TemplateInstance> show(@PathParam("id") UUID id, @RestQuery String done) {
        return setup.service(id).flatMap(service -> renderEdit(id, service.name(), ServiceForm.of(service),
                FormErrors.NONE, done));
    }

    @POST
    @Path("/{id}")
    public Uni<Object> change(@PathParam("id") UUID id, @RestForm String name, @RestForm String durationMinutes,
                              @RestForm String bufferMinutes, @RestForm String price, @RestForm String currency,
                              @RestForm("therapistIds") List<String> therapistIds, @RestForm long version) {
        ServiceForm form = form(name, durationMinutes, bufferMinutes, price, currency, therapistIds, version, null);
        FormErrors typed = typed(form);
        if (typed.any()) {
            return renderEdit(id, form.name(), form, typed, null).map(page -> Response.status(400).entity(page).build());
        }
        return setup.changeService(id, SetupApi.version(version), fields(form))
                .<Object>map(changed -> Response.seeOther(URI.create("/setup/services/" + id + "?done=changed")).build())
                .onFailure(SetupErrors::formProblem).recoverWithUni(failure -> renderEdit(id, form.name(), form,
                        SetupErrors.of((ApiProblem) failure, ServicesPage::input), null)
                        .map(page -> Response.status(((ApiProblem) failure).status()).entity(page).build()));
    }

    private static ServiceForm form(String name, String duration, String buffer, String price, String currency,
                                    List<String> therapists, long version, String key) {
        return new ServiceForm(SetupPage.trim(name), SetupPage.trim(duration), SetupPage.trim(buffer),
                SetupPage.trim(price), SetupPage.trim(currency).toUpperCase(java.util.Locale.ROOT),
                therapists == null ? Set.of() : Set.copyOf(therapists), version,
                key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
    }

    /** Numbers that are not numbers, found before asking the API (its rules on ranges stay its own). */
    private FormErrors typed(ServiceForm form) {
        FormErrors errors = Numbers.check(FormErrors.NONE, "durationMinutes", form.durationMinutes(), viewer);
        errors = Numbers.check(errors, "bufferMinutes", form.bufferMinutes(), viewer);
        if (!form.price().isEmpty() && Numbers.cents(form.price()) == null) {
            SetupMessages words = Texts.in(viewer.language(), SetupMessages.class);
            errors = (errors.any() ? errors : FormErrors.summary(words.check_form())).with("price", words.amount());
        }
        return errors;
    }

    private static Setup.ServiceFields fields(ServiceForm form) {
        return new Setup.ServiceFields(form.name(), Numbers.of(form.durationMinutes()), Numbers.of(form.bufferMinutes()),
                Numbers.cents(form.price()), form.currency(),
                form.therapistIds().stream().map(UUID::fromString).sorted().toList());
    }

    /** The form's input an API field is typed into: the price in major units for {@code priceCents}. */
    static String input(String field) {
        String plain = SetupErrors.plain(field);
        return "priceCents".equals(plain) ? "price" : plain;
    }

    private Uni<TemplateInstance> renderList(String done, ServiceForm form, FormErrors errors) {
        return Uni.combine().all().unis(Part.of(setup.services()), Part.of(setup.therapists())).asTuple()
                .map(both -> {
                    List<Setup.Therapist> therapists = therapists(both.getItem2());
                    Map<UUID, String> names = therapists.stream()
                            .collect(Collectors.toMap(Setup.Therapist::id, Setup.Therapist::displayName));
                    return Templates.services(new ServiceList(both.getItem1().map(all -> all.stream()
                            .sorted(Comparator.comparing(Setup.Service::name))
                            .map(s -> new Row(s.id(), s.name(), s.durationMinutes(), s.bufferMinutes(),
                                    Numbers.amount(s.priceCents()) + " " + s.currency(), s.therapistIds().stream()
                                    .map(t -> names.getOrDefault(t, "—")).sorted().collect(Collectors.joining(", "))))
                            .toList()), done, form, therapists, errors));
                });
    }

    private Uni<TemplateInstance> renderEdit(UUID id, String title, ServiceForm form, FormErrors errors, String done) {
        return Part.of(setup.therapists()).map(therapists -> Templates.service(new ServiceEdit(id, title, form,
                therapists(therapists), errors, done)));
    }

    private static List<Setup.Therapist> therapists(Part<List<Setup.Therapist>> part) {
        return part.available() ? part.value().stream().sorted(Comparator.comparing(Setup.Therapist::displayName))
                .toList() : List.of();
    }
}
