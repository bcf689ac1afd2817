package io.remedy.console.records;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the therapist's screens (diary, record, assessment, red flags, plan, notes), English by default;
 * Spanish in {@code messages/clin_es.properties}. Templates use {@code {clin:key}}; a code the API sends is shown
 * through {@code {clin:message(key)}} with the code in the key (e.g. {@code finding_FEVER}).
 */
@MessageBundle(value = "clin", locale = "en")
public interface ClinicalMessages {

    @Message("My diary")
    String nav_my_diary();

    @Message("the records service")
    String records_service();

    @Message("the booking service")
    String booking_service();

    @Message("this client")
    String client_unnamed();

    @Message("Please check the highlighted fields.")
    String form_check();

    @Message("Choose a location.")
    String choose_location();

    @Message("My diary")
    String diary_heading();

    @Message("Today and the next two weeks")
    String diary_upcoming();

    @Message("No sessions booked with you in the next two weeks.")
    String diary_none();

    @Message("The last two weeks")
    String diary_recent();

    @Message("No sessions in the last two weeks.")
    String diary_recent_none();

    @Message("held for a red flag")
    String diary_held();

    @Message("Note")
    String diary_note();

    @Message("Assess")
    String diary_assess();

    @Message("My overdue notes")
    String overdue_heading();

    @Message("No overdue notes. Well done.")
    String overdue_none();

    @Message("Write the note")
    String note_write();

    @Message("Action")
    String col_action();

    @Message("Band")
    String col_band();

    @Message("Client")
    String col_client();

    @Message("Date")
    String col_date();

    @Message("Due")
    String col_due();

    @Message("Given")
    String col_given();

    @Message("Homework")
    String col_homework();

    @Message("Kind")
    String col_kind();

    @Message("Location")
    String col_location();

    @Message("Pain (NRS 0–10)")
    String col_nrs();

    @Message("ODI")
    String col_odi();

    @Message("Phases")
    String col_phases();

    @Message("Review")
    String col_review();

    @Message("Service")
    String col_service();

    @Message("Session")
    String col_session();

    @Message("Status")
    String col_status();

    @Message("Text version")
    String col_text_version();

    @Message("Time")
    String col_time();

    @Message("Version")
    String col_version();

    @Message("Clinical record")
    String record_title();

    @Message("Clinical record: {name}")
    String record_heading(String name);

    @Message("Back to the record of {name}")
    String record_back(String name);

    @Message("Record an assessment")
    String record_assessment_new();

    @Message("Red flags")
    String redflags_heading();

    @Message("No red flags raised.")
    String redflags_none();

    @Message("open: sessions held")
    String redflag_open();

    @Message("cleared")
    String redflag_cleared();

    @Message("raised {at}")
    String redflag_raised_on(String at);

    @Message("Outcome: {outcome}")
    String redflag_outcome(String outcome);

    @Message("Urgent")
    String severity_URGENT();

    @Message("Refer")
    String severity_REFER();

    @Message("from the intake")
    String source_INTAKE();

    @Message("from a screen")
    String source_SCREEN();

    @Message("Progress")
    String progress_heading();

    @Message("No assessments yet: record one to start the chart.")
    String progress_none();

    @Message("Pain (NRS): {baseline} at the first assessment, {latest} now ({change} points).")
    String progress_change_nrs(Double baseline, Double latest, Double change);

    @Message("Disability (ODI): {baseline} % at the first ODI, {latest} % now ({change} points).")
    String progress_change_odi(Double baseline, Double latest, Double change);

    @Message("Clinically important improvement.")
    String progress_important();

    @Message("Clinically important change for the worse.")
    String progress_important_worse();

    @Message("Goals met: {met} of {total}.")
    String progress_goals(Integer met, Integer total);

    @Message("Chart of pain (NRS) and disability (ODI) over time; the same figures are in the table below.")
    String progress_chart_label();

    @Message("Pain (NRS, left axis) and disability (ODI %, right axis) at each assessment. Dashed lines: the first values; a marked point: a clinically important improvement.")
    String progress_chart_caption();

    @Message("Every assessment")
    String progress_table();

