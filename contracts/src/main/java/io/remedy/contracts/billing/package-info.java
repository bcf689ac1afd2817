/** Events published by billing-service: invoices issued, payments received and refunded. */
package io.remedy.contracts.billing;
