package io.remedy.console.billing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the money screens (the front desk's invoices and payments, a client's invoices, the revenue per
 * branch), English by default; Spanish in {@code messages/bill_es.properties}. Templates use {@code {bill:key}}.
 */
@MessageBundle(value = "bill", locale = "en")
public interface BillingMessages {

    @Message("Invoices")
    String nav_invoices();

    @Message("My invoices")
    String nav_my_invoices();

    @Message("Revenue")
    String nav_revenue();

    @Message("Invoices")
    String list_title();

    @Message("Invoices of a location, newest first, with what is still owed on each.")
    String list_intro();

    @Message("Location")
    String location();

    @Message("State")
    String status_label();

    @Message("Any state")
    String any_status();

    @Message("Issued from")
    String from();

    @Message("Issued until")
    String to();

    @Message("Show")
    String show();

    @Message("Client")
    String client();

    @Message("All clients")
    String all_clients();

    @Message("No invoice matches.")
    String none();

    @Message("Older invoices")
    String more();

    @Message("Number")
    String number();

    @Message("Issued")
    String issued();

    @Message("For")
    String what();

    @Message("Total")
    String total();

    @Message("Paid")
    String paid();

    @Message("Outstanding")
    String outstanding();

    @Message("Outstanding on the invoices shown")
    String outstanding_sum();

    @Message("{#when status}{#is 'ISSUED'}Issued{#is 'PART_PAID'}Part paid{#is 'PAID'}Paid{#is 'VOID'}Void{#else}{status}{/when}")
    String status(String status);

    @Message("{#when reason}{#is 'SESSION'}Session{#is 'LATE_CANCELLATION'}Late cancellation fee{#is 'NO_SHOW'}Missed session fee{#is 'PACKAGE'}Package of sessions{#else}{reason}{/when}")
    String reason(String reason);

    @Message("{#when method}{#is 'CARD_TERMINAL'}Card (terminal){#is 'CASH'}Cash{#is 'ONLINE'}Online{#else}{method}{/when}")
    String method(String method);

    @Message("Credit note")
    String credit_note();

    @Message("Invoice {number}")
    String invoice_title(String number);

    @Message("Back to the invoices")
    String back_to_list();

    @Message("The session")
    String session_link();

    @Message("Billed to")
    String bill_to();

    @Message("Service")
    String service();

    @Message("Services")
    String lines();

    @Message("Therapist")
    String therapist();

    @Message("Date")
    String date();

    @Message("Net")
    String net();

    @Message("Tax")
    String tax();

    @Message("Amount")
    String amount();

    @Message("Payments")
    String payments();

    @Message("No payment yet.")
    String no_payments();

    @Message("When")
    String when();

    @Message("How")
    String how();

    @Message("Refund")
    String refund();

    @Message("Take a payment")
    String take_payment();

    @Message("Part payments are welcome: the rest stays outstanding on the invoice.")
    String take_payment_hint();

    @Message("Paid by")
    String method_label();

    @Message("Amount ({currency})")
    String amount_in(String currency);

    @Message("Record the payment")
    String record_payment();

    @Message("Type the amount as a number, for example 40.00.")
    String amount_unreadable();

    @Message("Payment recorded. {remaining}")
    String recorded(String remaining);

    @Message("{amount} remains to be paid.")
    String remains(String amount);

    @Message("The invoice is paid in full.")
    String paid_in_full();

    @Message("Receipt (PDF)")
    String receipt_pdf();

    @Message("Invoice (PDF)")
    String invoice_pdf();

    @Message("Receipt of invoice {number} (PDF)")
    String receipt_of(String number);

    @Message("Invoice and payment")
    String session_invoice();

    @Message("Check out: session done")
    String check_out();

    /** A booked session that has begun, completed although the client was never checked in (the API allows it). */
    @Message("Complete without check-in")
    String complete_without_check_in();

    @Message("Check-out opens when the session starts.")
    String check_out_opens();

    @Message("The invoice is being issued")
    String issuing_title();

    @Message("The session was completed; billing issues its invoice in a moment. This page opens it as soon as it is there.")
    String issuing_text();

    @Message("My invoices")
    String my_title();

    @Message("You have no invoices.")
    String my_none();

    @Message("Pay online")
    String pay_online();

    @Message("Pay online: {amount}, invoice {number}")
    String pay_online_label(String amount, String number);

    @Message("You pay on our payment provider's secure page, then come back here.")
    String pay_online_hint();

    @Message("Waiting for the payment provider to confirm your payment…")
    String waiting_for_provider();

    @Message("Thank you: your payment arrived. The invoice is paid.")
    String paid_thanks();

    @Message("Still to pay across your invoices")
    String my_outstanding();

    @Message("Revenue per branch")
    String revenue_title();

    @Message("Money invoiced, paid, refunded and still owed at each branch, in the branch's own currency. Totals are per currency: pounds and dollars are never added together.")
    String revenue_intro();

