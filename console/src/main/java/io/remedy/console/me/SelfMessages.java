package io.remedy.console.me;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a client's self-service pages (homework, who looked at my record, my data, message channels, past
 * sessions). Spanish in {@code messages/self_es.properties}; a code the API sends is shown through
 * {@code {self:message(key)}} with the code in the key (e.g. {@code action_READ}).
 */
@MessageBundle(value = "self", locale = "en")
public interface SelfMessages {

    @Message("Homework")
    String nav_homework();

    @Message("My record")
    String nav_record();

    @Message("Homework")
    String homework_title();

    @Message("What your therapist asked you to do between sessions, from your current treatment plan.")
    String homework_lead();

    @Message("No homework at the moment: your therapist adds it to your treatment plan.")
    String homework_none();

    @Message("{#if times}{times} {#if times == 1}time{#else}times{/if} a day{/if}{#if times && days}, {/if}{#if days}{days} {#if days == 1}day{#else}days{/if} a week{/if}")
    String homework_how_often(Integer times, Integer days);

    @Message("Your clinical record")
    String record_title();

    @Message("Who looked at my record")
    String access_heading();

    @Message("Every time someone reads or changes your clinical record it is written down: who, in which role, what and when. Newest first.")
    String access_lead();

    @Message("Nobody has opened your record yet.")
    String access_none();

    @Message("When")
    String col_when();

    @Message("Who")
    String col_who();

    @Message("Role")
    String col_role();

    @Message("What they did")
    String col_action();

    @Message("Part of the record")
    String col_what();

    @Message("Where")
    String col_where();

    @Message("Older entries")
    String access_older();

    @Message("Back to the newest")
    String access_newest();

    @Message("someone without a name")
    String actor_unnamed();

    @Message("Download my data")
    String data_heading();

    @Message("One file (JSON) with everything the clinic holds about you that you may read: your details and sessions, your message settings, and your whole clinical record with who looked at it. Reading it is written into your record's history.")
    String data_lead();

    @Message("Download my data")
    String data_download();

    @Message("Ways to reach me")
    String channels_heading();

    @Message("Tick the ways you want each kind of message. Tick none to get it the clinic's usual way; tick \"Not at all\" to stop it. Notices that a session moved or was cancelled are always sent.")
    String channels_lead();

    @Message("Kind of message")
    String channels_kind();

    @Message("Email")
    String channel_EMAIL();

    @Message("SMS")
    String channel_SMS();

    @Message("In the app")
    String channel_IN_APP();

    @Message("Not at all")
    String channel_none();

    @Message("{channel}: {kind}")
    String channel_for(String channel, String kind);

    @Message("Booking confirmations")
    String kind_BOOKING_CONFIRMATION();

    @Message("Reminders before a session")
    String kind_SESSION_REMINDER();

    @Message("A session moved")
    String kind_SESSION_CHANGED();

    @Message("A session cancelled")
    String kind_SESSION_CANCELLED();

    @Message("A missed session")
    String kind_MISSED_SESSION();

    @Message("Care after a session")
    String kind_POST_SESSION_CARE();

    @Message("Homework")
    String kind_HOMEWORK();

    @Message("Earlier times from the waitlist")
    String kind_WAITLIST_OFFER();

    @Message("Past sessions")
    String past_heading();

    @Message("No past sessions in the last year.")
    String past_none();

    @Message("Booked")
    String status_BOOKED();

    @Message("Checked in")
    String status_CHECKED_IN();

    @Message("Completed")
    String status_COMPLETED();

    @Message("Cancelled")
    String status_CANCELLED();

    @Message("Cancelled late")
    String status_CANCELLED_LATE();

    @Message("Missed")
    String status_NO_SHOW();

    @Message("read")
    String action_READ();

    @Message("added")
    String action_CREATE();

    @Message("changed")
    String action_UPDATE();

    @Message("signed")
    String action_SIGN();

    @Message("amended")
    String action_AMEND();

    @Message("cleared")
    String action_CLEAR();

    @Message("withdrew")
    String action_WITHDRAW();

    @Message("exported")
    String action_EXPORT();

    @Message("erased")
    String action_ERASE();

    @Message("was refused")
    String action_REFUSED();

    @Message("you")
    String role_client();

    @Message("therapist")
    String role_therapist();

    @Message("branch manager")
    String role_branch_manager();

    @Message("chain administrator")
    String role_chain_admin();

    @Message("receptionist")
    String role_receptionist();

    @Message("the system")
    String role_system();

    @Message("intake form")
    String part_intake();

    @Message("consents")
    String part_consents();

    @Message("a consent")
    String part_consent();

    @Message("red flags")
    String part_red_flags();

    @Message("a red flag")
    String part_red_flag();

    @Message("assessments")
    String part_assessments();

    @Message("an assessment")
    String part_assessment();

    @Message("treatment plans")
    String part_plans();

    @Message("a treatment plan")
    String part_plan();

    @Message("homework")
    String part_homework();

    @Message("progress")
    String part_progress();

    @Message("session notes")
    String part_session_notes();

    @Message("a session note")
    String part_session_note();

    @Message("the whole record")
    String part_record();

    @Message("the history of the record")
    String part_audit();

    @Message("Sessions proposed for you")
    String series_title();

    @Message("From your treatment plan, {therapist} proposes these dates at {location}. Untick any that do not suit you and book the rest; a date taken meanwhile says so.")
    String series_lead(String therapist, String location);

    @Message("No proposed sessions to confirm at the moment.")
    String series_none();

    @Message("Your therapist proposed {count} {#if count == 1}session{#else}sessions{/if} from your treatment plan.")
    String series_notice(int count);

    @Message("Choose and book them")
    String series_choose();
}
