package io.remedy.platform.database;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UniqueViolationsTest {

    @Test
    void aConstraintNamedTableColumnUniqueNamesTheColumnAsTheField() {
        assertEquals("name", UniqueViolations.field("bookable_service_name_unique", "bookable_service"));
        assertEquals("name", UniqueViolations.field("room_name_unique", "room"));
        assertEquals("code", UniqueViolations.field("location_code_unique", "location"));
    }

    @Test
    void snakeCaseColumnsBecomeCamelCaseFields() {
        assertEquals("userId", UniqueViolations.field("therapist_user_id_unique", "therapist"));
    }

    @Test
    void aConstraintNamedOtherwiseNamesNoField() {
        assertNull(UniqueViolations.field("opening_hours_unique", "opening_hours"));
        assertNull(UniqueViolations.field("waitlist_offer_one_open_per_entry", "waitlist_offer"));
        assertNull(UniqueViolations.field("room_name_unique", null));
        assertNull(UniqueViolations.field(null, "room"));
    }

    @Test
    void theTableIsTheOneTheStatementWrites() {
        assertEquals("room", UniqueViolations.tableOf("insert into room (created_at,name) values ($1,$2)"));
        assertEquals("bookable_service", UniqueViolations.tableOf("update bookable_service set name=$1 where id=$2"));
        assertNull(UniqueViolations.tableOf("select 1"));
    }

    @Test
    void theConstraintIsReadFromTheDatabasesMessage() {
        assertEquals("room_name_unique", UniqueViolations.constraintIn(
                "ERROR: duplicate key value violates unique constraint \"room_name_unique\" (23505)"));
    }
}