    @Message("Pain (NRS)")
    String chart_nrs();

    @Message("Disability (ODI %)")
    String chart_odi();

    @Message("first")
    String chart_baseline();

    @Message("clinically important improvement")
    String chart_important();

    @Message("Assessments")
    String assessments_heading();

    @Message("No assessments yet.")
    String assessments_none();

    @Message("baseline")
    String baseline();

    @Message("{count} of 10 sections")
    String odi_answered(Integer count);

    @Message("Treatment plans")
    String plans_heading();

    @Message("No treatment plan yet.")
    String plans_none();

    @Message("Review the plan")
    String plan_edit();

    @Message("Read the plan")
    String plan_open();

    @Message("Write a treatment plan")
    String plan_new();

    @Message("Intake")
    String intake_heading();

    @Message("The client has not completed an intake yet.")
    String intake_none();

    @Message("Version {version}")
    String intake_version(Integer version);

    @Message("Some answers screen positive for a red flag: they are marked below.")
    String intake_flagged();

    @Message("Red-flag screening")
    String intake_screening();

    @Message("Red flag")
    String intake_red_flag();

    @Message("History, load and goals")
    String intake_history();

    @Message("Occupation")
    String intake_occupation();

    @Message("Daily load")
    String intake_daily_load();

    @Message("Where it hurts")
    String intake_pain_locations();

    @Message("Medical history")
    String intake_medical_history();

    @Message("Medications")
    String intake_medications();

    @Message("Corticosteroid injections")
    String intake_injections();

    @Message("Injuries")
    String intake_injuries();

    @Message("Surgeries")
    String intake_surgeries();

    @Message("Goals")
    String intake_goals();

    @Message("Consents")
    String consents_heading();

    @Message("No consent recorded. Assessments, plans and notes need a current treatment consent.")
    String consents_none();

    @Message("current")
    String consent_current();

    @Message("withdrawn {at}")
    String consent_withdrawn(String at);

    @Message("Record a consent the client gave")
    String consent_record();

    @Message("Record the consent")
    String consent_record_button();

    @Message("Treatment")
    String consent_TREATMENT();

    @Message("Data processing")
    String consent_DATA_PROCESSING();

    @Message("Assessment")
    String assessment_title();

    @Message("Assessment of {name}")
    String assessment_heading(String name);

    @Message("Pain now, on the numeric rating scale")
    String assessment_nrs();

    @Message("0 is no pain, 10 the worst pain imaginable.")
    String assessment_nrs_hint();

    @Message("Oswestry Disability Index")
    String assessment_odi();

    @Message("Choose the statement that best describes the client today in each section; leave a section skipped if it does not apply. Records scores it.")
    String assessment_odi_hint();

    @Message("Skipped")
    String assessment_odi_skip();

    @Message("Notes")
    String assessment_notes();

    @Message("Record the assessment")
    String assessment_save();

    @Message("Assessment recorded: pain {nrs}/10.")
    String assessment_recorded(Integer nrs);

    @Message("ODI {score} %:")
    String assessment_recorded_odi(Double score);

    @Message("minimal disability")
    String band_MINIMAL();

    @Message("moderate disability")
    String band_MODERATE();

    @Message("severe disability")
    String band_SEVERE();

    @Message("crippling back pain")
    String band_CRIPPLING();

    @Message("bed-bound (or exaggerated)")
    String band_BED_BOUND();

    @Message("Raise a red flag")
    String redflag_raise();

    @Message("Raise a red flag for {name}")
    String redflag_raise_heading(String name);

    @Message("Tick what the screen found. Any cauda equina sign makes the flag urgent.")
    String redflag_raise_intro();

    @Message("Raise the red flag")
    String redflag_raise_button();

    @Message("Clinical notes")
    String redflag_notes();

    @Message("Cauda equina signs (urgent)")
    String group_cauda();

    @Message("Systemic or inflammatory")
    String group_systemic();

    @Message("Possible fracture, cancer or infection")
    String group_serious();

    @Message("Saddle numbness")
    String finding_SADDLE_NUMBNESS();

    @Message("New bladder dysfunction")
    String finding_BLADDER_DYSFUNCTION();

