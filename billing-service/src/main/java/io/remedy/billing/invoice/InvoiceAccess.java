package io.remedy.billing.invoice;

import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who sees and handles which invoices, always inside the caller's tenant: a chain admin every invoice of the chain;
 * branch managers and receptionists those of their locations (and take payments there); a therapist the billing
 * status of their own sessions' invoices, without amounts; a client their own invoices.
 */
public final class InvoiceAccess {

    private InvoiceAccess() {
    }

    /** The HQL condition (" and (...)") limiting invoices to those the caller may see; nothing for the whole chain. */
    public static String visible(Caller caller, Map<String, Object> params) {
        return visible(caller, params, true);
    }

    /**
     * The same for rows of money of a location and a client ({@code locationCode}, {@code clientUserId}, and
     * {@code therapistUserId} when {@code therapistsSeeTheirOwn}): the front desk and managers of the location, the
     * client, and the session's therapist if allowed.
     */
    public static String visible(Caller caller, Map<String, Object> params, boolean therapistsSeeTheirOwn) {
        if (caller.hasRole(Caller.CHAIN_ADMIN)) {
            return "";
        }
        List<String> any = new ArrayList<>();
        if (caller.hasAnyRole(Caller.BRANCH_MANAGER, Caller.RECEPTIONIST)) {
            if (caller.actsAtAllLocations()) {
                return "";
            }
            if (!caller.locations().isEmpty()) {
                any.add("locationCode in :locations");
                params.put("locations", caller.locations());
            }
        }
        if (therapistsSeeTheirOwn && caller.hasRole(Caller.THERAPIST)) {
            any.add("therapistUserId = :me");
        }
        if (caller.isClient()) {
            any.add("clientUserId = :me");
        }
        if (any.isEmpty()) {
            return " and 1 = 0";
        }
        if (any.stream().anyMatch(condition -> condition.endsWith(":me"))) {
            params.put("me", caller.userId());
        }
        return " and (" + String.join(" or ", any) + ")";
    }

    /** Whether the caller may see this invoice at all. */
    public static boolean sees(Caller caller, Invoice invoice) {
        return handlesMoneyOf(caller, invoice) || isOwner(caller, invoice)
                || caller.hasRole(Caller.THERAPIST) && caller.userId().equals(invoice.therapistUserId);
    }

    /** Whether the caller may see the invoice's amounts, lines and payments (a therapist sees its status only). */
    public static boolean seesAmounts(Caller caller, Invoice invoice) {
        return handlesMoneyOf(caller, invoice) || isOwner(caller, invoice);
    }

    /** The front desk of the invoice's location (managers, receptionists), or a chain admin. */
    public static boolean handlesMoneyOf(Caller caller, Invoice invoice) {
        return caller.hasRole(Caller.CHAIN_ADMIN)
                || caller.hasAnyRole(Caller.BRANCH_MANAGER, Caller.RECEPTIONIST) && caller.mayActAt(invoice.locationCode);
    }

    /** The client the invoice is made out to. */
    public static boolean isOwner(Caller caller, Invoice invoice) {
        return caller.isClient() && invoice.clientUserId != null && invoice.clientUserId.equals(caller.userId());
    }

    /** Refuses (404) an invoice the caller may not see, so that its existence is not revealed. */
    public static Invoice requireVisible(Caller caller, Invoice invoice, Object id) {
        if (invoice == null || !sees(caller, invoice)) {
            throw ProblemException.notFound("Invoice", id);
        }
        return invoice;
    }

    /** Refuses (403) unless the caller is the front desk of the invoice's location or a chain admin. */
    public static void requireMoneyHandler(Caller caller, Invoice invoice) {
        if (!handlesMoneyOf(caller, invoice)) {
            throw ProblemException.forbidden("Only the front desk of " + invoice.locationCode
                    + " or a chain admin takes payments, refunds and voids invoices there");
        }
    }
}
