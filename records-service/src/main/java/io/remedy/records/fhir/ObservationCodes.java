package io.remedy.records.fhir;

import io.remedy.platform.fhir.FhirException;

import java.util.HashSet;
import java.util.Set;

/** The {@code code} of an Observation search: LOINC codes, each with or without {@code http://loinc.org|}. */
final class ObservationCodes {

    /** Both measures we record. */
    static final Set<String> ALL = Set.of(RecordsFhirMapping.NRS_CODE, RecordsFhirMapping.ODI_CODE);

    private ObservationCodes() {
    }

    /** The codes the search asks for; all without {@code code}; none of ours when it names another system's. */
    static Set<String> wanted(String code) {
        if (code == null) {
            return ALL;
        }
        Set<String> wanted = new HashSet<>();
        for (String token : code.split(",", -1)) {
            String value = token.trim();
            int bar = value.indexOf('|');
            String system = bar < 0 ? null : value.substring(0, bar);
            String code1 = bar < 0 ? value : value.substring(bar + 1);
            if (code1.isEmpty()) {
                throw FhirException.invalid("code", "must be a code, or system|code, e.g. http://loinc.org|72514-3");
            }
            if ((system == null || system.isEmpty() || system.equals(RecordsFhirMapping.LOINC)) && ALL.contains(code1)) {
                wanted.add(code1);
            }
        }
        return wanted;
    }
}
