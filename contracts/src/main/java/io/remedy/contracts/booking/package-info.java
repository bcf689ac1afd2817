/** Events published by booking-service: clients, sessions and the waitlist. */
package io.remedy.contracts.booking;
