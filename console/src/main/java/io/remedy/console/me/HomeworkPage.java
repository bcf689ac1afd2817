package io.remedy.console.me;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.BookingApi;
import io.remedy.console.page.Part;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;

/** A client's homework, with their therapist's instructions, from their active treatment plans. */
@Path("/me/homework")
@Produces(MediaType.TEXT_HTML)
public class HomeworkPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance homework(Part<List<MyRecordApi.Homework>> homework);
    }

    private final BookingApi booking;
    private final MyRecordApi record;

    public HomeworkPage(@RestClient BookingApi booking, @RestClient MyRecordApi record) {
        this.booking = booking;
        this.record = record;
    }

    @GET
    public Uni<TemplateInstance> homework() {
        // the record is addressed by the client's id, which booking knows from the signed-in login
        return Part.of(booking.me().flatMap(me -> record.homework(me.id())).map(MyRecordApi.HomeworkPage::items))
                .map(Templates::homework);
    }
}
