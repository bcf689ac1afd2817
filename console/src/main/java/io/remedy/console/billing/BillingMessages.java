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

    @Message("{#when reason}{#is 'SESSION'}Session{#is 'LATE_CANCELLATION'}Late cancellation fee{#is 'NO_SHOW'}Missed session fee{#else}{reason}{/when}")
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
}
