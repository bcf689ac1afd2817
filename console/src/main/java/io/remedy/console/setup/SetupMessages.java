package io.remedy.console.setup;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the chain set-up screens (locations, therapists, services, messages), English by default; Spanish in
 * {@code messages/setup_es.properties}. Templates use {@code {setup:key}}.
 */
@MessageBundle(value = "setup", locale = "en")
public interface SetupMessages {

    @Message("Chain setup")
    String nav_setup();

    @Message("Messages")
    String nav_messages();

    @Message("Chain setup")
    String nav_label();

    @Message("Chain setup")
    String title();

    @Message("The chain's locations with their rooms, opening hours and closures; therapists with their rosters and leave; the services clients book; and how the chain's messages sound.")
    String intro();

    @Message("Locations")
    String locations();

    @Message("Therapists")
    String therapists();

    @Message("Services")
    String services();

    @Message("Messages")
    String messages();

    @Message("{#when what}{#is 'opened'}The location is open. Add its rooms and check its opening hours.{#is 'changed'}Saved.{#is 'therapist'}The therapist's details are saved.{#is 'room'}The room is added.{#is 'hours'}The opening hours are saved.{#is 'closed'}The closure is recorded: nobody can book those days.{#is 'reopened'}The closure is removed: those days can be booked again.{#is 'added'}The therapist is added. Set their roster: where and when they work.{#is 'roster'}The roster is saved.{#is 'leave'}The leave is recorded: no free times are offered then.{#is 'leave-removed'}The leave is removed.{#is 'service'}The service is added.{#is 'messages'}The message settings are saved; new reminder times apply to sessions booked or moved from now on.{#else}Done.{/when}")
    String done(String what);

    @Message("The chain has no locations yet.")
    String no_locations();

    @Message("Name")
    String col_name();

    @Message("Code")
    String col_code();

    @Message("Time zone")
    String col_zone();

    @Message("Notice window")
    String col_notice();

    @Message("Check-in opens")
    String col_check_in();

    @Message("{hours} h before")
    String hours(int hours);

    @Message("{minutes} min")
    String minutes(int minutes);

    @Message("Open a location")
    String open_location();

    @Message("Code")
    String code_label();

    @Message("Short and unique in the chain, lower case letters, digits and hyphens (for example norwich). It names the location in staff sign-ins and cannot change later.")
    String code_hint();

    @Message("Another location of the chain already uses this code. Choose another one: codes are unique in a chain.")
    String code_taken();

    @Message("The region whose clock the location keeps, for example Europe/London: opening hours, rosters and the notice window follow it, daylight saving included.")
    String zone_hint();

    @Message("Notice window (hours)")
    String notice_label();

    @Message("A cancellation later than this many hours before the session is late.")
    String notice_hint();

    @Message("Check-in opens (minutes before the start)")
    String check_in_label();

    @Message("Reception can check a client in from this many minutes before the session; completion and no-show only from the start.")
    String check_in_hint();

    @Message("Open the location")
    String open();

    @Message("Code {code} · clock: {zone}")
    String location_intro(String code, String zone);

    @Message("Details")
    String details();

    @Message("Save the details")
    String save_details();

    @Message("Someone else changed this in the meantime. The page shows your entries: reload it to see theirs, then make your change again.")
    String stale();

    @Message("Rooms")
    String rooms();

    @Message("No rooms yet: sessions need a room.")
    String no_rooms();

    @Message("New room")
    String room_name();

    @Message("Add the room")
    String add_room();

    @Message("This location already has a room of that name. Choose another name.")
    String room_taken();

    @Message("Opening hours")
    String opening_hours();

    @Message("Wall-clock times in {zone}. Leave a day empty to close it; a second time of the day allows a break. 24:00 is the end of the day.")
    String hours_hint(String zone);

    @Message("Save the opening hours")
    String save_hours();

    @Message("Day")
    String col_day();

    @Message("{#if n == 1}From{#else}From (again){/if}")
    String col_from(int n);

    @Message("{#if n == 1}To{#else}To (again){/if}")
    String col_to(int n);

    @Message("{#when day}{#is 'MONDAY'}Monday{#is 'TUESDAY'}Tuesday{#is 'WEDNESDAY'}Wednesday{#is 'THURSDAY'}Thursday{#is 'FRIDAY'}Friday{#is 'SATURDAY'}Saturday{#is 'SUNDAY'}Sunday{#else}{day}{/when}")
    String day(String day);

    @Message("Closures")
    String closures();

    @Message("No closures ahead.")
    String no_closures();

    @Message("Days")
    String col_days();

    @Message("Reason")
    String col_reason();

    @Message("Action")
    String col_action();

    @Message("Remove")
    String reopen();

    @Message("Remove the closure from {from}")
    String reopen_label(String from);

    @Message("Remove this closure? Those days can then be booked again.")
    String reopen_confirm();

    @Message("Close the location")
    String add_closure();

    @Message("First day closed")
    String closure_from();

    @Message("Last day closed")
    String closure_to();

    @Message("Empty for a single day.")
    String closure_to_hint();

    @Message("Record the closure")
    String close();

    @Message("The chain's therapists and the services each offers. Open one to set where and when they work and to record leave.")
    String therapists_intro();

