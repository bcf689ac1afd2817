package io.remedy.console.reports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the chain admin's and branch manager's screens (branch report, dead letters), English by default;
 * Spanish in {@code messages/adm_es.properties}. Templates use {@code {adm:key}}.
 */
@MessageBundle(value = "adm", locale = "en")
public interface AdminMessages {


    @Message("Branch report")
    String nav_report();

    @Message("Dead letters")
    String nav_dead_letters();

    @Message("Branch comparison")
    String report_title();

    @Message("Each branch and the chain over a date range: bookings, utilisation, cancellations, revenue, outcomes, red flags and message delivery.")
    String report_intro();

    @Message("Date range")
    String report_range();

    @Message("From")
    String report_from();

    @Message("To")
    String report_to();

    @Message("Show")
    String report_show();

    @Message("Download CSV")
    String report_csv();

    @Message("Some figures are missing because a service did not answer: {services}. The rest of the report is complete.")
    String report_missing(String services);

    @Message("There are no locations to compare.")
    String report_none();

    @Message("Figures per location")
    String report_table();

    @Message("Charts")
    String report_charts();

    @Message("Chain total")
    String total();

    @Message("Location")
    String col_location();

    @Message("Booked")
    String col_booked();

    @Message("Completed")
    String col_completed();

    @Message("Cancelled")
    String col_cancelled();

    @Message("of them late")
    String col_late();

    @Message("No-shows")
    String col_no_shows();

    @Message("Therapist utilisation")
    String col_therapist_utilisation();

    @Message("Room utilisation")
    String col_room_utilisation();

    @Message("New clients")
    String col_new_clients();

    @Message("Returning clients")
    String col_returning_clients();

    @Message("Revenue (list price)")
    String col_revenue();

    @Message("Clients assessed")
    String col_clients_assessed();

    @Message("Mean NRS change")
    String col_nrs_change();

    @Message("Mean ODI change")
    String col_odi_change();

    @Message("Clinically important improvement")
    String col_important_share();

    @Message("Red flags")
    String col_red_flags();

    @Message("Urgent")
    String col_urgent();

    @Message("Mean hours to clearance")
    String col_hours_to_clearance();

    @Message("Overdue notes")
    String col_overdue_notes();

    @Message("Messages sent")
    String col_sent();

    @Message("Failed attempts")
    String col_failed();

    @Message("Dead letters")
    String col_dead_letters();

    @Message("Median seconds to delivery")
    String col_median_delivery();

    @Message("Sessions")
    String chart_bookings();

    @Message("Utilisation (%)")
    String chart_utilisation();

    @Message("Revenue at list price")
    String chart_revenue();

    @Message("Outcomes: mean change since the first assessment (negative is better)")
    String chart_outcomes();

    @Message("Clients with a clinically important improvement (%)")
    String chart_improved();

    @Message("Red flags and overdue notes")
    String chart_redFlags();

    @Message("Messages")
    String chart_delivery();

    @Message("Booked")
    String figure_sessionsBooked();

    @Message("Completed")
    String figure_sessionsCompleted();

    @Message("Cancelled (all)")
    String figure_sessionsCancelled();

    @Message("Late cancellations")
    String figure_lateCancellations();

    @Message("No-shows")
    String figure_noShows();

    @Message("Therapists")
    String figure_therapistUtilisation();

    @Message("Rooms")
    String figure_roomUtilisation();

    @Message("Revenue")
    String figure_revenue();

    @Message("NRS change")
    String figure_meanNrsChange();

    @Message("ODI change")
    String figure_meanOdiChange();

    @Message("Improved")
    String figure_clinicallyImportantShare();

    @Message("Red flags")
    String figure_redFlagsRaised();

    @Message("Urgent red flags")
    String figure_urgentRedFlags();

    @Message("Overdue notes")
    String figure_overdueNotes();

    @Message("Email sent")
    String figure_sent_EMAIL();

    @Message("SMS sent")
    String figure_sent_SMS();

    @Message("In-app sent")
    String figure_sent_IN_APP();

    @Message("Failed attempts")
    String figure_failed();

    @Message("Dead letters")
    String figure_deadLetters();

    @Message("Dead letters")
    String dl_title();