    @Message("New bowel dysfunction")
    String finding_BOWEL_DYSFUNCTION();

    @Message("Symptoms in both legs")
    String finding_BILATERAL_LEG_SYMPTOMS();

    @Message("Progressive leg weakness")
    String finding_PROGRESSIVE_WEAKNESS();

    @Message("Inflammatory arthritis flaring")
    String finding_INFLAMMATORY_ARTHRITIS_FLARE();

    @Message("Morning stiffness over 30 minutes")
    String finding_MORNING_STIFFNESS_OVER_30_MIN();

    @Message("Tingling, weakness, loss of coordination, gait or balance problems")
    String finding_NEUROLOGICAL_SIGNS();

    @Message("Significant trauma")
    String finding_SIGNIFICANT_TRAUMA();

    @Message("Osteoporosis")
    String finding_OSTEOPOROSIS();

    @Message("History of cancer")
    String finding_CANCER_HISTORY();

    @Message("Unexplained weight loss")
    String finding_UNEXPLAINED_WEIGHT_LOSS();

    @Message("Fever")
    String finding_FEVER();

    @Message("Night pain unrelieved by rest")
    String finding_NIGHT_PAIN();

    @Message("Red flag raised")
    String redflag_raised_title();

    @Message("Urgent red flag raised")
    String redflag_urgent_heading();

    @Message("Red flag raised: refer before further deep work")
    String redflag_refer_heading();

    @Message("Send the client for same-day medical assessment now (emergency department or out-of-hours doctor). Do not continue treatment.")
    String redflag_urgent_do();

    @Message("Refer the client to their doctor before any further deep work.")
    String redflag_refer_do();

    @Message("What happens next")
    String redflag_next_heading();

    @Message("The client's future sessions are held: reception sees them held, and no new session can be booked or moved until the flag is cleared.")
    String redflag_next_held();

    @Message("You and the location's branch managers are alerted at once, even in quiet hours.")
    String redflag_next_alert_urgent();

    @Message("You and the location's branch managers are alerted.")
    String redflag_next_alert();

    @Message("Once a doctor has seen the client, clear the flag with the outcome; the hold then lifts.")
    String redflag_next_clear();

    @Message("Raised")
    String redflag_raised_at();

    @Message("Findings")
    String redflag_findings();

    @Message("Numbness around the saddle area")
    String symptom_saddleNumbness();

    @Message("New bladder problems")
    String symptom_newBladderDysfunction();

    @Message("New bowel problems")
    String symptom_newBowelDysfunction();

    @Message("Pain radiates")
    String symptom_painRadiates();

    @Message("Leg weakness getting worse")
    String symptom_progressiveLegWeakness();

    @Message("Inflammatory arthritis flaring")
    String symptom_arthritisFlaring();

    @Message("Morning stiffness (minutes)")
    String symptom_morningStiffnessMinutes();

    @Message("Neurological symptoms")
    String symptom_neurologicalSymptoms();

    @Message("Recent significant trauma")
    String symptom_recentSignificantTrauma();

    @Message("Conditions")
    String symptom_conditions();

    @Message("Unexplained weight loss")
    String symptom_unexplainedWeightLoss();

    @Message("Fever")
    String symptom_fever();

    @Message("Night pain unrelieved by rest")
    String symptom_nightPainUnrelievedByRest();

    @Message("Yes")
    String answer_yes();

    @Message("No")
    String answer_no();

    @Message("Not answered")
    String answer_unknown();

    @Message("None")
    String answer_none();

    @Message("No")
    String radiates_NONE();

    @Message("Down one leg")
    String radiates_ONE_LEG();

    @Message("Down both legs")
    String radiates_BOTH_LEGS();

    @Message("tingling")
    String neuro_TINGLING();

    @Message("weakness")
    String neuro_WEAKNESS();

    @Message("loss of coordination")
    String neuro_LOSS_OF_COORDINATION();

    @Message("irregular gait")
    String neuro_IRREGULAR_GAIT();

    @Message("balance problems")
    String neuro_BALANCE_PROBLEMS();

