package io.remedy.console.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remedy.console.records.RecordsModels.Change;
import io.remedy.console.records.RecordsModels.Progress;
import io.remedy.console.records.RecordsModels.ProgressPoint;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the progress part of a client's record shows: NRS and ODI over time as a chart (its data as JSON for the
 * page's script) and as a table, and the change since the baseline with the API's verdict on whether it is
 * clinically important. The console draws; records-service decides what is important.
 */
public record ProgressView(boolean empty, String chartJson, List<Row> rows, Change nrs, Change odi, int goalsMet,
                           int goalsTotal) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** One assessment's figures, as the table shows them. */
    public record Row(String day, int nrs, Double odiScore, String odiBand) {
    }

    /**
     * The view of a client's progress, days in the given zone; chart labels are the caller's words for the series.
     */
    public static ProgressView of(Progress progress, ZoneId zone, Map<String, String> labels) {
        List<Row> rows = new ArrayList<>();
        List<String> days = new ArrayList<>();
        List<Integer> nrs = new ArrayList<>();
        List<Double> odi = new ArrayList<>();
        for (ProgressPoint point : progress.points()) {
            String day = DAY.format(point.assessedAt().atZone(zone));
            rows.add(new Row(day, point.nrs(), point.odiScore(), point.odiBand()));
            days.add(day);
            nrs.add(point.nrs());
            odi.add(point.odiScore());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("days", days);
        chart.put("nrs", nrs);
        chart.put("odi", odi);
        chart.put("nrsBaseline", progress.nrs() == null ? null : progress.nrs().baseline());
        chart.put("odiBaseline", progress.odi() == null ? null : progress.odi().baseline());
        chart.put("nrsImportant", progress.nrs() != null && progress.nrs().importantImprovement());
        chart.put("odiImportant", progress.odi() != null && progress.odi().importantImprovement());
        return new ProgressView(rows.isEmpty(), write(chart), rows, progress.nrs(), progress.odi(),
                progress.goalsMet(), progress.goalsTotal());
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A chart's data is always writable", e);
        }
    }
}
