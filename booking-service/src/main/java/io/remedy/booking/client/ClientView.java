package io.remedy.booking.client;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** API records of clients. */
public final class ClientView {

    private ClientView() {
    }

    /** A new client of the caller's chain. */
    @Schema(name = "NewClient")
    public record NewClient(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @Email @Size(max = 320) String email,
            @Schema(description = "Mobile number in E.164 form", example = "+447700900123")
            @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be in E.164 form, e.g. +447700900123") String phone,
            @Past LocalDate dateOfBirth,
            UUID preferredLocationId,
            @Schema(description = "Language for messages, a BCP 47 tag", example = "en-GB")
            @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") String preferredLanguage,
            @Schema(description = "Subject of the client's user account, linking their sign-in to this record (chain admins"
                    + " only; a client signing up links their own)")
            @Size(max = 100) String userId) {
    }

    /**
     * The whole of a client's details, as they become (If-Match with the client's ETag); also the fields a merge patch
     * ({@code PATCH}, {@code application/merge-patch+json}) may name.
     */
    @Schema(name = "ClientUpdate")
    public record ClientUpdate(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @Schema(description = "Absent or null removes it") @Email @Size(max = 320) String email,
            @Schema(description = "Mobile number in E.164 form; absent or null removes it", example = "+447700900123")
            @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be in E.164 form, e.g. +447700900123") String phone,
            @Past LocalDate dateOfBirth,
            UUID preferredLocationId,
            @Schema(description = "Language for messages, a BCP 47 tag", example = "en-GB")
            @NotNull @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") String preferredLanguage) {

        /** The client's details as they stand: what a merge patch changes. */
        static ClientUpdate of(Client client) {
            return new ClientUpdate(client.givenName, client.familyName, client.email, client.phone,
                    client.dateOfBirth, client.preferredLocationId, client.preferredLanguage);
        }
    }

    /** A client as the API shows it. */
    @Schema(name = "Client")
    public record ClientResponse(UUID id, String givenName, String familyName, String email, String phone,
                                 LocalDate dateOfBirth, UUID preferredLocationId, String preferredLanguage,
                                 String userId, long version,
                                 @Schema(description = "When the client's personal data was erased; null if not")
                                 Instant erasedAt) {
        static ClientResponse of(Client client) {
            return new ClientResponse(client.id, client.givenName, client.familyName, client.email, client.phone,
                    client.dateOfBirth, client.preferredLocationId, client.preferredLanguage, client.userId,
                    client.version, client.erasedAt);
        }
    }
}
