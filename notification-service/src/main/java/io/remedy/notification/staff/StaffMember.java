package io.remedy.notification.staff;

/** A member of staff as the directory knows them: login, e-mail address (may be null) and first name. */
public record StaffMember(String userId, String email, String givenName) {
}