    @Message("rheumatoid arthritis")
    String condition_RHEUMATOID_ARTHRITIS();

    @Message("other inflammatory arthritis")
    String condition_OTHER_INFLAMMATORY_ARTHRITIS();

    @Message("osteoarthritis")
    String condition_OSTEOARTHRITIS();

    @Message("osteoporosis")
    String condition_OSTEOPOROSIS();

    @Message("cancer")
    String condition_CANCER();

    @Message("diabetes")
    String condition_DIABETES();

    @Message("hypertension")
    String condition_HYPERTENSION();

    @Message("heart disease")
    String condition_HEART_DISEASE();

    @Message("pregnancy")
    String condition_PREGNANCY();

    @Message("other")
    String condition_OTHER();

    @Message("patient handling")
    String load_PATIENT_HANDLING();

    @Message("heavy lifting")
    String load_HEAVY_LIFTING();

    @Message("manual trades")
    String load_MANUAL_TRADES();

    @Message("long static sitting")
    String load_LONG_STATIC_SITTING();

    @Message("prolonged standing")
    String load_PROLONGED_STANDING();

    @Message("driving")
    String load_DRIVING();

    @Message("repetitive bending")
    String load_REPETITIVE_BENDING();

    @Message("sport")
    String load_SPORT();

    @Message("other")
    String load_OTHER();

    @Message("Treatment plan")
    String plan_title();

    @Message("New treatment plan for {name}")
    String plan_new_heading(String name);

    @Message("Treatment plan of {name}, version {version}")
    String plan_heading(String name, Integer version);

    @Message("Saved as version {version}. The client's homework and proposed sessions follow it.")
    String plan_saved(Integer version);

    @Message("Someone changed this plan since you opened it. Reload it to see the latest version, then make your change again.")
    String plan_changed_meanwhile();

    @Message("Service the sessions book")
    String plan_service();

    @Message("Left to the booking")
    String plan_service_any();

    @Message("Review date")
    String plan_review_date();

    @Message("Why it changes")
    String plan_change_reason();

    @Message("Choose a reason")
    String plan_change_reason_choose();

    @Message("Changed")
    String plan_changed_at();

    @Message("Phases and frequency")
    String plan_phases();

    @Message("For example: weekly for 6 weeks, then fortnightly for 4 sessions, then monthly maintenance (no count). Leave the last blank phase empty if you need no more.")
    String plan_phases_hint();

    @Message("Phase {number}")
    String plan_phase(Integer number);

    @Message("Name")
    String plan_phase_name();

    @Message("Weeks between sessions")
    String plan_interval();

    @Message("Sessions (blank: open-ended)")
    String plan_sessions();

    @Message("Goals of the phase")
    String plan_goals();

    @Message("Goal")
    String plan_goal();

    @Message("Measure")
    String plan_measure();

    @Message("Target (at or below)")
    String plan_target();

    @Message("Met")
    String plan_met();

    @Message("Techniques")
    String plan_techniques();

    @Message("Regions, in the order treated")
    String plan_regions();

    @Message("One code per line, e.g. FEET, CALVES, HAMSTRINGS, GLUTEALS, QUADRATUS_LUMBORUM, LUMBAR_PARASPINALS.")
    String plan_regions_hint();

    @Message("Homework")
    String plan_homework();

    @Message("Homework {number}")
    String plan_homework_item(Integer number);

    @Message("Title")
    String plan_homework_title();

    @Message("Instructions for the client")
    String plan_homework_instructions();

    @Message("Times a day")
    String plan_times_per_day();

    @Message("Days a week")
    String plan_days_per_week();

    @Message("Create the plan")
    String plan_create();

    @Message("Save as a new version")
    String plan_save();

    @Message("Versions")
    String plan_versions();

    @Message("Active")
    String plan_status_ACTIVE();

    @Message("Completed (discharged)")
    String plan_status_COMPLETED();

    @Message("Discontinued")
    String plan_status_DISCONTINUED();

    @Message("Initial plan")
    String reason_INITIAL_PLAN();

    @Message("Scheduled review")
    String reason_SCHEDULED_REVIEW();

    @Message("Progress")
    String reason_PROGRESS();

