package io.remedy.console.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's words, English by default; Spanish in {@code messages/msg_es.properties}. Templates use
 * {@code {msg:key}}; Java code {@code Texts.in(viewer.language(), Messages.class)}. A screen family may keep its own bundle.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message("Remedy")
    String app_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main")
    String nav_label();

    @Message("Home")
    String nav_home();

    @Message("Sign out")
    String sign_out();

    @Message("Language")
    String language();

    @Message("English")
    String language_en();

    @Message("Español")
    String language_es();

    @Message("Change")
    String change();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("{#when role}{#is 'CHAIN_ADMIN'}Chain admin{#is 'BRANCH_MANAGER'}Branch manager{#is 'RECEPTIONIST'}Receptionist{#is 'THERAPIST'}Therapist{#else}Client{/when}")
    String role(String role);

    @Message("This part of the page is unavailable: {what} is not answering. The rest of the page works; try again in a minute.")
    String part_unavailable(String what);

    @Message("Not allowed")
    String refused_title();

    @Message("Your role does not allow this page. If you think it should, ask your chain's administrator.")
    String refused_text();

    @Message("Not found")
    String not_found_title();

    @Message("There is nothing here, or it is not yours to see.")
    String not_found_text();

    @Message("Something went wrong")
    String failed_title();

    @Message("The console could not finish this. Try again; if it keeps happening, tell us reference {reference}.")
    String failed_text(String reference);

    @Message("Unavailable")
    String unavailable_title();

    @Message("Back to the home page")
    String back_home();

    @Message("Welcome, {name}")
    String home_welcome(String name);

    @Message("Please check the highlighted fields.")
    String form_check_fields();
}
