package io.remedy.console.plan;

import io.remedy.console.records.RecordsModels.PlanWrite;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlanFormTest {

    @Test
    void sendsTheFilledRowsInOrderAndLeavesTheBlankOnesOut() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.add("locationId", "0b7c6d2e-6a8f-4f7e-9d0c-2f3b1a4e5d6c");
        form.add("reviewDate", "2026-12-18");
        form.add("status", "ACTIVE");
        form.add("changeReason", "PROGRESS");
        form.add("phases[0].name", "Relief");
        form.add("phases[0].intervalWeeks", "1");
        form.add("phases[0].sessionCount", "six");
        form.add("phases[0].goals[0].description", "Sit through a shift");
        form.add("phases[0].goals[0].measure", "NRS");
        form.add("phases[0].goals[0].target", "3");
        form.add("phases[0].goals[0].met", "true");
        form.add("phases[0].goals[1].description", "");
        form.add("phases[0].goals[1].target", "");
        form.add("phases[1].name", "");
        form.add("phases[1].intervalWeeks", "");
        form.add("phases[1].goals[0].description", "");
        form.add("phases[1].goals[0].target", "");
        form.add("techniques", "TRIGGER_POINT");
        form.add("techniques", "SWEDISH");
        form.add("regions", "gluteals\nquadratus lumborum, FEET");
        form.add("homework[0].title", "");
        form.add("homework[0].instructions", "");

        PlanWrite plan = PlanForm.Fields.of(form).toPlan(true);

        assertEquals(1, plan.phases().size());
        assertEquals(-1, plan.phases().get(0).sessionCount());
        assertEquals(1, plan.phases().get(0).goals().size());
        assertEquals(true, plan.phases().get(0).goals().get(0).met());
        assertEquals(List.of("TRIGGER_POINT", "SWEDISH"), plan.techniques());
        assertEquals(List.of("GLUTEALS", "QUADRATUS_LUMBORUM", "FEET"), plan.regions());
        assertEquals(List.of(), plan.homework());
        assertEquals("PROGRESS", plan.changeReason());
        assertNull(PlanForm.Fields.of(form).toPlan(false).status());
    }

    @Test
    void aProblemLandsBesideTheFieldItNames() {
        assertEquals("phases[0].goals[1].description", PlanPage.path("change.request.phases[0].goals[1].description"));
        assertEquals("reviewDate", PlanPage.path("reviewDate"));
        assertEquals("homework[2].title", PlanPage.path("create.plan.homework[2].title"));
    }
}