    @Message("No therapists yet.")
    String no_therapists();

    @Message("E-mail")
    String col_email();

    @Message("Signs in")
    String col_signs_in();

    @Message("Offers")
    String col_offers();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Add a therapist")
    String add_therapist();

    @Message("The name clients see when they book.")
    String display_name_hint();

    @Message("Sign-in account (optional)")
    String login_label();

    @Message("The id of their user account, when they sign in to see their diary. It can be added later by the chain's identity administrator.")
    String login_hint();

    @Message("Another therapist of the chain already has this sign-in account.")
    String login_taken();

    @Message("Works at")
    String works_at();

    @Message("Nowhere yet: set their roster.")
    String works_nowhere();

    @Message("Roster")
    String roster();

    @Message("Their working hours each week, at each location in that location's clock. Leave a day empty when they do not work there.")
    String roster_hint();

    @Message("{name} ({zone})")
    String roster_at(String name, String zone);

    @Message("Save the roster")
    String save_roster();

    @Message("Leave and sickness")
    String leave();

    @Message("No leave ahead.")
    String no_leave();

    @Message("Until")
    String col_until();

    @Message("Where")
    String col_where();

    @Message("Every location")
    String everywhere();

    @Message("Remove")
    String remove();

    @Message("Remove the leave from {from}")
    String leave_remove_label(String from);

    @Message("Remove this leave? They are offered for booking again then.")
    String leave_remove_confirm();

    @Message("Record leave")
    String add_leave();

    @Message("From")
    String leave_from();

    @Message("Until")
    String leave_to();

    @Message("Times in the location's clock (for every location: the clock of the first place they work). Sessions already booked then stay booked: move them from the diary.")
    String leave_hint();

    @Message("What clients book: how long it takes, the time kept free after it, the list price and the therapists who offer it.")
    String services_intro();

    @Message("No services yet.")
    String no_services();

    @Message("Duration")
    String col_duration();

    @Message("Buffer after")
    String col_buffer();

    @Message("List price")
    String col_price();

    @Message("Offered by")
    String offered_by();

    @Message("Add a service")
    String add_service();

    @Message("Save the service")
    String save_service();

    @Message("Sessions already booked keep their times and price.")
    String service_change_hint();

    @Message("The chain already has a service of that name. Choose another name.")
    String service_taken();

    @Message("Duration (minutes)")
    String duration_label();

    @Message("Buffer after (minutes)")
    String buffer_label();

    @Message("Kept free after each session for cleaning and notes.")
    String buffer_hint();

    @Message("List price")
    String price_label();

    @Message("For example 75.00.")
    String price_hint();

    @Message("Currency")
    String currency_label();

    @Message("Three letters, for example GBP, EUR or USD.")
    String currency_hint();

    @Message("How the chain's messages sound and when reminders go out. The wording of each message is the platform's; the chain's name, signature and tone apply to every one.")
    String messages_intro();

    @Message("Reminders")
    String reminders();

    @Message("Hours before a session (for example 24 and 2); up to five, empty for fewer. They apply to sessions booked or moved from now on.")
    String reminders_hint();

    @Message("Reminder {n}: hours before")
    String reminder_label(int n);

    @Message("Chain name in messages")
    String chain_name_label();

    @Message("Empty: each message names its location instead.")
    String chain_name_hint();

    @Message("Signature")
    String signature_label();

    @Message("Under every message. Empty: \"The team at\" and the chain's name.")
    String signature_hint();

    @Message("Tone")
    String tone();

    @Message("Friendly: first names (\"Hi Sam,\")")
    String tone_friendly();

    @Message("Formal: full names (\"Dear Sam Patel,\")")
    String tone_formal();

    @Message("Save the message settings")
    String save_messages();

    @Message("Please check the marked fields.")
    String check_form();

    @Message("Enter a whole number.")
    String whole_number();

    @Message("Enter an amount such as 75.00.")
    String amount();
    @Message("Messages the chain sends")
    String templates();

    @Message("Every message the platform writes, the channels it goes out on unless the recipient chose others, and whether a recipient may turn it off.")
    String templates_hint();

    @Message("Message")
    String col_message();

    @Message("Channels")
    String col_channels();

    @Message("Recipients may turn it off")
    String col_opt_out();

    @Message("No: always sent")
    String no_always_sent();

    @Message("{#when channel}{#is 'EMAIL'}E-mail{#is 'SMS'}SMS{#is 'IN_APP'}In the app{#else}{channel}{/when}")
    String channel(String channel);

    @Message("Preview")
    String preview();

    @Message("Language")
    String preview_language();

    @Message("Show the preview")
    String show_preview();

    @Message("Written for a made-up client, Sam Patel, and a session next Tuesday. It uses the name, signature and tone in the form above, saved or not.")
    String preview_hint();

    @Message("E-mail")
    String preview_email();

    @Message("Text message")
    String preview_sms();

    @Message("In the app")
    String preview_in_app();
    @Message("Address")
    String address();

    @Message("Details")
    String edit_therapist();

    @Message("Save the details")
    String save_therapist();

    @Message("Sign-in account")
    String col_login();
}
