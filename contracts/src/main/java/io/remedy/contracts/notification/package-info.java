/** Events published by notification-service: the outcome of each message sent. */
package io.remedy.contracts.notification;
