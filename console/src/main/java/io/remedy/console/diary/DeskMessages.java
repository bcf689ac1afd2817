package io.remedy.console.diary;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.time.LocalDate;

/**
 * The front desk's words beyond the day's diary: the week, moving by drag, the waitlist, clients and room hires.
 * Spanish in {@code messages/desk_es.properties}.
 */
@MessageBundle(value = "desk", locale = "en")
public interface DeskMessages {

    // --- navigation
    @Message("Waitlist")
    String nav_waitlist();

    @Message("Clients")
    String nav_clients();

    @Message("Room hires")
    String nav_hires();

    // --- day and week
    @Message("View")
    String view();

    @Message("Day")
    String view_day();

    @Message("Week")
    String view_week();

    @Message("Week")
    String week();

    @Message("Week of {location}")
    String week_title(String location);

    @Message("Week of")
    String week_of();

    @Message("Previous week")
    String previous_week();

    @Message("This week")
    String this_week();

    @Message("Next week")
    String next_week();

    @Message("Nobody is rostered or booked here in this week.")
    String week_empty();

    @Message("{#when count}{#is 1}1 free time{#else}{count} free times{/when}")
    String free_count(int count);

    @Message("To move a booked session, drag it onto another time or therapist; or open it and use its Move form.")
    String drag_hint();

    @Message("To move a booked session to another day, drag it onto that day of any therapist: it keeps its time of day. For another time, open the day.")
    String week_drag_hint();

    @Message("The session was not moved: {reason}")
    String move_refused(String reason);

    @Message("That time is not free for this session (it is taken, inside another session's buffer, outside the roster, or the client is held for a red flag). Drag it to a free time, or open the session and choose a time in its Move form.")
    String move_conflict_next();

    @Message("That time is not free for this session (it is taken, inside another session's buffer, outside the roster, or the client is held for a red flag). Choose another time below, or drag the session to a free time in the diary.")
    String session_conflict_next();

    @Message("Reload the diary and try again, or open the session and choose a time in its Move form.")
    String move_other_next();

    @Message("The new time could not be read.")
    String move_unreadable();

    // --- waitlist
    @Message("Waitlist")
    String waitlist_title();

    @Message("Add a client to the waitlist")
    String waitlist_add();

    @Message("No free time fits? Put the client on the waitlist")
    String waitlist_when_none();

    @Message("{#when done}{#is 'joined'}Added to the waitlist.{#is 'declined'}Offer declined: the client keeps waiting.{#is 'withdrawn'}Taken off the waitlist.{#else}Done.{/when}")
    String waitlist_done(String done);

    @Message("The offer is no longer open (accepted, declined or expired), or the client is held for a red flag. The list below is up to date: book another time from the diary if the client still wants one.")
    String offer_conflict_next();

    @Message("This list updates itself: an offer appears here as soon as a cancellation frees a matching time.")
    String waitlist_live();

    @Message("{#when count}{#is 0}No open offers.{#is 1}1 open offer.{#else}{count} open offers.{/when}")
    String open_offers(int count);

    @Message("Nobody is waiting at this location.")
    String waitlist_empty();

    @Message("Could come")
    String window();

    @Message("Actions")
    String actions();

    @Message("Offered")
    String offered();

    @Message("held until {time}")
    String held_until(String time);

    @Message("Waiting")
    String waiting();

    @Message("Accept")
    String accept();

    @Message("Accept the offer for {client}")
    String accept_for(String client);

    @Message("Decline")
    String decline();

    @Message("Decline the offer for {client}")
    String decline_for(String client);

    @Message("Take off")
    String withdraw();

    @Message("Take off the waitlist: {client}")
    String withdraw_for(String client);

    @Message("Put a client on the waitlist")
    String join_title();

    @Message("Back to the waitlist")
    String back_to_waitlist();

    @Message("From")
    String from();

    @Message("To (inclusive)")
    String to();

    @Message("Add to the waitlist")
    String join();

    @Message("Find the client and choose them.")
    String waitlist_choose_client();

    @Message("Give a date.")
    String date_needed();

    @Message("Give a date and time.")
    String date_time_needed();

    @Message("Please check the highlighted fields.")
    String check_fields();

    @Message("Any therapist")
    String any_therapist();

    // --- clients
    @Message("Clients")
    String clients_title();

    @Message("{#when count}{#is 1}1 client{#else}{count} clients{/when}")
    String results(int count);

    @Message("born {date}")
    String born(LocalDate date);

    @Message("Client")
    String client_title();

    @Message("The client's page")
    String client_page();

    @Message("Back to the client search")
    String back_to_clients();

    @Message("Saved.")
    String saved();

    @Message("This client's personal data was erased at their request.")
    String erased();

    @Message("Contact")
    String contact();

    @Message("Mobile")
    String phone();

    @Message("Date of birth")
    String date_of_birth();

    @Message("Home location")
    String home_location();

    @Message("Language for messages")
    String language();

    @Message("Language for messages (e.g. en, es)")
    String language_hint();

    @Message("Sign-in")
    String sign_in();

    @Message("Uses the app")
    String has_login();

    @Message("No sign-in")
    String no_login();

    @Message("Message channels and quiet hours are the client's own settings, in their app.")
    String preferences_own();

    @Message("Change contact details")
    String edit_contact();

    @Message("Save")
    String save();

    @Message("Upcoming sessions")
    String upcoming();

    @Message("No upcoming session.")
    String none_upcoming();

    @Message("Past sessions")
    String past();

    @Message("No past session.")
    String none_past();

    @Message("Only the latest are shown.")
    String more_past();

    // --- room hires
    @Message("Room hires")
    String hires_title();

    @Message("{#when done}{#is 'hired'}The room is hired out.{#is 'cancelled'}The hire is cancelled: the room is free again.{#else}Done.{/when}")
    String hires_done(String done);

    @Message("The next four weeks")
    String hires_coming();

    @Message("No room is hired out in the next four weeks.")
    String hires_none();

    @Message("Practitioner")
    String practitioner();

    @Message("Cancel")
    String cancel_hire();

    @Message("Cancel the hire of {practitioner}, {when}")
    String cancel_hire_of(String practitioner, String when);

    @Message("Cancel this hire? The room becomes free for sessions again.")
    String cancel_hire_confirm();

    @Message("Hire out a room")
    String hire_room();

    @Message("The room cannot be hired then (the location is closed, or a session, a held slot or another hire takes it): choose another room or time.")
    String hire_conflict_next();

    @Message("Starts")
    String starts();

    @Message("Ends")
    String ends();

    @Message("Note for the front desk")
    String note();

    @Message("Hire out")
    String hire();

    @Message("Choose a room.")
    String choose_room();
}
