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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chain's message settings (chain admins): when reminders go out before a session, the chain's name and the
 * signature in every message, and the tone (first names or full names).
 */
@Path("/setup/messages")
@Produces(MediaType.TEXT_HTML)
public class MessageSettingsPage {

    /** As many reminders as notification-service keeps. */
    static final int REMINDERS = 5;

    private static final Pattern REMINDER = Pattern.compile("reminderOffsets\\[(\\d+)]");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance messages(MessageSettings setup);

        static native TemplateInstance preview(Shown preview);
    }

    /** The page: the form as read or as sent, its errors, what was just done, the kinds of message and a preview. */
    public record MessageSettings(Part<SettingsForm> form, FormErrors errors, String done,
                                  Part<List<MessageSettingsApi.Template>> templates, Shown preview) {
    }

    /** A preview as shown (or none asked for yet): the kind and language asked, the message or the API's problem. */
    public record Shown(String kind, String language, Part<MessageSettingsApi.Preview> message, FormErrors errors) {

        static Shown none() {
            return new Shown("BOOKING_CONFIRMATION", "en", null, FormErrors.NONE);
        }

        public boolean asked() {
            return message != null || errors.any();
        }
    }

    /** The settings form: a reminder's hours before the session per input, the name, signature and tone. */
    public record SettingsForm(List<String> reminderHours, String chainName, String signature, String tone,
                               String version) {

        /** Each reminder input: its name ({@code reminder0}...), number (1...) and hours. */
        public List<Reminder> reminders() {
            List<Reminder> all = new ArrayList<>();
            for (int i = 0; i < reminderHours.size(); i++) {
                all.add(new Reminder("reminder" + i, i + 1, reminderHours.get(i)));
            }
            return all;
        }
    }

    /** One reminder input. */
    public record Reminder(String name, int number, String hours) {
    }

    private final MessageSettingsApi settings;

    public MessageSettingsPage(@RestClient MessageSettingsApi settings) {
        this.settings = settings;
    }

    @GET
    public Uni<TemplateInstance> show(@RestQuery String done, @RestQuery String kind, @RestQuery String language) {
        Uni<Shown> shown = kind == null ? Uni.createFrom().item(Shown.none()) : preview(kind, language, null, null, null);
        return Uni.combine().all().unis(Part.of(settings.settings()), Part.of(settings.templates()), shown).asTuple()
                .map(all -> Templates.messages(new MessageSettings(all.getItem1().map(answer -> {
            MessageSettingsApi.Settings read = answer.getEntity();
            List<String> hours = new ArrayList<>();
            for (String offset : read.reminderOffsets()) {
                hours.add(hours(offset));
            }
            return new SettingsForm(padded(hours), text(read.chainName()), text(read.signature()), read.tone(),
                    version(answer.getHeaderString(HttpHeaders.ETAG)));
        }), FormErrors.NONE, done, all.getItem2(), all.getItem3())));
    }

    /**
     * A preview alone (htmx swaps it in): with the voice typed into the form when it comes along (not saved yet),
     * else the saved one.
     */
    @GET
    @Path("/preview")
    public Uni<TemplateInstance> previewPart(@RestQuery String kind, @RestQuery String language,
                                             @RestQuery String tone, @RestQuery String chainName,
                                             @RestQuery String signature) {
        return preview(kind, language, tone, chainName, signature).map(Templates::preview);
    }

    private Uni<Shown> preview(String kind, String language, String tone, String chainName, String signature) {
        String lang = language == null || language.isBlank() ? "en" : language;
        return Part.of(settings.preview(kind, lang, tone, chainName, signature))
                .map(part -> new Shown(kind, lang, part, FormErrors.NONE))
                .onFailure(SetupErrors::formProblem).recoverWithItem(failure -> new Shown(kind, lang, null,
                        SetupErrors.of((ApiProblem) failure, SetupErrors::plain)));
    }

    @POST
    public Uni<Object> save(MultivaluedMap<String, String> form) {
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < REMINDERS; i++) {
            typed.add(first(form, "reminder" + i));
        }
        SettingsForm sent = new SettingsForm(typed, first(form, "chainName"), first(form, "signature"),
                first(form, "tone"), first(form, "version"));
        // each filled input is one reminder; the positions sent are remembered to put an error beside its input
        List<String> offsets = new ArrayList<>();
        List<Integer> inputs = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            if (!typed.get(i).isEmpty()) {
                offsets.add(offset(typed.get(i)));
                inputs.add(i);
            }
        }
        MessageSettingsApi.Settings changed = new MessageSettingsApi.Settings(offsets,
                sent.chainName().isEmpty() ? null : sent.chainName(),
                sent.signature().isEmpty() ? null : sent.signature(), sent.tone().isEmpty() ? null : sent.tone());
        return settings.replace("\"" + sent.version() + "\"", changed)
                .<Object>map(saved -> Response.seeOther(URI.create("/setup/messages?done=messages")).build())
                .onFailure(SetupErrors::formProblem).recoverWithUni(failure -> Part.of(settings.templates())
                        .map(templates -> Response.status(((ApiProblem) failure).status())
                                .entity(Templates.messages(new MessageSettings(Part.of(sent),
                                        SetupErrors.of((ApiProblem) failure, field -> reminderInput(field, inputs)),
                                        null, templates, Shown.none())))
                                .build()));
    }

    /** The reminder input the API's {@code reminderOffsets[i]} came from (the i-th filled one). */
    private static String reminderInput(String field, List<Integer> inputs) {
        Matcher matcher = REMINDER.matcher(field);
        if (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            return index < inputs.size() ? "reminder" + inputs.get(index) : "reminder0";
        }
        return SetupErrors.plain(field);
    }

    /** Hours as typed ("24", "1.5") as an ISO-8601 duration of whole minutes; anything else is sent as typed. */
    static String offset(String hours) {
        try {
            BigDecimal minutes = new BigDecimal(hours.replace(',', '.')).multiply(BigDecimal.valueOf(60));
            return Duration.ofMinutes(minutes.setScale(0, RoundingMode.HALF_UP).longValueExact()).toString();
        } catch (NumberFormatException | ArithmeticException e) {
            return hours;
        }
    }

    /** An ISO-8601 duration as hours before the session ("PT24H": "24", "PT90M": "1.5"). */
    static String hours(String offset) {
        try {
            long minutes = Duration.parse(offset).toMinutes();
            return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
        } catch (DateTimeParseException e) {
            return offset;
        }
    }

    private static List<String> padded(List<String> hours) {
        List<String> all = new ArrayList<>(hours);
        while (all.size() < REMINDERS) {
            all.add("");
        }
        return all;
    }

    private static String version(String etag) {
        return etag == null ? "0" : etag.replace("W/", "").replace("\"", "").trim();
    }

    private static String first(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.trim();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
