package io.remedy.records.redflag;

import io.remedy.contracts.records.RedFlagRaised.Finding;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores a flag's findings as their codes, comma-separated, in the order given. */
@Converter
public class FindingsColumn implements AttributeConverter<List<Finding>, String> {

    @Override
    public String convertToDatabaseColumn(List<Finding> findings) {
        return findings == null ? "" : findings.stream().map(Finding::name).collect(Collectors.joining(","));
    }

    @Override
    public List<Finding> convertToEntityAttribute(String codes) {
        return codes == null || codes.isBlank() ? List.of()
                : Arrays.stream(codes.split(",")).map(Finding::valueOf).toList();
    }
}