    @Message("Flare-up")
    String reason_FLARE_UP();

    @Message("Red flag cleared")
    String reason_RED_FLAG_CLEARED();

    @Message("Client's request")
    String reason_CLIENT_REQUEST();

    @Message("Discharge")
    String reason_DISCHARGE();

    @Message("Other")
    String reason_OTHER();

    @Message("Deep tissue")
    String technique_DEEP_TISSUE();

    @Message("Trigger point therapy")
    String technique_TRIGGER_POINT();

    @Message("Myofascial release")
    String technique_MYOFASCIAL_RELEASE();

    @Message("Swedish")
    String technique_SWEDISH();

    @Message("Muscle energy technique (MET)")
    String technique_MUSCLE_ENERGY_TECHNIQUE();

    @Message("Positional release")
    String technique_POSITIONAL_RELEASE();

    @Message("Joint mobilisation")
    String technique_JOINT_MOBILISATION();

    @Message("Stretching and strengthening exercises")
    String technique_STRETCHING_AND_STRENGTHENING();

    @Message("Neuromuscular")
    String technique_NEUROMUSCULAR();

    @Message("Lymphatic drainage")
    String technique_LYMPHATIC_DRAINAGE();

    @Message("Acupressure")
    String technique_ACUPRESSURE();

    @Message("Session note")
    String note_title();

    @Message("Session note: {name}, {when}")
    String note_heading(String name, String when);

    @Message("This session has no note.")
    String note_none();

    @Message("The session was cancelled or missed: its note is closed.")
    String note_cancelled();

    @Message("The note opens when the session is completed")
    String note_waiting_heading();

    @Message("When the treatment is over, mark the session completed to write its note.")
    String note_waiting_complete();

    @Message("The session is not completed yet.")
    String note_waiting();

    @Message("The session is completed; the note opens in a moment.")
    String note_opening();

    @Message("Mark the session completed")
    String note_complete();

    @Message("Signed {at}: the note is locked; changes are amendments.")
    String note_signed(String at);

    @Message("Draft")
    String note_draft();

    @Message("To write")
    String note_due();

    @Message("Overdue")
    String note_overdue();

    @Message("Due {at}.")
    String note_due_at(String at);

    @Message("S — Subjective: what the client reports")
    String note_subjective();

    @Message("O — Objective: what you found")
    String note_objective();

    @Message("A — Assessment")
    String note_assessment();

    @Message("P — Plan from here")
    String note_plan();

    @Message("Techniques used")
    String note_techniques();

    @Message("Pressure")
    String note_pressure();

    @Message("Regions treated, in order")
    String note_regions();

    @Message("Client's response")
    String note_client_response();

    @Message("Soreness advice given")
    String note_soreness();

    @Message("Homework given")
    String note_homework();

    @Message("One per line.")
    String note_homework_hint();

    @Message("Save the draft")
    String note_save();

    @Message("Save and sign")
    String note_sign();

    @Message("Signing locks the note: later changes are amendments that keep the signed text.")
    String note_sign_hint();

    @Message("Amendments")
    String note_amendments();

    @Message("No amendments.")
    String note_amendments_none();

    @Message("Amend the signed note")
    String note_amend();

    @Message("Reason")
    String note_amend_reason();

    @Message("Amendment")
    String note_amend_text();

    @Message("Add the amendment")
    String note_amend_button();

    @Message("Draft saved.")
    String note_saved();

    @Message("Note signed and locked.")
    String note_signed_now();

    @Message("Amendment added.")
    String note_amended();

    @Message("Session completed.")
    String note_session_completed();

    @Message("Gentle")
    String pressure_GENTLE();

    @Message("Light")
    String pressure_LIGHT();

    @Message("Moderate")
    String pressure_MODERATE();

    @Message("Firm")
    String pressure_FIRM();

    @Message("Booked")
    String session_BOOKED();

    @Message("Checked in")
    String session_CHECKED_IN();

    @Message("Completed")
    String session_COMPLETED();

    @Message("Cancelled")
    String session_CANCELLED();

    @Message("No-show")
    String session_NO_SHOW();
}
