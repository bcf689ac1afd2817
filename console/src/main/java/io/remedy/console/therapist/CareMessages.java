package io.remedy.console.therapist;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the therapist's follow-up screens: clearing a red flag, the series of sessions a plan proposes.
 * Spanish in {@code messages/care_es.properties}.
 */
@MessageBundle(value = "care", locale = "en")
public interface CareMessages {

    @Message("Clear this red flag")
    String clear_link();

    @Message("Clear a red flag")
    String clear_title();

    @Message("Clear the red flag of {name}")
    String clear_heading(String name);

    @Message("Clear it only when the referral has answered: the client's held sessions are released and the branch managers are told.")
    String clear_lead();

    @Message("Raised {when}")
    String clear_raised(String when);

    @Message("Why it is cleared")
    String clear_reason();

    @Message("A doctor cleared the client for massage")
    String clearance_MEDICAL_CLEARANCE();

    @Message("Screened again: no red flag now")
    String clearance_RESCREEN_NEGATIVE();

    @Message("Recorded in error")
    String clearance_RECORDED_IN_ERROR();

    @Message("The referral's outcome")
    String clear_outcome();

    @Message("Clear the red flag")
    String clear_submit();

    @Message("Red flag cleared.")
    String cleared();

    @Message("This red flag is already cleared.")
    String already_cleared();

    @Message("Proposed series of sessions")
    String series_heading();

    @Message("Series for {name}")
    String series_title(String name);

    @Message("From the plan's frequency, booking proposes the dates of a series with the plan's therapist, service and location. Tick the dates to book and confirm; a date taken meanwhile says why.")
    String series_lead();

    @Message("Booking has not proposed a series for this version yet: it does so a moment after the plan is saved, when the plan names a service and its phases a frequency.")
    String series_pending();

    @Message("Show the proposed series")
    String series_link();

    @Message("Version {version}")
    String series_version(int version);

    @Message("{#when status}{#is 'OPEN'}Dates to confirm{#is 'CONFIRMED'}All booked{#is 'SUPERSEDED'}Replaced by a newer version{#is 'DROPPED'}Dropped{#else}{status}{/when}")
    String proposal_status(String status);

    @Message("{#when status}{#is 'PROPOSED'}Proposed{#is 'BOOKED'}Booked{#is 'UNAVAILABLE'}Not bookable{#is 'WITHDRAWN'}Withdrawn{#else}{status}{/when}")
    String date_status(String status);

    @Message("Book {when}")
    String book_date(String when);

    @Message("Tick at least one date to book.")
    String choose_dates();

    @Message("Book the ticked dates")
    String confirm();

    @Message("{booked} booked, {conflicts} could not be booked.")
    String confirmed(int booked, int conflicts);

    @Message("Phase")
    String col_phase();

    @Message("Date")
    String col_date();

    @Message("State")
    String col_state();

    @Message("Back to the plan")
    String back_to_plan();

    @Message("Edit the intake")
    String intake_edit();

    @Message("Intake")
    String intake_title();

    @Message("The intake of {name}")
    String intake_heading(String name);

    @Message("Each save is a new version, kept beside the earlier ones. An answer that screens positive raises a red flag at once: the client's sessions are held and the managers alerted.")
    String intake_lead();

    @Message("The client answers yes to")
    String intake_yes();

    @Message("Free text.")
    String intake_free_text();

    @Message("One a line: name, dose (Naproxen, 250 mg twice daily).")
    String intake_medications_hint();

    @Message("One a line: site, date given (Right sacroiliac joint, 2026-10-30).")
    String intake_injections_hint();

    @Message("One a line: what, and the date if known (Lumbar discectomy L4/L5, 2019-05-01).")
    String intake_history_hint();

    @Message("One goal a line.")
    String intake_goals_hint();

    @Message("Save as a new version")
    String intake_save();

    @Message("Someone changed the intake meanwhile: open it again to see their version, then make your change.")
    String intake_changed_meanwhile();
}