    @Message("Figures per branch")
    String revenue_table();

    @Message("Totals per currency")
    String revenue_totals();

    @Message("There were no invoices in this range.")
    String revenue_none();

    @Message("Currency")
    String currency();

    @Message("Invoices")
    String col_invoices();

    @Message("Invoiced")
    String col_invoiced();

    @Message("Of which fees")
    String col_fees();

    @Message("Paid")
    String col_paid();

    @Message("Refunded")
    String col_refunded();

    @Message("Outstanding")
    String col_outstanding();

    @Message("Credited")
    String col_credited();

    @Message("All branches in {currency}")
    String total_in(String currency);

    @Message("Revenue per branch (invoices and payments)")
    String revenue_link();

    @Message("The branch comparison (sessions, outcomes, messages)")
    String report_link();

    @Message("Packages of {name}")
    String packages_title(String name);

    @Message("Packages and treatment plans")
    String packages_link();

    @Message("Back to the client")
    String back_to_client();

    @Message("Treatment plans' series")
    String series_heading();

    @Message("A therapist's treatment plan prescribes a series of sessions; sell it as the chain's package of that service and number of sessions, and take the payment on its invoice.")
    String series_intro();

    @Message("No treatment plan of this client prescribes a series yet.")
    String series_none();

    @Message("{count} × {service}")
    String series_line(int count, String service);

    @Message("Sold as the package \"{name}\"")
    String series_package(String name);

    @Message("Sell at")
    String sell_at();

    @Message("Sell as package")
    String sell_as_package();

    @Message("Sell the package \"{name}\" to the client? An invoice is issued for it.")
    String sell_confirm(String name);

    @Message("Sold already.")
    String series_sold();

    @Message("See the package")
    String series_see_package();

    @Message("The plan is no longer active.")
    String series_plan_closed();

    @Message("The plan names no service or counts no sessions.")
    String series_nothing_to_sell();

    @Message("The chain sells no package of {count} sessions of this service: a chain admin puts one on sale.")
    String series_no_package(int count);

    @Message("{#when status}{#is 'ACTIVE'}Active{#is 'COMPLETED'}Completed{#is 'DISCONTINUED'}Discontinued{#else}{status}{/when}")
    String plan_status(String status);

    @Message("Packages the client holds")
    String held_heading();

    @Message("The client holds no package.")
    String held_none();

    @Message("Package")
    String held_name();

    @Message("Sessions left")
    String held_left();

    @Message("Price")
    String held_price();

    @Message("Invoice")
    String held_invoice();

    @Message("Valid until")
    String held_expires();

    @Message("From a plan")
    String held_from_plan();

    @Message("{left} of {total}")
    String sessions_left(int left, int total);

    @Message("The package is sold; take the payment here.")
    String sold();

    @Message("Refund a payment")
    String refund_heading();

    @Message("Money goes back by the payment's own method (card to the card, cash in cash). Part of a payment may be refunded.")
    String refund_hint();

    @Message("Payment")
    String refund_payment();

    @Message("{when}: {method}, {left} left to refund")
    String refund_payment_option(String when, String method, String left);

    @Message("Amount to refund ({currency})")
    String refund_amount_in(String currency);

    @Message("Reason")
    String reason_label();

    @Message("Choose a reason")
    String choose_reason();

    @Message("Refund")
    String refund_button();

    @Message("Refund this amount to the client? This cannot be undone.")
    String refund_confirm();

    @Message("Choose the payment to refund.")
    String refund_choose_payment();

    @Message("Choose why the money goes back.")
    String refund_choose_reason();

    @Message("The refund could not be made: see the fields below.")
    String refund_problem();

    @Message("Refunded. {remaining}")
    String refunded(String remaining);

    @Message("{#when reason}{#is 'CLIENT_REQUEST'}The client asked for it{#is 'OVERCHARGED'}Charged too much{#is 'SESSION_NOT_GIVEN'}The session did not take place{#is 'DUPLICATE_PAYMENT'}Paid twice{#is 'ISSUED_IN_ERROR'}Issued in error{#is 'GOODWILL'}Goodwill{#is 'OTHER'}Another reason{#else}{reason}{/when}")
    String correction_reason(String reason);

    @Message("Void the invoice")
    String void_heading();

    @Message("A void issues a credit note for the whole invoice; the invoice itself is never changed. Refund what was paid on it first.")
    String void_hint();

    @Message("Something is paid on this invoice: refund it first, then void the invoice.")
    String void_paid_first();

    @Message("Void with a credit note")
    String void_button();

    @Message("Void this invoice? A credit note is issued for its whole amount.")
    String void_confirm();

    @Message("Choose why the invoice is voided.")
    String void_choose_reason();

    @Message("The invoice could not be voided: see below.")
    String void_problem();

    @Message("The invoice is void; its credit note is in the location's invoices.")
    String voided();

    @Message("Voided: {reason}")
    String voided_because(String reason);
}