    @Message("Messages that could not be sent after their last try, and incoming events the notification service could not handle. Replaying one queues it once more.")
    String dl_intro();

    @Message("There are no dead letters.")
    String dl_none();

    @Message("Parked (UTC)")
    String col_parked();

    @Message("Kind")
    String col_source();

    @Message("What")
    String col_what();

    @Message("Why")
    String col_reason();

    @Message("Tries")
    String col_attempts();

    @Message("Action")
    String col_action();

    @Message("Replay")
    String replay();

    @Message("Replay the dead letter parked {at}")
    String replay_label(String at);

    @Message("Replayed {at}")
    String replayed(String at);

    @Message("Replayed: it is queued once more.")
    String dl_replayed_now();

    @Message("Older dead letters")
    String dl_more();

    @Message("{#when source}{#is 'DELIVERY'}Message{#is 'EVENT'}Incoming event{#else}{source}{/when}")
    String source(String source);

    @Message("Location")
    String col_dl_location();

    @Message("{#when kind}{#is 'BOOKING_CONFIRMATION'}Booking confirmation{#is 'SESSION_REMINDER'}Session reminder{#is 'SESSION_CHANGED'}Change notice{#is 'SESSION_CANCELLED'}Cancellation notice{#is 'MISSED_SESSION'}Missed session{#is 'POST_SESSION_CARE'}After-session care{#is 'HOMEWORK'}Homework{#is 'WAITLIST_OFFER'}Waitlist offer{#is 'WAITLIST_OFFER_WITHDRAWN'}Waitlist offer withdrawn{#is 'RED_FLAG_ALERT'}Red flag alert{#is 'RED_FLAG_CLEARED'}Red flag cleared{#is 'NOTE_OVERDUE'}Overdue note{#is 'DAILY_DIARY'}Daily diary{#else}{kind}{/when}")
    String dl_kind(String kind);

    @Message("{#when channel}{#is 'EMAIL'}by e-mail{#is 'SMS'}by SMS{#is 'IN_APP'}in the app{#else}{channel}{/when}")
    String dl_channel(String channel);

    @Message("{#when recipient}{#is 'CLIENT'}to a client{#is 'STAFF'}to a member of staff{#is 'ROLE'}to the staff of a location{#else}{/when}")
    String dl_recipient(String recipient);

    @Message("{#when type}{#is 'remedy.booking.client.registered.v1'}A client registered{#is 'remedy.booking.client.updated.v1'}A client's details changed{#is 'remedy.booking.client.erased.v1'}A client's data erased{#is 'remedy.booking.session.booked.v1'}A session booked{#is 'remedy.booking.session.rescheduled.v1'}A session moved{#is 'remedy.booking.session.cancelled.v1'}A session cancelled{#is 'remedy.booking.session.completed.v1'}A session completed{#is 'remedy.booking.session.no-show.v1'}A no-show{#is 'remedy.booking.waitlist.offered.v1'}A waitlist offer{#is 'remedy.booking.waitlist.offer-expired.v1'}A waitlist offer lapsed{#is 'remedy.records.plan.updated.v1'}A treatment plan updated{#is 'remedy.records.red-flag.raised.v1'}A red flag raised{#is 'remedy.records.red-flag.cleared.v1'}A red flag cleared{#is 'remedy.records.note.overdue.v1'}A session note overdue{#else}An event ({type}){/when}")
    String dl_event(String type);

    @Message("{#when code}{#is 'NO_ADDRESS'}Nowhere to send it: the recipient has no e-mail address or mobile number on record. Add one, then replay.{#is 'INVALID_ADDRESS'}The provider refused the address as invalid. Correct it, then replay.{#is 'REJECTED'}The provider turned the message down.{#is 'PROVIDER_UNAVAILABLE'}The e-mail or SMS provider did not answer, even after retries. Replay once it works again.{#is 'TIMEOUT'}The provider did not answer in time, even after retries. Replay once it works again.{#else}{code}{/when}")
    String dl_error(String code);

    @Message("The notification service could not handle this event ({reason}). Replay it once the cause is fixed.")
    String dl_event_failed(String reason);

    @Message("The notification service could not handle this event. Replay it once the cause is fixed.")
    String dl_event_failed_plain();
}
