package io.remedy.console.me;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** A client's own pages. Spanish in {@code messages/me_es.properties}. */
@MessageBundle(value = "me", locale = "en")
public interface MeMessages {

    @Message("My sessions")
    String nav_sessions();

    @Message("Book")
    String nav_book();

    @Message("Inbox")
    String nav_inbox();

    @Message("Preferences")
    String nav_preferences();

    @Message("Upcoming sessions")
    String upcoming();

    @Message("No upcoming sessions.")
    String none();

    @Message("Book a session")
    String book_title();

    @Message("Service")
    String service();

    @Message("Location")
    String location();

    @Message("Therapist")
    String therapist();

    @Message("Any therapist")
    String any_therapist();

    @Message("Date")
    String date();

    @Message("Find free times")
    String find();

    @Message("Free times")
    String free_times();

    @Message("No free time on this day: try another day.")
    String no_times();

    @Message("Confirm the booking")
    String confirm();

    @Message("Book {what}")
    String book_this(String what);

    @Message("Cancel")
    String cancel();

    @Message("Move")
    String move();

    @Message("Move to {what}")
    String move_this(String what);

    @Message("Cancel this session")
    String cancel_title();

    @Message("This is less than {hours} hours before the start: it counts as a late cancellation, and the clinic may charge for it.")
    String late_warning(int hours);

    @Message("Yes, cancel it")
    String cancel_confirm();

    @Message("Keep it")
    String keep();

    @Message("{#when done}{#is 'booked'}Booked: your confirmation is on its way.{#is 'rescheduled'}Moved.{#is 'cancelled'}Cancelled.{#is 'saved'}Saved.{#else}Done.{/when}")
    String done(String done);

    @Message("Inbox")
    String inbox_title();

    @Message("Nothing here yet.")
    String inbox_empty();

    @Message("New messages appear here as they arrive.")
    String inbox_live();

    @Message("Language of messages")
    String language();

    @Message("As booked")
    String language_default();

    @Message("Quiet hours: from")
    String quiet_from();

    @Message("Quiet hours: until")
    String quiet_to();

    @Message("Save")
    String save();

    @Message("That time was just taken. Choose another.")
    String taken();
}
