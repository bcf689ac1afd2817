package io.remedy.gateway.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BranchReportCsvTest {

    @Test
    void quotesAndDefusesTextThatASpreadsheetWouldMisread() {
        assertEquals("\"Norwich, Castle St\"", BranchReportCsv.text("Norwich, Castle St"));
        assertEquals("\"say \"\"hi\"\"\"", BranchReportCsv.text("say \"hi\""));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", BranchReportCsv.text("=HYPERLINK(\"x\")"));
        assertEquals("'+1", BranchReportCsv.text("+1"));
        assertEquals("'@SUM(A1)", BranchReportCsv.text("@SUM(A1)"));
    }

    @Test
    void leavesNumbersAsTheyAreAndMissingFiguresEmpty() {
        ObjectNode booking = JsonNodeFactory.instance.objectNode().put("sessionsBooked", 7).put("therapistUtilisation", -0.5);
        BranchReportView report = new BranchReportView(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1),
                List.of(new BranchReportView.LocationRow("id-1", "norwich", "Norwich", booking, null, null,
                        null)),
                new BranchReportView.Total(booking, null, null, null), List.of("records", "notification"));
        List<String> lines = BranchReportCsv.write(report).lines().toList();
        assertTrue(lines.get(1).startsWith("id-1,norwich,Norwich,,7,,,,,-0.5,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",,,,,,records;notification"), lines.get(1));
        assertTrue(lines.get(2).startsWith("total,,,,7,"), lines.get(2));
    }
}
