package io.remedy.console.diary;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The front desk's words: diary, booking, a session's page. Spanish in {@code messages/diary_es.properties}. */
@MessageBundle(value = "diary", locale = "en")
public interface DiaryMessages {

    @Message("Diary")
    String nav();

    @Message("Diary of {location}")
    String title(String location);

    @Message("Location")
    String location();

    @Message("Day")
    String day();

    @Message("Show")
    String show();

    @Message("Previous day")
    String previous_day();

    @Message("Next day")
    String next_day();

    @Message("Today")
    String today();

    @Message("Free times for")
    String free_for();

    @Message("Time")
    String time();

    @Message("Book {time}")
    String book_at(String time);

    @Message("Free at {time} with {therapist}: book")
    String book_label(String time, String therapist);

    @Message("Nobody is rostered or booked here on this day.")
    String empty();

    @Message("Closed: {reason}")
    String closed(String reason);

    @Message("Room hires")
    String hires();

    @Message("Cancelled and no-shows")
    String off_grid();

    @Message("Held: red flag")
    String held();

    @Message("late")
    String late();

    @Message("{#when status}{#is 'BOOKED'}Booked{#is 'CHECKED_IN'}Checked in{#is 'COMPLETED'}Completed{#is 'CANCELLED'}Cancelled{#is 'NO_SHOW'}No-show{#else}{status}{/when}")
    String status(String status);

    @Message("{#when done}{#is 'booked'}Booked.{#is 'rescheduled'}Moved.{#is 'checked-in'}Checked in.{#is 'cancelled'}Cancelled.{#is 'no-show'}Marked a no-show.{#else}Done.{/when}")
    String done(String done);

    @Message("Book a session")
    String book_title();

    @Message("Service")
    String service();

    @Message("Therapist")
    String therapist();

    @Message("Any therapist")
    String any_therapist();

    @Message("Date")
    String date();

    @Message("Find free times")
    String find_times();

    @Message("Free times")
    String free_times();

    @Message("No free time on this day: try another day or therapist.")
    String no_times();

    @Message("{service} with {therapist}, {when}")
    String slot_summary(String service, String therapist, String when);

    @Message("Client")
    String client();

    @Message("Find a client")
    String find_client();

    @Message("Name, e-mail or phone")
    String find_client_hint();

    @Message("Search")
    String search();

    @Message("No client matches.")
    String no_client();

    @Message("Or register a new client")
    String new_client();

    @Message("Given name")
    String given_name();

    @Message("Family name")
    String family_name();

    @Message("E-mail")
    String email();

    @Message("Mobile (e.g. +447700900123)")
    String phone();

    @Message("Book")
    String book();

    @Message("Choose a client, or give a new client's given and family name.")
    String choose_client();

    @Message("That time was just taken. Choose another free time below.")
    String taken();

    @Message("Session")
    String session_title();

    @Message("When")
    String when();

    @Message("Room")
    String room();

    @Message("Status")
    String status_label();

    @Message("Check in")
    String check_in();

    @Message("Mark no-show")
    String no_show();

    @Message("Move")
    String reschedule();

    @Message("New start (date and time at the location)")
    String new_start();

    @Message("Move the session")
    String reschedule_submit();

    @Message("Cancel the session")
    String cancel();

    @Message("Reason")
    String reason();

    @Message("{#when reason}{#is 'CLIENT_REQUEST'}The client asked{#is 'ILLNESS'}Illness{#is 'THERAPIST_UNAVAILABLE'}Therapist unavailable{#is 'CLINIC_CLOSURE'}Clinic closure{#is 'DUPLICATE_BOOKING'}Duplicate booking{#else}Other{/when}")
    String reason_label(String reason);

    @Message("This is inside the {hours}-hour notice window: it will be recorded as a late cancellation.")
    String late_warning(int hours);

    @Message("Confirm the cancellation")
    String cancel_confirm();

    @Message("Keep the session")
    String keep();

    @Message("Back to the diary")
    String back_to_diary();

    @Message("On hold for a red-flag clearance: it cannot be checked in or moved until the therapist clears it.")
    String hold_text();
}
