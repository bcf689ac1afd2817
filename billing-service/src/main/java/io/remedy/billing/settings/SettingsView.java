package io.remedy.billing.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's records of a chain's billing settings. */
public final class SettingsView {

    private SettingsView() {
    }

    @Schema(name = "BillingSettings", description = "How the chain's receipts name the clinic")
    public record Settings(
            @Schema(description = "The clinic's (chain's) name at the head of every receipt and invoice",
                    example = "Harbour Remedial Massage", required = true, maxLength = 120)
            @NotBlank @Size(max = 120) String clinicName,
            @Schema(description = "The chain's tax (e.g. VAT) registration number, printed when set",
                    example = "GB 123 4567 89", maxLength = 40)
            @Size(max = 40) String taxRegistrationNumber) {
    }
}
